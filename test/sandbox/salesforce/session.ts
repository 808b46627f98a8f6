/** Salesforce sessions: the `sid` cookie the login page sets is the bearer token the REST API accepts. */
import type { IncomingMessage } from 'node:http';
import { randomToken } from '../ids';
import type { Session, SandboxState } from '../state';
import { orgOfHost } from './orgs';

/**
 * `00D…!AQ…`: the org id of the host's org, `!`, then an opaque token, as in real sids (the extension
 * parses the org id). Lightning hosts get sessions of their own, of the same org.
 */
export function createSession(state: SandboxState, host: string, username: string): Session {
  const { orgId } = orgOfHost(host);
  const sid = `${orgId}!AQ4AQ${randomToken(97, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._')}`;
  const session: Session = { sid, orgId, host, username, createdAt: new Date().toISOString() };
  state.sessions.set(sid, session);
  return session;
}

/** `Authorization: Bearer <sid>` (or the older `OAuth <sid>`); the sid must be live and from this org host. */
export function sessionFromRequest(state: SandboxState, req: IncomingMessage, host: string): Session | undefined {
  const m = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  const session = m?.[1] ? state.sessions.get(m[1]) : undefined;
  return session && session.host === host ? session : undefined;
}

export function sessionFromCookie(state: SandboxState, sid: string | undefined, host: string): Session | undefined {
  const session = sid ? state.sessions.get(sid) : undefined;
  return session && session.host === host ? session : undefined;
}
