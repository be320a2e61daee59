// Who reaches a project's steering committee: steering.read / steering.write on the project's
// company (policy.ts). A reader who may not even read it gets 404, so that a project of another
// company is not revealed; one who reads but may not write gets 403.
import { findProject, type ProjectRow } from '../candidates/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { type Actor, can } from '../platform/policy.ts';
import { findMeeting, type MeetingRow } from './store.ts';

export async function projectFor(
  ctx: Context,
  actor: Actor,
  id: string,
  action: 'steering.read' | 'steering.write',
): Promise<ProjectRow> {
  const project = isUuid(id) ? await findProject(ctx.database.db, id) : undefined;
  if (!project || !can(actor, 'steering.read', { organisationId: project.organisationId }))
    throw new AppError('not_found');
  if (!can(actor, action, { organisationId: project.organisationId }))
    throw new AppError('forbidden');
  return project;
}

export async function meetingFor(
  ctx: Context,
  actor: Actor,
  id: string,
  action: 'steering.read' | 'steering.write',
): Promise<MeetingRow> {
  const meeting = isUuid(id) ? await findMeeting(ctx.database.db, id) : undefined;
  if (!meeting || !can(actor, 'steering.read', { organisationId: meeting.organisationId }))
    throw new AppError('not_found', { fr: 'Réunion introuvable.', en: 'Meeting not found.' });
  if (!can(actor, action, { organisationId: meeting.organisationId }))
    throw new AppError('forbidden');
  return meeting;
}
