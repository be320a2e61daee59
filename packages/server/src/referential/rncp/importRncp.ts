// The RNCP open data import up to, not including, storage: read an export (XML flux or CSV
// zip) and map each fiche to our model with its warnings. The caller stores the results.
import { mapRncpFiche, type RncpMapping } from '@certeval/core/referential/rncp/mapFiche';
import type { ArchiveLimits } from '../../platform/archive/limits.ts';
import { readRncpCsvZip } from './csvExport.ts';
import { readRncpXmlFile } from './xmlFiches.ts';

/** One mapping per fiche, streamed: at most one fiche in memory at a time. */
export async function* importRncpXmlFile(
  file: string,
  options: Parameters<typeof readRncpXmlFile>[1] = {},
): AsyncGenerator<RncpMapping> {
  for await (const record of readRncpXmlFile(file, options)) yield mapRncpFiche(record);
}

/** Runs in a worker thread for the server (csvZipTask.ts): the export is read in one piece. */
export async function importRncpCsvZip(file: string, limits?: ArchiveLimits, name?: string) {
  const read = await readRncpCsvZip(file, limits, name);
  return { mappings: read.fiches.map(mapRncpFiche), files: read.files, warnings: read.warnings };
}
