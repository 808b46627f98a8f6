import { describe, expect, it } from 'vitest';
import { builtInCatalog } from './catalogs';
import { exportCatalog, formatPath, importCatalog } from './catalog-io';
import type { Catalog } from './types';

/** A built-in catalog as plain JSON data, changed by `edit`, then imported. */
function importEdited(edit: (data: { programs: Record<string, unknown>[] } & Record<string, unknown>) => void) {
  const data = JSON.parse(exportCatalog(builtInCatalog('current')));
  edit(data);
  return importCatalog(JSON.stringify(data));
}

function errorsOf(result: ReturnType<typeof importCatalog>): string[] {
  return result.ok ? [] : result.errors;
}

describe('catalog export and import', () => {
  it.each(['current', 'earlier'] as const)('round-trips the %s catalog', (edition) => {
    const result = importCatalog(exportCatalog(builtInCatalog(edition)));
    expect(result).toEqual({ ok: true, catalog: builtInCatalog(edition) });
    if (result.ok) expect(exportCatalog(result.catalog)).toBe(exportCatalog(builtInCatalog(edition)));
  });

  it('reports invalid JSON plainly', () => {
    const result = importCatalog('{"schemaVersion": 1, "programs": [');
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toHaveLength(1);
    expect(errorsOf(result)[0]).toMatch(/^The file is not valid JSON: /);
  });

  it.each<[string, (data: { programs: Record<string, unknown>[] } & Record<string, unknown>) => void, string[]]>([
    ['a wrong type, by its exact path', (d) => { (d.programs[3]!.steps as Record<string, unknown>[])[0]!.offsetDays = '3'; }, ['programs[3].steps[0].offsetDays: expected a number']],
    ['a fraction where whole days are needed', (d) => { (d.programs[1]!.trigger as Record<string, unknown>).offsetDays = 2.5; }, ['programs[1].trigger.offsetDays: expected a whole number']],
    ['a missing field', (d) => { delete d.programs[0]!.name; }, ['programs[0].name: missing, expected a string']],
    ['an unknown program field', (d) => { d.programs[2]!.colour = 'blue'; }, ['programs[2].colour: unknown field']],
    ['an unknown top-level field', (d) => { d.extra = true; }, ['extra: unknown field']],
    ['an unknown category', (d) => { d.programs[0]!.category = 'spam'; }, [
      'programs[0].category: expected one of "introduction", "onboarding", "adoption", "enablement", "coaching", "survey", "newsletter", "webinar", "lab", "event-follow-up", "retention"',
    ]],
    ['an unknown trigger kind', (d) => { d.programs[0]!.trigger = { kind: 'weekly' }; }, [
      'programs[0].trigger.kind: expected one of "anchor", "monthly", "every-months", "when-eligible", "closed-lost", "event-registration", "event"',
    ]],
    ['a value a field cannot take', (d) => { (d.programs[12]!.conditions as Record<string, unknown>[])[0]!.values = ['Purple']; }, [
      'programs[12].conditions[0].values[0]: expected one of "Green", "Yellow", "Red"',
    ]],
    ['a negative window', (d) => { (d.programs[1]!.trigger as Record<string, unknown>).windowDays = -1; }, ['programs[1].trigger.windowDays: must be at least 0']],
    ['no steps', (d) => { d.programs[4]!.steps = []; }, ['programs[4].steps: needs at least 1 item']],
    ['an id that is not a slug', (d) => { d.programs[0]!.id = 'Net New!'; }, [
      'programs[0].id: expected a slug of lowercase letters, digits and dashes, such as "net-new-onboarding"',
    ]],
    ['the wrong schema version', (d) => { d.schemaVersion = 2; }, ['schemaVersion: expected 1']],
    ['a duplicate id', (d) => { d.programs[3]!.id = 'net-new-onboarding'; }, ['programs[3].id: duplicate id "net-new-onboarding" (also programs[1])']],
    ['an exclusion naming no program', (d) => { (d.programs[12]!.exclusions as Record<string, unknown>[])[0]!.programId = 'ci-coach'; }, [
      'programs[12].exclusions[0].programId: no program with id "ci-coach"',
    ]],
    ['an unknown token', (d) => { (d.programs[0]!.steps as Record<string, unknown>[])[0]!.body = '<p>Hi {{contact.frstName}}</p>'; }, [
      'programs[0].steps[0].body: unknown token {{contact.frstName}}',
    ]],
    ['a sequence that does not start on day 0', (d) => { (d.programs[1]!.steps as Record<string, unknown>[])[0]!.offsetDays = 1; }, [
      'programs[1].steps[0].offsetDays: the first step must be day 0',
    ]],
    ['steps out of order', (d) => { (d.programs[1]!.steps as Record<string, unknown>[])[2]!.offsetDays = 3; }, [
      'programs[1].steps[2].offsetDays: must not be earlier than the step before (day 7)',
    ]],
  ])('names %s', (_, edit, expected) => {
    const result = importEdited(edit);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual(expected);
  });

  it('lists every error at once', () => {
    const result = importEdited((d) => {
      d.programs[0]!.pilot = 'yes';
      d.programs[1]!.segments = ['Enterprise'];
      d.programs[2]!.colour = 'blue';
    });
    expect(errorsOf(result)).toEqual([
      'programs[0].pilot: expected true or false',
      'programs[1].segments[0]: expected one of "Tech Touch", "Scale", "CSM-Assigned"',
      'programs[2].colour: unknown field',
    ]);
  });

  it('rejects a document that is not a catalog at all', () => {
    expect(errorsOf(importCatalog('[]'))).toEqual(['(root): expected an object']);
    expect(errorsOf(importCatalog('null'))).toEqual(['(root): expected an object']);
  });

  it('changes nothing: the caller keeps its catalog, and the built-in one is untouched', () => {
    const before = exportCatalog(builtInCatalog('current'));
    const result = importEdited((d) => { d.programs[0]!.name = 42; });
    expect(result).toEqual({ ok: false, errors: ['programs[0].name: expected a string'] });
    expect(exportCatalog(builtInCatalog('current'))).toBe(before);
  });

  it('returns a fresh catalog the caller can use at once', () => {
    const result = importEdited((d) => { d.programs[0]!.name = 'Hello'; });
    expect(result.ok).toBe(true);
    const catalog = (result as { catalog: Catalog }).catalog;
    expect(catalog.programs[0]!.name).toBe('Hello');
    expect(catalog).not.toBe(builtInCatalog('current'));
  });
});

describe('catalog data the seeds added', () => {
  it('imports a catalog exported before programs carried their seed sentences and team choices', () => {
    const result = importEdited((d) => {
      for (const program of d.programs) {
        delete program.source;
        delete program.teamChoices;
      }
    });
    expect(result.ok).toBe(true);
  });

  it('takes an event held when the user says, and "any of" conditions, and names what is wrong in them', () => {
    const ok = importEdited((d) => {
      d.programs[12]!.trigger = { kind: 'event', event: 'ci-lab', name: 'CI lab', inviteDays: 10 };
      d.programs[12]!.conditions = [{ kind: 'any-of', conditions: [{ kind: 'compare', field: 'ciUtilization', op: '<', value: 20 }, { kind: 'one-of', field: 'ciScore', values: ['Red'] }] }];
    });
    expect(ok.ok).toBe(true);
    expect(errorsOf(importEdited((d) => {
      d.programs[12]!.trigger = { kind: 'event', event: 'CI Lab!', name: 'CI lab', inviteDays: 10 };
      d.programs[12]!.conditions = [{ kind: 'any-of', conditions: [] }];
    }))).toEqual([
      'programs[12].trigger.event: expected a slug of lowercase letters, digits and dashes, such as "net-new-onboarding"',
      'programs[12].conditions[0].conditions: needs at least 1 item',
    ]);
  });

  it('rejects a team choice it does not know and a seed quote without text', () => {
    expect(errorsOf(importEdited((d) => {
      d.programs[1]!.teamChoices = ['vibes'];
      d.programs[1]!.source = [{ seed: '004', text: '' }];
    }))).toEqual([
      'programs[1].source[0].text: must not be empty',
      'programs[1].teamChoices[0]: expected one of "anchor", "catch-up", "monthly-day", "cadence", "invite-days", "step-days", "control-group", "closed-lost-window", "cta-reason"',
    ]);
  });
});

describe('formatPath', () => {
  it.each([
    [['programs', 3, 'steps', 0, 'offsetDays'], 'programs[3].steps[0].offsetDays'],
    [[], '(root)'],
    [[2], '[2]'],
    [['a key'], '["a key"]'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
