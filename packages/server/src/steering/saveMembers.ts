// The members of a project's steering committee, saved on the project's revision (a change
// made meanwhile, here or on the project's page, is refused with 409, nothing overwritten).
import { type CommitteeMember, cleanMembers } from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import { updateProject } from '../candidates/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { projectFor } from './access.ts';

export async function saveMembers(
  ctx: Context,
  actor: Actor,
  projectId: string,
  input: { members: CommitteeMember[]; revision: number },
) {
  const project = await projectFor(ctx, actor, projectId, 'steering.write');
  if (project.status === 'closed')
    throw new AppError('conflict', { fr: 'Ce projet est clos.', en: 'This project is closed.' });
  const members = cleanMembers(input.members);
  return ctx.database.db.transaction(async (tx) => {
    const revision = await updateProject(tx, project.id, input.revision, {
      steeringCommittee: members,
    });
    if (revision === undefined)
      throw new AppError('conflict', {
        fr: 'Quelqu’un a modifié ce projet entre-temps : rechargez la page, rien n’a été écrasé.',
        en: 'Someone changed this project meanwhile: reload the page; nothing was overwritten.',
      });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'steering.members',
      subjectType: 'project',
      subjectId: project.id,
      data: { before: project.steeringCommittee, after: members },
    });
    return { revision, members };
  });
}
