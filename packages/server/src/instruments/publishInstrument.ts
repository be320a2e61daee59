// Publishing a draft (issue 4, item 4): from then on the version never changes and may be used
// in evaluations; editing it means starting a new version. Checked again by core first: the
// company variant it is built on may have changed since the last save.
import type { Instrument } from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';
import { auditActorId } from './access.ts';
import { checked } from './boundReferential.ts';
import { editableDraft, staleRevision } from './saveInstrument.ts';
import * as store from './store.ts';

export async function publishInstrument(
  ctx: Context,
  actor: Actor,
  key: string,
  version: string,
  revision: number,
) {
  const { row, bound } = await editableDraft(ctx, actor, key, version, revision);
  const published = checked({ ...(row.document as Instrument), status: 'published' }, bound);
  return ctx.database.db.transaction(async (tx) => {
    if (!(await store.replaceDraft(tx, row, published, revision))) throw staleRevision();
    await insertAudit(tx, {
      actorId: auditActorId(actor),
      action: 'instrument.publish',
      subjectType: 'instrument',
      subjectId: `${key}@${version}`,
      data: { revision: revision + 1 },
    });
    return { key, version, status: 'published' as const, revision: revision + 1 };
  });
}
