// Test support for certificates: a jury session of the demo certifier whose decisions are
// signed, written straight into the jury's tables (as the jury's screens leave them once the
// president has signed), with decisions computed by core from the sample evaluation record.
import type { Decided } from '@certeval/core';
import { eq } from 'drizzle-orm';
import { demoOrganisations } from '../demo/seedDemo.ts';
import type { Context } from '../platform/context.ts';
import {
  candidates,
  juryCandidates,
  jurySessions,
  organisations,
  projects,
  users,
} from '../platform/db/schema.ts';

export const TEST_SECRET = 'a test master secret that is long enough, 48 chars';

export interface SignedCandidate {
  decision: Decided;
  /** The demo candidate's own file (with their account) instead of a new fictional one. */
  demoCandidate?: boolean;
  birthName?: string;
  usageName?: string;
  firstNames?: string[];
  birthDate?: string;
  birthPlace?: string;
  /** Issue 18: what the holders' declaration needs, absent unless given. */
  sex?: 'female' | 'male';
  birthInseeCode?: string;
  accessRoute?: string;
  /** Where the holder is told (a candidate without an account). */
  email?: string;
}

async function idOf(ctx: Context, name: string) {
  const [row] = await ctx.database.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, name));
  if (!row) throw new Error(`no organisation ${name}`);
  return row.id;
}

export const demoCertifierId = (ctx: Context) => idOf(ctx, demoOrganisations.certifier);

async function candidateFor(ctx: Context, given: SignedCandidate, index: number) {
  const { db } = ctx.database;
  const [project] = await db.select().from(projects).limit(1);
  if (!project) throw new Error('the demo has no project');
  if (given.demoCandidate) {
    const [user] = await db
      .select()
      .from(users)
      .where(eq(users.email, 'candidat@demo.certeval.example'));
    const [own] = await db
      .select()
      .from(candidates)
      .where(eq(candidates.userId, user?.id ?? ''));
    if (own) return own.id;
  }
  const [row] = await db
    .insert(candidates)
    .values({
      projectId: project.id,
      organisationId: project.organisationId,
      birthName: given.birthName ?? `Fictif${index}`,
      usageName: given.usageName ?? null,
      firstNames: given.firstNames ?? ['Camille'],
      birthDate: given.birthDate ?? '1995-04-02',
      birthPlace: given.birthPlace ?? 'Vierzon (Cher)',
      email: given.email ?? null,
      sex: given.sex ?? null,
      birthInseeCode: given.birthInseeCode ?? null,
      accessRoute: given.accessRoute ?? 'professionalisation_contract',
      status: 'decided',
    })
    .returning({ id: candidates.id });
  if (!row) throw new Error('no candidate inserted');
  return row.id;
}

/** A session of the demo certifier, on `date`, whose candidates' decisions are signed. */
export async function signedJurySession(
  ctx: Context,
  given: SignedCandidate[],
  date = '2025-06-12',
): Promise<{ sessionId: string; juryCandidateIds: string[]; candidateIds: string[] }> {
  const { db } = ctx.database;
  const certifierId = await demoCertifierId(ctx);
  const [session] = await db
    .insert(jurySessions)
    .values({
      certifierId,
      certification: 'cqp-agc',
      referentialVersion: '1',
      date,
      startTime: '09:00',
      place: 'Salle du conseil, Dijon',
      status: 'closed',
    })
    .returning({ id: jurySessions.id });
  if (!session) throw new Error('no session inserted');
  const candidateIds: string[] = [];
  const juryCandidateIds: string[] = [];
  for (const [index, candidate] of given.entries()) {
    const candidateId = await candidateFor(ctx, candidate, index);
    const [row] = await db
      .insert(juryCandidates)
      .values({
        sessionId: session.id,
        candidateId,
        state: 'signed',
        decision: candidate.decision,
        ruleSet: candidate.decision.ruleSet.id,
        signedAt: new Date(`${date}T17:00:00Z`),
      })
      .returning({ id: juryCandidates.id });
    candidateIds.push(candidateId);
    juryCandidateIds.push(row?.id ?? '');
  }
  return { sessionId: session.id, juryCandidateIds, candidateIds };
}
