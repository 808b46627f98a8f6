/**
 * Experiment assignment. Every account gets a fixed A/B group per program, and pilot programs hold back a
 * control share, both from one stable hash of `${accountId}:${programId}`: the same account lands in the
 * same group on every machine, in every session, with nothing stored.
 */
import type { AbGroup } from './plan';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const step = (hash: number, byte: number): number => Math.imul(hash ^ byte, FNV_PRIME);

/** FNV-1a (32-bit) over the UTF-8 bytes of `text`, continuing from `hash` so a shared prefix is hashed once. */
export function fnv1a(text: string, hash: number = FNV_OFFSET): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    // Encoded inline rather than with TextEncoder: a native call per id costs more than the hash itself.
    const low = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c < 0xdc00 && low >= 0xdc00 && low < 0xe000) {
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      i++;
    }
    if (c < 0x800) {
      h = step(step(h, 0xc0 | (c >> 6)), 0x80 | (c & 63));
    } else if (c < 0x10000) {
      h = step(step(step(h, 0xe0 | (c >> 12)), 0x80 | ((c >> 6) & 63)), 0x80 | (c & 63));
    } else {
      h = step(step(step(step(h, 0xf0 | (c >> 18)), 0x80 | ((c >> 12) & 63)), 0x80 | ((c >> 6) & 63)), 0x80 | (c & 63));
    }
  }
  return h >>> 0;
}

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

export function experimentHash(accountId: string, programId: string, prefix?: number): number {
  return mix(fnv1a(programId, prefix ?? accountHashPrefix(accountId)));
}

export const abGroupOf = (hash: number): AbGroup => ((hash & 1) === 0 ? 'A' : 'B');

/** The top bits as a fraction in [0, 1): below `share` is the control group. */
export const inControlShare = (hash: number, share: number): boolean => hash / 0x100000000 < share;

export const CONTROL_GROUP_REASON = 'Control group for this pilot: receives nothing so results can be compared';
