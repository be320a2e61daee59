// The next version of an instrument (issue 4, item 4: "an instrument used in an evaluation can
// no longer change; editing makes a new version"): a draft copy numbered after the highest
// numbered version of the key ("2" after "1"), for the same company and referential.
import type { Instrument } from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { assertEditable, auditActorId } from './access.ts';
import { findRow } from './service.ts';
import * as store from './store.ts';

/** One more than the highest whole-number version ("2" after "1"; "1" when none is a number). */
export function nextVersion(versions: readonly string[]): string {
  const numbers = versions.filter((v) => /^\d+$/.test(v)).map(Number);
  return String(Math.max(0, ...numbers) + 1);
}

export async function startNewVersion(ctx: Context, actor: Actor, key: string, version: string) {
  const source = await findRow(ctx, key, version);
  assertEditable(actor, source);
  const { db } = ctx.database;
  const next = nextVersion((await store.versionsOf(db, key)).map((r) => r.version));
  const document: Instrument = {
    ...(source.document as Instrument),
    version: next,
    status: 'draft',
  };
  const derivedFrom = `${key}@${version}`;
  return db.transaction(async (tx) => {
    const row = await store.insertInstrument(tx, document, {
      organisationId: source.organisationId,
      variantId: source.variantId,
      certification: source.certification,
      referentialVersion: source.referentialVersion,
      derivedFrom,
    });
    if (!row)
      throw new AppError('conflict', {
        fr: `La version ${next} de « ${key} » vient d'être créée : rechargez la liste.`,
        en: `Version ${next} of "${key}" was just created: reload the list.`,
      });
    await insertAudit(tx, {
      actorId: auditActorId(actor),
      action: 'instrument.new_version',
      subjectType: 'instrument',
      subjectId: `${key}@${next}`,
      data: { derivedFrom },
    });
    return { key, version: next, revision: row.revision };
  });
}
