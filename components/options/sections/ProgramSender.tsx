import { SENDER_CHOICES, senderOf } from '@/lib/shared/email/senders';
import { senderChoiceFieldId } from '@/lib/shared/email/token-settings';
import { SENDERS, type Program, type Sender } from '@/lib/shared/programs/types';
import { useOptions } from '../StoreContext';

const isSender = (value: string): value is Sender => (SENDERS as readonly string[]).includes(value);

/**
 * Who sends one program's emails. The catalog's sender is marked as the default (seed 002 names the TAM or
 * AE, or the generic address); the panel's link for an AE nobody names lands here, by this field's id.
 */
export function ProgramSender({ program }: { program: Program }) {
  const chosen = useOptions((s) => senderOf(program, s.draft.programs.senders));
  const setProgramSender = useOptions((s) => s.setProgramSender);
  const id = senderChoiceFieldId(program.id);
  return (
    <div className="field">
      <label htmlFor={id}>Sent by</label>
      <select id={id} aria-label={`Who sends ${program.name}`} value={chosen} onChange={(event) => isSender(event.target.value) && setProgramSender(program, event.target.value)}>
        {SENDERS.map((sender) => (
          <option key={sender} value={sender}>
            {SENDER_CHOICES[sender]}
            {sender === program.sender ? ' (catalog default)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
