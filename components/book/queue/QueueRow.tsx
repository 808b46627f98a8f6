import { memo, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { QueueItem } from '@/lib/ui/book/queue/queue';
import { describeItem } from '@/lib/ui/book/queue/queue-store';
import { nextWorkday } from '@/lib/ui/book/queue/workdays';
import { useBook, useQueue } from '../BookContext';
import { useCalendar } from './use-queue';
import { useQueueNav } from './nav';
import { dayName, fatigueWords, recipientWords, rowName, stateWords, whenWords } from './words';

/**
 * One send of the queue: account, program, step, recipients, why now, and what was done with it. Its
 * whole text is its accessible name; its controls name the send they act on. Salesforce text is
 * rendered as text, never as markup.
 */
export const QueueRow = memo(function QueueRow({ item }: { item: QueueItem }) {
  const nav = useQueueNav();
  const selected = useQueue((s) => s.selected.has(item.key));
  const focusMe = useQueue((s) => s.focusKey === item.key);
  const skipping = useQueue((s) => s.skipping === item.key);
  const focus = useQueue((s) => s.focus);
  const select = useQueue((s) => s.select);
  const askSkip = useQueue((s) => s.askSkip);
  const tabbable = useQueue((s) => (s.active ?? s.first) === item.key);
  const setActive = useQueue((s) => s.setActive);
  const fatigueDays = Number(useBook((s) => s.bookSettings.fatigueDays));
  const calendar = useCalendar();
  const today = useBook((s) => s.today);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focusMe) return;
    ref.current?.focus();
    focus(null);
  }, [focusMe, focus]);
  const what = describeItem(item);
  const done = item.state === 'sent' || item.state === 'skipped' || item.state === 'snoozed';
  const state = stateWords(item);
  const warning = fatigueWords(item, fatigueDays);
  // The workday after the day it is due (a row due later this week never moves earlier).
  const snoozeTo = nextWorkday(calendar, item.dueOn > today ? item.dueOn : today);
  return (
    <li ref={ref} className={`queue-row${done ? ' queue-done' : ''}`} tabIndex={tabbable ? 0 : -1} onFocus={(event) => event.target === event.currentTarget && setActive(item.key)} data-queue-key={item.key} aria-label={rowName(item, fatigueDays)} aria-keyshortcuts="Enter S N K X U">
      <input type="checkbox" className="queue-check" checked={selected} aria-label={`Select ${what}`} onChange={() => undefined} onClick={(event) => select(item.key, event.currentTarget.checked, event.shiftKey ? nav.order() : undefined)} />
      <div className="queue-text">
        <span className="book-account">{item.accountName}</span>
        {state && <span className={`queue-state queue-state-${item.state}`}>{state}</span>}
        <span className="book-step">
          {item.programName}: {item.step.name}
        </span>
        <span className="book-recipients">{recipientWords(item.recipients)}</span>
        <span className="queue-why">
          {whenWords(item)}
          {item.why ? `. ${item.why}` : ''}
        </span>
        {warning && <span className="queue-fatigue">{warning}</span>}
      </div>
      {!done && (
        <span className="book-actions queue-actions">
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
          <button type="button" onClick={() => askSkip(item.key)} aria-expanded={skipping} aria-label={`Skip: ${what}`}>
            Skip…
          </button>
        </span>
      )}
      {skipping && <SkipForm what={what} onSkip={(reason) => void nav.act([item], { kind: 'skipped', reason }, item.key)} onCancel={() => askSkip(null, item.key)} />}
    </li>
  );
});

const REASONS = ['Not relevant for this account now', 'Customer asked for a pause', 'Sent outside Gainsight', 'Contact left the company'];

/** Why a send is skipped: asked before skipping, kept with the mark. */
export function SkipForm({ what, onSkip, onCancel }: { what: string; onSkip(reason: string): void; onCancel(): void }) {
  const [reason, setReason] = useState(REASONS[0]!);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onSkip(reason.trim());
  };
  return (
    <form className="queue-skip" onSubmit={submit} aria-label={`Skip ${what}`} onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), onCancel())}>
      <label htmlFor={id}>Why skip it?</label>
      <input id={id} ref={input} list={`${id}-reasons`} value={reason} onChange={(event) => setReason(event.target.value)} required />
      <datalist id={`${id}-reasons`}>
        {REASONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <button type="submit">Skip</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
