// The steering committees a reader sees (issue 16, item 1: the pilot's "Comité de pilotage"):
// per project of their companies, its members, its meetings in date order with their minutes,
// and whether they may change them. Filtered in SQL to the companies where the reader may read.
import type { CommitteeMember } from '@certeval/core';
import { listProjects } from '../candidates/store.ts';
import type { Context } from '../platform/context.ts';
import { type Actor, can, organisationsFor } from '../platform/policy.ts';
import * as store from './store.ts';

export async function steeringOf(ctx: Context, actor: Actor, organisationId?: string) {
  const { db } = ctx.database;
  const reach = organisationsFor(actor, 'steering.read');
  const organisations =
    organisationId === undefined
      ? reach
      : reach === 'all' || reach.includes(organisationId)
        ? [organisationId]
        : [];
  const projects = await listProjects(db, organisations);
  const meetings = await store.meetingsOf(
    db,
    projects.map((p) => p.project.id),
  );
  const minutes = await store.minutesOf(
    db,
    meetings.map((m) => m.id),
  );
  return projects.map(({ project, organisationName }) => ({
    id: project.id,
    title: project.title,
    organisationId: project.organisationId,
    organisationName,
    status: project.status,
    revision: project.revision,
    members: project.steeringCommittee as CommitteeMember[],
    canEdit: can(actor, 'steering.write', { organisationId: project.organisationId }),
    meetings: meetings
      .filter((m) => m.projectId === project.id)
      .map((m) => ({
        id: m.id,
        date: m.date,
        title: m.title,
        agenda: m.agenda,
        minutes: minutes
          .filter((d) => d.meetingId === m.id)
          .map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
      })),
  }));
}
