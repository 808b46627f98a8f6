import { describe, expect, it } from 'vitest';
import { abGroupOf, accountHashPrefix, CONTROL_GROUP_REASON, experimentHash, fnv1a, inControlShare } from './experiments';
import { entryOf, makeAccount, planFor } from './test-accounts';
import { DEFAULT_ENGINE_SETTINGS } from './settings';

describe('hash', () => {
  it('is FNV-1a over UTF-8 bytes (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    // Against a byte-wise reference: "é" is two bytes in UTF-8, "€" three, "😀" four.
    const reference = (text: string) =>
      [...Buffer.from(text, 'utf8')].reduce((h, byte) => Math.imul(h ^ byte, 0x01000193) >>> 0, 0x811c9dc5);
    for (const text of ['é', 'Société Générale', '€100', '😀 acct', 'plain-ascii-id']) expect(fnv1a(text)).toBe(reference(text));
  });

  it('hashes a shared prefix once without changing the result', () => {
    expect(fnv1a('bar', fnv1a('foo'))).toBe(fnv1a('foobar'));
    expect(experimentHash('001A', 'duo-admin-onboarding', accountHashPrefix('001A'))).toBe(experimentHash('001A', 'duo-admin-onboarding'));
  });

  it('spreads accounts evenly: about half in A, about 5% in a 5% control share', () => {
    let a = 0;
    let control = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const hash = experimentHash(`0017000000${i}`, 'duo-admin-onboarding');
      if (abGroupOf(hash) === 'A') a++;
      if (inControlShare(hash, 0.05)) control++;
    }
    expect(a / n).toBeGreaterThan(0.48);
    expect(a / n).toBeLessThan(0.52);
    expect(control / n).toBeGreaterThan(0.044);
    expect(control / n).toBeLessThan(0.056);
  });
});

/** The first generated account id whose hash for `programId` falls inside (or outside) the 5% control share. */
function accountIdWhere(programId: string, inControl: boolean): string {
  for (let i = 0; ; i++) {
    const id = `acct-${i}`;
    if (inControlShare(experimentHash(id, programId), 0.05) === inControl) return id;
  }
}

describe('control groups for pilot programs', () => {
  // Duo Admin Onboarding is a pilot; Net-New Onboarding is not. Both are due on 2026-03-12 here.
  const fields = { duoPurchaseDate: '2026-03-12', subscriptionStartDate: '2026-03-10' };

  it('holds a flagged account back from every pilot, with the reason, and from nothing else', () => {
    const plan = planFor(makeAccount({ fields: { ...fields, controlGroup: true } }), '2026-03-12');
    const duo = entryOf(plan, 'duo-admin-onboarding');
    expect(duo.state).toBe('held-back');
    expect(duo.reasons).toEqual([`${CONTROL_GROUP_REASON} (the account is flagged Control Group)`]);
    expect(duo.date).toBe('2026-03-12');
    expect(entryOf(plan, 'net-new-onboarding').state).toBe('due');
  });

  it('holds back the accounts whose hash falls in the control share', () => {
    const id = accountIdWhere('duo-admin-onboarding', true);
    const plan = planFor(makeAccount({ id, fields }), '2026-03-12', { settings: DEFAULT_ENGINE_SETTINGS });
    expect(entryOf(plan, 'duo-admin-onboarding').reasons).toEqual([
      `${CONTROL_GROUP_REASON} (a fixed rule holds back 5% of accounts from each pilot)`,
    ]);
    expect(entryOf(plan, 'net-new-onboarding').state).toBe('due');
  });

  it('lets the other accounts through, and is the same on every run', () => {
    const id = accountIdWhere('duo-admin-onboarding', false);
    const first = planFor(makeAccount({ id, fields }), '2026-03-12', { settings: DEFAULT_ENGINE_SETTINGS });
    const again = planFor(makeAccount({ id, fields }), '2026-03-12', { settings: DEFAULT_ENGINE_SETTINGS });
    expect(entryOf(first, 'duo-admin-onboarding').state).toBe('due');
    expect(again).toEqual(first);
  });

  it('follows the configured share: 0 holds back nobody, 1 everybody', () => {
    const id = accountIdWhere('duo-admin-onboarding', true);
    const none = planFor(makeAccount({ id, fields }), '2026-03-12', { settings: { ...DEFAULT_ENGINE_SETTINGS, controlShare: 0 } });
    const all = planFor(makeAccount({ fields }), '2026-03-12', { settings: { ...DEFAULT_ENGINE_SETTINGS, controlShare: 1 } });
    expect(entryOf(none, 'duo-admin-onboarding').state).toBe('due');
    expect(entryOf(all, 'duo-admin-onboarding').state).toBe('held-back');
  });

  it('holds back upcoming pilot sends too, with the date they would be due', () => {
    const plan = planFor(makeAccount({ fields: { ...fields, controlGroup: true } }), '2026-03-10');
    expect(entryOf(plan, 'duo-admin-onboarding')).toMatchObject({ state: 'held-back', date: '2026-03-12' });
  });

  it('does not hold back a sequence that already started', () => {
    const plan = planFor(makeAccount({ fields: { ...fields, controlGroup: true } }), '2026-03-17', {
      history: [{ programId: 'duo-admin-onboarding', stepId: 'assign-seats', sentOn: '2026-03-12' }],
    });
    expect(entryOf(plan, 'duo-admin-onboarding')).toMatchObject({ state: 'due', date: '2026-03-17', stepsSent: 1 });
  });

  it('says so when the Control Group field was not read, rather than assume', () => {
    const plan = planFor(makeAccount({ fields, without: ['controlGroup'] }), '2026-03-12');
    expect(entryOf(plan, 'duo-admin-onboarding').warnings).toContain(
      'Control Group was not found on the page; only the hash-based control share applies',
    );
  });
});

describe('A/B groups', () => {
  // Security Adoption (digital only) is due on day 30 of the subscription: 2026-03-12 here.
  const account = makeAccount({ id: '0017000000XYZ', fields: { subscriptionStartDate: '2026-02-10' } });

  it('are given to digital-only programs that apply, from the hash of account and program', () => {
    const plan = planFor(account, '2026-03-12');
    expect(entryOf(plan, 'security-adoption').abGroup).toBe(abGroupOf(experimentHash('0017000000XYZ', 'security-adoption')));
    expect(entryOf(plan, 'net-new-onboarding').abGroup).toBeNull(); // all segments, so not digital-only
  });

  it('stay the same from day to day while the program applies', () => {
    const groups = ['2026-03-11', '2026-03-12'].map((today) => entryOf(planFor(account, today), 'security-adoption').abGroup);
    expect(groups[0]).not.toBeNull();
    expect(groups[1]).toBe(groups[0]);
  });

  it('are not given where the program does not apply', () => {
    // Due from day 30 for a week (2026-03-12 to 03-19); gone the day after.
    expect(entryOf(planFor(account, '2026-03-20'), 'security-adoption')).toMatchObject({ state: 'not-eligible', abGroup: null });
  });

  it('split accounts about evenly', () => {
    const groups = Array.from({ length: 2000 }, (_, i) =>
      entryOf(planFor(makeAccount({ id: `acct-${i}`, fields: { subscriptionStartDate: '2026-02-10' } }), '2026-03-12'), 'security-adoption').abGroup);
    const a = groups.filter((g) => g === 'A').length;
    expect(a).toBeGreaterThan(900);
    expect(a).toBeLessThan(1100);
  });
});
