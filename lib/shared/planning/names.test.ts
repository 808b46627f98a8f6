import { describe, expect, it } from 'vitest';
import { CURRENT_CATALOG } from '../programs/catalog-current';
import { programForPlaybook, stepForTask } from './match-program';
import { bestNameMatch, ordinalOf } from './names';

const byName = (names: string[], wanted: string[]) => bestNameMatch(names, (n) => n, wanted);

describe('matching names across catalog and tenant', () => {
  it('prefers an exact match, ignoring case, spaces and dash style', () => {
    expect(byName(['Duo Admin Onboarding', 'Duo Admin Onboarding Extra'], ['duo  admin onboarding'])).toBe('Duo Admin Onboarding');
    expect(byName(['Post–Renewal Onboarding'], ['Post-Renewal Onboarding'])).toBe('Post–Renewal Onboarding');
  });

  it('takes a unique containment, and nothing when it is ambiguous', () => {
    expect(byName(['Ultimate Upgrade Onboarding', 'Security Adoption'], ['Ultimate Upgrade Onboarding Email Series'])).toBe('Ultimate Upgrade Onboarding');
    expect(byName(['CI Enablement', 'CD Enablement'], ['Enablement'])).toBeNull();
  });

  it('finds the program of a CTA playbook and the step of an Email Task', () => {
    const duo = programForPlaybook(CURRENT_CATALOG, 'Duo Admin Onboarding')!;
    expect(duo.id).toBe('duo-admin-onboarding');
    expect(stepForTask(duo, 'Email 2: Roll out to your team')).toBe(1);
    expect(stepForTask(duo, 'Email 2: Assign Duo seats')).toBe(1);
    expect(stepForTask(duo, 'Email 7: Nope')).toBeNull();
    expect(stepForTask(duo, 'Kickoff call')).toBeNull();
    expect(programForPlaybook(CURRENT_CATALOG, 'Some Other Playbook')).toBeNull();
  });

  it('reads the ordinal a task name starts with', () => {
    expect(ordinalOf('Email 3: Your first pipeline')).toBe(3);
    expect(ordinalOf('Coach 2 - Faster pipelines')).toBe(2);
    expect(ordinalOf('Welcome email')).toBeNull();
  });
});
