import { memo } from 'react';
import type { QueueItem } from '@/lib/ui/book/queue/queue';
import { isDone } from '@/lib/ui/book/queue/queue';
import { describeItem } from '@/lib/ui/book/queue/queue-actions';
import { nextWorkday } from '@/lib/ui/book/queue/workdays';
import { useBook, useQueue } from '../BookContext';
import { useCalendar } from './use-queue';
import { useQueueNav } from './nav';
import { QueueEntry, SkipButton } from './QueueEntry';
import { dayName, fatigueWords, recipientWords, rowName, stateWords, whenWords } from './words';

/**
 * One send of the queue: account, program, step, recipients, why now, and what was done with it. Its
 * whole text is its accessible name; its controls name the send they act on. Salesforce text is
 * rendered as text, never as markup.
 */
export const QueueRow = memo(function QueueRow({ item }: { item: QueueItem }) {
  const nav = useQueueNav();
  const selected = useQueue((s) => s.selected.has(item.key));
  const select = useQueue((s) => s.select);
  const fatigueDays = Number(useBook((s) => s.bookSettings.fatigueDays));
  const calendar = useCalendar();
  const today = useBook((s) => s.today);
  const what = describeItem(item);
  const done = isDone(item);
  const state = stateWords(item);
  const warning = fatigueWords(item, fatigueDays);
  // The workday after the day it is due (a row due later this week never moves earlier).
  const snoozeTo = nextWorkday(calendar, item.dueOn > today ? item.dueOn : today);
  const text = (
    <>
      <span className="book-account">{item.accountName}</span>
      {state && <span className={`queue-state queue-state-${item.state}`}>{state}</span>}
      <span className="book-step">
        {item.programName}: {item.step.name}
      </span>
      <span className="book-recipients">{recipientWords(item.recipients)}</span>
      <span className="queue-when">{whenWords(item)}</span>
      {item.why && <span className="queue-why">{item.why}</span>}
      {warning && <span className="queue-fatigue">{warning}</span>}
    </>
  );
  const actions = done ? null : (
    <>
      {item.row && (
        <button type="button" onClick={() => void nav.start(item)} aria-label={`Start ${item.programName} for ${item.accountName}`}>
          Start
        </button>
      )}
      {item.row && (
        <button type="button" onClick={() => void nav.act([item], { kind: 'sent' }, item.key)} aria-label={`Mark sent: ${what}`}>
          Sent
        </button>
      )}
      <button type="button" onClick={() => void nav.act([item], { kind: 'snoozed', until: snoozeTo }, item.key)} aria-label={`Snooze to ${dayName(snoozeTo)}: ${what}`}>
        Snooze
      </button>
      <SkipButton entryKey={item.key} label={`Skip: ${what}`} />
    </>
  );
  return (
    <QueueEntry
      entryKey={item.key}
      className={`queue-row${done ? ' queue-done' : ''}`}
      name={rowName(item, fatigueDays)}
      check={<input type="checkbox" className="queue-check" checked={selected} aria-label={`Select ${what}`} onChange={() => undefined} onClick={(event) => select(item.key, event.currentTarget.checked, event.shiftKey ? nav.order() : undefined)} />}
      text={text}
      actions={actions}
      skipWhat={what}
      onSkip={(reason) => void nav.act([item], { kind: 'skipped', reason }, item.key)}
    />
  );
});
