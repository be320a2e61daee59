// A company's tutors (issue 16, item 1: the pilot's "Tuteurs"): each tutor with the candidates
// they follow and their load (the files still under way), and the candidates no tutor follows
// yet. Seed 000, slide 3: the tutor is "acteur central de la démarche"; the pilot names them.
import { type CandidateState, candidateDisplayName } from '@certeval/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Context } from '../platform/context.ts';
import { candidates, memberships, projects, users } from '../platform/db/schema.ts';
import type { Actor } from '../platform/policy.ts';
import { organisationFor } from './service.ts';

/** A file still under way counts in a tutor's load; a decided or withdrawn one no longer. */
const DONE: readonly CandidateState[] = ['decided', 'withdrawn'];

function tutorsIn(ctx: Context, organisationId: string) {
  return ctx.database.db
    .select({ id: users.id, displayName: users.displayName, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'tutor')))
    .orderBy(asc(users.displayName));
}

function candidatesIn(ctx: Context, organisationId: string) {
  return ctx.database.db
    .select({
      id: candidates.id,
      birthName: candidates.birthName,
      usageName: candidates.usageName,
      firstNames: candidates.firstNames,
      status: candidates.status,
      accessRoute: candidates.accessRoute,
      tutorId: candidates.tutorId,
      projectTitle: projects.title,
    })
    .from(candidates)
    .innerJoin(projects, eq(projects.id, candidates.projectId))
    .where(eq(candidates.organisationId, organisationId))
    .orderBy(asc(candidates.birthName));
}

export async function tutorsOf(ctx: Context, actor: Actor, organisationId: string) {
  const organisation = await organisationFor(ctx, actor, organisationId, 'person.list');
  const [tutors, files] = [
    await tutorsIn(ctx, organisation.id),
    await candidatesIn(ctx, organisation.id),
  ];
  const summary = (c: (typeof files)[number]) => ({
    id: c.id,
    name: candidateDisplayName({
      birthName: c.birthName,
      usageName: c.usageName ?? undefined,
      firstNames: c.firstNames as string[],
    }),
    status: c.status as CandidateState,
    accessRoute: c.accessRoute,
    projectTitle: c.projectTitle,
  });
  return {
    organisation: { id: organisation.id, name: organisation.name },
    tutors: tutors.map((tutor) => {
      const followed = files.filter((c) => c.tutorId === tutor.id);
      return {
        ...tutor,
        load: followed.filter((c) => !DONE.includes(c.status as CandidateState)).length,
        candidates: followed.map(summary),
      };
    }),
    // A VAE file has no tutor (seed 001): only the training pathway's wait for one.
    unassigned: files
      .filter(
        (c) =>
          c.tutorId === null &&
          c.accessRoute !== 'vae' &&
          !DONE.includes(c.status as CandidateState),
      )
      .map(summary),
  };
}
