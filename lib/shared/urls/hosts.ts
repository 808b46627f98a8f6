/**
 * The only hosts the extension asks for. Kept in one place because the manifest, the content-script
 * matches and the About section must never disagree.
 */
export const GAINSIGHT_HOSTS = ['https://*.gainsightcloud.com/*'];
/**
 * The REST API host: calls go here, not to lightning.force.com, whose redirect drops the header.
 * A `*.` pattern matches subdomains at any depth, so these two cover every org form: production
 * (`X.my.salesforce.com`), sandboxes (`X--S.sandbox.…`), Developer Edition (`X-dev-ed.develop.…`) and
 * scratch orgs (`X.scratch.…`); lib/shared/salesforce/hosts.test.ts checks each one.
 */
export const SALESFORCE_API_HOSTS = ['https://*.my.salesforce.com/*'];
export const SALESFORCE_UI_HOSTS = ['https://*.lightning.force.com/*'];
/**
 * Asked for only when the user turns the feature on: the Salesforce-hosted Gainsight edition
 * (*.visual.force.com) and a tenant's custom Gainsight domain, which cannot be known in advance.
 */
export const OPTIONAL_HOSTS = ['https://*.visual.force.com/*', 'https://*/*'];
