/** Every rule's `source` is the seed's own words: each quote is checked against the seed files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOGS } from './catalogs';
import { EXPERIMENT_RULES, LIFECYCLE_RULES } from './seed-quotes';
import type { SeedQuote } from './types';

/** Markdown reduced to its text: links to their text, emphasis marks and `<br>` dropped, spaces collapsed. */
const plain = (text: string): string =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|<br>|(?<=^|\s)_|_(?=\s|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const seedText = (seed: string): string => readFileSync(join(import.meta.dirname, 'seed-texts', `${seed}.txt`), 'utf8');

/** A table row's cells, as plain text; null for a line that is not a table row. */
const cellsOf = (line: string): string[] | null =>
  line.trim().startsWith('|') ? line.trim().replace(/^\||\|$/g, '').split('|').map(plain) : null;

/** A quote is a sentence of the seed, or some cells of one row of a seed's table, in the row's order. */
function quoted({ seed, text }: SeedQuote): boolean {
  const source = seedText(seed);
  if (plain(source.replace(/\n/g, ' ')).includes(text)) return true;
  const wanted = text.split(' | ');
  return source.split('\n').some((line) => {
    const cells = cellsOf(line);
    if (!cells) return false;
    let at = 0;
    for (const cell of wanted) {
      at = cells.indexOf(cell, at);
      if (at < 0) return false;
      at++;
    }
    return true;
  });
}

const programs = Object.values(BUILT_IN_CATALOGS).flatMap((catalog) => catalog.programs.map((p) => [`${catalog.edition}: ${p.id}`, p] as const));

describe('the seed sentences behind the built-in programs', () => {
  it.each(programs)('%s rests on quotes its seed really holds', (_, program) => {
    expect(program.source?.length ?? 0).toBeGreaterThan(0);
    for (const quote of program.source ?? []) expect(quoted(quote), `${quote.seed}: ${quote.text}`).toBe(true);
  });

  it.each(Object.entries({ ...LIFECYCLE_RULES, ...EXPERIMENT_RULES }))('the engine-wide rule %s quotes its seed', (_, quote) => {
    expect(quoted(quote), `${quote.seed}: ${quote.text}`).toBe(true);
  });

  it('catches a quote its seed does not hold, or cells from two different rows', () => {
    expect(quoted({ seed: '004', text: 'Net-New Onboarding | Day 2 of new subscription | All' })).toBe(true);
    expect(quoted({ seed: '004', text: 'Net-New Onboarding | Day 3 of new subscription | All' })).toBe(false);
    expect(quoted({ seed: '004', text: 'Net-New Onboarding | Day 0 of new Duo purchase' })).toBe(false);
    expect(quoted({ seed: '001', text: 'Control groups are used for every program.' })).toBe(false);
  });
});
