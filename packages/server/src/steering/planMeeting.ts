// A meeting of a project's steering committee: its day (ahead, or one that took place) and
// what it is about; its minutes are attached once it has taken place (attachMinutes.ts).
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { projectFor } from './access.ts';
import * as store from './store.ts';

export async function planMeeting(
  ctx: Context,
  actor: Actor,
  projectId: string,
  input: { date: string; title: string; agenda?: string },
) {
  const project = await projectFor(ctx, actor, projectId, 'steering.write');
  if (project.status === 'closed')
    throw new AppError('conflict', { fr: 'Ce projet est clos.', en: 'This project is closed.' });
  const title = input.title.trim();
  if (!title)
    throw new AppError(
      'validation_failed',
      { fr: 'Donnez un objet à la réunion.', en: 'Give the meeting a subject.' },
      'body/title',
    );
  return ctx.database.db.transaction(async (tx) => {
    const meeting = await store.insertMeeting(tx, {
      projectId: project.id,
      organisationId: project.organisationId,
      date: input.date,
      title,
      agenda: input.agenda?.trim() ?? '',
      createdBy: actor.userId,
    });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'steering.meeting',
      subjectType: 'project',
      subjectId: project.id,
      data: { meeting: meeting.id, date: meeting.date, title: meeting.title },
    });
    return { id: meeting.id, date: meeting.date, title: meeting.title, agenda: meeting.agenda };
  });
}
