// Exact counts from ../shared/fixtures/rncp/export-fiches-csv-2024-02-22.zip (10 CSV files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RncpImport } from '@certeval/core/referential/rncp/mapFiche';
import { validateReferential } from '@certeval/core/referential/validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawZip, stored } from '../../platform/archive/bombs.testing.ts';
import { DEFAULT_ARCHIVE_LIMITS } from '../../platform/archive/limits.ts';
import { readRncpCsvZip } from './csvExport.ts';
import { importRncpCsvZip, importRncpXmlFile } from './importRncp.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/rncp');
const ZIP = path.join(FIXTURES, 'export-fiches-csv-2024-02-22.zip');

let csv: Awaited<ReturnType<typeof importRncpCsvZip>>;
const byNumber = new Map<string, RncpImport>();
const get = (number: string) => byNumber.get(number) as RncpImport;

beforeAll(async () => {
  csv = await importRncpCsvZip(ZIP);
  for (const m of csv.mappings) if (m.ok) byNumber.set(m.number, m);
});

describe('the CSV export fixture', () => {
  it('has 10 files, each with its number of rows and of fiches', () => {
    const counts = Object.fromEntries(csv.files.map((f) => [f.table, [f.rows, f.fiches]]));
    expect(counts).toEqual({
      standard: [9, 9],
      chain: [9, 9],
      blocs: [6, 1],
      ccn: [2, 2],
      certifiers: [6, 5],
      formacode: [5, 4],
      nsf: [10, 9],
      partners: [10, 3],
      rome: [15, 6],
      accessRoutes: [34, 8],
    });
    expect(csv.files.map((f) => f.name)).toContain('export_fiches_CSV_VoixdAccès_2024_02_22.csv');
  });

  it('maps its 9 fiches to valid referential files', () => {
    expect(csv.mappings).toHaveLength(9);
    for (const m of byNumber.values()) expect(validateReferential(m.file).ok).toBe(true);
    expect(get('RNCP509').file.versions[0]?.nodes.map((n) => n.code)).toEqual([
      'RNCP509BC05',
      'RNCP509BC06',
      'RNCP509BC01',
      'RNCP509BC02',
      'RNCP509BC03',
      'RNCP509BC04',
    ]);
    expect(get('RS6117').file.certification.kind).toBe('rs');
    expect(get('RNCP509').active).toBe(false);
  });

  it('cleans the leading tab of all 6 certifier SIRETs, with a warning each', () => {
    const sirets = [...byNumber.values()].flatMap((m) => m.certifiers.map((c) => c.siret));
    expect(sirets).toEqual([
      '11004301500012',
      '82948645500019',
      '79279132900016',
      '78466840200018',
      '78466840200018',
      '31504294500032',
    ]);
    const cleaned = [...byNumber.values()].flatMap((m) =>
      m.warnings.filter((w) => w.code === 'siret_cleaned'),
    );
    expect(cleaned).toHaveLength(6);
    // Each names the file it is about: the certifiers' table, at the certifier's row.
    expect(cleaned.map((w) => [w.file, w.line])).toEqual(
      [2, 3, 4, 5, 6, 7].map((line) => ['export_fiches_CSV_Certificateurs_2024_02_22.csv', line]),
    );
  });

  it('warns of each fiche imported without any competence: every one but RNCP509', () => {
    const bare = [...byNumber.values()].filter((m) =>
      m.warnings.some((w) => w.code === 'no_competence'),
    );
    expect(bare.map((m) => m.number).sort()).toEqual(
      [...byNumber.keys()].filter((n) => n !== 'RNCP509').sort(),
    );
    expect(bare.find((m) => m.number === 'RS6117')?.warnings.at(-1)?.file).toBe(
      'export_fiches_CSV_Standard_2024_02_22.csv',
    );
  });

  it('rebuilds the chain RNCP1197 → RNCP4049 → RNCP22094 → RNCP28155 → RNCP30271', () => {
    const chain = ['RNCP1197'];
    for (let next = get('RNCP1197').replacedBy[0]; next; next = get(next)?.replacedBy[0]) {
      chain.push(next);
    }
    expect(chain).toEqual(['RNCP1197', 'RNCP4049', 'RNCP22094', 'RNCP28155', 'RNCP30271']);
    expect(get('RNCP19468').replacedBy).toEqual(['RS6117']);
    expect(csv.warnings.map((w) => [w.code, w.location])).toEqual([
      [
        'orphan_csv_row',
        'export_fiches_CSV_Ancienne_Nouvelle_Certification_2024_02_22.csv, line 3',
      ],
    ]);
  });

  it('undoes the doubled apostrophes of the ROME table', () => {
    expect(get('RNCP4049').file.certification.rome).toContainEqual({
      code: 'H1102',
      label: "Management et ingénierie d'affaires",
    });
  });

  it('agrees with the XML export on RS5000, the fiche both hold', async () => {
    let xml: RncpImport | undefined;
    for await (const m of importRncpXmlFile(path.join(FIXTURES, 'export_fiches_RS_fixture.xml'))) {
      if (m.ok && m.number === 'RS5000') xml = m;
    }
    const fromCsv = get('RS5000');
    const sorted = (list: Array<{ code: string; label?: string }> = []) =>
      [...list].sort((a, b) => a.code.localeCompare(b.code));
    const pick = (m: RncpImport | undefined) => ({
      title: m?.file.certification.title,
      kind: m?.file.certification.kind,
      certifiers: m?.certifiers.map(({ name, siret }) => ({ name, siret })),
      nsf: sorted(m?.file.certification.nsf),
      rome: sorted(m?.file.certification.rome),
      formacode: sorted(m?.file.certification.formacode),
      until: m?.file.certification.registration?.until,
      registrationType: m?.file.certification.registration?.decision,
    });
    expect(pick(fromCsv)).toEqual(pick(xml));
    expect(pick(fromCsv).nsf.map((n) => n.code)).toEqual(['114b', '326']);
  });
});

describe('CSV exports made elsewhere', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-rncp-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const standard = '"Numero_Fiche";"Intitule"\n"RNCP1";"Un"\n';
  const blocs =
    '"Numero_Fiche";"Bloc_Competences_Code";"Bloc_Competences_Libelle"\n"RNCP1";"RNCP1BC01";"B"\n';

  it('imports CSV tables whose names are NFD, with a warning', async () => {
    const file = path.join(dir, 'nfd.zip');
    const nfd = 'export_fiches_CSV_Blocs_De_Compétences_2024_02_22.csv'.normalize('NFD');
    fs.writeFileSync(
      file,
      rawZip([stored('export_fiches_CSV_Standard_2024_02_22.csv', standard), stored(nfd, blocs)]),
    );
    const read = await readRncpCsvZip(file);
    expect(read.files.map((f) => [f.table, f.rows])).toEqual([
      ['standard', 1],
      ['blocs', 1],
    ]);
    expect(read.fiches[0]?.blocs).toMatchObject([{ code: 'RNCP1BC01', label: 'B' }]);
    expect(read.warnings.map((w) => w.code)).toEqual(['file_name_normalised']);
  });

  it('refuses a CSV file cut short, located, and reads nothing of the export', async () => {
    const file = path.join(dir, 'cut.zip');
    const cut = `${standard}"RNCP2";"De`;
    fs.writeFileSync(file, rawZip([stored('export_fiches_CSV_Standard_2024_02_22.csv', cut)]));
    await expect(readRncpCsvZip(file)).rejects.toMatchObject({
      code: 'import_invalid',
      problems: [
        {
          code: 'malformed_csv',
          file: 'export_fiches_CSV_Standard_2024_02_22.csv',
          line: 3,
          column: '9',
        },
      ],
    });
  });

  it('is read under the archive limits', async () => {
    const file = path.join(dir, 'limits.zip');
    fs.writeFileSync(file, rawZip([stored('export_fiches_CSV_Standard_2024_02_22.csv', standard)]));
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, maxEntryBytes: standard.length - 1 };
    await expect(readRncpCsvZip(file, limits)).rejects.toMatchObject({
      code: 'archive_entry_too_large',
    });
  });
});
