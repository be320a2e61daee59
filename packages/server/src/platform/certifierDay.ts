// The day it is for a certifier: the server's clock read in the certifier's time zone (its own,
// or Europe/Paris — core's timeZoneOf). A decision is signed, and its documents issued, on or
// after the day its jury meets by this day (issue 14).
import { dayIn, timeZoneOf } from '@certeval/core';
import { eq } from 'drizzle-orm';
import type { Context } from './context.ts';
import type { Db } from './db/open.ts';
import { organisations } from './db/schema.ts';

/** YYYY-MM-DD: today for the certifier, by the context's clock. */
export async function certifierToday(
  ctx: Context,
  certifierId: string,
  db: Db = ctx.database.db,
): Promise<string> {
  const [row] = await db
    .select({ timeZone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, certifierId));
  return dayIn(ctx.now(), timeZoneOf(row ?? {}));
}
