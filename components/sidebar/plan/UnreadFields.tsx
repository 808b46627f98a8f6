import type { Plan } from '@/lib/programs/plan';

/** Which fields could not be read and which programs that leaves undecided. */
export function UnreadFields({ plan }: { plan: Plan }) {
  const affected = new Map<string, { message: string; programs: string[] }>();
  for (const entry of plan.entries) {
    if (entry.state !== 'unknown') continue;
    for (const missing of entry.missing) {
      const item = affected.get(missing.label) ?? { message: missing.message, programs: [] };
      item.programs.push(entry.program.name);
      affected.set(missing.label, item);
    }
  }
  if (!affected.size) return null;
  return (
    <section className="pc-unread" aria-label="Could not be read">
      <h4 className="pc-section-title">Could not be read</h4>
      <ul aria-label="Fields that could not be read">
        {[...affected].map(([label, { message, programs }]) => (
          <li key={label} aria-label={`${label}: affects ${programs.join(', ')}`}>
            <strong>{label}</strong>: {message} Affects {programs.join(', ')}.
          </li>
        ))}
      </ul>
    </section>
  );
}
