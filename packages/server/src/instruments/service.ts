// Use cases of instruments: import (validated against the referential version it is built
// on), the generated tutor grid, read, and the coverage of a referential version.
import { isDeepStrictEqual } from 'node:util';
import {
  coverage,
  generateObservationGrid,
  type Instrument,
  type ReferentialVersion,
  validateInstrument,
} from '@certeval/core';
import { parse } from 'yaml';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import { getVersion } from '../referential/service.ts';
import * as store from './store.ts';

export type InstrumentOutcome = 'created' | 'updated' | 'unchanged';

function invalid(problems: ProblemDetail[]): never {
  throw new AppError('instrument_invalid', undefined, undefined, problems);
}

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
    return invalid([
      {
        code: 'missing_field',
        path: '$.binding',
        ...(file ? { file } : {}),
        message: {
          fr: "L'instrument doit nommer la certification et la version de référentiel sur lesquelles il est construit.",
          en: 'The instrument must name the certification and referential version it is built on.',
        },
      },
    ]);
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

export const listInstruments = (ctx: Context, certification?: string) =>
  store.listInstruments(ctx.database.db, certification);

export async function getInstrument(ctx: Context, key: string, version: string) {
  const row = await store.findInstrument(ctx.database.db, key, version);
  if (!row)
    throw new AppError('not_found', {
      fr: `Instrument inconnu : ${key} ${version}.`,
      en: `Unknown instrument: ${key} ${version}.`,
    });
  return { instrument: row.document as Instrument, revision: row.revision };
}

/** Which competences of a version the stored instruments evaluate, and which none does. */
export async function coverageOfVersion(ctx: Context, certification: string, versionKey: string) {
  const { version } = await getVersion(ctx, certification, versionKey);
  const rows = await store.instrumentsOfVersion(ctx.database.db, certification, versionKey);
  return coverage(
    rows.map((r) => r.document as Instrument),
    version,
  );
}
