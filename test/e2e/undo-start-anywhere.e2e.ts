/**
 * A Start waits for its CTA's Save, and can be taken back from wherever the tab goes meanwhile: on a page
 * the panel cannot read as an account, the panel still names the waiting Start with its Undo.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_HOSTS } from '../sandbox/server';
import { C360, panelFor, sample } from './harness';
import { extensionSession } from './session';


const session = extensionSession();

describe('a Start waiting for its Save', () => {
  it('is named, with Undo start, on a page that is not an account, and taking it back records nothing', async () => {
    const helix = sample(session.h.sandbox, 'new-duo-purchase');
    await session.page.goto(C360(helix.gainsightId));
    const panel = await panelFor(session.h, session.page);
    await panel.getByRole('heading', { name: helix.account.name, exact: true }).waitFor({ timeout: 60_000 });
    const item = panel.getByRole('listitem', { name: /^Duo Admin Onboarding/ });
    await item.getByRole('button', { name: 'Start Duo Admin Onboarding' }).click();
    await session.page.getByRole('dialog', { name: 'Create CTA' }).waitFor();
    await item.getByText(/^Started, not saved yet/).waitFor();

    await session.page.goto(`https://${SANDBOX_HOSTS.gainsight}/v1/ui/home`);
    const note = panel.getByRole('note').filter({ hasText: 'Duo Admin Onboarding started, not saved yet' });
    await note.waitFor({ timeout: 60_000 });
    await note.getByRole('button', { name: 'Undo start' }).click();
    await panel.getByText('Start of Duo Admin Onboarding taken back: nothing was recorded.').waitFor();
    expect(await panel.getByRole('button', { name: 'Undo start' }).count()).toBe(0);

    await session.page.goto(C360(helix.gainsightId));
    await panel.getByRole('heading', { name: helix.account.name, exact: true }).waitFor({ timeout: 60_000 });
    await expect.poll(() => panel.getByRole('listitem', { name: /^Duo Admin Onboarding/ }).getByRole('button', { name: 'Start Duo Admin Onboarding' }).count()).toBe(1);
    expect(await panel.getByText(/not saved yet/).count()).toBe(0);
  });
});
