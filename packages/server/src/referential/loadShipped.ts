// At start-up, the certifications shipped in data/certifications are imported: new ones and
// new versions are added, drafts are refreshed, published versions are never overwritten.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type ImportResult, importReferential } from './service.ts';

export interface ShippedOutcome {
  file: string;
  result?: ImportResult;
  refused?: string;
}

export async function loadShippedReferentials(ctx: Context): Promise<ShippedOutcome[]> {
  const dir = ctx.config.shippedReferentialsDir;
  const files = (await fs.readdir(dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  const outcomes: ShippedOutcome[] = [];
  for (const file of files) {
    const text = await fs.readFile(path.join(dir, file), 'utf8');
    try {
      outcomes.push({
        file,
        result: await importReferential(ctx, text, { actorId: null, fileName: file }),
      });
    } catch (error) {
      // A shipped file that no longer matches a published version keeps the stored one: the
      // product still starts, and says why.
      if (!(error instanceof AppError)) throw error;
      const detail = error.problems?.map((p) => `${p.path}: ${p.message.en}`).join('; ');
      outcomes.push({ file, refused: `${error.toBody().message.en}${detail ? ` ${detail}` : ''}` });
    }
  }
  return outcomes;
}
