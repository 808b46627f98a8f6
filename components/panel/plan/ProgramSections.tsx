import type { ReactNode } from 'react';
import type { Plan, PlanEntry } from '@/lib/programs/plan';
import { ProgramItem } from './ProgramItem';

type Section = { title: string; states: PlanEntry['state'][]; folded?: boolean; empty?: string };

/** Due now first, then what comes later, then what needs a decision, then the rest folded away. */
const SECTIONS: Section[] = [
  { title: 'Due now', states: ['due'], empty: 'Nothing is due today.' },
  { title: 'Upcoming', states: ['upcoming'], empty: 'Nothing is scheduled later.' },
  { title: 'Needs data', states: ['unknown'] },
  { title: 'Held back', states: ['held-back'] },
  { title: 'Already sent', states: ['sent'], folded: true },
  { title: 'Not eligible', states: ['not-eligible'], folded: true },
];

function ProgramList({ title, entries, plan }: { title: string; entries: PlanEntry[]; plan: Plan }) {
  return (
    <ul className="pc-programs" aria-label={title}>
      {entries.map((entry) => (
        <ProgramItem key={entry.programId} entry={entry} today={plan.today} accountId={plan.accountId} />
      ))}
    </ul>
  );
}

function Folded({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <details className="pc-section">
      <summary>
        <h3 className="pc-section-title">
          {title} ({count})
        </h3>
      </summary>
      {children}
    </details>
  );
}

export function ProgramSections({ plan }: { plan: Plan }) {
  return (
    <>
      {SECTIONS.map((section) => {
        const entries = plan.entries.filter((e) => section.states.includes(e.state));
        if (!entries.length && !section.empty) return null;
        const list = entries.length ? (
          <ProgramList title={section.title} entries={entries} plan={plan} />
        ) : (
          <p className="pc-empty">{section.empty}</p>
        );
        if (section.folded) {
          return (
            <Folded key={section.title} title={section.title} count={entries.length}>
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
    </>
  );
}
