// The retention rule of files that never reached a jury (issue 19 item 5): a job of the durable
// queue, run every night, erases each candidacy file with no jury seat nor certificate whose last
// activity (a change of the file, an evaluation, a booklet entry, a document, its plan) is older
// than the configured delay. When it was the person's only file and they hold no other role, the
// whole person goes (account, mail, invitations); otherwise the file alone. Each erasure is its
// own transaction with its audit row, by the product itself.
import { noJuryCutoff } from '@certeval/core';
import { eq, sql } from 'drizzle-orm';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { candidates } from '../platform/db/schema.ts';
import type { QueueName } from '../platform/jobs/jobQueue.ts';
import { eraseCandidacies } from './eraseCandidacies.ts';
import { erasePerson, erasureAudit } from './erasePersonalData.ts';
import { findPerson, identityOf, otherRoles, rowsOf } from './findPerson.ts';
import { scrubAuditTrail } from './scrubAuditTrail.ts';

export const RETENTION_QUEUE: QueueName = 'personal-data-retention';
/** Every night at 03:00 (UTC): one run a day is enough for a delay counted in days. */
export const RETENTION_SCHEDULE = '0 3 * * *';

const BATCH = 200;

/** Files of no jury, no certificate, and no activity since `cutoff`. */
export function expiredFiles(db: Db, cutoff: Date, excluded: readonly string[]) {
  const at = cutoff.toISOString();
  const none = (table: string, column: string) =>
    sql`not exists (select 1 from ${sql.identifier(table)} x where x.candidate_id = c.id and x.${sql.identifier(column)} >= ${at}::timestamptz)`;
  const skip =
    excluded.length > 0
      ? sql`and c.id not in (${sql.join(
          excluded.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql``;
  return rowsOf<{ id: string }>(
    db,
    sql`select c.id from candidates c
      where c.updated_at < ${at}::timestamptz
        and not exists (select 1 from jury_candidates j where j.candidate_id = c.id)
        and not exists (select 1 from certificates x where x.candidate_id = c.id)
        and ${none('evaluations', 'updated_at')} and ${none('booklet_entries', 'created_at')}
        and ${none('vae_booklets', 'updated_at')} and ${none('vae_documents', 'created_at')}
        and ${none('training_plans', 'updated_at')} ${skip}
      order by c.updated_at limit ${BATCH}`,
  );
}

/** Erases one expired file, and its person when nothing else of them remains. */
async function eraseExpired(ctx: Context, candidateId: string, expired: ReadonlySet<string>) {
  return ctx.database.db.transaction(async (tx) => {
    // Gone already: erased with an earlier file of the same person.
    const [left] = await tx
      .select({ id: candidates.id })
      .from(candidates)
      .where(eq(candidates.id, candidateId));
    if (!left) return false;
    const person = await findPerson(tx, { candidateId });
    const file = person.candidates.find((c) => c.id === candidateId);
    if (!file) return false;
    const alone =
      person.candidates.every((c) => expired.has(c.id)) &&
      (!person.user || (await otherRoles(tx, person.user.id)).length === 0);
    const counts = alone ? await erasePerson(tx, person) : [];
    if (!alone) {
      const erased = await eraseCandidacies(tx, [file], new Set());
      const scrubbed = await scrubAuditTrail(tx, {
        deletedIds: erased.deletedIds,
        keptIds: [],
        actorId: null,
        emails: [],
        identity: identityOf({ user: null, candidates: [file], emails: [] }),
      });
      counts.push(...erased.counts, scrubbed);
    }
    const target = alone ? person : { user: null, candidates: [file], emails: [] };
    await insertAudit(tx, {
      actorId: null,
      action: 'personal_data.retention_erase',
      ...erasureAudit(target, counts),
    });
    return true;
  });
}

/** One run of the retention job: how many files it erased. */
export async function eraseExpiredCandidacies(ctx: Context): Promise<number> {
  const cutoff = noJuryCutoff(ctx.now(), ctx.config.retention.noJuryDelayDays);
  const failed: string[] = [];
  let erased = 0;
  for (;;) {
    const batch = (await expiredFiles(ctx.database.db, cutoff, failed)).map((r) => r.id);
    if (batch.length === 0) return erased;
    const expired = new Set(batch);
    for (const id of batch) {
      try {
        if (await eraseExpired(ctx, id, expired)) erased += 1;
      } catch (error) {
        failed.push(id);
        console.error(`personal data: file ${id} not erased: ${(error as Error).message}`);
      }
    }
  }
}

/** The job's handler: a run erases what is past its delay. */
export const retentionJob = (ctx: Context) => async () => {
  await eraseExpiredCandidacies(ctx);
};

/** Works the retention queue and queues its job every night (the certifier sees it run). */
export async function scheduleRetention(ctx: Context) {
  await ctx.jobs.work(RETENTION_QUEUE, 1, retentionJob(ctx));
  await ctx.jobs.schedule(RETENTION_QUEUE, RETENTION_SCHEDULE, {
    title: {
      fr: 'Effacement des dossiers jamais présentés à un jury, passé le délai de conservation',
      en: 'Erasure of files never put before a jury, past their retention delay',
    },
  });
}
