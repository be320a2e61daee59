// At start-up, the instruments shipped in data/instruments are stored, and each shipped
// certification with instruments but no shipped observation grid gets a tutor grid generated
// from its activity referential (the CQP AGC ships its own: the generated grid with the
// domains of its lines set, data/instruments/cqp-agc-tutor-grid.yaml).
import type { Context } from '../platform/context.ts';
import { readDataFiles, refusalOf } from '../platform/dataFiles.ts';
import { AppError } from '../platform/errors.ts';
import { ensureTutorGrid, importInstrument } from './service.ts';
import * as store from './store.ts';

export async function loadShippedInstruments(ctx: Context) {
  const outcomes: { file: string; outcome?: string; refused?: string }[] = [];
  const bindings = new Set<string>();
  const withGrid = new Set<string>();
  for await (const { file, text } of readDataFiles(ctx.config.shippedInstrumentsDir)) {
    try {
      const result = await importInstrument(ctx, text, {
        actorId: null,
        fileName: file,
      });
      outcomes.push({ file, outcome: result.outcome });
      const stored = await store.findInstrument(ctx.database.db, result.key, result.version);
      if (stored?.certification && stored.referentialVersion) {
        const binding = `${stored.certification}\u0000${stored.referentialVersion}`;
        bindings.add(binding);
        if (stored.kind === 'observation_grid') withGrid.add(binding);
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ file, refused: refusalOf(error) });
    }
  }
  for (const binding of bindings) {
    if (withGrid.has(binding)) continue;
    const [certification = '', version = ''] = binding.split('\u0000');
    outcomes.push({
      file: `${certification}-tutor-grid (generated)`,
      outcome: await ensureTutorGrid(ctx, certification, version),
    });
  }
  return outcomes;
}
