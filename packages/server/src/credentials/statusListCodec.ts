// The encodedList of a Bitstring Status List: the bits, GZIP-compressed, as multibase
// base64url without padding (a leading `u`). Lists written before the multibase prefix
// (StatusList2021) are read too.
import { gunzipSync, gzipSync } from 'node:zlib';

export function encodeStatusList(bits: Uint8Array): string {
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** The bits of an encoded list, or undefined when it is not GZIP in base64url. */
export function decodeStatusList(encoded: string): Uint8Array | undefined {
  const body = encoded.startsWith('u') ? encoded.slice(1) : encoded;
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return undefined;
  try {
    return new Uint8Array(gunzipSync(Buffer.from(body, 'base64url'), { maxOutputLength: 1 << 26 }));
  } catch {
    return undefined;
  }
}
