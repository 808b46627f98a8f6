/** What email.browser.test.ts bundles into its Chromium page (test support, not shipped). */
export { ALLOWED_TAGS, SAFE_URL, sanitize, sanitizedText, sanitizeToFragment } from './sanitize';
export { htmlToText } from './plain-text';
export { composeEmail } from './compose';
