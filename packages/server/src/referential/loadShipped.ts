// At start-up, the certifications shipped in data/certifications are imported: new ones and
// new versions are added, drafts are refreshed, published versions are never overwritten.
import type { Context } from '../platform/context.ts';
import { readDataFiles, refusalOf } from '../platform/dataFiles.ts';
import { AppError } from '../platform/errors.ts';
import { type ImportResult, importReferential } from './service.ts';

export interface ShippedOutcome {
  file: string;
  result?: ImportResult;
  refused?: string;
}

export async function loadShippedReferentials(ctx: Context): Promise<ShippedOutcome[]> {
  const outcomes: ShippedOutcome[] = [];
  for await (const { file, text } of readDataFiles(ctx.config.shippedReferentialsDir)) {
    try {
      outcomes.push({
        file,
        result: await importReferential(ctx, text, { actorId: null, fileName: file }),
      });
    } catch (error) {
      // A shipped file that no longer matches a published version keeps the stored one: the
      // product still starts, and says why.
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ file, refused: refusalOf(error) });
    }
  }
  return outcomes;
}
