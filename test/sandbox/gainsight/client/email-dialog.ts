/**
 * The Edit Email dialog (Validate Email → Edit Email → Preview and Proceed → Send / Save as Draft).
 * Its model follows the controls only through `input`/`change` events, like a framework's two-way
 * binding: a value set on an input or written into the editor without an event is not what gets sent.
 */
import type { ContactView, CtaDetailView, TaskView } from '../view-model';
import { postJson, problemsText } from './api';
import { alertBox, formRow, openDialog, type DialogHandle } from './dialog';
import { ariaForms } from './cta-form';
import { clear, h, uid } from './dom';
import { tokenPicker } from './token-picker';

interface EmailModel {
  /** The template's sender: shown, never edited here (the admin tokenized it). */
  from: string;
  to: string;
  cc: string;
  subject: string;
  bodyHtml: string;
}

const splitEmails = (text: string) => text.split(/[,;]/).map((s) => s.trim()).filter((s) => s !== '');

export function openEditEmail(cta: CtaDetailView, task: TaskView, onDone: (status: 'sent' | 'draft') => void): void {
  const model: EmailModel = {
    from: task.from,
    to: (task.draft?.to ?? []).join(', '),
    cc: (task.draft?.cc ?? task.cc).join(', '),
    subject: task.subject,
    bodyHtml: task.bodyHtml,
  };
  const dialog = openDialog('Edit Email');
  const submit = (status: 'sent' | 'draft', error: HTMLElement) =>
    postJson('cockpit/emails', {
      ctaId: cta.id,
      taskId: task.id,
      status,
      to: splitEmails(model.to),
      cc: splitEmails(model.cc),
      subject: model.subject,
      bodyHtml: model.bodyHtml,
    })
      .then(() => {
        dialog.close();
        onDone(status);
      })
      .catch((e: unknown) => {
        error.textContent = problemsText(e);
      });
  showEditor(dialog, cta.people, model, submit);
}

type Submit = (status: 'sent' | 'draft', error: HTMLElement) => Promise<void>;

function recipientPicker(people: ContactView[], model: EmailModel, toInput: HTMLInputElement): { el: HTMLElement; sync(): void } {
  const legendId = uid('pick');
  const boxes = people
    .filter((p) => p.email !== '')
    .map((p) => {
      const box = h('input', { attrs: { type: 'checkbox', value: p.email, 'data-contact-id': p.id } }) as HTMLInputElement;
      box.addEventListener('change', () => {
        const current = splitEmails(model.to).filter((e) => e.toLowerCase() !== p.email.toLowerCase());
        model.to = (box.checked ? [...current, p.email] : current).join(', ');
        toInput.value = model.to;
      });
      const roles = p.roles.length ? ` — ${p.roles.join(', ')}` : '';
      return { box, el: h('label', { attrs: { style: 'display:block' } }, box, `${p.name} <${p.email}>${roles}${p.soldTo ? ' (Sold-To)' : ''}`) };
    });
  const sync = () => {
    const chosen = new Set(splitEmails(model.to).map((e) => e.toLowerCase()));
    for (const { box } of boxes) box.checked = chosen.has(box.value.toLowerCase());
  };
  sync();
  return {
    el: h('div', { cls: 'gs-recipients', attrs: { role: 'group', 'aria-labelledby': legendId } }, h('div', { attrs: { id: legendId } }, 'Contacts'), ...boxes.map((b) => b.el)),
    sync,
  };
}

function richTextEditor(model: EmailModel): HTMLElement {
  const body = h('div', {
    rawCls: 'gs-rte-body',
    attrs: { contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Email body' },
  });
  // Sanitized by the server before it reached the client (TaskView.bodyHtml).
  body.innerHTML = model.bodyHtml;
  body.addEventListener('input', () => {
    model.bodyHtml = body.innerHTML;
  });
  const command = (label: string, name: string, glyph: string) => {
    const b = h('button', { attrs: { type: 'button', 'aria-label': label, title: label } }, glyph);
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', () => {
      body.focus();
      if (name === 'createLink') {
        const url = window.prompt('Link URL', 'https://');
        if (url) document.execCommand(name, false, url);
      } else document.execCommand(name);
      model.bodyHtml = body.innerHTML;
    });
    return b;
  };
  return h(
    'gs-rich-text-editor',
    { cls: 'gs-rte' },
    h('div', { rawCls: 'gs-rte-toolbar', attrs: { role: 'toolbar', 'aria-label': 'Formatting' } }, command('Bold', 'bold', 'B'), command('Italic', 'italic', 'I'), command('Underline', 'underline', 'U'), command('Bulleted list', 'insertUnorderedList', '•'), command('Insert link', 'createLink', '🔗')),
    body,
  );
}

/** To and CC as token pickers (the combobox tenant): the model holds the tokens, never the text being typed. */
function tokenRecipients(people: ContactView[], model: EmailModel): HTMLElement[] {
  const to = tokenPicker('To', people, splitEmails(model.to), (emails) => (model.to = emails.join(', ')));
  const cc = tokenPicker('CC', people, splitEmails(model.cc), (emails) => (model.cc = emails.join(', ')));
  return [to.el, cc.el];
}

/** To and CC as comma-separated text, with a checkbox per contact beside To. */
function textRecipients(people: ContactView[], model: EmailModel): HTMLElement[] {
  const to = h('input', { attrs: { type: 'text', autocomplete: 'off', placeholder: 'Comma-separated email addresses' } }) as HTMLInputElement;
  const cc = h('input', { attrs: { type: 'text', autocomplete: 'off' } }) as HTMLInputElement;
  to.value = model.to;
  cc.value = model.cc;
  const picker = recipientPicker(people, model, to);
  const onText = (input: HTMLInputElement, key: 'to' | 'cc') => {
    const sync = () => {
      model[key] = input.value;
      if (key === 'to') picker.sync();
    };
    input.addEventListener('input', sync);
    input.addEventListener('change', sync);
  };
  onText(to, 'to');
  onText(cc, 'cc');
  return [formRow('To', to), picker.el, formRow('CC', cc)];
}

function showEditor(dialog: DialogHandle, people: ContactView[], model: EmailModel, submit: Submit): void {
  clear(dialog.body);
  const from = h('input', { attrs: { type: 'text', readonly: '' } }) as HTMLInputElement;
  from.value = model.from;
  const subject = h('input', { attrs: { type: 'text', autocomplete: 'off' } }) as HTMLInputElement;
  subject.value = model.subject;
  const syncSubject = () => (model.subject = subject.value);
  subject.addEventListener('input', syncSubject);
  subject.addEventListener('change', syncSubject);
  const recipients = ariaForms() ? tokenRecipients(people, model) : textRecipients(people, model);

  const error = alertBox();
  const preview = h('button', { rawCls: 'gs-primary', attrs: { type: 'button' } }, 'Preview and Proceed');
  const draft = h('button', { attrs: { type: 'button' } }, 'Save as Draft');
  const cancel = h('button', { attrs: { type: 'button' } }, 'Cancel');
  preview.addEventListener('click', () => {
    if (splitEmails(model.to).length === 0) {
      error.textContent = 'Add at least one recipient';
      return;
    }
    void showPreview(dialog, people, model, submit);
  });
  draft.addEventListener('click', () => void submit('draft', error));
  cancel.addEventListener('click', () => dialog.close());
  dialog.body.append(
    h('gs-email-editor', { cls: 'gs-email-editor' }, formRow('From', from), ...recipients, formRow('Subject', subject), richTextEditor(model), error, h('div', { cls: 'gs-actions' }, preview, draft, cancel)),
  );
  recipients[0]?.querySelector('input')?.focus();
}

/** The preview renders the email as HTML, sanitized by the server and inside a script-less sandboxed iframe. */
async function showPreview(dialog: DialogHandle, people: ContactView[], model: EmailModel, submit: Submit): Promise<void> {
  const error = alertBox();
  let html = '';
  try {
    html = (await postJson<{ html: string }>('email/preview', { bodyHtml: model.bodyHtml })).html;
  } catch (e) {
    error.textContent = problemsText(e);
  }
  clear(dialog.body);
  const frame = h('iframe', { rawCls: 'gs-preview-frame', attrs: { sandbox: '', title: 'Email preview body' } }) as HTMLIFrameElement;
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><body style="font-family:Arial,sans-serif;font-size:14px">${html}</body>`;
  const send = h('button', { rawCls: 'gs-primary', attrs: { type: 'button' } }, 'Send');
  const draft = h('button', { attrs: { type: 'button' } }, 'Save as Draft');
  const back = h('button', { attrs: { type: 'button' } }, 'Back');
  send.addEventListener('click', () => void submit('sent', error));
  draft.addEventListener('click', () => void submit('draft', error));
  back.addEventListener('click', () => {
    // Like a real editor, content goes back in normalized: the sanitized form the preview showed.
    model.bodyHtml = html;
    showEditor(dialog, people, model, submit);
  });
  const line = (label: string, value: string) => h('div', {}, h('strong', {}, `${label}:`), value === '' ? '—' : value);
  dialog.body.append(
    h('section', { cls: 'gs-email-preview', attrs: { 'aria-label': 'Email preview' } },
      line('From', model.from), line('To', splitEmails(model.to).join(', ')), line('CC', splitEmails(model.cc).join(', ')), line('Subject', model.subject), frame),
    error,
    h('div', { cls: 'gs-actions' }, send, draft, back),
  );
}
