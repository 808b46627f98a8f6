/**
 * The two fake apps' browser code is TypeScript (type-checked with the rest of the repo) bundled with
 * esbuild at start: one ES module per app, served as a static file by the sandbox.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export interface ClientBundles {
  gainsight: string;
  lightning: string;
}

let cached: Promise<ClientBundles> | undefined;

async function bundle(entry: string | URL, format: 'esm' | 'iife' = 'esm'): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    format,
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${String(entry)}`);
  return file.text;
}

/** One TypeScript entry (e.g. a test probe wrapping an extension reader) as a classic script for `page.addScriptTag`. */
export function bundleForPage(entry: URL): Promise<string> {
  return bundle(entry, 'iife');
}

export function clientBundles(): Promise<ClientBundles> {
  cached ??= Promise.all([bundle('./gainsight/client/main.ts'), bundle('./lightning/client/main.ts')]).then(
    ([gainsight, lightning]) => ({ gainsight, lightning }),
  );
  return cached;
}
