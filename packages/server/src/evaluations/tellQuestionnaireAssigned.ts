// The candidate is told that a trainer assigned them a questionnaire to take online (issue 15,
// item 4): its title, the day it is planned for, the time allowed when it is timed; in the
// assignment's transaction. A reminder the candidate may switch off; only a candidate with an
// account can take it, so only they are told.
import type { Instrument } from '@certeval/core';
import { candidateRecipient } from '../candidates/candidateRecipient.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { keyAbout } from '../platform/mail/messagesAbout.ts';
import { sendMessage } from '../platform/mail/sendMessage.ts';
import type { Actor } from '../platform/policy.ts';

export async function tellQuestionnaireAssigned(
  ctx: Context,
  tx: Db,
  assigned: {
    evaluationId: string;
    candidateId: string;
    instrument: Instrument | undefined;
    date: string | null;
  },
  by: Actor,
) {
  const recipient = await candidateRecipient(tx, assigned.candidateId);
  if (!recipient || !('userId' in recipient.to)) return;
  await sendMessage(ctx, tx, {
    template: 'questionnaire-assigned',
    to: recipient.to,
    data: {
      candidateName: recipient.name,
      questionnaireTitle: assigned.instrument?.title ?? '',
      trainerName: by.displayName,
      plannedDate: assigned.date,
      minutes: assigned.instrument?.timing?.minutes ?? null,
      evaluationId: assigned.evaluationId,
    },
    key: keyAbout(assigned.evaluationId),
    requestedBy: by.userId,
  });
}
