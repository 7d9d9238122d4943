// A strong ETag computed synchronously from the bytes, so icsResponse stays a plain function on
// every runtime (Web Crypto's digest is async). It identifies a version of a feed for caches; it
// is not a security measure.

/** `"<length>-<hash>"` for `bytes`: two 32-bit FNV-1a style lanes with different primes. */
export function etagOf(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return `"${bytes.length.toString(36)}-${hex(a)}${hex(b)}"`;
}
