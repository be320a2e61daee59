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
import { ArchiveUnreadable, openZip } from '../../platform/archive/readZip.ts';
import { CsvTruncated, csvRows } from '../../platform/csv.ts';
import { exportInvalid, readProblem } from './exportProblems.ts';

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

const cutShort = {
  unterminated_quote: {
    fr: 'un champ entre guillemets ouvert ici n’est jamais fermé',
    en: 'a quoted field opened here is never closed',
  },
  short_last_row: {
    fr: 'la dernière ligne s’arrête avant sa dernière colonne',
    en: 'the last row stops before its last column',
  },
};

/** The rows of one CSV file; a file cut short refuses the whole export, located. */
function tableRows(text: string, name: string): CsvRowAt[] {
  try {
    return [...csvRows(text, name)];
  } catch (error) {
    if (!(error instanceof CsvTruncated)) throw error;
    const at = { file: name, line: error.line, ...(error.column && { column: error.column }) };
    throw exportInvalid([readProblem('malformed_csv', at, cutShort[error.reason])]);
  }
}

export async function readRncpCsvZip(
  file: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
  /** The name people know the zip by (an upload's), else the file's own. */
  name = path.basename(file),
): Promise<RncpCsvExport> {
  try {
    return readArchive(await readFile(file), limits, name);
  } catch (error) {
    if (!(error instanceof ArchiveUnreadable)) throw error;
    throw exportInvalid([readProblem('not_a_zip', { file: name }, error.message)]);
  }
}

function readArchive(bytes: Buffer, limits: ArchiveLimits, name: string): RncpCsvExport {
  const archive = openZip(bytes, limits);
  const tables: RncpCsvTables = {};
  const files: CsvFileRead[] = [];
  const warnings: RncpWarning[] = [];
  for (const entry of archive.entries) {
    if (entry.name.endsWith('/')) continue;
    const sink = new WarningSink({ file: `${name}: ${entry.name}` });
    const table = csvTableOf(entry.name, sink);
    warnings.push(...sink.warnings);
    const rows: CsvRowAt[] = [];
    if (table !== undefined) {
      rows.push(...tableRows(archive.read(entry).toString('utf8'), entry.name.normalize('NFC')));
      tables[table] = rows;
    }
    files.push(describe(entry.name, table, rows));
  }
  const joined = fichesFromCsv(tables);
  return { fiches: joined.fiches, files, warnings: [...warnings, ...joined.warnings] };
}
