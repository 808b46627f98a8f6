import type { Plan } from '@/lib/shared/programs/plan';

/**
 * Account-level warnings other than the admin check (which has its own status). Deals blocked by the
 * missing admin are named by the next action when it is the fix (`dealsAbove`): said once.
 */
export function PlanWarnings({ plan, dealsAbove }: { plan: Plan; dealsAbove: boolean }) {
  const warnings = plan.warnings.filter(
    (w) => w.code !== 'no-admin' && w.code !== 'contacts-unknown' && !(dealsAbove && w.code === 'opportunity-needs-admin' && w.severity === 'blocking'),
  );
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
