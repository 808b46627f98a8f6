import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Plan, PlanEntry } from '@/lib/shared/programs/plan';
import { ProgramItem } from './ProgramItem';
import { useProgramOutcome } from './program-outcome';

type Section = { title: string; states: PlanEntry['state'][]; folded?: boolean; empty?: string };

/**
 * Due now first (but the next action, shown above), then what comes later, then what needs a decision,
 * then the rest folded away.
 */
const SECTIONS: Section[] = [
  { title: 'Due now', states: ['due'] },
  { title: 'Upcoming', states: ['upcoming'], empty: 'Nothing is scheduled later.' },
  { title: 'Needs data', states: ['unknown'] },
  { title: 'Held back', states: ['held-back'] },
  { title: 'Already sent', states: ['sent'], folded: true },
  { title: 'Not eligible', states: ['not-eligible'], folded: true },
];

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** Up and down arrows (Home, End) move from a program item to the next one of its list. */
function moveThroughList(event: KeyboardEvent<HTMLUListElement>): void {
  const items = [...event.currentTarget.children] as HTMLElement[];
  const index = items.indexOf(event.target as HTMLElement);
  const move = MOVES[event.key];
  // Only from an item itself: inside it, the keys belong to its buttons and fields.
  if (index < 0 || !move) return;
  const next = items[move(index, items.length)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

function ProgramList({ title, entries, plan }: { title: string; entries: PlanEntry[]; plan: Plan }) {
  return (
    <ul className="pc-programs" aria-label={title} onKeyDown={moveThroughList}>
      {entries.map((entry) => (
        <ProgramItem key={entry.programId} entry={entry} today={plan.today} accountId={plan.accountId} />
      ))}
    </ul>
  );
}

/** A section folded away; it opens by itself when an action just moved a program into it (Mark sent on the last step). */
function Folded({ title, entries, accountId, children }: { title: string; entries: PlanEntry[]; accountId: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const { outcome } = useProgramOutcome();
  const holdsOutcome = outcome?.accountId === accountId && entries.some((e) => e.programId === outcome.programId);
  // Before the item's own effect gives it focus: nothing inside a closed <details> can take it.
  useLayoutEffect(() => {
    if (holdsOutcome && ref.current) ref.current.open = true;
  }, [holdsOutcome, outcome]);
  const count = entries.length;
  return (
    <details ref={ref} className="pc-section">
      <summary>
        <h3 className="pc-section-title">
          {title} ({count})
        </h3>
      </summary>
      {children}
    </details>
  );
}

/**
 * Programs whose trigger the extension cannot observe (an event's registrants): listed once, each with
 * how to track it, never as data every account lacks.
 */
function NotTracked({ entries }: { entries: PlanEntry[] }) {
  if (!entries.length) return null;
  // Folded with the rest that needs no work today; its name says what it holds.
  return (
    <details className="pc-section">
      <summary>
        <h3 className="pc-section-title">Not tracked here ({entries.length})</h3>
      </summary>
      <ul className="pc-untracked" aria-label="Not tracked here">
        {entries.map((entry) => (
          <li key={entry.programId}>
            <strong>{entry.program.name}</strong>: {entry.reasons.join(' ')}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** `lead`: the program shown above as the next action, not listed again. */
export function ProgramSections({ plan, lead }: { plan: Plan; lead: string | null }) {
  return (
    <>
      {SECTIONS.map((section) => {
        const entries = plan.entries.filter((e) => section.states.includes(e.state) && e.programId !== lead);
        if (!entries.length && !section.empty) return null;
        const list = entries.length ? (
          <ProgramList title={section.title} entries={entries} plan={plan} />
        ) : (
          <p className="pc-empty">{section.empty}</p>
        );
        if (section.folded) {
          return (
            <Folded key={section.title} title={section.title} entries={entries} accountId={plan.accountId}>
              {list}
            </Folded>
          );
        }
        return (
          <section key={section.title} className="pc-section" aria-label={section.title}>
            <h3 className="pc-section-title">{section.title}</h3>
            {list}
          </section>
        );
      })}
      <NotTracked entries={plan.entries.filter((e) => e.state === 'untracked')} />
      <p className="pc-seed-note">
        “Why?” quotes the seeds, the handbook’s program tables this panel follows; the rest is the team’s choice.
      </p>
    </>
  );
}
