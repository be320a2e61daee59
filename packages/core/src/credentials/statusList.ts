// Revocation and suspension published as W3C Bitstring Status Lists: each credential holds one
// bit of a list per purpose, bit 0 being the most significant bit of the first byte. A bit of
// a `revocation` list is set for good; a bit of a `suspension` list is set while the decision
// the document comes from is reopened, and cleared when it stands again (issue 14). The list
// is at least 16 KiB (131,072 entries) so that a verifier fetching it learns nothing about
// which credential it checks. Compression and multibase encoding need zlib: the server does
// them.
import type { JsonObject } from './openBadgeCredential.ts';

/** The minimum size the specification sets for herd privacy. */
export const STATUS_LIST_MIN_ENTRIES = 131_072;

/** The purposes of the lists a certifier publishes (Bitstring Status List, statusPurpose). */
export const STATUS_PURPOSES = ['revocation', 'suspension'] as const;
export type StatusPurpose = (typeof STATUS_PURPOSES)[number];

/** Where a credential's status is published: the list credential's URL and its bit. */
export interface StatusListPlace {
  listUrl: string;
  index: number;
  /** `revocation` unless said. */
  purpose?: StatusPurpose;
}

/** A revocation as the certifier recorded it; only its bit is public. */
export interface Revocation {
  index: number;
  reason: string;
  revokedAt: string;
}

/** The credentialStatus entry of a credential placed at `place`. */
export function bitstringStatusEntry(place: StatusListPlace): JsonObject {
  return {
    id: `${place.listUrl}#${place.index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: place.purpose ?? 'revocation',
    statusListIndex: String(place.index),
    statusListCredential: place.listUrl,
  };
}

/** An empty list of `entries` bits, rounded up to whole bytes. */
export function emptyStatusBits(entries: number = STATUS_LIST_MIN_ENTRIES): Uint8Array {
  return new Uint8Array(Math.ceil(Math.max(entries, STATUS_LIST_MIN_ENTRIES) / 8));
}

function assertIndex(bits: Uint8Array, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) {
    throw new RangeError(`Status index ${index} is outside a list of ${bits.length * 8} entries.`);
  }
}

/** Whether the bit at `index` is set. */
export function statusBit(bits: Uint8Array, index: number): boolean {
  assertIndex(bits, index);
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

/** A copy of `bits` with the bit at `index` set or cleared. */
export function withStatusBit(bits: Uint8Array, index: number, value: boolean): Uint8Array {
  assertIndex(bits, index);
  const copy = bits.slice();
  const mask = 0x80 >> (index & 7);
  const byte = copy[index >> 3] ?? 0;
  copy[index >> 3] = value ? byte | mask : byte & ~mask;
  return copy;
}

/** The bits of a list where the given revocations are set. */
export function revocationBits(revocations: readonly Revocation[], entries?: number): Uint8Array {
  const bits = emptyStatusBits(entries);
  for (const { index } of revocations) {
    assertIndex(bits, index);
    bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7));
  }
  return bits;
}

/** The credentialStatus of a credential placed in one list, or in several (an array). */
export function credentialStatusOf(
  places: StatusListPlace | readonly StatusListPlace[],
): JsonObject | JsonObject[] {
  const list: readonly StatusListPlace[] = 'listUrl' in places ? [places] : places;
  const [only, ...others] = list.map(bitstringStatusEntry);
  return only && others.length === 0 ? only : list.map(bitstringStatusEntry);
}

/** The unsigned BitstringStatusListCredential publishing `encodedList` (see the server). */
export function statusListCredential(input: {
  listUrl: string;
  issuerId: string;
  validFrom: string;
  validUntil?: string;
  encodedList: string;
  /** `revocation` unless said. */
  purpose?: StatusPurpose;
}): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: input.listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuerId,
    validFrom: input.validFrom,
    ...(input.validUntil ? { validUntil: input.validUntil } : {}),
    credentialSubject: {
      id: `${input.listUrl}#list`,
      type: 'BitstringStatusList',
      statusPurpose: input.purpose ?? 'revocation',
      encodedList: input.encodedList,
    },
  };
}
