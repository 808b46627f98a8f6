import { launch } from './harness';
const h = await launch();
const ext = await h.openExtensionPage('popup.html');
console.log(await ext.evaluate(async () => { const b = (globalThis as any).browser; return JSON.stringify({ sa: b.runtime.getManifest().sidebar_action, t: typeof b.sidebarAction, pa: typeof b.pageAction, ci: typeof b.contextualIdentities, cmds: await b.commands.getAll() }); }));
await h.close();
