// Technical documents of a VAE booklet (seed 001, "éventuellement accompagné de documents
// techniques"): the candidate attaches them — optionally to one section — and removes them
// until the booklet is submitted; its readers download them. The bytes are stored in the
// database, checked by core's rule (kind by extension and first bytes, 10 MB at most).
import { createHash } from 'node:crypto';
import { checkDocument, DOCUMENT_HEAD_BYTES, VAE_DOCUMENT_MAX_COUNT } from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type DownloadedFile, safeFileName } from '../platform/http/files.ts';
import { isUuid } from '../platform/ids.ts';
import type { Actor } from '../platform/policy.ts';
import { assertDraft, bookletFor } from './bookletAccess.ts';
import * as store from './store.ts';

export async function attachDocument(
  ctx: Context,
  actor: Actor,
  candidateId: string,
  input: { fileName: string; sectionId?: string; body: Buffer },
) {
  const access = await bookletFor(ctx, actor, candidateId, 'vae_booklet.write');
  assertDraft(access);
  const check = checkDocument({
    fileName: input.fileName,
    size: input.body.length,
    head: input.body.subarray(0, DOCUMENT_HEAD_BYTES),
  });
  if (!check.ok) throw new AppError('document_refused', check.message, 'body');
  if (input.sectionId && !access.booklet.sections.some((s) => s.id === input.sectionId))
    throw new AppError(
      'validation_failed',
      {
        fr: `Section inconnue du livret : ${input.sectionId}.`,
        en: `Unknown section of the booklet: ${input.sectionId}.`,
      },
      'querystring/section',
    );
  const { db } = ctx.database;
  if ((await store.countDocuments(db, candidateId)) >= VAE_DOCUMENT_MAX_COUNT)
    throw new AppError('document_refused', {
      fr: `Un livret compte au plus ${VAE_DOCUMENT_MAX_COUNT} documents : « ${check.fileName} » n’a pas été joint.`,
      en: `A booklet holds at most ${VAE_DOCUMENT_MAX_COUNT} documents: "${check.fileName}" was not attached.`,
    });
  const sha256 = createHash('sha256').update(input.body).digest('hex');
  return db.transaction(async (tx) => {
    const document = await store.insertDocument(tx, {
      candidateId,
      sectionId: input.sectionId ?? null,
      fileName: check.fileName,
      contentType: check.contentType,
      size: input.body.length,
      sha256,
      content: input.body,
      uploadedBy: actor.userId,
    });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'vae_document.attach',
      subjectType: 'candidate',
      subjectId: candidateId,
      data: { document: document.id, fileName: check.fileName, size: input.body.length, sha256 },
    });
    return { ...document, createdAt: document.createdAt.toISOString() };
  });
}

const unknownDocument = () =>
  new AppError('not_found', { fr: 'Document introuvable.', en: 'Document not found.' });

export async function downloadDocument(
  ctx: Context,
  actor: Actor,
  candidateId: string,
  documentId: string,
): Promise<DownloadedFile> {
  await bookletFor(ctx, actor, candidateId, 'vae_booklet.read');
  const row = isUuid(documentId)
    ? await store.findDocument(ctx.database.db, candidateId, documentId)
    : undefined;
  if (!row) throw unknownDocument();
  return { fileName: safeFileName(row.fileName), contentType: row.contentType, body: row.content };
}

export async function removeDocument(
  ctx: Context,
  actor: Actor,
  candidateId: string,
  documentId: string,
) {
  const access = await bookletFor(ctx, actor, candidateId, 'vae_booklet.write');
  assertDraft(access);
  if (!isUuid(documentId)) throw unknownDocument();
  await ctx.database.db.transaction(async (tx) => {
    const row = await store.findDocument(tx, candidateId, documentId);
    if (!row || !(await store.deleteDocument(tx, candidateId, documentId))) throw unknownDocument();
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'vae_document.remove',
      subjectType: 'candidate',
      subjectId: candidateId,
      data: { document: documentId, fileName: row.fileName, sha256: row.sha256 },
    });
  });
}
