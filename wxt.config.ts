import { defineConfig } from 'wxt';
import { GAINSIGHT_HOSTS, SALESFORCE_API_HOSTS, SALESFORCE_UI_HOSTS, OPTIONAL_HOSTS } from './lib/shared/urls/hosts';
import { OPEN_PANEL_COMMAND } from './lib/worker/panel/commands';

// Permissions are the product's promise to CSMs: each one is used by a feature and explained in the
// README and on the options page's About section. Never <all_urls>.
export default defineConfig({
  publicDir: 'assets/public',
  // Lets parallel test runs build into their own folders (see test/e2e/harness.ts).
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'CTA Playbook Companion',
    description:
      'Shows which Gainsight Digital Journey programs apply to an account, checks its GitLab Admin, prefills email sequences and reminds you of the next send.',
    permissions: ['storage', 'alarms', 'notifications', 'cookies', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...GAINSIGHT_HOSTS, ...SALESFORCE_API_HOSTS, ...SALESFORCE_UI_HOSTS],
    optional_host_permissions: OPTIONAL_HOSTS,
    action: { default_title: 'Pending sends' },
    // Firefox opens its sidebar with the reserved command; Chrome and Edge call sidePanel.open in the background.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open the playbook companion' } }
        : { [OPEN_PANEL_COMMAND]: { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open the playbook companion' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cta-playbook-companion@example.invalid',
              strict_min_version: '128.0',
              // Nothing leaves the browser: no telemetry, no analytics.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT writes `sidebar_action` from the sidepanel entrypoint after this config, so it is set here.
    // Firefox opens an add-on's sidebar at install unless told not to. Ours stays shut: it is of use
    // only beside a record page, which the user is not on at install, and the toolbar popup, the page's
    // chip and Alt+Shift+P are the ways in.
    'build:manifestGenerated': (wxt, manifest) => {
      const sidebar = (manifest as { sidebar_action?: { open_at_install?: boolean } }).sidebar_action;
      if (wxt.config.browser === 'firefox' && sidebar) sidebar.open_at_install = false;
    },
  },
});
