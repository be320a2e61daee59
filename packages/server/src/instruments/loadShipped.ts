// At start-up, the instruments shipped in data/instruments are stored, and each shipped
// certification with instruments gets its generated tutor observation grid.
import type { Context } from '../platform/context.ts';
import { readDataFiles, refusalOf } from '../platform/dataFiles.ts';
import { AppError } from '../platform/errors.ts';
import { ensureTutorGrid, importInstrument } from './service.ts';
import * as store from './store.ts';

export async function loadShippedInstruments(ctx: Context) {
  const outcomes: { file: string; outcome?: string; refused?: string }[] = [];
  const bindings = new Set<string>();
  for await (const { file, text } of readDataFiles(ctx.config.shippedInstrumentsDir)) {
    try {
      const result = await importInstrument(ctx, text, {
        actorId: null,
        fileName: file,
      });
      outcomes.push({ file, outcome: result.outcome });
      const stored = await store.findInstrument(ctx.database.db, result.key, result.version);
      if (stored?.certification && stored.referentialVersion)
        bindings.add(`${stored.certification}\u0000${stored.referentialVersion}`);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ file, refused: refusalOf(error) });
    }
  }
  for (const binding of bindings) {
    const [certification = '', version = ''] = binding.split('\u0000');
    outcomes.push({
      file: `${certification}-tutor-grid (generated)`,
      outcome: await ensureTutorGrid(ctx, certification, version),
    });
  }
  return outcomes;
}
