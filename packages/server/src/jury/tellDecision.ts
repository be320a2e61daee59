// The candidate is told the jury's decision once its president signed it (issue 15, item 4):
// the outcome, the engine's summary, and a link to their file; in the signature's transaction,
// once per signed version (a decision signed again after a reopening is a new message).
import type { CandidateDeliberation } from '@certeval/core';
import { candidateRecipient } from '../candidates/candidateRecipient.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { keyAbout } from '../platform/mail/messagesAbout.ts';
import { sendMessage } from '../platform/mail/sendMessage.ts';
import * as referentialStore from '../referential/store.ts';
import type { Deliberating } from './deliberationState.ts';

export async function tellDecision(
  ctx: Context,
  tx: Db,
  d: Deliberating,
  signed: CandidateDeliberation,
  by: string,
) {
  const decided = signed.deliberation;
  const recipient = await candidateRecipient(tx, d.seat.candidate.id);
  if (!decided || !recipient) return;
  const certification = await referentialStore.findCertification(tx, d.session.certification);
  await sendMessage(ctx, tx, {
    template: 'decision-signed',
    to: recipient.to,
    data: {
      candidateName: recipient.name,
      certificationTitle: certification?.title ?? d.session.certification,
      sessionDate: d.session.date,
      passed: decided.overall.passed,
      summary: decided.overall.summary,
      candidateId: d.seat.candidate.id,
    },
    key: keyAbout(d.seat.juryCandidate.id, `v${signed.version}`),
    organisationId: d.session.certifierId,
    requestedBy: by,
  });
}
