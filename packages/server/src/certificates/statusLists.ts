// Revocation and suspension published as W3C Bitstring Status Lists: each document takes one
// bit of each of its certifier's two lists when it is issued — the `revocation` list and, beside
// it, the `suspension` list (issue 14: a document is suspended while its decision is reopened).
// Revoking, suspending or lifting a suspension sets or clears the bit and re-issues the list
// (its revision goes up). The list credential is signed with the certifier's active key when it
// is asked for, dated by its last change, and kept in memory until the next change or rotation;
// serving it again takes no lock.
import {
  STATUS_LIST_MIN_ENTRIES,
  STATUS_PURPOSES,
  type StatusListPlace,
  type StatusPurpose,
} from '@certeval/core';
import type { StatusSources } from '../credentials/checkStatus.ts';
import { issueStatusList } from '../credentials/issueCredential.ts';
import { activeKey, type IssuerKeyring } from '../credentials/issuerKeys.ts';
import type { SignedCredential } from '../credentials/signCredential.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { keyringOf, signingKeyOf } from './signingKeys.ts';
import * as store from './store.ts';
import { issuerBaseOf, issuerIdOf, statusListPlaceOf, statusListUrlOf } from './urls.ts';

export interface ReservedPlaces {
  listId: string;
  listUrl: string;
  /** The first of the consecutive indexes taken. */
  first: number;
}

async function reserveIn(
  ctx: Context,
  db: Db,
  organisationId: string,
  count: number,
  purpose: StatusPurpose,
): Promise<ReservedPlaces> {
  const size = Math.max(STATUS_LIST_MIN_ENTRIES, count);
  const list =
    (await store.openStatusList(db, organisationId, count, purpose)) ??
    (await store.insertStatusList(db, { organisationId, purpose, size, updatedAt: ctx.now() }));
  const first = await store.reserveIndexes(db, list.id, count);
  if (first === undefined) throw new Error(`status list ${list.id} has no room for ${count}`);
  return { listId: list.id, listUrl: statusListUrlOf(ctx, list.id), first };
}

/** Places `count` documents in the certifier's open lists, one per purpose. */
export async function reservePlaces(ctx: Context, db: Db, organisationId: string, count: number) {
  const places = {} as Record<StatusPurpose, ReservedPlaces>;
  for (const purpose of STATUS_PURPOSES)
    places[purpose] = await reserveIn(ctx, db, organisationId, count, purpose);
  return places;
}

/** The `offset`-th document's bits in the reserved places: its credentialStatus entries. */
export const placesOf = (
  places: Record<StatusPurpose, ReservedPlaces>,
  offset: number,
): StatusListPlace[] =>
  STATUS_PURPOSES.map((purpose) => ({
    listUrl: places[purpose].listUrl,
    index: places[purpose].first + offset,
    purpose,
  }));

const signed = new Map<string, { key: string; credential: SignedCredential }>();

type ListRow = NonNullable<Awaited<ReturnType<typeof store.statusListById>>>;

const signedKey = (ctx: Context, list: ListRow, keyId: string) =>
  `${list.revision}:${keyId}:${ctx.config.publicUrl}`;

/**
 * The list signed at its revision with the active key, as signed before: read without a lock
 * (the public verification asks for it on every request). The revision and the key are read
 * from the database each time, so a revocation or a rotation is never served stale.
 */
function alreadySigned(ctx: Context, list: ListRow, keyring: IssuerKeyring) {
  const key = activeKey(keyring);
  const cached = signed.get(list.id);
  return key && cached?.key === signedKey(ctx, list, key.id) ? cached.credential : undefined;
}

/** Signs the list at its revision, under the certifier's lock (the key is made on first need). */
function signList(ctx: Context, list: ListRow) {
  return ctx.database.db.transaction(async (tx) => {
    await store.lockCertifier(tx, list.organisationId);
    const key = await signingKeyOf(ctx, tx, list.organisationId);
    const cacheKey = signedKey(ctx, list, key.id);
    const cached = signed.get(list.id);
    if (cached?.key === cacheKey) return cached.credential;
    const credential = await issueStatusList(
      {
        listUrl: statusListUrlOf(ctx, list.id),
        issuerId: key.controller,
        purpose: list.purpose as StatusPurpose,
        // Only the bits are public: the reasons stay with the documents.
        revocations: (list.setIndexes as number[]).map((index) => ({
          index,
          reason: '',
          revokedAt: list.updatedAt.toISOString(),
        })),
        validFrom: list.updatedAt.toISOString(),
        entries: list.size,
        created: list.updatedAt,
      },
      key,
    );
    signed.set(list.id, { key: cacheKey, credential });
    return credential;
  });
}

async function published(ctx: Context, list: ListRow, keyring: IssuerKeyring) {
  return alreadySigned(ctx, list, keyring) ?? signList(ctx, list);
}

/** The signed list credential, or undefined for an unknown list. */
export async function publishedStatusList(ctx: Context, listId: string) {
  const { db } = ctx.database;
  const list = await store.statusListById(db, listId);
  if (!list) return undefined;
  return published(ctx, list, await keyringOf(ctx, db, list.organisationId));
}

/**
 * Our list at `url`: one of our lists, named under an address its certifier's keys were made
 * under (our public address now or when they were issued), or undefined.
 */
async function ownList(ctx: Context, url: string) {
  const place = statusListPlaceOf(url);
  const list = place && (await store.statusListById(ctx.database.db, place.id));
  if (!place || !list) return undefined;
  const keyring = await keyringOf(ctx, ctx.database.db, list.organisationId);
  const bases = [issuerIdOf(ctx, list.organisationId), ...keyring.keys.map((k) => k.controller)];
  return bases.some((id) => issuerBaseOf(id) === place.base)
    ? published(ctx, list, keyring)
    : undefined;
}

/** Where the verifier reads our own lists and the reasons of our revocations. */
export function storedStatusSources(ctx: Context): StatusSources {
  return {
    load: (url) => ownList(ctx, url),
    async revocationReason(credentialId) {
      const found = await store.revocationByCredentialId(ctx.database.db, credentialId);
      return found?.reason ?? undefined;
    },
  };
}
