// The candidate list at any size (issue 19, item 2): one page at a time in the order of the
// folded name, continued by keyset (the last row's name and id, never an offset), narrowed by
// project, certification, company, state, tutor or trainer, and by a name typed with or without accents and
// with a typo (pg_trgm's word similarity on the folded name, migrations 0018–0019). Every
// filter has an index in that order, so a page reads its rows and no more. The total is a
// capped count: exact up to TOTAL_CAP, "more than" beyond it, so that counting costs at most
// TOTAL_CAP index entries whatever the size of the table.
import type { CandidateState } from '@certeval/core';
import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import { candidates, organisations, projects } from '../platform/db/schema.ts';

export const PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const TOTAL_CAP = 1_000;
const MAX_WORDS = 6;

export interface CandidateFilter {
  project?: string;
  /** The certification the candidate's project prepares (a jury session's, to place them). */
  certification?: string;
  company?: string;
  state?: CandidateState;
  tutor?: string;
  trainer?: string;
  /** A name, or part of one, as typed. */
  name?: string;
}

/** Where a page starts: after the row with this folded name and id. */
export interface Cursor {
  name: string;
  id: string;
}

/** The cursor as the API hands it out: opaque, URL-safe. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id]), 'utf8').toString('base64url');
}

/** The cursor a client sent back, or undefined when it is not one of ours. */
export function decodeCursor(text: string): Cursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [name, id] = value;
    if (typeof name !== 'string' || typeof id !== 'string') return undefined;
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    return { name, id };
  } catch {
    return undefined;
  }
}

const wordsOf = (filter: CandidateFilter) =>
  (filter.name ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);

export const hasName = (filter: CandidateFilter) => wordsOf(filter).length > 0;

function filterSql(visible: SQL | undefined, filter: CandidateFilter): SQL | undefined {
  // Every word typed must be in the name, give or take a letter: "heloise lefevre" is not
  // every Héloïse. Word similarity: the word against the closest stretch of the stored name.
  const words = wordsOf(filter);
  return and(
    visible,
    filter.project ? eq(candidates.projectId, filter.project) : undefined,
    filter.certification
      ? sql`${candidates.projectId} in (select ${projects.id} from ${projects}
          where ${projects.certification} = ${filter.certification})`
      : undefined,
    filter.company ? eq(candidates.organisationId, filter.company) : undefined,
    filter.state ? eq(candidates.status, filter.state) : undefined,
    filter.tutor ? eq(candidates.tutorId, filter.tutor) : undefined,
    filter.trainer ? eq(candidates.trainerId, filter.trainer) : undefined,
    ...words.map((word) => sql`certeval_fold(${word}) <% ${candidates.searchName}`),
  );
}

const tutorName = sql<
  string | null
>`(select display_name from users where users.id = ${candidates.tutorId})`;
const trainerName = sql<
  string | null
>`(select display_name from users where users.id = ${candidates.trainerId})`;

/**
 * The candidates a name search finds: the first TOTAL_CAP + 1 matches the trigram index gives,
 * taken once, which the page then sorts by name. Walking the names' index instead compares the
 * name typed with every name before the matches, a walk as long as the table is large (61 ms
 * of PostgreSQL a search at 250,000 candidates, growing with them); this costs at most
 * TOTAL_CAP + 1 comparisons at any size. Beyond TOTAL_CAP matches the total says "more than"
 * and the pages go through those found first: the reader narrows the name.
 */
const foundByName = (visible: SQL | undefined, filter: CandidateFilter) =>
  sql`${candidates.id} = any(array(select ${candidates.id} from ${candidates}
    where ${filterSql(visible, filter)} limit ${TOTAL_CAP + 1}))`;

/** One page of the candidates `visible` lets through, after `cursor`; one row more tells of a next page. */
export function candidatePage(
  db: Db,
  visible: SQL | undefined,
  filter: CandidateFilter,
  cursor: Cursor | undefined,
  limit: number,
  byName = false,
) {
  return db
    .select({
      candidate: {
        id: candidates.id,
        projectId: candidates.projectId,
        organisationId: candidates.organisationId,
        tutorId: candidates.tutorId,
        trainerId: candidates.trainerId,
        birthName: candidates.birthName,
        usageName: candidates.usageName,
        firstNames: candidates.firstNames,
        accessRoute: candidates.accessRoute,
        status: candidates.status,
        searchName: candidates.searchName,
      },
      organisationName: organisations.name,
      projectTitle: projects.title,
      certification: projects.certification,
      tutorName,
      trainerName,
    })
    .from(candidates)
    .innerJoin(organisations, eq(organisations.id, candidates.organisationId))
    .innerJoin(projects, eq(projects.id, candidates.projectId))
    .where(
      and(
        byName ? foundByName(visible, filter) : filterSql(visible, filter),
        cursor
          ? sql`(${candidates.searchName}, ${candidates.id}) > (${cursor.name}, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(candidates.searchName), asc(candidates.id))
    .limit(limit + 1);
}

/** How many candidates the filter lets through, counted up to TOTAL_CAP + 1. */
export async function cappedCount(db: Db, visible: SQL | undefined, filter: CandidateFilter) {
  const query = db
    .select({ one: sql`1`.as('one') })
    .from(candidates)
    .where(filterSql(visible, filter));
  // Without a name, in the page's order: the planner walks the page's index for at most
  // TOTAL_CAP + 1 entries instead of reading the table until it has found them. With a name,
  // in no order: the trigram index's matches are counted as found, up to TOTAL_CAP + 1, where
  // sorting them would compare the name typed with every match first (ten times slower for a
  // common name, measured on the bench's database).
  const limited = (
    hasName(filter) ? query : query.orderBy(asc(candidates.searchName), asc(candidates.id))
  )
    .limit(TOTAL_CAP + 1)
    .as('counted');
  const [row] = await db.select({ n: count() }).from(limited);
  const n = Number(row?.n ?? 0);
  return { count: Math.min(n, TOTAL_CAP), atLeast: n > TOTAL_CAP };
}
