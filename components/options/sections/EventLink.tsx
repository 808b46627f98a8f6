import { eventLinkFieldId } from '@/lib/shared/email/token-settings';
import { asSentence } from '../fields/field-ids';
import { useOptions } from '../StoreContext';

/** An event's registration link, for its invitations' {{event.url}}: empty, the invitations wait for it. */
export function EventLink({ event }: { event: { key: string; name: string } }) {
  const links = useOptions((s) => s.draft.programs.eventLinks);
  const error = useOptions((s) => s.errors[`programs.eventLinks.${event.key}`]);
  const setProgramsList = useOptions((s) => s.setProgramsList);
  const id = eventLinkFieldId(event.key);
  const put = (value: string) => {
    const { [event.key]: _previous, ...others } = links;
    setProgramsList('eventLinks', value.trim() ? { ...others, [event.key]: value } : others);
  };
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{event.name} registration link</label>
      <input
        id={id}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={links[event.key] ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => put(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {asSentence(error)}
        </p>
      )}
    </div>
  );
}
