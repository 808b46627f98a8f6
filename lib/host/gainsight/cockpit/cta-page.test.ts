// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderCockpit } from '../../../../test/sandbox/gainsight/client/cockpit';
import type { CtaDetailView } from '../../../../test/sandbox/gainsight/view-model';
import { readCtaPage } from './cta-page';

const cta = {
  id: 'CTA1', name: 'Duo Admin Onboarding – Acme', type: 'Digital Journey', reason: 'Onboarding', status: 'Open', dueDate: 'Nov 23, 2026',
  playbook: 'Duo Admin Onboarding', owner: 'Casey Morgan', companyId: 'C1', companyName: 'Acme Corp', people: [],
  tasks: [{ id: 'T1', name: 'Email 1: Welcome to GitLab Duo', kind: 'Email', dueDate: 'Nov 23, 2026', dueIso: '2026-11-23', status: 'Open', owner: 'Casey Morgan', subject: 's', bodyHtml: '', from: 'Casey Morgan <casey@gitlab.example>', cc: [], draft: null }],
} satisfies CtaDetailView;

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('reading a Cockpit CTA page', () => {
  it('finds the company id behind the Company field, the playbook and the open Email Task', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(cta), { status: 200 }));
    const outlet = document.createElement('gs-router-outlet');
    document.body.append(outlet);
    const url = new URL('https://t.gainsightcloud.com/v1/ui/cockpit?ctaId=CTA1');
    await renderCockpit({ outlet, signal: new AbortController().signal, meta: {} as never, url, navigate: () => undefined });
    expect(readCtaPage(document)).toEqual({
      companyId: 'C1', companyName: 'Acme Corp', playbook: 'Duo Admin Onboarding', taskName: null,
      tasks: [{ name: 'Email 1: Welcome to GitLab Duo', due: 'Nov 23, 2026' }],
    });

    outlet.querySelector<HTMLElement>('[data-task-id="T1"]')!.click();
    expect(readCtaPage(document).taskName).toBe('Email 1: Welcome to GitLab Duo');
  });
});
