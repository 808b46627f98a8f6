import { storage } from 'wxt/utils/storage';
import { OWNED_ITEM_KEYS } from '../../extension/settings/items';
import type { SalesforceClient } from './client';
import { salesforceError, type SalesforceResult } from '../../shared/salesforce/errors';

/**
 * What an org has: each object's fields (API name, label, type, lookups), from
 * `GET sobjects/<Object>/describe`. Asked once per org and object, then kept for a short while in the
 * worker's memory and in `storage.session` (memory only, cleared with the browser), so a worker that
 * MV3 stopped and woke again does not describe again on every record.
 */

/** How long a describe is trusted: an admin who adds a field sees it used within this time. */
export const DESCRIBE_TTL_MS = 10 * 60_000;

export interface DescribedField {
  name: string;
  label: string;
  /** Salesforce's field type: string, date, currency, picklist, multipicklist, boolean, reference… */
  type: string;
  /** `CSM__r` for the lookup `CSM__c`; null for other fields. */
  relationshipName: string | null;
  referenceTo: string[];
}

export interface DescribedObject {
  name: string;
  label: string;
  fields: DescribedField[];
}

export interface CacheEntry {
  at: number;
  object: DescribedObject;
}

const describeItem = storage.defineItem<Record<string, CacheEntry>>(OWNED_ITEM_KEYS.describeCache, { fallback: {} });

export interface DescribeStore {
  read(): Promise<Record<string, CacheEntry>>;
  write(entries: Record<string, CacheEntry>): Promise<void>;
}

export const sessionDescribeStore: DescribeStore = {
  read: async () => (await describeItem.getValue().catch(() => ({}))) ?? {},
  write: (entries) => describeItem.setValue(entries).catch(() => undefined),
};

const memory = new Map<string, CacheEntry>();
const inFlight = new Map<string, Promise<SalesforceResult<DescribedObject>>>();

/** The shared result, or "aborted" as soon as this caller's signal aborts. */
function untilAborted<T>(work: Promise<SalesforceResult<T>>, signal: AbortSignal | undefined): Promise<SalesforceResult<T>> {
  if (!signal) return work;
  if (signal.aborted) return Promise.resolve({ ok: false, error: salesforceError('aborted') });
  return new Promise((resolve) => {
    const onAbort = () => resolve({ ok: false, error: salesforceError('aborted') });
    signal.addEventListener('abort', onAbort, { once: true });
    void work.then((result) => {
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    });
  });
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The describe body, reduced to what the extension reads and checked on the way (it is untrusted input). */
export function parseDescribe(body: unknown): DescribedObject | null {
  if (!body || typeof body !== 'object') return null;
  const raw = body as Record<string, unknown>;
  const name = text(raw.name);
  if (!name || !Array.isArray(raw.fields)) return null;
  const fields: DescribedField[] = [];
  for (const f of raw.fields as unknown[]) {
    if (!f || typeof f !== 'object') continue;
    const field = f as Record<string, unknown>;
    const fieldName = text(field.name);
    if (!fieldName) continue;
    fields.push({
      name: fieldName,
      label: (text(field.label) ?? fieldName).slice(0, 200),
      type: text(field.type) ?? 'string',
      relationshipName: text(field.relationshipName),
      referenceTo: Array.isArray(field.referenceTo) ? field.referenceTo.filter((r): r is string => typeof r === 'string') : [],
    });
  }
  return { name, label: text(raw.label) ?? name, fields };
}

const keyOf = (client: Pick<SalesforceClient, 'apiHost' | 'apiVersion'>, object: string) => `${client.apiHost}|v${client.apiVersion}|${object.toLowerCase()}`;

export interface DescriberOptions {
  now?: () => number;
  store?: DescribeStore;
}

export type Describer = ReturnType<typeof createDescriber>;

export function createDescriber(client: SalesforceClient, options: DescriberOptions = {}) {
  const now = options.now ?? Date.now;
  const store = options.store ?? sessionDescribeStore;
  const fresh = (entry: CacheEntry | undefined): entry is CacheEntry => !!entry && now() - entry.at < DESCRIBE_TTL_MS && now() >= entry.at;

  async function fromStore(key: string): Promise<CacheEntry | undefined> {
    const entry = (await store.read())[key];
    return entry && parseDescribe(entry.object) && typeof entry.at === 'number' ? entry : undefined;
  }

  async function remember(key: string, object: DescribedObject): Promise<void> {
    const entry = { at: now(), object };
    memory.set(key, entry);
    const entries = await store.read();
    const kept = Object.fromEntries(Object.entries(entries).filter(([, e]) => fresh(e)));
    await store.write({ ...kept, [key]: entry });
  }

  async function load(key: string, object: string): Promise<SalesforceResult<DescribedObject>> {
    const stored = await fromStore(key);
    if (fresh(stored)) {
      memory.set(key, stored);
      return { ok: true, data: stored.object };
    }
    const result = await client.describe(object);
    if (!result.ok) return result;
    const parsed = parseDescribe(result.data);
    if (!parsed) return { ok: false, error: salesforceError('unexpected', { detail: `The describe of ${object} had no fields` }) };
    await remember(key, parsed);
    return { ok: true, data: parsed };
  }

  return {
    /** One object's fields, from the cache while it is fresh; concurrent asks share one request. */
    async describe(object: string, opts: { signal?: AbortSignal } = {}): Promise<SalesforceResult<DescribedObject>> {
      const key = keyOf(client, object);
      const cached = memory.get(key);
      if (fresh(cached)) return { ok: true, data: cached.object };
      let loading = inFlight.get(key);
      if (!loading) {
        // Shared by every caller, so one caller cancelling does not fail the others' describe.
        loading = load(key, object).finally(() => inFlight.delete(key));
        inFlight.set(key, loading);
      }
      return untilAborted(loading, opts.signal);
    },

    /** How long ago the cached describe of `object` was fetched; null when none is cached. */
    async ageOf(object: string): Promise<number | null> {
      const key = keyOf(client, object);
      const entry = memory.get(key) ?? (await fromStore(key));
      return entry ? now() - entry.at : null;
    },

    /** Forgets this org's describes: Salesforce just named a field the describe said it had. */
    async forget(): Promise<void> {
      const prefix = `${client.apiHost}|`;
      for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
      const entries = await store.read();
      await store.write(Object.fromEntries(Object.entries(entries).filter(([key]) => !key.startsWith(prefix))));
    },
  };
}

/** For tests: a worker that MV3 stopped and started again has an empty memory. */
export function clearDescribeMemory(): void {
  memory.clear();
  inFlight.clear();
}
