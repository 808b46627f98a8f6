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

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

export function clientBundles(): Promise<ClientBundles> {
  cached ??= Promise.all([bundle('./gainsight/client/main.ts'), bundle('./lightning/client/main.ts')]).then(
    ([gainsight, lightning]) => ({ gainsight, lightning }),
  );
  return cached;
}
