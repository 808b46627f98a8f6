/** The engine benchmark as a page script (bundled by engine-chromium.bench.ts): its figures on `window`. */
import { measureEngine } from './engine-book';

(globalThis as { engineFigures?: ReturnType<typeof measureEngine> }).engineFigures = measureEngine();
