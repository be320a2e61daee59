// What a server does to its database before it answers: migrations, the CASE index of older
// versions, the shipped certifications and instruments, the demo. Several instances starting
// together on one PostgreSQL do it one after the other (an advisory lock), so that each step
// runs once and the next instance finds it done.
import { existingDemoAccounts, seedDemo } from './demo/seedDemo.ts';
import { loadShippedInstruments } from './instruments/loadShipped.ts';
import type { Context } from './platform/context.ts';
import { indexUnindexedVersions } from './referential/caseIndex.ts';
import { loadShippedReferentials } from './referential/loadShipped.ts';

export async function prepareDatabase(ctx: Context) {
  const { database, config } = ctx;
  return database.exclusively('certeval:startup', async () => {
    await database.migrate();
    // Issue 18: versions stored before the CASE service existed get their identifiers indexed.
    await indexUnindexedVersions(ctx);
    const shipped = await loadShippedReferentials(ctx);
    const instruments = await loadShippedInstruments(ctx);
    const created = config.demo ? await seedDemo(ctx) : [];
    const demo = config.demo && created.length === 0 ? await existingDemoAccounts(ctx) : [];
    return { shipped, instruments, created, demo };
  });
}
