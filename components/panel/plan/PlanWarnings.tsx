import type { Plan } from '@/lib/programs/plan';

/** Account-level warnings other than the admin check (which has its own status). */
export function PlanWarnings({ plan }: { plan: Plan }) {
  const warnings = plan.warnings.filter((w) => w.code !== 'no-admin' && w.code !== 'contacts-unknown');
  if (!warnings.length) return null;
  return (
    <ul className="pc-warnings" aria-label="Warnings">
      {warnings.map((w, i) => (
        <li key={i} className={w.severity === 'blocking' ? 'pc-blocking' : 'pc-warning'}>
          {w.severity === 'blocking' && <strong>Blocking: </strong>}
          {w.message}
        </li>
      ))}
    </ul>
  );
}
