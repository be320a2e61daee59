// A draft copy of an instrument version (issue 4, item 4: "clone and adapt for a company").
// With an organisation, the copy is that company's adapted instrument, bound to the company's
// variant of the same national version when it has one (seed 000, slide 3: the company adapts
// the referentials, then builds its evaluation tools on them); without, a national copy.
import type { Instrument } from '@certeval/core';
import { listOrganisations } from '../accounts/service.ts';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { listVariants } from '../variant/service.ts';
import { assertEditable, assertVisible, auditActorId } from './access.ts';
import { boundReferential, checked } from './boundReferential.ts';
import { keyTaken } from './createInstrument.ts';
import { findRow } from './service.ts';
import * as store from './store.ts';

export interface CloneRequest {
  organisationId?: string;
  key?: string;
  title?: string;
}

async function companyOf(ctx: Context, organisationId: string) {
  const found = (await listOrganisations(ctx)).find((o) => o.id === organisationId);
  if (found?.kind !== 'company')
    throw new AppError(
      'not_found',
      { fr: 'Entreprise inconnue.', en: 'Unknown company.' },
      'body/organisationId',
    );
  return found;
}

/** `base`, or `base-2`, `base-3`… the first key no instrument has. */
async function freeKey(ctx: Context, base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!(await store.keyExists(ctx.database.db, key))) return key;
  }
}

export const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The company's variant of the national version, if it has one. */
async function variantBinding(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  national: { certification: string; version: string },
): Promise<Instrument['binding']> {
  const variant = (await listVariants(ctx, actor)).find(
    (v) =>
      v.organisationId === organisationId &&
      v.certification === national.certification &&
      v.version === national.version,
  );
  return variant ? { variant: variant.id } : national;
}

export async function cloneInstrument(
  ctx: Context,
  actor: Actor,
  key: string,
  version: string,
  request: CloneRequest,
) {
  const source = await findRow(ctx, key, version);
  assertVisible(actor, source);
  const organisationId = request.organisationId ?? null;
  assertEditable(actor, { organisationId });
  const company = organisationId ? await companyOf(ctx, organisationId) : undefined;
  if (request.key !== undefined && (await store.keyExists(ctx.database.db, request.key)))
    throw keyTaken(request.key);
  const newKey =
    request.key ??
    (await freeKey(ctx, `${key}-${company ? slug(company.name) || 'entreprise' : 'copie'}`));
  const document = source.document as Instrument;
  const national = {
    certification: source.certification ?? '',
    version: source.referentialVersion ?? '',
  };
  const binding = organisationId
    ? await variantBinding(ctx, actor, organisationId, national)
    : national;
  const draft: Instrument = {
    ...document,
    id: newKey,
    version: '1',
    status: 'draft',
    title: request.title ?? (company ? `${document.title} — ${company.name}` : document.title),
    binding,
  };
  const bound = await boundReferential(ctx, actor, binding);
  const instrument = checked(draft, bound);
  const derivedFrom = `${key}@${version}`;
  return ctx.database.db.transaction(async (tx) => {
    const row = await store.insertInstrument(tx, instrument, {
      ...bound,
      organisationId,
      derivedFrom,
    });
    if (!row) throw keyTaken(newKey);
    await insertAudit(tx, {
      actorId: auditActorId(actor),
      action: 'instrument.clone',
      subjectType: 'instrument',
      subjectId: `${newKey}@1`,
      data: { derivedFrom, organisationId },
    });
    return { key: newKey, version: '1', revision: row.revision };
  });
}
