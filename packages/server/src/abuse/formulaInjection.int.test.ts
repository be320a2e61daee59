// Issue 14, formula injection: the evaluation template wrote a candidate named "=2*3" as a
// formula. Every CSV and XLSX the product writes now goes through one rule (core's
// spreadsheetText): a text starting with = + - @, a tab or a carriage return is written with a
// leading apostrophe, which spreadsheets show as text; numbers stay numbers.
import type { DecisionTable } from '@certeval/core';
import { statisticsCsv } from '@certeval/core/certificates/index';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../evaluations/sheets.ts';
import { decisionsCsv } from '../jury/export/decisionsCsv.ts';
import { decisionsXlsx } from '../jury/export/decisionsXlsx.ts';
import { candidates } from '../platform/db/schema.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];

const HOSTILE = ['=2*3', '+33 6 12', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    pilot: 'pilote@demo.certeval.example',
    tutor: 'tuteur@demo.certeval.example',
  }));
  const [lucas] = (await call('GET', '/api/candidates', 'pilot')).json().items;
  const file = (await call('GET', `/api/candidates/${lucas.id}`, 'pilot')).json();
  const candidate = {
    birthName: 'Lefort',
    firstNames: ['Zoé'],
    birthDate: '1999-05-04',
    birthPlace: 'Vire (Calvados)',
    accessRoute: 'continuing_education',
    tutorId: file.candidate.tutorId,
  };
  // The enrolment form now refuses such a name (issue 16: names of letters)…
  const refused = await call('POST', `/api/projects/${lucas.projectId}/candidates`, 'pilot', {
    candidate: { ...candidate, firstNames: ['=2*3'] },
  });
  expect(refused.statusCode, refused.body).toBe(400);
  // …but a file enrolled before that rule, or written by an import, may hold one: the exports
  // must still write it as text.
  const enrolled = await call('POST', `/api/projects/${lucas.projectId}/candidates`, 'pilot', {
    candidate,
  });
  expect(enrolled.statusCode, enrolled.body).toBe(201);
  await t.ctx.database.db
    .update(candidates)
    .set({ firstNames: ['=2*3'] })
    .where(eq(candidates.id, enrolled.json().id));
});
afterAll(() => t.close());

const SHEET = '/api/instruments/cqp-agc-tutor-grid/versions/1/sheet';

describe('the evaluation template', () => {
  it('writes a candidate named "=2*3" as text in CSV', async () => {
    const response = await call('GET', `${SHEET}?format=csv`, 'tutor');
    expect(response.statusCode).toBe(200);
    const names = parseCsv(response.body).map((row) => row[1]);
    expect(names).toContain("'=2*3 Lefort");
    expect(names.filter((n) => n?.startsWith('='))).toEqual([]);
  });

  it('writes it as escaped text in XLSX too', async () => {
    const response = await call('GET', `${SHEET}?format=xlsx`, 'tutor');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const names: unknown[] = [];
    workbook.getWorksheet('Évaluations')?.eachRow((row) => {
      names.push(row.getCell(2).value);
    });
    expect(names).toContain("'=2*3 Lefort");
  });
});

const table: DecisionTable = {
  columns: [
    { key: 'candidate', header: 'Candidat', kind: 'text' },
    { key: 'gap', header: '-écart', kind: 'percentage' },
  ],
  rows: HOSTILE.map((text, i) => [text, -12.5 + i]),
};

describe('the decisions of a jury', () => {
  it('escape every text cell of the XLSX, and keep negative numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await decisionsXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell('B1').value).toBe("'-écart");
    for (const [i, text] of HOSTILE.entries()) {
      // XML reads a carriage return back as a line feed; the apostrophe is what matters.
      expect(sheet.getRow(i + 2).getCell(1).value).toBe(`'${text.replace('\r', '\n')}`);
      expect(sheet.getRow(i + 2).getCell(2).value).toBe(-12.5 + i);
    }
  });

  it('escape every text cell of the CSV, and keep negative numbers as numbers', () => {
    const rows = parseCsv(decisionsCsv(table, 'en'));
    expect(rows[0]).toEqual(['Candidat', "'-écart"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(HOSTILE.map((text) => `'${text}`));
    expect(rows[1]?.[1]).toBe('-12.5');
  });
});

describe('the certifier’s statistics', () => {
  it('escape a company whose name would run as a formula', () => {
    const csv = statisticsCsv(
      {
        byYear: [],
        byCertification: [],
        byCompany: HOSTILE.map((company) => ({
          company,
          certificates: 1,
          attestations: 0,
          revoked: 0,
        })),
        passRates: [],
        distribution: [],
        totals: { certificates: 6, attestations: 0, revoked: 0, decided: 6, awarded: 6 },
      },
      'companies',
    );
    expect(
      parseCsv(csv)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(HOSTILE.map((text) => `'${text}`));
  });
});
