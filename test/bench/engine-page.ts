/**
 * The engine benchmark as one page script for a browser (engine-in-page.ts, bundled), and its figures read
 * back from that page: shared by the Chromium and the Firefox runs, so both measure the same bytes.
 */
import { join } from 'node:path';
import { build } from 'esbuild';

/** A blank page to run it in. */
export const BENCH_PAGE = '<!doctype html><title>Engine benchmark</title>';

/** engine-in-page.ts and everything it imports, as one classic script. */
export async function engineScript(): Promise<string> {
  const bundled = await build({
    entryPoints: [join(import.meta.dirname, 'engine-in-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return bundled.outputFiles[0]!.text;
}

/** What engine-in-page.ts leaves on `window`. */
export interface EngineFigures {
  medianMs: number;
  programs: number;
}

/** Read in the page after the script ran: the same function body works for puppeteer and playwright. */
export function figuresInPage(): EngineFigures | undefined {
  return (globalThis as { engineFigures?: EngineFigures }).engineFigures;
}

export function checked(figures: EngineFigures | undefined): EngineFigures {
  if (!figures) throw new Error('The engine benchmark did not finish in the page');
  return figures;
}
