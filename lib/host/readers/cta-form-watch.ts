/**
 * After a Start filled the Create CTA form, tells the background how the form closed: saved by the
 * user's own click on Save (a script on the page clicking it is not the user), or any other way. The
 * background records nothing on this word alone: it waits for Cockpit to show the saved CTA.
 */
import { watchDialogClose } from '../gainsight/cockpit/send-watch';
import { sendPageMessage } from './runtime';

const SAVE = { name: /^save$/i, outcome: 'saved' } as const;

export function watchCreateCtaForm(form: HTMLElement, signal: AbortSignal): void {
  watchDialogClose(form, signal, [SAVE], (outcome) => {
    void sendPageMessage('page.ctaForm', { url: location.href, outcome }).catch(() => undefined);
  });
}

