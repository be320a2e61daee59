// Use cases of referentials: import (all-or-nothing), read, export, publish, diff, search.
// The rules (what a valid referential is, what changed between versions) live in core.
import { isDeepStrictEqual } from 'node:util';
import {
  diffVersions,
  parseReferential,
  type ReferentialFile,
  type ReferentialVersion,
  validateReferential,
} from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { indexVersion } from './caseIndex.ts';
import * as store from './store.ts';

export type VersionOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportResult {
  certification: string;
  versions: { key: string; outcome: VersionOutcome }[];
}

/** Checks a referential (YAML or JSON text, or parsed JSON) without storing anything. */
export function checkReferential(input: string | unknown, fileName?: string): ReferentialFile {
  const result = typeof input === 'string' ? parseReferential(input) : validateReferential(input);
  if (result.ok) return result.value;
  const problems = result.problems.map((p) => ({ ...p, ...(fileName ? { file: fileName } : {}) }));
  throw new AppError('referential_invalid', undefined, undefined, problems);
}

/**
 * Imports a referential file: every version is created, or replaces a draft, or is already
 * there unchanged. A published version that differs is refused, and then nothing is stored.
 */
export async function importReferential(
  ctx: Context,
  input: string | unknown,
  options: { actorId: string | null; fileName?: string },
): Promise<ImportResult> {
  const file = checkReferential(input, options.fileName);
  return ctx.database.db.transaction((tx) => importCheckedFile(tx, file, options));
}

/** Stores a valid file inside the caller's transaction (imports of many files at once). */
export async function importCheckedFile(
  tx: Context['database']['db'],
  file: ReferentialFile,
  options: { actorId: string | null; fileName?: string },
): Promise<ImportResult> {
  const certification = await store.upsertCertification(tx, file.certification);
  const versions: ImportResult['versions'] = [];
  for (const [index, version] of file.versions.entries()) {
    const outcome = await importVersion(tx, certification.id, file.certification, version, index);
    versions.push({ key: version.id, outcome });
  }
  await insertAudit(tx, {
    actorId: options.actorId,
    action: 'referential.import',
    subjectType: 'certification',
    subjectId: file.certification.id,
    data: { versions, ...(options.fileName ? { file: options.fileName } : {}) },
  });
  return { certification: file.certification.id, versions };
}

async function importVersion(
  tx: Context['database']['db'],
  certificationId: string,
  certification: ReferentialFile['certification'],
  version: ReferentialVersion,
  index: number,
): Promise<VersionOutcome> {
  const existing = await store.findVersion(tx, certificationId, version.id);
  if (!existing) {
    const row = await store.insertVersion(tx, certificationId, version);
    await indexVersion(tx, row.id, certification, version);
    return 'created';
  }
  if (isDeepStrictEqual(existing.document, version)) return 'unchanged';
  if (existing.status === 'published') {
    throw new AppError(
      'version_published',
      {
        fr: `La version « ${version.id} » est publiée et diffère du fichier : rien n'a été importé. Donnez un nouvel identifiant de version.`,
        en: `Version "${version.id}" is published and differs from the file: nothing was imported. Give the version a new id.`,
      },
      `$.versions[${index}].id`,
    );
  }
  if (!(await store.updateDraft(tx, existing, version, existing.revision))) {
    throw new AppError('conflict');
  }
  await indexVersion(tx, existing.id, certification, version);
  return 'updated';
}

async function certificationOrFail(ctx: Context, slug: string) {
  const certification = await store.findCertification(ctx.database.db, slug);
  if (!certification) {
    throw new AppError('not_found', {
      fr: `Certification inconnue : « ${slug} ».`,
      en: `Unknown certification: "${slug}".`,
    });
  }
  return certification;
}

async function versionOrFail(ctx: Context, certificationId: string, key: string) {
  const version = await store.findVersion(ctx.database.db, certificationId, key);
  if (!version) {
    throw new AppError('not_found', {
      fr: `Version inconnue : « ${key} ».`,
      en: `Unknown version: "${key}".`,
    });
  }
  return version;
}

/** The stored row of a version (document, status, revision), or not_found naming what is missing. */
export async function findVersionRow(ctx: Context, slug: string, key: string) {
  const certification = await certificationOrFail(ctx, slug);
  return versionOrFail(ctx, certification.id, key);
}

export async function listCertifications(ctx: Context) {
  const rows = await store.listCertificationsWithVersions(ctx.database.db);
  const bySlug = new Map<
    string,
    {
      slug: string;
      kind: string;
      title: string | null;
      rncp: string | null;
      rs: string | null;
      versions: { key: string; status: string; revision: number; nodeCount: number }[];
    }
  >();
  for (const row of rows) {
    const entry = bySlug.get(row.slug) ?? {
      slug: row.slug,
      kind: row.kind,
      title: row.title,
      rncp: row.rncp,
      rs: row.rs,
      versions: [],
    };
    if (row.versionKey && row.status && row.revision !== null) {
      entry.versions.push({
        key: row.versionKey,
        status: row.status,
        revision: row.revision,
        nodeCount: Number(row.nodeCount),
      });
    }
    bySlug.set(row.slug, entry);
  }
  return [...bySlug.values()];
}

/** The whole referential file of a certification: what `export --format native` writes. */
export async function exportReferential(ctx: Context, slug: string): Promise<ReferentialFile> {
  const certification = await certificationOrFail(ctx, slug);
  const versions = await store.listVersions(ctx.database.db, certification.id);
  return {
    format: 'certeval.referential',
    formatVersion: 1,
    certification: certification.data as ReferentialFile['certification'],
    versions: versions.map((v) => v.document as ReferentialVersion),
  };
}

export async function getVersion(ctx: Context, slug: string, key: string) {
  const certification = await certificationOrFail(ctx, slug);
  const row = await versionOrFail(ctx, certification.id, key);
  return {
    certification: certification.data as ReferentialFile['certification'],
    version: row.document as ReferentialVersion,
    revision: row.revision,
    publishedAt: row.publishedAt,
  };
}

/** Publishes a draft: from then on it is immutable. Refused if someone changed it meanwhile. */
export async function publishVersion(
  ctx: Context,
  slug: string,
  key: string,
  expectedRevision: number,
  actorId: string,
) {
  const certification = await certificationOrFail(ctx, slug);
  return ctx.database.db.transaction(async (tx) => {
    const row = await store.findVersion(tx, certification.id, key);
    if (!row) throw new AppError('not_found');
    if (row.status === 'published') throw new AppError('version_published');
    const document = { ...(row.document as ReferentialVersion), status: 'published' as const };
    if (!(await store.updateDraft(tx, row, document, expectedRevision)))
      throw new AppError('conflict');
    await insertAudit(tx, {
      actorId,
      action: 'referential.publish',
      subjectType: 'referential_version',
      subjectId: row.id,
      data: { slug, key },
    });
    return { key, status: 'published' as const, revision: expectedRevision + 1 };
  });
}

export async function diffReferentialVersions(
  ctx: Context,
  slug: string,
  from: string,
  to: string,
) {
  const certification = await certificationOrFail(ctx, slug);
  const [a, b] = await Promise.all([
    versionOrFail(ctx, certification.id, from),
    versionOrFail(ctx, certification.id, to),
  ]);
  return diffVersions(a.document as ReferentialVersion, b.document as ReferentialVersion);
}

export async function searchReferential(ctx: Context, slug: string, key: string, query: string) {
  const certification = await certificationOrFail(ctx, slug);
  const row = await versionOrFail(ctx, certification.id, key);
  return store.searchNodes(ctx.database.db, row.id, query);
}

/**
 * Starts a new draft version from an existing one (to prepare the next version of the
 * referentials); the draft is then edited by import and published when ready.
 */
export async function startDraftVersion(
  ctx: Context,
  slug: string,
  from: string,
  key: string,
  actorId: string,
) {
  const certification = await certificationOrFail(ctx, slug);
  const source = await versionOrFail(ctx, certification.id, from);
  if (await store.findVersion(ctx.database.db, certification.id, key)) {
    throw new AppError(
      'conflict',
      { fr: `La version « ${key} » existe déjà.`, en: `Version "${key}" already exists.` },
      'body/key',
    );
  }
  const document = {
    ...(source.document as ReferentialVersion),
    id: key,
    status: 'draft' as const,
  };
  return ctx.database.db.transaction(async (tx) => {
    const row = await store.insertVersion(tx, certification.id, document);
    await indexVersion(
      tx,
      row.id,
      certification.data as ReferentialFile['certification'],
      document,
    );
    await insertAudit(tx, {
      actorId,
      action: 'referential.start_draft',
      subjectType: 'referential_version',
      subjectId: row.id,
      data: { slug, from, key },
    });
    return { key, status: 'draft' as const, revision: row.revision };
  });
}
