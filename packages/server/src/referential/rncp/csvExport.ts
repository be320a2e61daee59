// Reads France Compétences' CSV export (a zip of one CSV per table) into fiche records. The
// tables are joined by fiche number, so they are all held at once: the CSV export is a few
// tens of megabytes, read under the archive limits; the large one is the XML flux, which
// xmlFiches.ts streams.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type CsvRowAt,
  csvTableOf,
  fichesFromCsv,
  type RncpCsvTable,
  type RncpCsvTables,
} from '@certeval/core/referential/rncp/csvTables';
import type { RncpFicheRecord } from '@certeval/core/referential/rncp/record';
import { type RncpWarning, WarningSink } from '@certeval/core/referential/rncp/warnings';
import { type ArchiveLimits, DEFAULT_ARCHIVE_LIMITS } from '../../platform/archive/limits.ts';
import { openZip } from '../../platform/archive/readZip.ts';
import { csvRows } from '../../platform/csv.ts';

export interface CsvFileRead {
  /** The entry name as decoded from the zip (NFC or NFD, as stored). */
  name: string;
  table?: RncpCsvTable;
  rows: number;
  /** Distinct fiche numbers (Numero_Fiche) in the file. */
  fiches: number;
}

export interface RncpCsvExport {
  fiches: RncpFicheRecord[];
  files: CsvFileRead[];
  warnings: RncpWarning[];
}

function describe(name: string, table: RncpCsvTable | undefined, rows: CsvRowAt[]): CsvFileRead {
  const numbers = new Set(rows.map(({ row }) => row.Numero_Fiche));
  return { name, ...(table && { table }), rows: rows.length, fiches: numbers.size };
}

export async function readRncpCsvZip(
  file: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<RncpCsvExport> {
  const archive = openZip(await readFile(file), limits);
  const tables: RncpCsvTables = {};
  const files: CsvFileRead[] = [];
  const warnings: RncpWarning[] = [];
  for (const entry of archive.entries) {
    if (entry.name.endsWith('/')) continue;
    const sink = new WarningSink(`${path.basename(file)}: ${entry.name}`);
    const table = csvTableOf(entry.name, sink);
    warnings.push(...sink.warnings);
    const rows: CsvRowAt[] = [];
    if (table !== undefined) {
      const text = archive.read(entry).toString('utf8');
      rows.push(...csvRows(text, entry.name.normalize('NFC')));
      tables[table] = rows;
    }
    files.push(describe(entry.name, table, rows));
  }
  const joined = fichesFromCsv(tables);
  return { fiches: joined.fiches, files, warnings: [...warnings, ...joined.warnings] };
}
