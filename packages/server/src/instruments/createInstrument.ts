// A new instrument written by the certifier (issue 4, item 4): always a draft, version "1"
// unless it says otherwise, checked by core against the referential it is built on.
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { assertEditable, auditActorId } from './access.ts';
import { boundReferential, checked } from './boundReferential.ts';
import { type ImageFile, storeImages } from './images.ts';
import * as store from './store.ts';

export function keyTaken(key: string): AppError {
  return new AppError(
    'conflict',
    {
      fr: `Un instrument « ${key} » existe déjà : choisissez un autre identifiant.`,
      en: `An instrument "${key}" already exists: choose another identifier.`,
    },
    'body/instrument/id',
  );
}

/** `images`: the pictures its items show (a QTI import's), stored in the same transaction. */
export async function createInstrument(
  ctx: Context,
  actor: Actor,
  input: unknown,
  images: readonly ImageFile[] = [],
) {
  const given = (input ?? {}) as Record<string, unknown>;
  const draft = { ...given, version: given.version ?? '1', status: 'draft' };
  const bound = await boundReferential(ctx, actor, given.binding);
  assertEditable(actor, { organisationId: bound.organisationId });
  const instrument = checked(draft, bound);
  const { db } = ctx.database;
  if (await store.keyExists(db, instrument.id)) throw keyTaken(instrument.id);
  return db.transaction(async (tx) => {
    const row = await store.insertInstrument(tx, instrument, bound);
    if (!row) throw keyTaken(instrument.id);
    await storeImages(tx, images);
    await insertAudit(tx, {
      actorId: auditActorId(actor),
      action: 'instrument.create',
      subjectType: 'instrument',
      subjectId: `${instrument.id}@${instrument.version}`,
      data: { organisationId: bound.organisationId },
    });
    return { key: instrument.id, version: instrument.version, revision: row.revision };
  });
}
