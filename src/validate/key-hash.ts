/**
 * Two independent 32-bit hashes of a duplicate key, together a 64-bit fingerprint: what the
 * duplicate check of a worker-pool run remembers of each record instead of its key (see
 * src/node/key-spill.ts). Browser-safe.
 */

/** The two independent 32-bit hashes of a key (tests force collisions with constant ones). */
export interface FingerprintHash {
  slot(key: string): number;
  fingerprint(key: string): number;
}

/** FNV-1a (32-bit) over UTF-16 units. */
function fnv1a(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash;
}

/** A multiplicative hash with MurmurHash3's finaliser: independent of FNV-1a, so keys sharing one hash rarely share the other. */
function murmurMix(key: string): number {
  let hash = 0x9747b28c | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x5bd1e995) ^ (hash >>> 15);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** The default hashes. */
export const defaultFingerprintHash: FingerprintHash = { slot: fnv1a, fingerprint: murmurMix };
