/** The manifest's shortcut (Chrome, Edge); Firefox opens its sidebar with `_execute_sidebar_action`. A file of its own: the manifest's config imports it. */
export const OPEN_PANEL_COMMAND = 'open-panel';
