import { useId } from 'react';
import type { PlanEntry, Recipient } from '@/lib/programs/plan';
import { ProgramActions } from '../actions/ProgramActions';
import { formatDate, relativeDay } from '@/lib/planning/format';

const VIA: Record<Recipient['via'], string> = {
  admin: 'GitLab Admin',
  'sold-to': 'Sold-To',
  'saas-owner': 'Owner',
  'saas-maintainer': 'Maintainer',
  enrolled: 'enrolled',
};

/** One sentence that says where the program stands; it is also the item's accessible description. */
function status(entry: PlanEntry, today: string): string {
  switch (entry.state) {
    case 'due':
      return entry.date === today ? 'Due today' : `Due since ${formatDate(entry.date)}`;
    case 'upcoming':
      return `Upcoming ${formatDate(entry.date)} (${relativeDay(entry.date, today)})`;
    case 'sent':
      return `Sent ${formatDate(entry.date)}`;
    case 'held-back':
      return `Held back: ${entry.reasons.join(' ')}`;
    case 'unknown':
      return `Cannot decide: ${entry.missing.map((m) => m.label).join(', ')} missing`;
    case 'not-eligible':
      return 'Not eligible';
  }
}

function Details({ entry }: { entry: PlanEntry }) {
  if (entry.state === 'not-eligible') {
    return (
      <ul className="pc-reasons">
        {entry.reasons.map((reason, i) => (
          <li key={i}>{reason}</li>
        ))}
      </ul>
    );
  }
  if (entry.state === 'unknown') {
    return (
      <ul className="pc-reasons">
        {entry.missing.map((m) => (
          <li key={m.field}>{m.message}</li>
        ))}
      </ul>
    );
  }
  if (entry.state === 'due' || entry.state === 'upcoming') {
    const { nextStep } = entry;
    return (
      <p className="pc-step">
        Step {nextStep.index + 1} of {entry.program.steps.length}: {nextStep.step.name}
      </p>
    );
  }
  return null;
}

function Recipients({ entry }: { entry: PlanEntry }) {
  if (entry.state !== 'due' && entry.state !== 'upcoming') return null;
  if (entry.recipients === null) return <p className="pc-recipients">Recipients unknown: the contacts could not be read.</p>;
  if (!entry.recipients.length) return <p className="pc-recipients pc-none">No recipients.</p>;
  return (
    <p className="pc-recipients">
      To: {entry.recipients.map((r) => `${r.contact.name} (${VIA[r.via]})`).join(', ')}
    </p>
  );
}

/** `accountId`: the plan's account, so actions registered for another record never show here. */
export function ProgramItem({ entry, today, accountId }: { entry: PlanEntry; today: string; accountId: string }) {
  const nameId = useId();
  const statusId = useId();
  return (
    <li className={`pc-program pc-${entry.state}`} aria-labelledby={`${nameId} ${statusId}`}>
      <span id={nameId} className="pc-program-name">
        {entry.program.name}
      </span>
      <span id={statusId} className="pc-status">
        {status(entry, today)}
      </span>
      <Details entry={entry} />
      <Recipients entry={entry} />
      {entry.warnings.map((w, i) => (
        <p key={i} className="pc-entry-warning">
          {w}
        </p>
      ))}
      <ProgramActions entry={entry} accountId={accountId} />
    </li>
  );
}
