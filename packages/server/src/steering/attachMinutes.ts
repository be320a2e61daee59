// The minutes of a steering committee meeting: a PDF (core's checkMinutes: by name and first
// bytes, 10 MB at most), attached once the meeting has taken place, stored as its bytes with
// its SHA-256, audited in the same transaction; and downloaded as it was attached.
import { createHash } from 'node:crypto';
import {
  checkMinutes,
  DOCUMENT_HEAD_BYTES,
  MINUTES_MAX_COUNT,
  minutesTooEarly,
} from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import { type Context, todayOf } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type DownloadedFile, safeFileName } from '../platform/http/files.ts';
import { isUuid } from '../platform/ids.ts';
import type { Actor } from '../platform/policy.ts';
import { meetingFor } from './access.ts';
import * as store from './store.ts';

export async function attachMinutes(
  ctx: Context,
  actor: Actor,
  meetingId: string,
  input: { fileName: string; body: Buffer },
) {
  const meeting = await meetingFor(ctx, actor, meetingId, 'steering.write');
  const early = minutesTooEarly(meeting.date, todayOf(ctx));
  if (early) throw new AppError('conflict', early);
  const check = checkMinutes({
    fileName: input.fileName,
    size: input.body.length,
    head: input.body.subarray(0, DOCUMENT_HEAD_BYTES),
  });
  if (!check.ok) throw new AppError('document_refused', check.message, 'body');
  const { db } = ctx.database;
  if ((await store.countMinutes(db, meeting.id)) >= MINUTES_MAX_COUNT)
    throw new AppError('document_refused', {
      fr: `Une réunion garde au plus ${MINUTES_MAX_COUNT} documents : « ${check.fileName} » n’a pas été joint.`,
      en: `A meeting keeps at most ${MINUTES_MAX_COUNT} documents: "${check.fileName}" was not attached.`,
    });
  const sha256 = createHash('sha256').update(input.body).digest('hex');
  return db.transaction(async (tx) => {
    const row = await store.insertMinutes(tx, {
      meetingId: meeting.id,
      fileName: check.fileName,
      contentType: 'application/pdf',
      size: input.body.length,
      sha256,
      content: input.body,
      uploadedBy: actor.userId,
    });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'steering.minutes',
      subjectType: 'project',
      subjectId: meeting.projectId,
      data: {
        meeting: meeting.id,
        minutes: row.id,
        fileName: row.fileName,
        size: row.size,
        sha256,
      },
    });
    return { ...row, createdAt: row.createdAt.toISOString() };
  });
}

export async function downloadMinutes(
  ctx: Context,
  actor: Actor,
  meetingId: string,
  minutesId: string,
): Promise<DownloadedFile> {
  const meeting = await meetingFor(ctx, actor, meetingId, 'steering.read');
  const row = isUuid(minutesId)
    ? await store.findMinutes(ctx.database.db, meeting.id, minutesId)
    : undefined;
  if (!row)
    throw new AppError('not_found', { fr: 'Compte rendu introuvable.', en: 'Minutes not found.' });
  return { fileName: safeFileName(row.fileName), contentType: row.contentType, body: row.content };
}
