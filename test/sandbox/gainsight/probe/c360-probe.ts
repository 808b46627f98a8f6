/**
 * Browser entry for the real-browser reader tests: the extension's C360 reader and its page watcher,
 * exactly as the content script runs them, exposed on `window` so a test can read a sandbox page.
 */
import { watchPage } from '../../../../lib/host/dom/observe';
import { readC360, type C360Reading } from '../../../../lib/host/gainsight/read-c360';
import type { DateOrder } from '../../../../lib/shared/dates';
import { gainsightRecordPage } from '../../../../lib/shared/urls/record-urls';
import { DEFAULT_SETTINGS } from '../../../../lib/shared/settings/schema';

export interface ProbeResult {
  final: C360Reading;
  /** What each changed reading still waited for, in order: proof the sections arrived one by one. */
  waits: string[][];
}

export interface C360Probe {
  /** Watches the page as the content script does until the reading is complete (or the time limit). */
  watch(dateOrder: DateOrder, timeoutMs: number): Promise<ProbeResult>;
  /** One reading of the page as it is now. */
  read(dateOrder: DateOrder): C360Reading;
  /** What the running watch has waited for so far, for a test that releases held sections once it has. */
  waits: string[][];
}

function read(dateOrder: DateOrder): C360Reading {
  const page = gainsightRecordPage(location.href);
  if (!page) throw new Error(`not a C360 record page: ${location.href}`);
  return readC360(document, { id: page.id, url: location.href, labels: DEFAULT_SETTINGS.gainsight.labels, dateOrder });
}

const probe: C360Probe = {
  read,
  waits: [],
  async watch(dateOrder, timeoutMs) {
    const waits: string[][] = [];
    probe.waits = waits;
    const final = await watchPage({
      signal: new AbortController().signal,
      read: () => read(dateOrder),
      isComplete: (reading) => reading.complete,
      onChange: (reading) => waits.push(reading.account ? reading.waitingFor : ['company']),
      timeoutMs,
    });
    return { final, waits };
  },
};

Object.assign(window, { c360Probe: probe });
