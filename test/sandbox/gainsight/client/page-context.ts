/** What every page of the fake Gainsight app renders with: its outlet, abort signal, tenant metadata and router. */
import type { GainsightMeta } from '../view-model';

export interface PageContext {
  outlet: HTMLElement;
  signal: AbortSignal;
  meta: GainsightMeta;
  url: URL;
  navigate(href: string): void;
}
