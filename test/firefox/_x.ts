import { launch } from './harness';
import { sendFromPage, badgeText, notificationIds } from './extension-api';
const h = await launch();
const popup = await h.openExtensionPage('popup.html');
for (const sel of ['::-p-aria(Open the panel)', '::-p-aria([role="button"])', '::-p-aria([name="Filter pending sends"])', '::-p-aria([role="searchbox"])', '::-p-aria([name="Pending sends"][role="heading"])']) {
  const x = await popup.$(sel).then((e) => (e ? e.evaluate((n) => n.outerHTML.slice(0, 80)) : 'null'), (e) => String(e).slice(0, 100));
  console.log(sel, '=>', x);
}
const today = new Date().toISOString().slice(0, 10);
await sendFromPage(popup, 'reminders.startSequence', { account: { source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: 'E2E-ACME', name: 'Acme Corp', url: 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=E2E-ACME' }, programId: 'net-new-onboarding', programName: 'Net-New Onboarding', steps: [{ index: 0, name: 'Welcome', offsetDays: 0 }], startedOn: today, recipients: ['a@b.example'] });
for (let i = 0; i < 8; i++) { console.log(i, 'badge', await badgeText(popup), await notificationIds(popup)); await new Promise((r) => setTimeout(r, 1500)); }
const web = await h.openPage('https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=' + h.sandbox.state.accounts[0]!.gainsightId);
await new Promise((r) => setTimeout(r, 5000));
console.log('web', await web.title(), await web.evaluate(() => document.querySelector('cta-playbook-companion') ? 'launcher' : 'no launcher'));
await h.close();
