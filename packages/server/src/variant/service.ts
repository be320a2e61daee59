// Use cases of company adaptation: create a variant of a published national version, read
// it with its line-by-line differences, save its changes without overwriting anyone's.
import { applyVariant, type ReferentialVersion, type VariantChange } from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { type Actor, can, organisationsFor } from '../platform/policy.ts';
import { findVersionRow } from '../referential/service.ts';
import * as store from './store.ts';

export function listVariants(ctx: Context, actor: Actor) {
  return store.listVariants(ctx.database.db, organisationsFor(actor, 'variant.read'));
}

async function variantFor(
  ctx: Context,
  actor: Actor,
  id: string,
  action: 'variant.read' | 'variant.write',
) {
  const row = isUuid(id) ? await store.findVariant(ctx.database.db, id) : undefined;
  if (!row) throw new AppError('not_found');
  if (!can(actor, action, { organisationId: row.organisationId })) throw new AppError('forbidden');
  return row;
}

export async function getVariant(ctx: Context, actor: Actor, id: string) {
  const row = await variantFor(ctx, actor, id, 'variant.read');
  const national = await findVersionRow(ctx, row.certification, row.version);
  const result = applyVariant(
    national.document as ReferentialVersion,
    row.changes as VariantChange[],
  );
  if (!result.ok)
    throw new Error(`stored variant ${id} no longer applies: ${JSON.stringify(result.problems)}`);
  return {
    ...row,
    changes: row.changes as VariantChange[],
    lines: result.lines,
    canEdit: can(actor, 'variant.write', { organisationId: row.organisationId }),
  };
}

export async function createVariant(
  ctx: Context,
  actor: Actor,
  input: { organisationId: string; certification: string; version: string; name: string },
) {
  if (!can(actor, 'variant.write', { organisationId: input.organisationId }))
    throw new AppError('forbidden');
  const organisation = await store.findOrganisation(ctx.database.db, input.organisationId);
  if (organisation?.kind !== 'company')
    throw new AppError(
      'not_found',
      { fr: 'Entreprise inconnue.', en: 'Unknown company.' },
      'body/organisationId',
    );
  const national = await findVersionRow(ctx, input.certification, input.version);
  if (national.status !== 'published') {
    throw new AppError(
      'validation_failed',
      {
        fr: 'Seule une version publiée du référentiel national peut être adaptée.',
        en: 'Only a published version of the national referential can be adapted.',
      },
      'body/version',
    );
  }
  return ctx.database.db.transaction(async (tx) => {
    const id = await store.insertVariant(tx, {
      organisationId: organisation.id,
      versionId: national.id,
      name: input.name,
      createdBy: actor.userId,
    });
    if (!id)
      throw new AppError(
        'conflict',
        {
          fr: `Une adaptation « ${input.name} » existe déjà.`,
          en: `An adaptation "${input.name}" already exists.`,
        },
        'body/name',
      );
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'variant.create',
      subjectType: 'company_variant',
      subjectId: id,
      data: input,
    });
    return { id };
  });
}

/** Saves the whole list of changes, checked by core, if nobody saved since `revision`. */
export async function saveVariantChanges(
  ctx: Context,
  actor: Actor,
  id: string,
  revision: number,
  changes: VariantChange[],
) {
  const row = await variantFor(ctx, actor, id, 'variant.write');
  const national = await findVersionRow(ctx, row.certification, row.version);
  const result = applyVariant(national.document as ReferentialVersion, changes);
  if (!result.ok) {
    throw new AppError(
      'variant_invalid',
      undefined,
      undefined,
      result.problems.map((p) => ({ ...p, path: p.path.replace(/^\$/, 'body') })),
    );
  }
  await ctx.database.db.transaction(async (tx) => {
    if (!(await store.updateChanges(tx, id, changes, revision))) throw new AppError('conflict');
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'variant.update',
      subjectType: 'company_variant',
      subjectId: id,
      data: { before: row.changes, after: changes },
    });
  });
  return { id, revision: revision + 1 };
}
