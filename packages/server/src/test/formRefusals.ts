// Issue 16, "Bad input": a refused form answers 400 with every problem at once, each with its
// field's path and a sentence in French and English (never the validator's), and stores
// nothing. The rows of every table a form may write are counted before and after.
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import type { Context } from '../platform/context.ts';
import * as schema from '../platform/db/schema.ts';

const WRITTEN: Record<string, PgTable> = {
  organisations: schema.organisations,
  users: schema.users,
  invitations: schema.invitations,
  projects: schema.projects,
  meetings: schema.steeringMeetings,
  variants: schema.companyVariants,
  instruments: schema.instruments,
  evaluations: schema.evaluations,
  bookletEntries: schema.bookletEntries,
  cdcSettings: schema.cdcSettings,
  candidates: schema.candidates,
  sessions: schema.jurySessions,
  audit: schema.auditEvents,
};

/** The number of rows of every table a form may write. */
export async function storedRows(ctx: Context): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(WRITTEN))
    counts[name] = Number((await ctx.database.db.select({ n: count() }).from(table))[0]?.n);
  return counts;
}

export type Problem = { path: string; message: { fr: string; en: string } };
type Response = { statusCode: number; json: () => unknown; body: string };

/**
 * Sends a form that must be refused: 400, exactly `fields` named (each once), in words people
 * read, and no row added anywhere. `unchanged` reads what an update would have changed.
 */
export async function refuses(
  ctx: Context,
  send: () => Promise<Response>,
  fields: string[],
  unchanged: () => Promise<unknown> = async () => null,
): Promise<Problem[]> {
  const before = await storedRows(ctx);
  const read = await unchanged();
  const response = await send();
  expect(response.statusCode, response.body).toBe(400);
  const body = response.json() as { problems: Problem[]; message: Problem['message'] };
  expect(body.problems.map((p) => p.path).sort()).toEqual([...fields].sort());
  for (const { message } of [...body.problems, body]) {
    for (const text of [message.fr, message.en]) {
      expect(text).not.toMatch(/must (match|have|not)|pattern|instancePath|schema|\/[a-z]+[A-Z]/);
      expect(text.length).toBeGreaterThan(10);
    }
  }
  expect(await storedRows(ctx)).toEqual(before);
  expect(await unchanged()).toEqual(read);
  return body.problems;
}

/** A text at ten times a field's length. */
export const tenTimes = (length: number, letter = 'a') => letter.repeat(length * 10);
