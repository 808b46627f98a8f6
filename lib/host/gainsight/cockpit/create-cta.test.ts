// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCreateCta } from '../../../../test/sandbox/gainsight/client/cta-form';
import type { GainsightMeta } from '../../../../test/sandbox/gainsight/view-model';
import { CURRENT_CATALOG } from '../../../shared/programs/catalog-current';
import { fillCreateCta, findCreateCtaDialog } from './create-cta';
import { ctaFormValues } from '../../../shared/planning/cta-values';
import { openCreateCtaForm } from './open-create-cta';
import { findAllByRole } from './accessible';

const META: GainsightMeta = {
  user: 'Casey Morgan',
  ctaTypes: ['Digital Journey', 'Risk'],
  reasons: ['Onboarding', 'Adoption', 'Other'],
  playbooks: ['Duo Admin Onboarding', 'Security Adoption'],
  roles: ['GitLab Admin'],
  companies: [{ cid: 'C1', name: 'Acme Corp' }, { cid: 'C2', name: 'Globex' }],
};
const duo = CURRENT_CATALOG.programs.find((p) => p.id === 'duo-admin-onboarding')!;
const values = ctaFormValues(duo, { id: 'C1', name: 'Acme Corp' }, '2026-11-23');
const OPTIONS = { dateOrder: () => 'MDY' as const };

/** The sandbox's own form posts its model on Save: what it posts is what the host kept. */
function capturePosts(): Array<Record<string, unknown>> {
  const posts: Array<Record<string, unknown>> = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    posts.push(JSON.parse(String(init.body)) as Record<string, unknown>);
    return new Response(JSON.stringify({ id: 'CTA1' }), { status: 201 });
  });
  return posts;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the Create CTA form', () => {
  it('is filled through its labels so the host model has every value, and is not saved', async () => {
    const posts = capturePosts();
    openCreateCta(META, null, () => undefined);
    const dialog = findCreateCtaDialog(document)!;
    const report = await fillCreateCta(dialog, values, OPTIONS);
    expect(report).toEqual({ filled: ['Company', 'Type', 'Name', 'Reason', 'Due Date', 'Playbook'], problems: [] });
    expect(posts).toEqual([]);

    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save')!.click();
    await vi.waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({
      companyId: 'C1', type: 'Digital Journey', name: 'Duo Admin Onboarding – Acme Corp', reason: 'Onboarding', dueDate: '2026-11-23', playbook: 'Duo Admin Onboarding',
    });
  });

  it('says what it could not fill instead of guessing', async () => {
    openCreateCta({ ...META, playbooks: ['Something Else'], reasons: ['Churn Risk'] }, 'C1', () => undefined);
    const report = await fillCreateCta(findCreateCtaDialog(document)!, values, OPTIONS);
    expect(report.problems).toEqual([
      'No matching Reason is offered: pick one by hand.',
      'Playbook "Duo Admin Onboarding" is not in this tenant\'s list: pick it by hand.',
    ]);
  });

  it('is opened with the page\'s own button', async () => {
    const button = document.createElement('button');
    button.textContent = '+ CTA';
    button.addEventListener('click', () => openCreateCta(META, 'C1', () => undefined));
    document.body.append(button);
    expect(await openCreateCtaForm(document, { timeoutMs: 1000 })).toBe(findCreateCtaDialog(document));
  });

  it('gives up when the page has no such button', async () => {
    expect(await openCreateCtaForm(document, { timeoutMs: 50 })).toBeNull();
  });

  it('on a page still rendering (Cockpit), waits for the form the page opens by itself', async () => {
    const opened = openCreateCtaForm(document, { timeoutMs: 5_000, untilRendered: true });
    // The page's data arrives after the filler came: only then does it open its form.
    await Promise.resolve();
    openCreateCta(META, 'C1', () => undefined);
    expect(await opened).toBe(findCreateCtaDialog(document));
    expect(findAllByRole(document, 'dialog', 'Create CTA')).toHaveLength(1);
  });
});
