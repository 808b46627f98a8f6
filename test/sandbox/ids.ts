/**
 * Deterministic record ids: the same sample account has the same ids on every run and every `today`,
 * so links, bookmarks and test expectations stay valid.
 */
import { createHash, randomInt } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const UPPER_ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest();
}

function encode(seed: string, alphabet: string, length: number): string {
  const bytes = digest(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[(bytes[i % bytes.length] ?? 0) % alphabet.length];
  return out;
}

/**
 * Salesforce's 18-character id: the 15-character case-sensitive id plus three characters that encode
 * which of its letters are upper case, so code that validates or converts ids meets the real thing.
 */
export function salesforceId18(id15: string): string {
  if (id15.length !== 15) throw new Error(`expected 15 characters: ${id15}`);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }
  return id15 + suffix;
}

/** `prefix` is the key prefix of the object: 001 Account, 003 Contact, 006 Opportunity, 005 User. */
export function salesforceIdFor(prefix: '001' | '003' | '006' | '005', seed: string): string {
  return salesforceId18(`${prefix}5g00000${encode(`${prefix}:${seed}`, BASE62, 5)}`);
}

/** Gainsight GSIDs are 36 upper-case alphanumerics; the first four tell the object (1P02 company). */
export function gainsightIdFor(prefix: '1P02' | '1I00' | '1I01' | '1S01', seed: string): string {
  return prefix + encode(`${prefix}:${seed}`, UPPER_ALNUM, 32);
}

/** A random token from the given alphabet (session ids, query locators): unguessable, like the real ones. */
export function randomToken(length: number, alphabet: string = BASE62): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet.charAt(randomInt(alphabet.length));
  return out;
}
