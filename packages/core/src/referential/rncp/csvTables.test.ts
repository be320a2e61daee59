import { describe, expect, it } from 'vitest';
import { type CsvRow, csvTableOf, fichesFromCsv } from './csvTables.ts';
import { WarningSink } from './warnings.ts';

const BLOCS = 'export_fiches_CSV_Blocs_De_Compétences_2024_02_22.csv';

describe('csvTableOf', () => {
  it('recognises a table whatever the Unicode form of its name', () => {
    const nfc = new WarningSink({ file: 'zip' });
    const nfd = new WarningSink({ file: 'zip' });
    expect(csvTableOf(BLOCS.normalize('NFC'), nfc)).toBe('blocs');
    expect(csvTableOf(`dir/${BLOCS.normalize('NFD')}`, nfd)).toBe('blocs');
    expect(nfc.warnings).toEqual([]);
    expect(nfd.warnings.map((w) => w.code)).toEqual(['file_name_normalised']);
  });

  it('recognises names whose accents were mangled by a wrong code page', () => {
    const sink = new WarningSink({ file: 'zip' });
    expect(csvTableOf('export_fiches_CSV_Blocs_De_Comp├⌐tences_2024_02_22.csv', sink)).toBe(
      'blocs',
    );
    expect(csvTableOf('export_fiches_CSV_VoixdAcc├¿s_2024_02_22.csv', sink)).toBe('accessRoutes');
    expect(sink.warnings).toEqual([]);
  });

  it('leaves out an unknown file with a warning', () => {
    const sink = new WarningSink({ file: 'zip' });
    expect(csvTableOf('LISEZMOI.txt', sink)).toBeUndefined();
    expect(sink.warnings.map((w) => w.code)).toEqual(['unknown_csv_file']);
  });
});

const at = (row: CsvRow, line: number, file = 't.csv') => ({ row, location: { file, line } });

describe('fichesFromCsv', () => {
  it('joins the side tables to the fiches of the Standard table', () => {
    const { fiches, warnings } = fichesFromCsv({
      standard: [
        at({ Numero_Fiche: 'RNCP1', Intitule: 'Un', Actif: 'ACTIVE' }, 2),
        at({ Numero_Fiche: 'RNCP1', Intitule: 'Doublon' }, 3),
      ],
      blocs: [at({ Numero_Fiche: 'RNCP1', Bloc_Competences_Code: 'RNCP1BC01' }, 2)],
      certifiers: [
        at(
          { Numero_Fiche: 'RNCP1', Siret_Certificateur: '\t1', Nom_Certificateur: 'X' },
          2,
          'c.csv',
        ),
      ],
      rome: [
        at(
          { Numero_Fiche: 'RNCP1', Codes_Rome_Code: 'H1102', Codes_Rome_Libelle: "d''affaires" },
          2,
        ),
      ],
      chain: [
        at(
          { Numero_Fiche: 'RNCP1', Ancienne_Certification: '', Nouvelle_Certification: 'RNCP2' },
          2,
        ),
        at({ Numero_Fiche: 'RNCP2', Ancienne_Certification: 'RNCP1' }, 3),
        at({ Numero_Fiche: 'RNCP2', Ancienne_Certification: 'RNCP0' }, 4),
      ],
    });
    expect(fiches).toHaveLength(1);
    expect(fiches[0]).toMatchObject({
      number: 'RNCP1',
      title: 'Un',
      active: 'ACTIVE',
      location: { file: 't.csv', line: 2 },
      blocs: [{ code: 'RNCP1BC01' }],
      certifiers: [{ siret: '\t1', name: 'X', source: { file: 'c.csv', line: 2 } }],
      rome: [{ code: 'H1102', label: "d'affaires" }],
      replaces: [],
      replacedBy: ['RNCP2'],
      chainSources: { replaces: [], replacedBy: [{ file: 't.csv', line: 2 }] },
    });
    expect(warnings.map((w) => [w.code, w.location])).toEqual([
      ['duplicate_fiche', 't.csv, line 3'],
      ['orphan_csv_row', 't.csv, line 3'],
    ]);
  });
});
