// The certifiers' Ed25519 signing keys as stored: generated on first need, sealed with the
// master secret, rotated on request (the old key is retired: it signs no more but stays in the
// published controller document, so that what it signed keeps verifying). The issuer of a
// certifier's credentials is the URL of that document.
import {
  activeKey,
  controllerDocument,
  generateIssuerKey,
  type IssuerKey,
  type IssuerKeyring,
  type SigningKey,
  unsealSigningKey,
} from '../credentials/issuerKeys.ts';
import type { TrustedKeys } from '../credentials/verificationMethod.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { masterSecret } from './masterSecret.ts';
import * as store from './store.ts';
import { issuerIdOf } from './urls.ts';

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

/** The controller document published at the issuer id, or undefined before any key exists. */
export async function publishedController(ctx: Context, organisationId: string) {
  const keyring = await keyringOf(ctx, ctx.database.db, organisationId);
  return keyring.keys.length === 0 ? undefined : controllerDocument(keyring);
}

/** Our certifiers' keys, as the verifier asks for them: by verification method. */
export function storedTrustedKeys(ctx: Context): TrustedKeys {
  return {
    async lookup(verificationMethod) {
      const issuerId = verificationMethod.split('#')[0] ?? '';
      const rows = await store.issuerKeysOfIssuer(ctx.database.db, issuerId);
      if (rows.length === 0) return { kind: 'not-ours' };
      const row = rows.find((candidate) => candidate.verificationMethod === verificationMethod);
      if (!row) return { kind: 'unknown-key' };
      return {
        kind: 'key',
        key: {
          id: row.verificationMethod,
          controller: issuerId,
          publicKeyMultibase: row.publicKeyMultibase,
        },
      };
    },
  };
}
