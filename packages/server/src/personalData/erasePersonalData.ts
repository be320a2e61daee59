// Erasing a person (GDPR article 17, issue 19 item 5), by the certifier, in one transaction: each
// candidacy file as the retention rules say (under a signed decision its legal record stays), the
// account and what hangs on it, their mail, their identity in the audit trail; their sessions end
// with it. The answer lists what was erased, pseudonymised and kept — and why the law keeps it.
// A preview runs the same transaction and rolls it back, so it says exactly what would happen.
import { type ErasureCount, type ErasureReport, erasureReport } from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import { deleteInvitations, deleteMail, eraseAccount } from './eraseAccount.ts';
import { eraseCandidacies } from './eraseCandidacies.ts';
import {
  filesUnderSignedDecision,
  findPerson,
  identityOf,
  type Person,
  type PersonRef,
} from './findPerson.ts';
import { scrubAuditTrail } from './scrubAuditTrail.ts';

export interface Erasure extends ErasureReport {
  /** Whether it was done (false: a preview of what it would do). */
  done: boolean;
}

/** Erases a person inside `tx`; what it did, kind by kind. */
export async function erasePerson(tx: Db, person: Person): Promise<ErasureCount[]> {
  const fileIds = person.candidates.map((c) => c.id);
  const under = await filesUnderSignedDecision(tx, fileIds);
  const files = await eraseCandidacies(tx, person.candidates, under);
  const counts = [...files.counts];
  counts.push({
    kind: 'invitations',
    outcome: 'erased',
    count: await deleteInvitations(tx, person.emails),
  });
  counts.push({
    kind: 'mail',
    outcome: 'erased',
    count: await deleteMail(tx, person.user?.id ?? null, person.emails),
  });
  if (person.user) counts.push(...(await eraseAccount(tx, person.user, person.emails, fileIds)));
  counts.push(
    await scrubAuditTrail(tx, {
      deletedIds: files.deletedIds,
      keptIds: [...files.keptIds, ...(person.user ? [person.user.id] : [])],
      actorId: person.user?.id ?? null,
      emails: person.emails,
      identity: identityOf(person),
    }),
  );
  return counts;
}

/** The erasure's own audit row: ids and counts, never an identity. */
export const erasureAudit = (person: Person, counts: readonly ErasureCount[]) => ({
  subjectType: 'person',
  subjectId: person.user?.id ?? person.candidates[0]?.id ?? '',
  data: {
    userId: person.user?.id ?? null,
    candidateIds: person.candidates.map((c) => c.id),
    counts: counts.filter((c) => c.count > 0),
  },
});

class Preview extends Error {
  constructor(readonly counts: ErasureCount[]) {
    super('preview: rolled back');
  }
}

export async function erasePersonalData(
  ctx: Context,
  /** Null: the local administrator (the command line), recorded as no one. */
  actorId: string | null,
  ref: PersonRef,
  options: { preview?: boolean } = {},
): Promise<Erasure> {
  try {
    const counts = await ctx.database.db.transaction(async (tx) => {
      const person = await findPerson(tx, ref);
      if (actorId !== null && person.user?.id === actorId)
        throw new AppError('personal_data_self_erasure');
      const done = await erasePerson(tx, person);
      if (options.preview) throw new Preview(done);
      await insertAudit(tx, {
        actorId,
        action: 'personal_data.erase',
        ...erasureAudit(person, done),
      });
      return done;
    });
    return { ...erasureReport(counts), done: true };
  } catch (error) {
    if (error instanceof Preview) return { ...erasureReport(error.counts), done: false };
    throw error;
  }
}
