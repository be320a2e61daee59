// The decisions of a session written as CSV and XLSX, read back: the headers, the synthesis
// grid as numbers, the verdicts with their accents, the signature.
import { decisionTable } from '@certeval/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { minutes, vaeMinutes } from '../paper/juryPaperTestData.testing.ts';
import { decisionsCsv } from './decisionsCsv.ts';
import { decisionsXlsx } from './decisionsXlsx.ts';

const table = decisionTable([minutes()]);

describe('decisions as CSV', () => {
  it('writes French CSV: BOM, semicolons, decimal comma, CRLF, one line per candidate', () => {
    const csv = decisionsCsv(table);
    expect(
      csv.startsWith('\uFEFFDate du jury;Certification;Candidat;Entreprise;R – tuteur (%);'),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two candidates, final empty line
    expect(lines[3]).toBe('');
    const cells = (lines[2] ?? '').split(';');
    const at = (key: string) => cells[table.columns.findIndex((c) => c.key === key)];
    expect([
      at('candidate'),
      at('OT.jury'),
      at('OT.mean'),
      at('OT.decision'),
      at('decision'),
    ]).toEqual([
      'Lucas Moreau',
      '45',
      '61,33',
      'Outil / Organisation du travail (OT) non validé',
      'CQP non attribué',
    ]);
    expect([at('signedBy'), at('signedAt'), at('ruleSet'), at('version')]).toEqual([
      'Claire Dubreuil',
      '2026-03-12T17:20:00+01:00',
      'cqp-agc-rules v1',
      '1',
    ]);
  });

  it('quotes what needs quoting and never lets a cell run as a formula', () => {
    const tricky = {
      columns: [
        { key: 'a', header: 'Nom', kind: 'text' as const },
        { key: 'b', header: 'Commentaire', kind: 'text' as const },
      ],
      rows: [['=HYPERLINK("x")', 'Bien ; très "clair"\nsuite']],
    };
    expect(decisionsCsv(tricky).split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""x"")";"Bien ; très ""clair""\nsuite"`,
    );
  });

  it('writes English CSV with commas and a decimal point', () => {
    const csv = decisionsCsv(decisionTable([minutes()], 'en'), 'en');
    expect(csv).toContain('Jury date,Certification,Candidate,Company,');
    expect(csv).toContain(',61.33,Outil / Organisation du travail (OT) not validated,');
  });
});

describe('the blocs of a VAE decision', () => {
  it('has a column per bloc, Acquis or Non acquis, only where a decision validates blocs', () => {
    const vae = decisionTable([vaeMinutes()]);
    const blocs = vae.columns.filter((c) => c.key.endsWith('.bloc'));
    expect(blocs.map((c) => c.header)).toEqual([
      'RNCP28795BC01 – bloc de compétences',
      'RNCP28795BC02 – bloc de compétences',
      'RNCP28795BC03 – bloc de compétences',
    ]);
    const lines = decisionsCsv(vae).slice(1).split('\r\n');
    const cells = (lines[1] ?? '').split(';');
    expect(blocs.map((c) => cells[vae.columns.indexOf(c)])).toEqual([
      'Non acquis',
      'Non acquis',
      'Acquis',
    ]);
    expect(decisionsCsv(decisionTable([vaeMinutes()], 'en'), 'en')).toContain(
      ',Not acquired,Not acquired,Acquired,',
    );
    // A training session's rule set validates no bloc on its own: its export is unchanged.
    expect(table.columns.some((c) => c.key.endsWith('.bloc'))).toBe(false);
  });
});

describe('decisions as XLSX', () => {
  it('writes one frozen, filterable sheet with numbers, a date and the verdicts', async () => {
    const buffer = await decisionsXlsx(table, 'fr', { created: new Date('2026-03-12T18:00:00Z') });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Décisions');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(table.columns.map((c) => c.header));
    const cell = (row: number, key: string) =>
      sheet.getRow(row).getCell(table.columns.findIndex((c) => c.key === key) + 1);
    expect(cell(2, 'candidate').value).toBe('Hélène Lefèvre-Nguyễn');
    expect(cell(3, 'OT.jury').value).toBe(45);
    expect(cell(3, 'OT.mean').numFmt).toBe('0.00');
    // Rounded to two decimals, as the synthesis grid shows it and the rules compare it.
    expect(cell(3, 'OT.mean').value).toBe(61.33);
    expect(cell(3, 'decision').value).toBe('CQP non attribué');
    expect(cell(2, 'date').value).toEqual(new Date('2026-03-12T00:00:00Z'));
    expect(cell(2, 'date').numFmt).toBe('dd/mm/yyyy');
    expect(cell(2, 'comment').value).toBe(
      'Très bonne maîtrise de la relation client ; l’organisation du poste est exemplaire.',
    );
  });
});
