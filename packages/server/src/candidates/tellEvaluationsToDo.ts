// A candidate positioned, or entering training, has evaluations waiting for their tutor and
// their trainer (issue 15, item 4): each is told, but the one who moved the file, in the
// move's transaction. A notice its recipient may switch off.
import { candidateDisplayName } from '@certeval/core';
import { inArray } from 'drizzle-orm';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { users } from '../platform/db/schema.ts';
import { keyAbout } from '../platform/mail/messagesAbout.ts';
import { type OutgoingMessage, sendMessages } from '../platform/mail/sendMessage.ts';
import type { CandidateRow } from './store.ts';

const STAGES = ['positioned', 'in_training'] as const;
type Stage = (typeof STAGES)[number];

export async function tellEvaluationsToDo(
  ctx: Context,
  tx: Db,
  file: CandidateRow,
  moved: { to: string; revision: number; by: string | null },
) {
  if (!STAGES.includes(moved.to as Stage)) return;
  const candidateName = candidateDisplayName({
    birthName: file.birthName,
    ...(file.usageName && { usageName: file.usageName }),
    firstNames: file.firstNames as string[],
  });
  const people = [...new Set([file.tutorId, file.trainerId])].filter(
    (id): id is string => id !== null && id !== moved.by,
  );
  if (people.length === 0) return;
  const names = await tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, people));
  const messages = names.map(
    ({ id: userId, name }): OutgoingMessage<'evaluation-to-do'> => ({
      template: 'evaluation-to-do',
      to: { userId },
      data: {
        recipientName: name,
        candidateName,
        stage: moved.to as Stage,
        candidateId: file.id,
      },
      key: keyAbout(file.id, `${moved.to}-${moved.revision}`),
      // Of no organisation: the certifiers read it in the outbox (the file's is a company).
      ...(moved.by && { requestedBy: moved.by }),
    }),
  );
  await sendMessages(ctx, tx, messages);
}
