// At start-up, the instruments shipped in data/instruments are stored, and each shipped
// certification with instruments gets its generated tutor observation grid.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { ensureTutorGrid, importInstrument } from './service.ts';
import * as store from './store.ts';

export async function loadShippedInstruments(ctx: Context) {
  const dir = ctx.config.shippedInstrumentsDir;
  const files = (await fs.readdir(dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  const outcomes: { file: string; outcome?: string; refused?: string }[] = [];
  const bindings = new Set<string>();
  for (const file of files) {
    try {
      const result = await importInstrument(ctx, await fs.readFile(path.join(dir, file), 'utf8'), {
        actorId: null,
        fileName: file,
      });
      outcomes.push({ file, outcome: result.outcome });
      const stored = await store.findInstrument(ctx.database.db, result.key, result.version);
      if (stored?.certification && stored.referentialVersion)
        bindings.add(`${stored.certification}\u0000${stored.referentialVersion}`);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ file, refused: error.toBody().message.en });
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
