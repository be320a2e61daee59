// The CSV export of France Compétences (a zip of one CSV per table, joined by Numero_Fiche)
// rebuilt into the same fiche records as the XML flux. Recognising a table by its file name
// is tolerant: zips made on macOS store names decomposed (NFD), others precomposed (NFC), and
// tools without the zip UTF-8 flag may mangle the accents of "Compétences" and "Accès".
import { cleanText, ficheNumber } from './clean.ts';
import { emptyFicheRecord, type RncpFicheRecord, type RncpSource } from './record.ts';
import { rncpMessages as m, type RncpWarning, WarningSink } from './warnings.ts';

export const RNCP_CSV_TABLES = [
  'standard',
  'blocs',
  'certifiers',
  'nsf',
  'rome',
  'formacode',
  'chain',
  'ccn',
  'partners',
  'accessRoutes',
] as const;

export type RncpCsvTable = (typeof RNCP_CSV_TABLES)[number];

/** export_fiches_CSV_<table>_<yyyy>_<mm>_<dd>.csv, the table part accent-free and lower-case. */
const TABLE_PATTERNS: ReadonlyArray<readonly [RncpCsvTable, RegExp]> = [
  ['standard', /^standard$/],
  ['blocs', /^blocs_de_compe?tences$/],
  ['certifiers', /^certificateurs$/],
  ['nsf', /^nsf$/],
  ['rome', /^rome$/],
  ['formacode', /^formacode$/],
  ['chain', /^ancienne_nouvelle_certification$/],
  ['ccn', /^ccn$/],
  ['partners', /^partenaires$/],
  ['accessRoutes', /^voixdacce?s$/],
];

function tableKey(baseName: string): string | undefined {
  const plain = baseName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const match = /^export_fiches_csv_(.+)_\d{4}_\d{2}_\d{2}\.csv$/.exec(plain);
  return match?.[1]?.replace(/[^a-z0-9_]/g, '');
}

/** Which table a zip entry holds, or undefined (with a warning) for an unknown file. */
export function csvTableOf(fileName: string, sink: WarningSink): RncpCsvTable | undefined {
  const baseName = fileName.slice(fileName.lastIndexOf('/') + 1);
  if (baseName !== baseName.normalize('NFC')) {
    sink.add('file_name_normalised', '$.name', m.fileNameNormalised(baseName.normalize('NFC')));
  }
  const key = tableKey(baseName);
  const table = TABLE_PATTERNS.find(([, pattern]) => key !== undefined && pattern.test(key));
  if (table === undefined) sink.add('unknown_csv_file', '$.name', m.unknownCsvFile(baseName));
  return table?.[0];
}

export type CsvRow = Readonly<Record<string, string | undefined>>;
export interface CsvRowAt {
  row: CsvRow;
  /** export_fiches_CSV_Nsf_2024_02_22.csv, line 3 */
  location: RncpSource;
}
export type RncpCsvTables = Partial<Record<RncpCsvTable, Iterable<CsvRowAt>>>;

function ficheFromStandard({ row, location }: CsvRowAt): RncpFicheRecord {
  const record = emptyFicheRecord(location);
  Object.assign(record, {
    id: row.Id_Fiche,
    number: row.Numero_Fiche,
    title: row.Intitule,
    active: row.Actif,
    registrationType: row.Type_Enregistrement,
    dates: {
      decision: row.Date_Decision,
      effective: row.Date_Effet,
      registrationEnd: row.Date_Fin_Enregistrement,
      lastOfficialJournal: row.Date_dernier_jo,
    },
  });
  const level = cleanText(row.Nomenclature_Europe_Niveau);
  if (level) record.level = { code: level, label: row.Nomenclature_Europe_Intitule };
  const abbreviation = cleanText(row.Abrege_Libelle);
  if (abbreviation) record.abbreviation = { code: abbreviation, label: row.Abrege_Intitule };
  return record;
}

type RowFiller = (record: RncpFicheRecord, row: CsvRow, source: RncpSource) => void;

function pushNumber(
  f: RncpFicheRecord,
  list: 'replaces' | 'replacedBy',
  raw: string | undefined,
  source: RncpSource,
) {
  if (cleanText(raw) === undefined) return;
  f[list].push(raw as string);
  f.chainSources ??= { replaces: [], replacedBy: [] };
  f.chainSources[list].push(source);
}

/** How a row of each side table adds to its fiche; ccn, partners and access routes are not kept. */
const FILLERS: Partial<Record<RncpCsvTable, RowFiller>> = {
  blocs: (f, r, source) =>
    f.blocs.push({ source, code: r.Bloc_Competences_Code, label: r.Bloc_Competences_Libelle }),
  certifiers: (f, r, source) =>
    f.certifiers.push({ source, siret: r.Siret_Certificateur, name: r.Nom_Certificateur }),
  nsf: (f, r, source) => f.nsf.push({ source, code: r.Nsf_Code ?? '', label: r.Nsf_Intitule }),
  // The Rome table doubles apostrophes ("d''affaires"), an escaping artefact of the export.
  rome: (f, r, source) =>
    f.rome.push({
      source,
      code: r.Codes_Rome_Code ?? '',
      label: r.Codes_Rome_Libelle?.replace(/''/g, "'"),
    }),
  formacode: (f, r, source) =>
    f.formacode.push({ source, code: r.Formacode_Code ?? '', label: r.Formacode_Libelle }),
  chain: (f, r, source) => {
    pushNumber(f, 'replaces', r.Ancienne_Certification, source);
    pushNumber(f, 'replacedBy', r.Nouvelle_Certification, source);
  },
};

function indexStandard(rows: Iterable<CsvRowAt>, warnings: RncpWarning[]) {
  const fiches = new Map<string, RncpFicheRecord>();
  for (const at of rows) {
    const key = ficheNumber(at.row.Numero_Fiche) ?? at.row.Numero_Fiche ?? '';
    if (fiches.has(key)) {
      const sink = new WarningSink(at.location);
      sink.add('duplicate_fiche', '$.Numero_Fiche', m.duplicateFiche(key));
      warnings.push(...sink.warnings);
    } else fiches.set(key, ficheFromStandard(at));
  }
  return fiches;
}

/** Joins the tables into one record per fiche of the Standard table, in its order. */
export function fichesFromCsv(tables: RncpCsvTables) {
  const warnings: RncpWarning[] = [];
  const fiches = indexStandard(tables.standard ?? [], warnings);
  for (const [table, fill] of Object.entries(FILLERS) as Array<[RncpCsvTable, RowFiller]>) {
    const orphans = new Set<string>();
    for (const { row, location } of tables[table] ?? []) {
      const key = ficheNumber(row.Numero_Fiche) ?? row.Numero_Fiche ?? '';
      const fiche = fiches.get(key);
      if (fiche !== undefined) fill(fiche, row, location);
      else if (!orphans.has(key)) {
        orphans.add(key);
        const sink = new WarningSink(location);
        sink.add('orphan_csv_row', '$.Numero_Fiche', m.orphanCsvRow(key));
        warnings.push(...sink.warnings);
      }
    }
  }
  return { fiches: [...fiches.values()], warnings };
}
