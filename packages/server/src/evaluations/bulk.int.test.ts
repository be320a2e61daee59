// Bulk recording from spreadsheets and the JSON evaluation record, through the API.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument } from '../instruments/service.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { parseCsv } from './sheets.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let lucas: string;
let projectId: string;
let items: string[];

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    tutor: 'tuteur@demo.certeval.example',
    pilot: 'pilote@demo.certeval.example',
    certifier: 'certificateur@demo.certeval.example',
    trainer: 'formateur@demo.certeval.example',
  }));
  const list = (await call('GET', '/api/candidates', 'tutor')).json().items;
  lucas = list[0].id;
  projectId = list[0].projectId;
  const { instrument } = await getInstrument(t.ctx, 'cqp-agc-tutor-grid', '1');
  items = instrument.sections.flatMap((s) => s.items.map((i) => i.id));
});
afterAll(() => t.close());

const SHEET = '/api/instruments/cqp-agc-tutor-grid/versions/1/sheet';

describe('spreadsheet template', () => {
  it('is a CSV with a row for each of the tutor’s candidates and a column per item', async () => {
    const response = await call('GET', `${SHEET}?format=csv`, 'tutor');
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const table = parseCsv(response.body.replace(/^\uFEFF/, ''));
    expect(table[0]).toEqual(['candidate_id', 'candidat', 'date', 'type', ...items, 'commentaire']);
    expect(table.slice(1).map((r) => r.slice(0, 2))).toEqual([[lucas, 'Lucas Moreau']]);
  });

  it('lists every fault with sheet, row and column, and imports nothing', async () => {
    const header = ['candidate_id', 'candidat', 'date', 'type', items[0], items[1], 'commentaire'];
    const csv = [
      header.join(';'),
      [lucas, 'Lucas Moreau', '2026-03-02', 'continue', '105', '50', ''].join(';'),
      ['', 'Sans identifiant', '2026-03-02', 'continue', '30', '', ''].join(';'),
      [lucas, 'Lucas Moreau', '2999-01-01', 'finale', '70', '70', ''].join(';'),
      [
        '00000000-0000-4000-8000-000000000000',
        'Inconnu',
        '02/03/2026',
        'continue',
        '',
        '',
        '',
      ].join(';'),
    ].join('\n');
    const response = await call('POST', `${SHEET}?file=notes.csv`, 'tutor', csv, 'text/csv');
    expect(response.statusCode).toBe(400);
    const problems = response.json().problems as Array<{ path: string; message: { en: string } }>;
    expect(problems.map((p) => p.path)).toEqual(['CSV!E2', 'CSV!A3', 'CSV!C4']);
    expect(problems[0]?.message.en).toMatch(/between 0 and 100/);
    const unknownCandidate = await call(
      'POST',
      SHEET,
      'tutor',
      [
        header.join(';'),
        ['00000000-0000-4000-8000-000000000000', 'x', '2026-03-02', 'continue', '30', '', ''].join(
          ';',
        ),
      ].join('\n'),
      'text/csv',
    );
    expect(unknownCandidate.json().problems.map((p: { path: string }) => p.path)).toEqual([
      'CSV!A2',
    ]);
    const unknownItem = await call(
      'POST',
      SHEET,
      'tutor',
      `candidate_id;date;type;ZZ99\n${lucas};2026-03-02;continue;50\n`,
      'text/csv',
    );
    expect(unknownItem.json().problems).toMatchObject([
      { path: 'CSV!D1', sheet: 'CSV', column: 'D', line: 1 },
    ]);
    const evaluations = (await call('GET', `/api/candidates/${lucas}/evaluations`, 'tutor')).json();
    expect(evaluations).toEqual([]);
  });

  it('imports a filled XLSX: a complete row submitted, a partial one kept as a draft', async () => {
    const template = await call('GET', SHEET, 'tutor');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Évaluations');
    if (!sheet) throw new Error('no Évaluations sheet');
    const row = sheet.getRow(2);
    row.getCell(3).value = new Date('2026-03-02T00:00:00Z');
    row.getCell(4).value = 'finale';
    items.forEach((_, k) => {
      row.getCell(5 + k).value = [30, 50, 70, 100][k % 4] as number;
    });
    row.getCell(5 + items.length).value = 'Évaluation finale sur poste';
    sheet.addRow([lucas, 'Lucas Moreau', '15/02/2026', 'continue', 50]);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await call(
      'POST',
      SHEET,
      'tutor',
      filled,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.json()).toMatchObject({ imported: 2, submitted: 1, drafts: 1 });
    const evaluations = (await call('GET', `/api/candidates/${lucas}/evaluations`, 'tutor')).json();
    expect(
      evaluations.map((e: { kind: string; status: string; date: string }) => [
        e.kind,
        e.status,
        e.date,
      ]),
    ).toEqual([
      ['continuous', 'draft', '2026-02-15'],
      ['final', 'submitted', '2026-03-02'],
    ]);
    const refused = await call('POST', SHEET, 'pilot', filled, 'application/octet-stream');
    expect(refused.statusCode).toBe(400);
  });
});

describe('evaluation record (JSON)', () => {
  it('exports a candidate’s submitted evaluations and imports them again without doubling', async () => {
    const exported = await call('GET', `/api/candidates/${lucas}/dossier`, 'pilot');
    const record = exported.json();
    expect(record.format).toBe('certeval.evaluation-record');
    expect(record.candidate).toMatchObject({
      birthName: 'Moreau',
      company: 'Biscuiterie des Trois Vallées',
    });
    expect(record.evaluations).toHaveLength(1);
    const again = await call('POST', `/api/projects/${projectId}/dossiers`, 'pilot', record);
    expect(again.json()).toEqual({
      candidateId: lucas,
      candidateCreated: false,
      imported: 0,
      skipped: 1,
    });
    expect((await call('GET', `/api/candidates/${lucas}/dossier`, 'tutor')).statusCode).toBe(403);
  });

  it('enrols the candidate of a new record, and refuses a bad one whole, saying where', async () => {
    const record = (await call('GET', `/api/candidates/${lucas}/dossier`, 'certifier')).json();
    const other = {
      ...record,
      candidate: {
        ...record.candidate,
        birthName: 'Perrin',
        firstNames: ['Chloé'],
        email: undefined,
      },
    };
    const bad = structuredClone(other);
    bad.evaluations[0].items[0].percentage = 105;
    bad.evaluations[0].instrument.id = 'inconnu';
    const refused = await call('POST', `/api/projects/${projectId}/dossiers`, 'certifier', bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().problems.map((p: { path: string }) => p.path)).toEqual([
      '$.evaluations[0].items[0].percentage',
      '$.evaluations[0].instrument',
    ]);
    // The demo's two files (Lucas Moreau, Camille Vasseur on the VAE route): the refused record
    // added none.
    const before = (await call('GET', '/api/candidates', 'certifier')).json().items.length;
    expect(before).toBe(2);
    const created = await call('POST', `/api/projects/${projectId}/dossiers`, 'certifier', other);
    expect(created.json()).toMatchObject({ candidateCreated: true, imported: 1 });
    expect((await call('GET', '/api/candidates', 'certifier')).json().items.length).toBe(3);
  });
});
