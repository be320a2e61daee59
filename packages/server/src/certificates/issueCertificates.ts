// Issuing the documents of a jury session (issue 7, item 1): for each signed decision, the
// certificate (CQP awarded) or the attestation of the units acquired, with a unique number,
// its mentions as the PDF prints them and its Open Badges 3.0 credential signed with the
// certifier's key, placed in the certifier's status list. Chunks of candidates are issued in
// one transaction each (numbers and list places taken under the certifier's lock, the audit
// rows written with the documents); a decision that already has a document in force is
// skipped, so issuing a session again completes it without doubling anything.
import type { Message } from '@certeval/core';
import {
  type CertificateData,
  certificateCredentialInput,
  certificateData,
  type DecisionSummary,
  documentKindOf,
  formatNumber,
  issuableOn,
  numberPrefix,
  sequenceOf,
} from '@certeval/core/certificates/index';
import { issueOpenBadge } from '../credentials/issueCredential.ts';
import type { SigningKey } from '../credentials/issuerKeys.ts';
import { certifierToday } from '../platform/certifierDay.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { auditEvents } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { type Actor, can } from '../platform/policy.ts';
import { criteriaOf, type IssuanceContext, issuanceContext, ruleSetOf } from './issuanceContext.ts';
import * as juryReads from './signedDecisions.ts';
import { signingKeyOf } from './signingKeys.ts';
import { placesOf, reservePlaces } from './statusLists.ts';
import * as store from './store.ts';
import { achievementBaseOf, verificationUrlOf } from './urls.ts';

export interface Signatory {
  name: string;
  quality: string;
}

export interface IssueOptions {
  signatory?: Partial<Signatory>;
  /** Candidates issued per transaction. */
  chunkSize?: number;
  onProgress?: (progress: { total: number; issued: number; skipped: number }) => void;
  /** After each chunk is committed, its documents' mentions (e.g. to render their PDFs). */
  onCommitted?: (documents: CertificateData[]) => void;
  /** Inside each chunk's transaction, with what it issued (progress, messages to holders). */
  inTransaction?: (tx: Db, issued: IssuedDocument[]) => Promise<void>;
  /** No chunk starts after this moment (ms since the epoch): the rest is left `remaining`. */
  deadline?: number;
}

/** A document a chunk issued, with who holds it. */
export interface IssuedDocument {
  id: string;
  data: CertificateData;
  holderUserId: string | null;
  holderEmail: string | null;
}

export interface SkippedDecision {
  candidateId: string;
  reason: 'already_issued' | 'nothing_acquired' | 'undecidable' | 'decision_ahead';
  message: Message;
}

export interface IssueResult {
  issued: Array<{ id: string; number: string; kind: CertificateData['kind']; candidateId: string }>;
  skipped: SkippedDecision[];
  /** Decisions left to issue when the deadline came. */
  remaining: number;
}

const skippedMessages: Record<SkippedDecision['reason'], Message> = {
  already_issued: { fr: 'Document déjà délivré.', en: 'Document already issued.' },
  nothing_acquired: {
    fr: 'Aucun domaine ni bloc acquis : pas de document.',
    en: 'No domain or bloc acquired: no document.',
  },
  undecidable: { fr: 'La décision n’est pas prise.', en: 'The decision is not taken.' },
  // Issue 14: a document is never dated before its decision.
  decision_ahead: {
    fr: 'Le jury siège plus tard : ses documents se délivrent à partir du jour de sa décision.',
    en: 'The jury sits later: its documents are issued from the day of its decision.',
  },
};

const skip = (candidateId: string, reason: SkippedDecision['reason']): SkippedDecision => ({
  candidateId,
  reason,
  message: skippedMessages[reason],
});

interface Plan {
  session: NonNullable<Awaited<ReturnType<typeof juryReads.sessionById>>>;
  certifierName: string;
  /** The certifier's day (in its time zone): the documents' issue date. */
  issuedOn: string;
  todo: Array<juryReads.SignedCandidateRow & { decision: DecisionSummary }>;
  skipped: SkippedDecision[];
}

export async function sessionToIssue(ctx: Context, actor: Actor, sessionId: string) {
  const session = await juryReads.sessionById(ctx.database.db, sessionId);
  // Another certifier's session is not revealed.
  if (!session || !can(actor, 'certificate.issue', { organisationId: session.certifierId })) {
    throw new AppError('not_found', {
      fr: 'Session de jury introuvable.',
      en: 'Jury session not found.',
    });
  }
  return session;
}

/** Which signed decisions of the session give a document not issued yet, and why the others do not. */
async function plan(ctx: Context, actor: Actor, sessionId: string): Promise<Plan> {
  const session = await sessionToIssue(ctx, actor, sessionId);
  const signed = await juryReads.signedCandidatesOf(ctx.database.db, session.id);
  const issued = await juryReads.alreadyIssued(
    ctx.database.db,
    signed.map((c) => c.juryCandidateId),
  );
  const issuedOn = await certifierToday(ctx, session.certifierId);
  const todo: Plan['todo'] = [];
  const skipped: SkippedDecision[] = [];
  for (const candidate of signed) {
    const decision = candidate.decision as DecisionSummary | null;
    if (issued.has(candidate.juryCandidateId))
      skipped.push(skip(candidate.candidateId, 'already_issued'));
    else if (!issuableOn(session.date, issuedOn))
      skipped.push(skip(candidate.candidateId, 'decision_ahead'));
    else if (decision?.status !== 'decided')
      skipped.push(skip(candidate.candidateId, 'undecidable'));
    else if (!documentKindOf(decision))
      skipped.push(skip(candidate.candidateId, 'nothing_acquired'));
    else todo.push({ ...candidate, decision });
  }
  const certifierName =
    (await juryReads.organisationName(ctx.database.db, session.certifierId)) ?? '';
  return { session, certifierName, issuedOn, todo, skipped };
}

interface ChunkContext {
  ctx: Context;
  options: IssueOptions;
  actor: Actor;
  plan: Plan;
  issuance: IssuanceContext;
  signatory: Signatory;
  issuedOn: string;
}

function documentOf(c: ChunkContext, candidate: Plan['todo'][number], number: string) {
  const { issuance, plan } = c;
  const ruleSet = ruleSetOf(issuance, candidate.decision);
  const validity = ruleSet?.validity ?? { unlimited: true };
  return certificateData({
    number,
    verificationUrl: verificationUrlOf(c.ctx, number),
    issuedOn: c.issuedOn,
    certification: issuance.certification,
    referentialVersion: issuance.referentialVersion,
    holder: {
      birthName: candidate.birthName,
      usageName: candidate.usageName,
      firstNames: candidate.firstNames as string[],
      birthDate: candidate.birthDate,
      birthPlace: candidate.birthPlace,
    },
    decision: candidate.decision,
    decisionDate: plan.session.date,
    unitKind: ruleSet?.units.type ?? 'domain',
    validity,
    certifier: { name: plan.certifierName },
    signatory: c.signatory,
  });
}

async function issueChunk(c: ChunkContext, tx: Db, chunk: Plan['todo'], key: SigningKey) {
  const { ctx, plan } = c;
  // The instant of signing, to the second: each credential's validFrom.
  const issuedAt = `${ctx.now().toISOString().slice(0, 19)}Z`;
  const organisationId = plan.session.certifierId;
  const places = await reservePlaces(ctx, tx, organisationId, chunk.length);
  const { revocation, suspension } = places;
  const prefix = numberPrefix(plan.session.certification, plan.session.date);
  const last = await store.lastNumber(tx, prefix);
  let sequence = (last ? sequenceOf(prefix, last) : 0) ?? 0;
  const rows: Array<Parameters<typeof store.insertCertificates>[1][number]> = [];
  for (const [offset, candidate] of chunk.entries()) {
    sequence += 1;
    const data = documentOf(c, candidate, formatNumber(prefix, sequence));
    if (!data) continue;
    const input = certificateCredentialInput(data, {
      issuer: { id: key.controller, name: plan.certifierName },
      achievementBase: achievementBaseOf(ctx),
      alignments: c.issuance.alignments,
      criteria: criteriaOf(ruleSetOf(c.issuance, candidate.decision), c.issuance.certification),
      status: placesOf(places, offset),
      issuedAt,
    });
    rows.push({
      number: data.number,
      kind: data.kind,
      organisationId,
      candidateId: candidate.candidateId,
      juryCandidateId: candidate.juryCandidateId,
      certification: plan.session.certification,
      referentialVersion: plan.session.referentialVersion,
      decisionDate: plan.session.date,
      validUntil: data.validUntil ?? null,
      data,
      credential: await issueOpenBadge(input, key),
      statusListId: revocation.listId,
      statusIndex: revocation.first + offset,
      suspensionListId: suspension.listId,
      suspensionIndex: suspension.first + offset,
      issuedBy: c.actor.userId,
      issuedAt: ctx.now(),
    });
  }
  const inserted = await store.insertCertificates(tx, rows);
  if (inserted.length > 0) {
    await tx.insert(auditEvents).values(
      inserted.map((row) => ({
        actorId: c.actor.userId,
        action: 'certificate.issue',
        subjectType: 'certificate',
        subjectId: row.id,
        data: {
          number: row.number,
          juryCandidateId: row.juryCandidateId,
          sessionId: plan.session.id,
        },
      })),
    );
  }
  const ids = new Map(inserted.map((row) => [row.number, row.id]));
  const holders = new Map(chunk.map((c) => [c.candidateId, c]));
  const documents: IssuedDocument[] = rows.map((row) => ({
    id: ids.get(row.number) ?? '',
    data: row.data as CertificateData,
    holderUserId: holders.get(row.candidateId)?.holderUserId ?? null,
    holderEmail: holders.get(row.candidateId)?.holderEmail ?? null,
  }));
  await c.options.inTransaction?.(tx, documents);
  return {
    issued: rows.map((row) => ({
      id: ids.get(row.number) ?? '',
      number: row.number,
      kind: row.kind as CertificateData['kind'],
      candidateId: row.candidateId,
    })),
    documents: rows.map((row) => row.data as CertificateData),
  };
}

/** Issues every missing document of a signed session, chunk by chunk. */
export async function issueSessionCertificates(
  ctx: Context,
  actor: Actor,
  sessionId: string,
  options: IssueOptions = {},
): Promise<IssueResult> {
  const planned = await plan(ctx, actor, sessionId);
  const issuance = await issuanceContext(
    ctx,
    planned.session.certification,
    planned.session.referentialVersion,
    planned.todo.map((candidate) => candidate.decision.ruleSet),
  );
  const signatory: Signatory = {
    name: options.signatory?.name?.trim() || actor.displayName,
    quality:
      options.signatory?.quality?.trim() ||
      issuance.certification.certifier?.signatoryQuality ||
      'Certificateur',
  };
  const c: ChunkContext = {
    ctx,
    options,
    actor,
    plan: planned,
    issuance,
    signatory,
    issuedOn: planned.issuedOn,
  };
  const result: IssueResult = { issued: [], skipped: [...planned.skipped], remaining: 0 };
  const total = planned.todo.length;
  options.onProgress?.({ total, issued: 0, skipped: result.skipped.length });
  const size = options.chunkSize ?? 50;
  for (let start = 0; start < total; start += size) {
    if (options.deadline !== undefined && Date.now() > options.deadline) {
      result.remaining = total - start;
      break;
    }
    const chunk = planned.todo.slice(start, start + size);
    const done = await ctx.database.db.transaction(async (tx) => {
      await store.lockCertifier(tx, planned.session.certifierId);
      // Another issuance of the session may have run meanwhile: never two documents in force.
      const again = await juryReads.alreadyIssued(
        tx,
        chunk.map((row) => row.juryCandidateId),
      );
      const fresh = chunk.filter((row) => !again.has(row.juryCandidateId));
      for (const row of chunk)
        if (again.has(row.juryCandidateId))
          result.skipped.push(skip(row.candidateId, 'already_issued'));
      if (fresh.length === 0) return { issued: [], documents: [] };
      const key = await signingKeyOf(ctx, tx, planned.session.certifierId);
      return issueChunk(c, tx, fresh, key);
    });
    result.issued.push(...done.issued);
    if (done.documents.length > 0) options.onCommitted?.(done.documents);
    options.onProgress?.({ total, issued: result.issued.length, skipped: result.skipped.length });
  }
  return result;
}
