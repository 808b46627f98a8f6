// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAriaCreateCta } from '../../../../test/sandbox/gainsight/client/cta-form-aria';
import { searchPlaybooks } from '../../../../test/sandbox/data/playbooks';
import type { GainsightMeta } from '../../../../test/sandbox/gainsight/view-model';
import { CURRENT_CATALOG } from '../../../shared/programs/catalog-current';
import { ctaFormValues } from '../../../shared/planning/cta-values';
import { fillCreateCta, findCreateCtaDialog } from './create-cta';

const META: GainsightMeta = {
  user: 'Casey Morgan',
  ctaTypes: ['Risk', 'Digital Journey'],
  reasons: ['Adoption', 'Onboarding', 'Other'],
  playbooks: [],
  roles: ['GitLab Admin'],
  companies: [{ cid: 'C1', name: 'Acme Corp' }, { cid: 'C2', name: 'Globex' }],
};
const duo = CURRENT_CATALOG.programs.find((p) => p.id === 'duo-admin-onboarding')!;
const values = ctaFormValues(duo, { id: 'C1', name: 'Acme Corp' }, '2026-11-23');

/**
 * The tenant's backend: each Playbook search is held until the test releases it, so the options arrive
 * when the test says, never on a timer the filler could race. Save posts are captured.
 */
function backend() {
  const held: Array<{ query: string; release(): void }> = [];
  const posts: Array<Record<string, unknown>> = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') {
      posts.push(JSON.parse(String(init.body)) as Record<string, unknown>);
      return new Response(JSON.stringify({ id: 'CTA1' }), { status: 201 });
    }
    const query = new URL(url, 'https://x.test').searchParams.get('q') ?? '';
    await new Promise<void>((release) => held.push({ query, release }));
    return new Response(JSON.stringify(searchPlaybooks(query)), { status: 200 });
  });
  return { held, posts };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const combobox = (label: string) => [...document.querySelectorAll('[role="combobox"]')].find((c) => c.getAttribute('aria-labelledby') && document.getElementById(c.getAttribute('aria-labelledby')!)?.textContent?.includes(label))!;

describe('the Create CTA form built from comboboxes', () => {
  it('picks Type, Reason and the exact Playbook (not the look-alike listed first), types Due Date as MM/DD/YYYY, and reads them back', async () => {
    const { held, posts } = backend();
    openAriaCreateCta(META, 'C1', () => undefined);
    const filling = fillCreateCta(findCreateCtaDialog(document)!, values, { dateOrder: () => 'DMY' });

    await vi.waitFor(() => expect(held).toHaveLength(1));
    expect(held[0]!.query).toBe('Duo Admin Onboarding');
    // Until the search answers, the Playbook is not chosen.
    expect(combobox('Playbook').textContent).toContain('Select Playbook');
    held[0]!.release();

    const report = await filling;
    expect(report).toEqual({ filled: ['Company', 'Type', 'Name', 'Reason', 'Due Date', 'Playbook'], problems: [] });
    expect(combobox('Type').textContent).toContain('Digital Journey');
    expect(combobox('Playbook').textContent?.trim()).toMatch(/^Duo Admin Onboarding\s*▾$/);
    expect(posts).toEqual([]);

    [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save')!.click();
    await vi.waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({ companyId: 'C1', type: 'Digital Journey', name: 'Duo Admin Onboarding – Acme Corp', reason: 'Onboarding', dueDate: '2026-11-23', playbook: 'Duo Admin Onboarding' });
  });

  it('never takes a look-alike when the exact playbook is missing, and names every required field left empty', async () => {
    const { held } = backend();
    openAriaCreateCta({ ...META, ctaTypes: ['Risk'], reasons: ['Churn Risk'] }, 'C1', () => undefined);
    const filling = fillCreateCta(findCreateCtaDialog(document)!, { ...values, playbookNames: ['Duo Admin Onboarding - Pilot'] }, { dateOrder: () => 'MDY' });
    await vi.waitFor(() => expect(held).toHaveLength(1), { timeout: 5_000 });
    held[0]!.release();
    const report = await filling;
    expect(report.filled).toEqual(['Company', 'Name', 'Due Date']);
    expect(report.problems).toEqual([
      'Type "Digital Journey" is not offered: pick it by hand.',
      'No matching Reason is offered: pick one by hand.',
      'Playbook "Duo Admin Onboarding - Pilot" is not in this tenant\'s list: pick it by hand.',
    ]);
  }, 15_000);
});
