/**
 * Experiment assignment. Every account gets a fixed A/B group per program, and pilot programs hold back a
 * control share, both from one stable hash of `${accountId}:${programId}`: the same account lands in the
 * same group on every machine, in every session, with nothing stored.
 */
import type { AbGroup } from './plan';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const utf8 = new TextEncoder();

/** FNV-1a (32-bit) over bytes, continuing from `hash` so a shared prefix is hashed once. */
export function fnv1aBytes(bytes: Uint8Array, hash: number = FNV_OFFSET): number {
  let h = hash;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a (32-bit) over the UTF-8 bytes of `text`. */
export const fnv1a = (text: string, hash: number = FNV_OFFSET): number => fnv1aBytes(utf8.encode(text), hash);

/**
 * MurmurHash3's finalizer. FNV-1a alone leaves its low bit a parity of the input bytes and clusters ids
 * that differ in their last characters; mixing makes both the A/B bit and the control bucket uniform.
 */
function mix(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The hash state after `${accountId}:`, reused for every program of that account. */
export const accountHashPrefix = (accountId: string): number => fnv1a(':', fnv1a(accountId));

/** `programId` as UTF-8 bytes: the engine encodes each program's id once per catalog. */
export function experimentHash(accountId: string, programId: string | Uint8Array, prefix?: number): number {
  const bytes = typeof programId === 'string' ? utf8.encode(programId) : programId;
  return mix(fnv1aBytes(bytes, prefix ?? accountHashPrefix(accountId)));
}

export const abGroupOf = (hash: number): AbGroup => ((hash & 1) === 0 ? 'A' : 'B');

/** The top bits as a fraction in [0, 1): below `share` is the control group. */
export const inControlShare = (hash: number, share: number): boolean => hash / 0x100000000 < share;

export const CONTROL_GROUP_REASON = 'Control group for this pilot: receives nothing so results can be compared';
