/**
 * `POST /services/data/vXX.X/composite`: several requests in one call, as Salesforce serves it (up to
 * 25 subrequests, of which at most 5 query operations; `allOrNone: false`). The whole call counts once
 * against the org's API limits. Only GET subrequests are served here: the extension reads with it.
 */
import type { ServerResponse } from 'node:http';
import { isRecord, readJson, sendJson, type RequestContext } from '../http';

export const MAX_SUBREQUESTS = 25;
export const MAX_QUERY_SUBREQUESTS = 5;

/** A response object that keeps what a handler sends instead of writing it to a socket. */
function captured(): { res: ServerResponse; answer(): { status: number; body: unknown } } {
  let status = 200;
  let text = '';
  const res = {
    headersSent: false,
    writableEnded: false,
    writeHead(code: number) {
      status = code;
      this.headersSent = true;
      return this;
    },
    setHeader() {
      return this;
    },
    end(chunk?: string) {
      text = chunk ?? '';
      this.writableEnded = true;
      return this;
    },
    destroy() {
      return this;
    },
  };
  return {
    res: res as unknown as ServerResponse,
    answer: () => ({ status, body: text === '' ? null : (JSON.parse(text) as unknown) }),
  };
}

const error = (res: ServerResponse, status: number, errorCode: string, message: string) => sendJson(res, status, [{ message, errorCode }]);

/** `route`: serves one data path (the segments after `vXX.X/`) for a subrequest's context. */
export async function handleComposite(ctx: RequestContext, version: string, route: (sub: RequestContext, path: string[]) => Promise<void>): Promise<void> {
  if (ctx.method !== 'POST') return error(ctx.res, 405, 'METHOD_NOT_ALLOWED', `HTTP Method '${ctx.method}' not allowed. Allowed are POST`);
  const parsed = await readJson(ctx.req);
  const requests = parsed.ok && isRecord(parsed.value) ? parsed.value.compositeRequest : undefined;
  if (!Array.isArray(requests) || requests.length === 0) return error(ctx.res, 400, 'JSON_PARSER_ERROR', 'compositeRequest must be a non-empty list');
  if (requests.length > MAX_SUBREQUESTS) return error(ctx.res, 400, 'INVALID_INPUT', `Composite can have at most ${MAX_SUBREQUESTS} subrequests`);
  const prefix = `/services/data/v${version}/`;
  const queries = requests.filter((r) => isRecord(r) && typeof r.url === 'string' && /\/query(All)?(\/|\?|$)/.test(r.url)).length;
  if (queries > MAX_QUERY_SUBREQUESTS) return error(ctx.res, 400, 'INVALID_INPUT', `Composite can have at most ${MAX_QUERY_SUBREQUESTS} query operations`);
  const compositeResponse = [];
  for (const request of requests) {
    const referenceId = isRecord(request) && typeof request.referenceId === 'string' ? request.referenceId : '';
    const url = isRecord(request) && typeof request.url === 'string' ? request.url : '';
    const method = isRecord(request) && typeof request.method === 'string' ? request.method.toUpperCase() : '';
    const sub = captured();
    if (method !== 'GET') error(sub.res, 405, 'METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed in this sandbox's composite. Allowed are GET`);
    else if (!url.startsWith(prefix)) error(sub.res, 404, 'NOT_FOUND', 'The requested resource does not exist');
    else {
      const target = new URL(url, `https://${ctx.host}`);
      const path = target.pathname.slice(prefix.length).split('/').filter((s) => s !== '').map(decodeURIComponent);
      await route({ ...ctx, method: 'GET', url: target, res: sub.res }, path);
    }
    const { status, body } = sub.answer();
    compositeResponse.push({ body, httpHeaders: {}, httpStatusCode: status, referenceId });
  }
  sendJson(ctx.res, 200, { compositeResponse });
}
