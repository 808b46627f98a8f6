/**
 * Reaching what Playwright does not list: the browser's real side panel is a CDP target of type `page`
 * (chrome-extension://<id>/sidepanel.html), absent from `context.pages()`. These helpers find it and
 * evaluate in it through the Target domain of a page's CDP session.
 */
import type { CDPSession, Page } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function targets(session: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/** A session with one target, over the (non-flattened) Target messaging of an existing session. */
export async function attach(session: CDPSession, targetId: string) {
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let next = 1;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const pending = message.id === undefined ? undefined : waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id!);
    if (message.error) pending.reject(new Error(message.error.message));
    else pending.resolve(message.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  return {
    /** Evaluates an expression in the target's page and returns its JSON value. */
    async evaluate<T>(expression: string): Promise<T> {
      const result = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as { result: { value: T }; exceptionDetails?: unknown };
      if (result.exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(result.exceptionDetails)}`);
      return result.result.value;
    },
  };
}

/** The accessible names of the buttons in `page`, closed shadow roots included (the accessibility tree sees them). */
export async function accessibleButtons(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
  await session.detach();
  return nodes.filter((n) => n.role?.value === 'button').map((n) => n.name?.value ?? '');
}

/** Files of the extension a page has parsed so far (content scripts injected from files). */
export async function extensionScripts(page: Page, extensionId: string): Promise<() => string[]> {
  const session = await page.context().newCDPSession(page);
  const urls: string[] = [];
  session.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.startsWith(`chrome-extension://${extensionId}/`)) urls.push(event.url.slice(`chrome-extension://${extensionId}`.length));
  });
  await session.send('Debugger.enable');
  return () => [...urls];
}
