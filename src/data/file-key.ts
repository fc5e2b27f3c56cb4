/**
 * The key a local file is kept under and linked by (`?file=`): a hash of its content, so that
 * opening the same file twice keeps one entry, and a changed file is a new one. Two 53-bit
 * cyrb53 hashes with different seeds: not a cryptographic hash (nothing here needs one; the key
 * never leaves the browser), but synchronous, the same everywhere, and collisions between a
 * person's own files are out of reach.
 */

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `f-` and 28 hex digits; a valid link id. */
export function fileKey(text: string): string {
  const hex = (n: number) => n.toString(16).padStart(14, '0');
  return `f-${hex(cyrb53(text, 1))}${hex(cyrb53(text, 2))}`;
}
