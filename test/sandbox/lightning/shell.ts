import { escapeHtml } from '../http';
import type { SandboxOrg } from '../salesforce/orgs';
import type { LightningLayout } from '../salesforce/switches';

/**
 * The Lightning Experience shell: SLDS styles from the real package, a global header and nav bar, and
 * a container in which the client script stacks one `div.windowViewMode-normal` per visited page — or,
 * in a console app, one workspace tab (`section.oneConsoleTab`) per record, each holding its own
 * `div.windowViewMode-maximized.active`, with only the focused tab shown.
 */
export function lightningShell(layout: LightningLayout, org: SandboxOrg): string {
  const sandboxBanner = org.apiHost.includes('.sandbox.')
    ? `<div class="slds-notify_alert slds-theme_info oneSystemMessage" role="status">Sandbox: ${escapeHtml(org.label)}</div>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Lightning Experience | Salesforce</title>
<link rel="stylesheet" href="/_slds/styles/salesforce-lightning-design-system.min.css">
<style>
  body { background:#b0c4df; }
  .oneGlobalNav { background:#fff; }
  .viewport { padding:12px; }
  /* Lightning hides cached views rather than removing them: only the active one is displayed. */
  .windowViewMode-normal:not(.active) { display:none; }
  /* Console apps keep every workspace tab; only the focused one is displayed. */
  section.oneConsoleTab:not(.active) { display:none; }
  .console-tabs [role=tab][aria-selected=true] { font-weight:bold; border-bottom:2px solid #0176d3; }
  .df-columns { display:grid; grid-template-columns: 1fr 1fr; gap: 0 16px; }
  .record-body { display:grid; grid-template-columns: 3fr 2fr; gap:12px; margin-top:12px; }
  .related-lists a.slds-truncate { display:block; }
</style></head>
<body class="desktop" data-sandbox-layout="${layout}">
${sandboxBanner}
<div class="oneAppLayoutHost">
  <header class="slds-global-header_container">
    <div class="slds-global-header slds-grid slds-grid_align-spread">
      <div class="slds-global-header__item"><span class="slds-text-heading_small">Salesforce</span></div>
      <div class="slds-global-header__item"><input class="slds-input" type="search" placeholder="Search..." aria-label="Search" style="width:320px"></div>
    </div>
  </header>
  <one-app-nav-bar class="slds-context-bar oneGlobalNav">
    <div class="slds-context-bar__primary"><span class="slds-context-bar__label-action slds-context-bar__app-name">${layout === 'console' ? 'Sales Console' : 'Sales'}</span></div>
    <nav class="slds-context-bar__secondary" role="navigation" aria-label="Global">
      <ul class="slds-grid">
        <li class="slds-context-bar__item"><a class="slds-context-bar__label-action" href="/lightning/page/home" data-ltng-route>Home</a></li>
        <li class="slds-context-bar__item"><a class="slds-context-bar__label-action" href="/lightning/o/Account/list" data-ltng-route>Accounts</a></li>
      </ul>
    </nav>
  </one-app-nav-bar>
  <div class="viewport"><div class="oneCenterStage" id="brandBand_1"></div></div>
</div>
<script type="module" src="/sandbox-static/lightning.js"></script>
</body></html>`;
}
