/** The outcome of the last action, announced politely; problems are listed under it. */
export interface Status {
  message: string;
  problems?: readonly string[];
  error?: boolean;
}

export function StatusLine({ status }: { status: Status | null }) {
  return (
    <div className={status?.error ? 'pc-action-status pc-action-error' : 'pc-action-status'} role="status">
      {status?.message}
      {status?.problems && status.problems.length > 0 && (
        <ul>
          {status.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const errorStatus = (error: unknown): Status => ({ message: error instanceof Error ? error.message : String(error), error: true });
