import { useState } from 'react';
import { eventDateFieldId } from '@/lib/shared/email/token-settings';
import type { Catalog } from '@/lib/shared/programs/types';
import { asSentence } from '../fields/field-ids';
import { useOptions } from '../StoreContext';
import { catalogInUse } from '../store';
import { EventLink } from './EventLink';

interface CatalogEvent {
  key: string;
  name: string;
  programs: string[];
}

/** The events the catalog's invitations wait for, once each, with the programs that wait for them. */
function eventsOf(catalog: Catalog): CatalogEvent[] {
  const events = new Map<string, CatalogEvent>();
  for (const program of catalog.programs) {
    if (program.trigger.kind !== 'event') continue;
    const { event, name } = program.trigger;
    const known = events.get(event) ?? { key: event, name, programs: [] };
    known.programs.push(program.name);
    events.set(event, known);
  }
  return [...events.values()];
}

function EventDateList({ event }: { event: CatalogEvent }) {
  const dates = useOptions((s) => s.draft.programs.eventDates[event.key]) ?? [];
  const all = useOptions((s) => s.draft.programs.eventDates);
  const errors = useOptions((s) => s.errors);
  const setProgramsList = useOptions((s) => s.setProgramsList);
  const [typed, setTyped] = useState('');
  const id = eventDateFieldId(event.key);
  const put = (next: string[]) => setProgramsList('eventDates', { ...all, [event.key]: next });
  const add = () => {
    if (!typed) return;
    put([...new Set([...dates, typed])].sort());
    setTyped('');
  };
  const problems = [errors['programs.eventDates'], ...dates.map((_, i) => errors[`programs.eventDates.${event.key}.${i}`])].filter(Boolean);
  return (
    <fieldset>
      <legend>{event.name}</legend>
      <p className="field-hint">Invitations of {event.programs.join(', ')} wait for these dates. Until one is entered they show under Needs data; until its registration link is entered they are not copied or prefilled.</p>
      {dates.length > 0 ? (
        <ul className="event-dates" aria-label={`${event.name} dates`}>
          {dates.map((date) => (
            <li key={date}>
              {date}{' '}
              <button type="button" onClick={() => put(dates.filter((d) => d !== date))} aria-label={`Remove ${date} from ${event.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No date entered.</p>
      )}
      <div className="field">
        <label htmlFor={id}>Add a {event.name} date</label>
        <input
          id={id}
          type="date"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
      </div>
      <button type="button" onClick={add} disabled={!typed}>
        Add date
      </button>
      <EventLink event={event} />
      {problems.map((problem) => (
        <p key={problem} className="field-error">
          {asSentence(problem!)}
        </p>
      ))}
    </fieldset>
  );
}

/**
 * The dates of events held "when held": the seeds say labs and webinars run monthly but never on which
 * day, so the user enters them and the invitations plan from them.
 */
export function EventDates() {
  const catalog = useOptions(catalogInUse);
  const events = eventsOf(catalog);
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="event-dates-title">
      <h3 id="event-dates-title">Event dates</h3>
      {events.map((event) => (
        <EventDateList key={event.key} event={event} />
      ))}
    </section>
  );
}
