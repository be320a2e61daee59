// A home as a to-do list (issue 16, item 2), for one space: read from the very lists the
// sections show (evaluations/worklist.ts, jury/worklist.ts, the projects, the steering
// committees, the job queue) and counted by core (worklist/todo.ts), so that a count on the
// home and the list its link opens always agree.
import {
  candidateTodo,
  certifierTodo,
  evaluatorTodo,
  juryTodo,
  pilotTodo,
  type TodoItem,
} from '@certeval/core';
import { listProjects } from '../candidates/store.ts';
import { worklist } from '../evaluations/worklist.ts';
import { certifierDeliberations, memberGrids, memberSessions } from '../jury/worklist.ts';
import { readyNotConvened } from '../jury/worklistStore.ts';
import { type Context, todayOf } from '../platform/context.ts';
import { actorInSpace, type Space } from '../platform/http/space.ts';
import { listJobs } from '../platform/jobs/jobList.ts';
import { type Actor, organisationsFor } from '../platform/policy.ts';
import { steeringOf } from '../steering/listSteering.ts';

async function certifier(ctx: Context, reader: Actor): Promise<TodoItem[]> {
  const { db } = ctx.database;
  const projects = await listProjects(db, organisationsFor(reader, 'project.read'));
  const deliberations = await certifierDeliberations(ctx, reader);
  const jobs = await listJobs(ctx, reader, 500);
  return certifierTodo({
    projectsSubmitted: projects.filter((p) => p.project.status === 'submitted').length,
    readyNotConvened: await readyNotConvened(db),
    decidedNotSigned: deliberations.filter((d) => d.status === 'decided').length,
    signedNotIssued: deliberations.filter((d) => d.blockers.some((b) => b.code === 'certificates'))
      .length,
    failedJobs: jobs.filter((j) => j.state === 'failed').length,
  });
}

async function pilot(ctx: Context, actor: Actor, space: Space): Promise<TodoItem[]> {
  const files = await worklist(ctx, actor, space);
  const committees = await steeringOf(ctx, actorInSpace(actor, space), space.organisationId);
  const today = todayOf(ctx);
  const [next] = committees
    .flatMap((c) => c.meetings)
    .filter((m) => m.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  return pilotTodo(files, ctx.now().toISOString(), next ? { date: next.date } : null);
}

async function juryMember(ctx: Context, reader: Actor): Promise<TodoItem[]> {
  const sessions = await memberSessions(ctx, reader);
  const grids = await memberGrids(ctx, reader);
  return juryTodo(
    sessions,
    grids.map((g) => g.status),
    todayOf(ctx),
  );
}

export async function todoOf(ctx: Context, actor: Actor, space: Space): Promise<TodoItem[]> {
  const reader = actorInSpace(actor, space);
  switch (space.role) {
    case 'certifier_admin':
      return certifier(ctx, reader);
    case 'company_pilot':
      return pilot(ctx, actor, space);
    case 'tutor':
    case 'trainer':
      return evaluatorTodo(space.role, await worklist(ctx, actor, space));
    case 'jury_member':
      return juryMember(ctx, reader);
    case 'candidate':
      return candidateTodo((await worklist(ctx, actor, space)).map((f) => f.nextStep));
  }
}
