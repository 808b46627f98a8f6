/**
 * The Gainsight app shell: a static page whose script does all rendering, like the real Angular app
 * (the server never sends company data in the HTML). Styles imitate the look, not the class names.
 */
import type { GainsightTenant } from '../data/tenants';

export function gainsightShell(tenant: GainsightTenant): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Gainsight</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="/">
<style>
  :root { --gs-blue:#1e5bb8; --gs-border:#dde3ea; --gs-bg:#f4f6f9; --gs-text:#2a3440; font-family: "Noto Sans", Arial, sans-serif; }
  body { margin:0; background:var(--gs-bg); color:var(--gs-text); font-size:13px; }
  gs-app-root { display:grid; grid-template-columns: 220px 1fr; grid-template-rows: 48px 1fr; min-height:100vh; }
  gs-app-header { grid-column: 1 / 3; display:flex; align-items:center; gap:16px; padding:0 16px; background:#0b2d5b; color:#fff; }
  gs-app-header .gs-brand { font-weight:700; letter-spacing:.5px; }
  gs-app-header .gs-user { margin-left:auto; opacity:.85; }
  gs-left-nav { background:#fff; border-right:1px solid var(--gs-border); padding:12px 0; overflow:auto; }
  gs-left-nav a { display:block; padding:6px 16px; color:var(--gs-text); text-decoration:none; }
  gs-left-nav a[aria-current="page"] { background:#e8f0fb; color:var(--gs-blue); font-weight:600; }
  gs-left-nav h2 { font-size:11px; text-transform:uppercase; color:#7a8794; margin:16px 16px 4px; }
  main { padding:16px 24px; overflow:auto; }
  gs-section, .gs-card { display:block; background:#fff; border:1px solid var(--gs-border); border-radius:4px; margin-bottom:16px; padding:12px 16px; }
  gs-section h2 { font-size:14px; margin:0 0 10px; }
  gs-field { display:inline-flex; flex-direction:column; min-width:160px; margin:0 24px 10px 0; }
  gs-field > span:first-child, dt { color:#7a8794; font-size:11px; }
  gs-field > span:last-child, dd { font-weight:600; margin:2px 0 0; }
  table { border-collapse:collapse; width:100%; }
  th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--gs-border); }
  th { color:#7a8794; font-weight:600; font-size:11px; text-transform:uppercase; }
  [role="row"] { display:table-row; }
  [role="columnheader"], [role="gridcell"] { display:table-cell; padding:6px 8px; border-bottom:1px solid var(--gs-border); }
  [role="columnheader"] { color:#7a8794; font-size:11px; text-transform:uppercase; }
  button { font:inherit; cursor:pointer; border:1px solid var(--gs-blue); background:#fff; color:var(--gs-blue); border-radius:3px; padding:5px 12px; }
  button.gs-primary { background:var(--gs-blue); color:#fff; }
  .gs-skeleton { height:14px; margin:8px 0; border-radius:3px; background:linear-gradient(90deg,#e9edf2,#f6f8fa,#e9edf2); }
  [role="dialog"] { position:fixed; inset:40px 0 auto 0; margin:auto; width:min(760px,92vw); max-height:86vh; overflow:auto; background:#fff; border-radius:6px; box-shadow:0 10px 40px rgba(0,0,0,.3); padding:16px 20px; z-index:10; }
  .gs-backdrop { position:fixed; inset:0; background:rgba(10,20,40,.35); z-index:9; }
  .gs-form-row { display:flex; flex-direction:column; margin-bottom:10px; }
  .gs-form-row label { font-size:11px; color:#55606c; margin-bottom:3px; }
  .gs-form-row input, .gs-form-row select { font:inherit; padding:5px 6px; border:1px solid var(--gs-border); border-radius:3px; }
  .gs-rte-body { min-height:140px; border:1px solid var(--gs-border); padding:8px; border-radius:0 0 3px 3px; }
  .gs-rte-toolbar { border:1px solid var(--gs-border); border-bottom:0; padding:4px; background:#f8f9fb; }
  .gs-rte-toolbar button { border:0; padding:2px 8px; }
  .gs-task { display:flex; gap:10px; align-items:center; padding:8px; border-bottom:1px solid var(--gs-border); cursor:pointer; }
  .gs-task[aria-selected="true"] { background:#e8f0fb; }
  .gs-menu { position:absolute; background:#fff; border:1px solid var(--gs-border); box-shadow:0 4px 12px rgba(0,0,0,.15); z-index:5; }
  .gs-menu [role="menuitem"] { display:block; padding:6px 14px; cursor:pointer; }
  .gs-toast { position:fixed; bottom:20px; right:20px; background:#1f7a3d; color:#fff; padding:8px 14px; border-radius:4px; z-index:20; }
  .gs-error { color:#b3261e; }
  iframe.gs-preview-frame { width:100%; min-height:220px; border:1px solid var(--gs-border); }
  /* Scrolling mode (tenants other than the classic one) */
  gs-cs360-header { display:block; padding:8px 20px; }
  gs-cs360-header h4 { font-size:18px; margin:0 12px 0 0; display:inline-block; }
  .status-tag { display:inline-block; font-size:11px; padding:2px 8px; border-radius:10px; background:#e3f4e8; color:#1f7a3d; }
  .c360-section { background:#fff; border:1px solid var(--gs-border); border-radius:4px; padding:12px 16px; }
  .c360-vertical-loader-cntr__section--header { font-size:14px; font-weight:600; margin-bottom:10px; }
  gridster { display:grid; grid-template-columns:repeat(auto-fill, minmax(190px, 1fr)); gap:12px; }
  gridster-item { display:block; border:1px solid var(--gs-border); border-radius:4px; padding:8px 10px; }
  gridster-item.rte { grid-column:1 / -1; }
  gridster-item h6, gridster-item .widget-label label { display:block; font-size:11px; font-weight:400; color:#7a8794; margin:0 0 4px; }
  gridster-item h4 { font-size:14px; margin:0; }
  .masked_widget label { display:block; font-size:11px; color:#7a8794; }
  .masked_widget .lock-icon { display:inline-block; width:10px; height:8px; border:2px solid #7a8794; border-radius:2px; margin:4px 0; }
  gs-csm-attribute h5 { display:none; }
  [class^="people-head"], [class^="people-row"] { display:grid; grid-template-columns:repeat(6, 1fr) 40px; gap:8px; padding:6px 0; border-bottom:1px solid var(--gs-border); }
  [class^="people-head"] { color:#7a8794; font-size:11px; text-transform:uppercase; }
</style></head>
<body>
<gs-app-root data-tenant="${tenant.host.replace(/[^a-z0-9.-]/gi, '')}" data-layout="${tenant.layout}" data-people="${tenant.people}" data-forms="${tenant.forms}">
  <gs-app-header><span class="gs-brand">Gainsight</span><span class="gs-user"></span></gs-app-header>
  <gs-left-nav aria-label="Main navigation"></gs-left-nav>
  <main id="gs-main"><gs-router-outlet></gs-router-outlet></main>
</gs-app-root>
<script type="module" src="/v1/ui/static/app.js"></script>
</body></html>`;
}
