import { useState } from 'react';
import { sentSentence } from '@/lib/planning/notices';
import type { Program } from '@/lib/programs/types';
import { errorStatus, StatusLine, type Status } from './StatusLine';
import type { ProgramContext } from './use-program-context';

/** For sends the page did not show (sent from a mail app, or before the extension was installed). */
export function MarkSent({ program, step, context, recipients }: { program: Program; step: number; context: ProgramContext; recipients: readonly string[] }) {
  const [status, setStatus] = useState<Status | null>(null);
  async function mark() {
    try {
      setStatus({ message: sentSentence(program, step, await context.actions.markSent(program, step, recipients)) });
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
