// Multibase base58-btc and the multicodec prefixes of public keys, as verification methods
// and did:key identifiers carry them (z6Mk… is an Ed25519 key, zDna… a P-256 one).
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const ED25519_PUB = [0xed, 0x01];
const P256_PUB = [0x80, 0x24];

export function base58btcEncode(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (value > 0n) {
    out = ALPHABET[Number(value % 58n)] + out;
    value /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** Decodes base58-btc, or returns undefined for a character outside the alphabet. */
export function base58btcDecode(text: string): Uint8Array | undefined {
  let value = 0n;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = value * 58n + BigInt(digit);
  }
  const hex = value === 0n ? '' : value.toString(16);
  const body = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  const zeros = /^1*/.exec(text)?.[0].length ?? 0;
  return Buffer.concat([Buffer.alloc(zeros), body]);
}

export type MultikeyKind = 'Ed25519' | 'P-256' | 'unknown';

/** What kind of public key a `z…` multibase value holds; `undefined` if it is not one. */
export function publicKeyKind(multibase: string): MultikeyKind | undefined {
  if (!multibase.startsWith('z')) return undefined;
  const bytes = base58btcDecode(multibase.slice(1));
  if (!bytes || bytes.length < 3) return undefined;
  const [a, b] = bytes;
  if (a === ED25519_PUB[0] && b === ED25519_PUB[1])
    return bytes.length === 34 ? 'Ed25519' : undefined;
  if (a === P256_PUB[0] && b === P256_PUB[1]) return bytes.length === 35 ? 'P-256' : undefined;
  return 'unknown';
}

/** The `z…` multibase of a raw Ed25519 public key. */
export function ed25519Multibase(publicKey: Uint8Array): string {
  return `z${base58btcEncode(Buffer.concat([Buffer.from(ED25519_PUB), publicKey]))}`;
}
