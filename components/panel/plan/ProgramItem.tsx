import { useEffect, useId, useRef } from 'react';
import type { PlanEntry, Recipient } from '@/lib/shared/programs/plan';
import { ProgramActions } from '../actions/ProgramActions';
import { CtaTaskDates } from '../actions/CtaTaskDates';
import { StatusLine } from '../actions/StatusLine';
import { useProgramOutcome } from './program-outcome';
import { formatDate, relativeDay } from '@/lib/shared/planning/format';
import { ROLE_FIX_ID } from '../role-fix/RoleFix';
import { Badge, type BadgeTone } from '../../shared/Badge';
import { DueChip } from '../../shared/DueChip';

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
      // Listed under Upcoming: the date says the rest.
      return `${formatDate(entry.date)} (${relativeDay(entry.date, today)})`;
    case 'sent':
      return `Sent ${formatDate(entry.date)}`;
    case 'held-back':
      return `Held back: ${entry.reasons.join(' ')}`;
    case 'unknown':
      return `Cannot decide: ${entry.missing.map((m) => m.label).join(', ')} missing`;
    case 'not-eligible':
      return 'Not eligible';
    case 'untracked':
      return 'Not tracked here';
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
  // An upcoming program's step is named when it comes due: until then its date is what matters.
  if (entry.state === 'due') {
    const { nextStep } = entry;
    return (
      <p className="pc-step">
        Step {nextStep.index + 1} of {entry.program.steps.length}: {nextStep.step.name}
      </p>
    );
  }
  return null;
}

/** What the user can do about a program held back for want of a recipient. */
function Fix({ entry }: { entry: PlanEntry }) {
  if (entry.fix === 'make-admin') {
    return (
      <p className="pc-fix-hint">
        Fix: <a href={`#${ROLE_FIX_ID}`}>make a contact GitLab Admin</a>.
      </p>
    );
  }
  if (entry.fix === 'enroll') return <p className="pc-fix-hint">Fix: enroll contacts in this campaign (Enablement Enrollment on the contact).</p>;
  return null;
}

/**
 * Why the program stands where it does: the seed sentences its rule rests on, and the values the seeds do
 * not give, labelled as the team's. Closed by default: the verdict comes first, the grounds on demand.
 */
function Why({ entry }: { entry: PlanEntry }) {
  const quotes = entry.program.source ?? [];
  if (!quotes.length && !entry.teamChoices.length) return null;
  return (
    <details className="pc-why">
      <summary>Why?</summary>
      {quotes.map((quote, i) => (
        <blockquote key={i} className="pc-seed-quote">
          Seed {quote.seed}: “{quote.text}”
        </blockquote>
      ))}
      {entry.teamChoices.length > 0 && (
        <ul className="pc-team-choices" aria-label={`The team's choices for ${entry.program.name}`}>
          {entry.teamChoices.map((choice) => (
            <li key={choice}>{choice}</li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** Who receives a due program. An upcoming one's recipients are decided when it comes due (an admin may be added by then). */
function Recipients({ entry }: { entry: PlanEntry }) {
  if (entry.state !== 'due') return null;
  if (entry.recipients === null) return <p className="pc-recipients">Recipients unknown: the contacts could not be read.</p>;
  if (!entry.recipients.length) return <p className="pc-recipients pc-none">No recipients.</p>;
  return (
    <p className="pc-recipients">
      To: {entry.recipients.map((r) => `${r.contact.name} (${VIA[r.via]})`).join(', ')}
    </p>
  );
}

const TONES: Partial<Record<PlanEntry['state'], BadgeTone>> = { sent: 'success', 'not-eligible': 'neutral', untracked: 'neutral' };

/** Where the program stands: a due-date chip, a state badge, or (for a sentence of reasons) plain text. */
function StatusMark({ entry, today, id }: { entry: PlanEntry; today: string; id: string }) {
  const words = status(entry, today);
  if (entry.state === 'due' || entry.state === 'upcoming') {
    return (
      <DueChip due={entry.date} today={today} id={id}>
        {words}
      </DueChip>
    );
  }
  const tone = TONES[entry.state];
  if (tone) {
    return (
      <Badge tone={tone} id={id}>
        {words}
      </Badge>
    );
  }
  return (
    <span id={id} className="pc-status">
      {words}
    </span>
  );
}

/**
 * `accountId`: the plan's account, so actions registered for another record never show here.
 * The item itself is focusable (its name is the program and where it stands), so the keyboard reaches
 * every program, also those without actions, and the arrow keys move through a list (ProgramSections).
 * After an action on it, it shows what happened and takes the focus, in whichever list it now is.
 */
export function ProgramItem({ entry, today, accountId }: { entry: PlanEntry; today: string; accountId: string }) {
  const nameId = useId();
  const statusId = useId();
  const ref = useRef<HTMLLIElement>(null);
  const { outcome } = useProgramOutcome();
  const mine = outcome?.accountId === accountId && outcome.programId === entry.programId ? outcome : null;
  useEffect(() => {
    if (mine) ref.current?.focus();
  }, [mine]);
  return (
    <li ref={ref} tabIndex={0} className={`pc-program pc-${entry.state}`} aria-labelledby={`${nameId} ${statusId}`}>
      <div className="pc-program-head">
        <span id={nameId} className="pc-program-name">
          {entry.program.name}
        </span>
        <StatusMark entry={entry} today={today} id={statusId} />
      </div>
      <Details entry={entry} />
      <Fix entry={entry} />
      <Recipients entry={entry} />
      {entry.warnings.map((w, i) => (
        <p key={i} className="pc-entry-warning">
          {w}
        </p>
      ))}
      <ProgramActions entry={entry} accountId={accountId} />
      <CtaTaskDates programId={entry.programId} accountId={accountId} />
      {mine && <StatusLine status={mine.status} />}
      <Why entry={entry} />
    </li>
  );
}
