// Use cases of instruments: import (validated against the referential version it is built
// on), the generated tutor grid, list and read, and the coverage of a referential version.
// Authoring (create, clone, save, publish, new version) has one file per use case beside.
import { isDeepStrictEqual } from 'node:util';
import {
  coverage,
  coverageWithMeasures,
  generateObservationGrid,
  type Instrument,
  type ReferentialVersion,
  validateInstrument,
} from '@certeval/core';
import { parse } from 'yaml';
import { insertAudit } from '../accounts/store.ts';
import { trainingRuleSet } from '../deliberation/ruleSets.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { getVersion } from '../referential/service.ts';
import { assertVisible, canEdit, visibleOrganisations } from './access.ts';
import { invalid, missingBinding } from './boundReferential.ts';
import * as store from './store.ts';

export type InstrumentOutcome = 'created' | 'updated' | 'unchanged';

function parsedText(input: string | unknown, file?: string): unknown {
  if (typeof input !== 'string') return input;
  try {
    return parse(input, { maxAliasCount: 1000 });
  } catch (error) {
    const detail = (error as Error).message;
    return invalid([
      {
        code: 'invalid_yaml',
        path: '$',
        ...(file ? { file } : {}),
        message: { fr: `YAML invalide : ${detail}`, en: `Invalid YAML: ${detail}` },
      },
    ]);
  }
}

async function boundVersion(
  ctx: Context,
  input: unknown,
  file?: string,
): Promise<{ certification: string; version: ReferentialVersion }> {
  const binding = (input as { binding?: { certification?: unknown; version?: unknown } } | null)
    ?.binding;
  if (typeof binding?.certification !== 'string' || typeof binding.version !== 'string') {
    return invalid([missingBinding(file)]);
  }
  const { version } = await getVersion(ctx, binding.certification, binding.version);
  return { certification: binding.certification, version };
}

/** Stores a valid instrument: new, a refreshed draft, or unchanged; a published one never changes. */
async function store_(
  ctx: Context,
  instrument: Instrument,
  actorId: string | null,
): Promise<InstrumentOutcome> {
  const { db } = ctx.database;
  const existing = await store.findInstrument(db, instrument.id, instrument.version);
  if (existing && isDeepStrictEqual(existing.document, instrument)) return 'unchanged';
  if (existing?.status === 'published')
    throw new AppError('version_published', undefined, '$.version');
  return db.transaction(async (tx) => {
    if (existing && !(await store.replaceDraft(tx, existing, instrument)))
      throw new AppError('conflict');
    if (!existing) await store.insertInstrument(tx, instrument);
    await insertAudit(tx, {
      actorId,
      action: existing ? 'instrument.update' : 'instrument.create',
      subjectType: 'instrument',
      subjectId: `${instrument.id}@${instrument.version}`,
    });
    return existing ? 'updated' : 'created';
  });
}

export async function importInstrument(
  ctx: Context,
  input: string | unknown,
  options: { actorId: string | null; fileName?: string },
) {
  const parsed = parsedText(input, options.fileName);
  const { certification, version } = await boundVersion(ctx, parsed, options.fileName);
  const result = validateInstrument(parsed, version, { certification });
  if (!result.ok)
    invalid(
      result.problems.map((p) => ({
        ...p,
        ...(options.fileName ? { file: options.fileName } : {}),
      })),
    );
  const outcome = await store_(ctx, result.value, options.actorId);
  return { key: result.value.id, version: result.value.version, outcome };
}

/** The tutor observation grid generated from a referential version (one line per activity). */
export async function ensureTutorGrid(ctx: Context, certification: string, versionKey: string) {
  const { version } = await getVersion(ctx, certification, versionKey);
  const generated = generateObservationGrid(version, {
    binding: { certification, version: versionKey },
    id: `${certification}-tutor-grid`,
    version: versionKey,
  });
  if (!generated.ok)
    throw new Error(
      `tutor grid of ${certification} ${versionKey}: ${JSON.stringify(generated.problems)}`,
    );
  return store_(ctx, { ...generated.instrument, status: 'published' }, null);
}

/** Instruments the filter lets through; every one when `visible` is left out (the CLI). */
export function listInstruments(
  ctx: Context,
  filter: Partial<store.ListFilter> & { certification?: string } = {},
) {
  return store.listInstruments(ctx.database.db, { visible: 'all', ...filter });
}

/** The instruments a person may see: the national ones and those of their companies. */
export async function listVisibleInstruments(
  ctx: Context,
  actor: Actor,
  query: { certification?: string; organisation?: string },
) {
  const organisation = query.organisation === 'national' ? null : query.organisation;
  const rows = await listInstruments(ctx, {
    ...(query.certification ? { certification: query.certification } : {}),
    ...(organisation === undefined ? {} : { organisation }),
    visible: visibleOrganisations(actor),
  });
  return rows.map((row) => ({ ...row, canEdit: canEdit(actor, row) }));
}

/** The stored row of one version, or not_found naming it. */
export async function findRow(ctx: Context, key: string, version: string) {
  const row = await store.findInstrument(ctx.database.db, key, version);
  if (!row)
    throw new AppError('not_found', {
      fr: `Instrument inconnu : ${key} ${version}.`,
      en: `Unknown instrument: ${key} ${version}.`,
    });
  return row;
}

/** One version, whoever asks (the deliberation service resolves a record's instruments). */
export async function getInstrument(ctx: Context, key: string, version: string) {
  const row = await findRow(ctx, key, version);
  return { instrument: row.document as Instrument, revision: row.revision };
}

/** One version as a person may read it, with what the editor needs to know about it. */
export async function readInstrument(ctx: Context, actor: Actor, key: string, version: string) {
  const row = await findRow(ctx, key, version);
  assertVisible(actor, row);
  return {
    instrument: row.document as Instrument,
    revision: row.revision,
    status: row.status,
    organisationId: row.organisationId,
    derivedFrom: row.derivedFrom,
    updatedAt: row.updatedAt,
    canEdit: canEdit(actor, row),
  };
}

/** Which competences of a version the national instruments evaluate, and which none does. */
export async function coverageOfVersion(ctx: Context, certification: string, versionKey: string) {
  const { version } = await getVersion(ctx, certification, versionKey);
  const rows = await store.instrumentsOfVersion(ctx.database.db, certification, versionKey);
  const instruments = rows.map((r) => r.document as Instrument);
  const view = coverage(instruments, version);
  // Which items measure each savoir-faire, by the training rule set's measure (issue 17).
  const ruleSet = await trainingRuleSet(ctx, certification, versionKey);
  return ruleSet ? coverageWithMeasures(view, instruments, version, ruleSet) : view;
}
