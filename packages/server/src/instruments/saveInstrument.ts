// Saving a draft from the editor (issue 4, item 4). Nothing is silently overwritten: the save
// names the revision it was based on and is refused (409) when someone saved since; a published
// version never changes (409 version_published: start a new version). The document keeps its
// row's identity, status and binding: an instrument bound to another referential is refused.
import type { Instrument } from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { assertEditable, auditActorId } from './access.ts';
import { type BoundReferential, boundReferential, checked } from './boundReferential.ts';
import { findRow } from './service.ts';
import * as store from './store.ts';

export function staleRevision(): AppError {
  return new AppError(
    'conflict',
    {
      fr: "Quelqu'un a enregistré cet instrument depuis que vous l'avez ouvert : rechargez-le avant d'enregistrer.",
      en: 'Someone saved this instrument since you opened it: reload it before saving.',
    },
    'body/revision',
  );
}

/** An editable draft at `revision`, and the referential it is checked against. */
export async function editableDraft(
  ctx: Context,
  actor: Actor,
  key: string,
  version: string,
  revision: number,
): Promise<{ row: store.InstrumentRow; bound: BoundReferential }> {
  const row = await findRow(ctx, key, version);
  assertEditable(actor, row);
  if (row.status !== 'draft') throw new AppError('version_published');
  if (row.revision !== revision) throw staleRevision();
  const bound = await boundReferential(ctx, actor, (row.document as Instrument).binding);
  return { row, bound };
}

export async function saveInstrument(
  ctx: Context,
  actor: Actor,
  key: string,
  version: string,
  input: { instrument: unknown; revision: number },
) {
  const { row, bound } = await editableDraft(ctx, actor, key, version, input.revision);
  const given = (input.instrument ?? {}) as Record<string, unknown>;
  const instrument = checked({ ...given, id: key, version, status: 'draft' }, bound);
  return ctx.database.db.transaction(async (tx) => {
    if (!(await store.replaceDraft(tx, row, instrument, input.revision))) throw staleRevision();
    await insertAudit(tx, {
      actorId: auditActorId(actor),
      action: 'instrument.update',
      subjectType: 'instrument',
      subjectId: `${key}@${version}`,
      data: { revision: input.revision + 1 },
    });
    return { revision: input.revision + 1 };
  });
}
