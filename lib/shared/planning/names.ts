/**
 * Matching names across systems: a catalog's playbook names against a tenant's Playbook list and a CTA's
 * Playbook field, a step's name against an Email Task's. Tenants name things with small differences
 * (dashes, case, "Email Series" suffixes), so an exact match wins and a unique containment is next.
 */

/** Case, spacing and dash style do not matter. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim();
}

export function sameName(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b);
}

/**
 * The candidate matching one of `wanted` (tried in order): exact first, then the single candidate that
 * contains a wanted name or is contained by it. Ambiguity gives null: a wrong playbook is worse than none.
 */
export function bestNameMatch<T>(candidates: readonly T[], nameOf: (candidate: T) => string, wanted: readonly string[]): T | null {
  const names = wanted.map(normaliseName).filter((w) => w !== '');
  for (const w of names) {
    const exact = candidates.find((c) => normaliseName(nameOf(c)) === w);
    if (exact !== undefined) return exact;
  }
  for (const w of names) {
    const near = candidates.filter((c) => {
      const n = normaliseName(nameOf(c));
      return n !== '' && (n.includes(w) || w.includes(n));
    });
    if (near.length === 1) return near[0]!;
  }
  return null;
}

/** "Email 2: …" / "Coach 3 - …" / "Step 1 …": the ordinal a task name starts with (1-based), if any. */
export function ordinalOf(name: string): number | null {
  const match = /^\s*(?:email|coach|step|invite|task)\s*#?\s*(\d{1,2})\b/i.exec(name);
  return match ? Number(match[1]) : null;
}
