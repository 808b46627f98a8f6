/** Files served from disk: the Lightning Design System assets, read straight from node_modules. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { sendText } from './http';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.js': 'text/javascript; charset=utf-8',
};

export const SLDS_ASSETS = join(dirname(createRequire(import.meta.url).resolve('@salesforce-ux/design-system/package.json')), 'assets');

/** Serves `root/relative`, refusing anything that would climb out of `root`. */
export async function serveFile(res: ServerResponse, root: string, relative: string): Promise<void> {
  const target = normalize(join(root, decodeURIComponent(relative)));
  if (!target.startsWith(root + sep)) return sendText(res, 403, 'Forbidden');
  try {
    const body = await readFile(target);
    res.writeHead(200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'content-length': body.length,
      // Static and versioned by the package: let the browser keep it so page loads stay fast.
      'cache-control': 'public, max-age=3600',
    });
    res.end(body);
  } catch {
    sendText(res, 404, 'Not found');
  }
}
