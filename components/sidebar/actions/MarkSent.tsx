import { useState } from 'react';
import type { Program } from '@/lib/programs/types';
import { sentSentence } from './notices';
import type { PageActions } from './page-actions';
import { recordSend } from './sequence';
import { errorStatus, StatusLine, type Status } from './StatusLine';

/** For sends the page did not show us (sent from a mail app, or before the extension was installed). */
export function MarkSent({ program, step, actions, recipients }: { program: Program; step: number; actions: PageActions; recipients: readonly string[] }) {
  const [status, setStatus] = useState<Status | null>(null);
  async function mark() {
    try {
      const result = await recordSend({ program, account: actions.account, step, sentOn: actions.today, recipients, how: 'marked' });
      actions.replan(sentSentence(program, step, result));
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
