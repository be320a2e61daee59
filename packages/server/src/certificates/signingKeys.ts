// The certifiers' Ed25519 signing keys as stored: generated on first need, sealed with the
// master secret, rotated on request (the old key is retired: it signs no more but stays in the
// published issuer profile, so that what it signed keeps verifying). The issuer of a
// certifier's credentials is the URL of that profile.
import type { OwnIssuers, PublishedKey } from '../credentials/issuerDirectory.ts';
import { sameId } from '../credentials/issuerIds.ts';
import {
  activeKey,
  generateIssuerKey,
  type IssuerKey,
  type IssuerKeyring,
  issuerProfile,
  type SigningKey,
  unsealSigningKey,
} from '../credentials/issuerKeys.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { masterSecret } from './masterSecret.ts';
import { organisationName } from './signedDecisions.ts';
import * as store from './store.ts';
import { isOwnAddress, issuerIdOf, organisationOfIssuerId } from './urls.ts';

function toIssuerKey(row: store.IssuerKeyRow): IssuerKey {
  return {
    id: row.verificationMethod,
    controller: row.verificationMethod.split('#')[0] ?? '',
    publicKeyMultibase: row.publicKeyMultibase,
    sealedSecretKey: row.sealedSecret,
    createdAt: row.createdAt.toISOString(),
    ...(row.retiredAt ? { retiredAt: row.retiredAt.toISOString() } : {}),
  };
}

/** The certifier's keyring as stored; its issuer id is the one of its newest key. */
export async function keyringOf(
  ctx: Context,
  db: Db,
  organisationId: string,
): Promise<IssuerKeyring> {
  const rows = await store.issuerKeysOf(db, organisationId);
  const keys = rows.map(toIssuerKey);
  return { issuerId: keys.at(-1)?.controller ?? issuerIdOf(ctx, organisationId), keys };
}

async function insertKey(ctx: Context, db: Db, organisationId: string, issuerId: string) {
  const key = await generateIssuerKey({
    issuerId,
    masterSecret: masterSecret(ctx),
    now: ctx.now(),
  });
  await store.insertIssuerKey(db, {
    organisationId,
    verificationMethod: key.id,
    publicKeyMultibase: key.publicKeyMultibase,
    sealedSecret: key.sealedSecretKey,
    status: 'active',
    createdAt: ctx.now(),
  });
  return key;
}

/**
 * The key that signs for the certifier now, made on first need. Call inside a transaction that
 * holds the certifier's lock (store.lockCertifier), so that two issuances make one key.
 */
export async function signingKeyOf(
  ctx: Context,
  db: Db,
  organisationId: string,
): Promise<SigningKey> {
  const keyring = await keyringOf(ctx, db, organisationId);
  const key = activeKey(keyring) ?? (await insertKey(ctx, db, organisationId, keyring.issuerId));
  return unsealSigningKey(key, masterSecret(ctx));
}

/** Retires the active key and makes a new one; returns the new verification method. */
export async function rotateKey(ctx: Context, db: Db, organisationId: string): Promise<IssuerKey> {
  const keyring = await keyringOf(ctx, db, organisationId);
  await store.retireActiveKeys(db, organisationId, ctx.now());
  return insertKey(ctx, db, organisationId, keyring.issuerId);
}

/** The issuer profile published at the issuer id, or undefined before any key exists. */
export async function publishedProfile(ctx: Context, organisationId: string) {
  const keyring = await keyringOf(ctx, ctx.database.db, organisationId);
  if (keyring.keys.length === 0) return undefined;
  const name = (await organisationName(ctx.database.db, organisationId)) ?? '';
  return issuerProfile(keyring, name);
}

/**
 * Our certifiers as the verifier asks for them: by the exact normalised issuer id, read from
 * the database (never over HTTP). A certifier without a key yet publishes none; an id at our
 * address that is none of theirs is not fetched (issuerDirectory.ts).
 */
export function storedIssuers(ctx: Context): OwnIssuers {
  return {
    async keysOf(issuerId) {
      const organisationId = organisationOfIssuerId(issuerId);
      if (!organisationId) return undefined;
      const { db } = ctx.database;
      const keyring = await keyringOf(ctx, db, organisationId);
      const keys = keyring.keys.filter((key) => sameId(key.controller, issuerId));
      if (keys.length === 0) {
        const known =
          sameId(keyring.issuerId, issuerId) && (await organisationName(db, organisationId));
        return known ? [] : undefined;
      }
      return keys.map(
        (key): PublishedKey => ({
          id: key.id,
          controller: key.controller,
          publicKeyMultibase: key.publicKeyMultibase,
        }),
      );
    },
    isOwnAddress: (url) => isOwnAddress(ctx, url),
  };
}
