// The jobs a certifier's administrator sees: those of their organisations' work and the
// platform's own, newest first, with their state (waiting, running, done, failed with the
// error), read from the queue's tables (pg-boss: `job` while live, `archive` after).
import type { Message } from '@certeval/core';
import type { Context } from '../context.ts';
import { type Actor, organisationsFor } from '../policy.ts';
import { QUEUES } from './jobSchema.ts';

export type JobState = 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';

const STATES: Record<string, JobState> = {
  created: 'waiting',
  retry: 'waiting',
  active: 'running',
  completed: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
};

interface Row {
  id: string;
  name: string;
  state: string;
  title: Message | null;
  to_name: string | null;
  subject: string | null;
  error: string | null;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
}

const COLUMNS =
  'id, name, state::text, data, output, retry_count, retry_limit, created_on, started_on, completed_on';

const LIST = `
with jobs as (
  select ${COLUMNS} from pgboss.job where name = any($1::text[])
  union all
  select ${COLUMNS} from pgboss.archive where name = any($1::text[])
), owned as (
  select j.*, m.to_name, m.subject,
    coalesce(j.data->>'organisationId', m.organisation_id::text) as organisation_id
  from jobs j
  left join mail_messages m on j.name = 'mail-deliver' and m.id::text = j.data->>'messageId'
)
select id, name, state, data->'title' as title, to_name, subject,
  case when state in ('failed', 'retry') then output->>'message' end as error,
  retry_count, retry_limit, created_on, started_on, completed_on
from owned
where $2::text[] is null or organisation_id is null or organisation_id = any($2::text[])
order by created_on desc
limit $3`;

/** What a job does, in French and English, from what it carries. */
function titleOf(row: Row): Message {
  if (row.title) return row.title;
  if (row.name === 'mail-deliver' && row.to_name) {
    return {
      fr: `E-mail à ${row.to_name} : ${row.subject ?? ''}`,
      en: `E-mail to ${row.to_name}: ${row.subject ?? ''}`,
    };
  }
  if (row.name === 'password-forgot')
    return { fr: 'Lien de mot de passe demandé', en: 'Password link asked for' };
  return { fr: row.name, en: row.name };
}

export async function listJobs(ctx: Context, actor: Actor, limit = 100) {
  const organisations = organisationsFor(actor, 'job.read');
  const rows = await ctx.database.query<Row>(LIST, [
    [...QUEUES],
    organisations === 'all' ? null : organisations,
    Math.min(limit, 500),
  ]);
  return rows.map((row) => ({
    id: row.id,
    queue: row.name,
    state: STATES[row.state] ?? 'waiting',
    title: titleOf(row),
    error: row.error,
    attempts: row.state === 'created' ? 0 : row.retry_count + 1,
    maxAttempts: row.retry_limit + 1,
    createdAt: new Date(row.created_on).toISOString(),
    startedAt: row.started_on ? new Date(row.started_on).toISOString() : null,
    finishedAt: row.completed_on ? new Date(row.completed_on).toISOString() : null,
  }));
}
