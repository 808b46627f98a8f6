import { useState } from 'react';
import { sentSentence } from '@/lib/shared/planning/notices';
import type { Program } from '@/lib/shared/programs/types';
import { useProgramOutcome } from '../plan/program-outcome';
import { errorStatus, StatusLine, type Status } from './StatusLine';
import type { ProgramContext } from './use-program-context';

/** For sends the page did not show (sent from a mail app, or before the extension was installed). */
export function MarkSent({ program, step, context, recipients }: { program: Program; step: number; context: ProgramContext; recipients: readonly string[] }) {
  const [status, setStatus] = useState<Status | null>(null);
  const { report } = useProgramOutcome();
  async function mark() {
    try {
      const message = sentSentence(program, step, await context.actions.markSent(program, step, recipients));
      // The program's item says it (and takes focus) wherever the new plan puts it.
      if (report) report({ accountId: context.account.id, programId: program.id, status: { message } });
      else setStatus({ message });
    } catch (error) {
      setStatus(errorStatus(error));
    }
  }
  return (
    <>
      <button type="button" className="pc-action" onClick={() => void mark()}>
        Mark sent
      </button>
      {status && <StatusLine status={status} />}
    </>
  );
}
