/** The app's calls to its own backend; `signal` lets a navigation cancel the previous page's requests. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body);
  return body as T;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(`/v1/api/sandbox/${path}`, { signal: signal ?? null, headers: { accept: 'application/json' } }));
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return parse<T>(
    await fetch(`/v1/api/sandbox/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** Field problems from a 400 answer, as one line for an alert. */
export function problemsText(e: unknown): string {
  if (e instanceof ApiError && typeof e.body === 'object' && e.body !== null && 'problems' in e.body) {
    const problems = (e.body as { problems: { message: string }[] }).problems;
    return problems.map((p) => p.message).join('. ');
  }
  return 'Something went wrong. Try again.';
}
