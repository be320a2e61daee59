// Who a personal-data request is about, as the certifier's screen shows it before anything is
// exported or erased (issue 19 item 5): the person's name and address, whether they have an
// account, and each candidacy file with its organisation, project, state and whether a signed
// decision holds it. No ids: the screen names the person again by the same reference.
import { eq, inArray } from 'drizzle-orm';
import type { Context } from '../platform/context.ts';
import { organisations, projects } from '../platform/db/schema.ts';
import { filesUnderSignedDecision, findPerson, type PersonRef } from './findPerson.ts';

export interface PersonSummary {
  name: string | null;
  email: string | null;
  hasAccount: boolean;
  files: Array<{
    name: string;
    organisation: string;
    project: string;
    status: string;
    createdAt: Date;
    underSignedDecision: boolean;
  }>;
}

const fileName = (c: { firstNames: unknown; usageName: string | null; birthName: string }) =>
  `${(c.firstNames as string[]).join(' ')} ${c.usageName ?? c.birthName}`;

export async function personSummary(ctx: Context, ref: PersonRef): Promise<PersonSummary> {
  const db = ctx.database.db;
  const person = await findPerson(db, ref);
  const ids = person.candidates.map((c) => c.id);
  const under = await filesUnderSignedDecision(db, ids);
  const projectIds = [...new Set(person.candidates.map((c) => c.projectId))];
  const rows =
    projectIds.length === 0
      ? []
      : await db
          .select({ id: projects.id, title: projects.title, organisation: organisations.name })
          .from(projects)
          .innerJoin(organisations, eq(organisations.id, projects.organisationId))
          .where(inArray(projects.id, projectIds));
  const files = person.candidates.map((c) => {
    const project = rows.find((r) => r.id === c.projectId);
    return {
      name: fileName(c),
      organisation: project?.organisation ?? '',
      project: project?.title ?? '',
      status: c.status,
      createdAt: c.createdAt,
      underSignedDecision: under.has(c.id),
    };
  });
  const first = person.candidates[0];
  return {
    name: person.user?.displayName ?? (first ? fileName(first) : (person.invitedAs?.[0] ?? null)),
    email: person.user?.email ?? person.emails[0] ?? null,
    hasAccount: person.user !== null,
    files,
  };
}
