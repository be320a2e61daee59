import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrumentItems } from '../candidates/evaluationItems.ts';
import { cqpAgcInstruments, cqpAgcVersion } from '../instruments/testData.testing.ts';
import { columnLetter, readEvaluationSheet, sheetDay, sheetHeader } from './sheet.ts';

const [, grid, questionnaire] = cqpAgcInstruments(cqpAgcVersion());
if (!grid || !questionnaire) throw new Error('instruments missing');
const ids = instrumentItems(grid).map((i) => i.id);
const options = { sheet: 'Évaluations', today: '2026-11-23' };
const id = '5b0f1c2e-8a4d-4c55-9e0a-1f2b3c4d5e6f';

describe('evaluation spreadsheet', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    fc.assert(
      fc.property(fc.nat({ max: 20000 }), fc.nat({ max: 20000 }), (a, b) => {
        if (a !== b) expect(columnLetter(a)).not.toBe(columnLetter(b));
      }),
    );
  });

  it('reads ISO and French dates, and only real days', () => {
    expect(sheetDay('2026-03-02')).toBe('2026-03-02');
    expect(sheetDay('2/3/2026')).toBe('2026-03-02');
    expect(sheetDay(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02');
    expect(sheetDay('2026-02-30')).toBeUndefined();
    expect(sheetDay('demain')).toBeUndefined();
  });

  it('reads a filled row: percentages with comma or %, empty cells not rated, comment kept', () => {
    const header = sheetHeader(grid);
    const row = header.map((name) => {
      if (name === 'candidate_id') return id;
      if (name === 'date') return '02/03/2026';
      if (name === 'type') return 'Finale';
      if (name === ids[0]) return '70 %';
      if (name === ids[1]) return '50,5';
      if (name === 'commentaire') return 'RAS';
      return '';
    });
    const result = readEvaluationSheet([header, row, header.map(() => '')], grid, options);
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          candidateId: id,
          date: '2026-03-02',
          kind: 'final',
          items: [
            { item: ids[0], percentage: 70 },
            { item: ids[1], percentage: 50.5 },
          ],
          comment: 'RAS',
        },
      ],
    });
  });

  it('locates every fault by row and column, and returns no rows', () => {
    const header = ['candidate_id', 'date', 'type', ids[0] as string, ids[1] as string];
    const result = readEvaluationSheet(
      [header, [id, '2026-03-02', 'continue', 105, 'bien'], ['', '2999-01-01', 'annuelle', 30, '']],
      grid,
      options,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.column}${p.row}`)).toEqual([
      'D2',
      'E2',
      'A3',
      'B3',
      'C3',
    ]);
    expect(
      result.problems.every((p) => p.sheet === 'Évaluations' && p.message.fr && p.message.en),
    ).toBe(true);
  });

  it('refuses an unknown item column and a missing required column in the header', () => {
    const result = readEvaluationSheet([['candidate_id', 'type', 'ZZ9']], grid, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [1, undefined],
      [1, 'C'],
    ]);
    expect(result.problems[0]?.message.en).toMatch(/"date" missing/);
  });

  it('takes points within an item’s maximum on a questionnaire', () => {
    const item = instrumentItems(questionnaire)[0];
    if (!item) throw new Error('empty questionnaire');
    const header = ['candidate_id', 'date', 'type', item.id];
    const ok = readEvaluationSheet(
      [header, [id, '2026-03-02', 'finale', 1]],
      questionnaire,
      options,
    );
    expect(ok.ok && ok.rows[0]?.items).toEqual([{ item: item.id, points: 1 }]);
    const over = readEvaluationSheet(
      [header, [id, '2026-03-02', 'finale', 2]],
      questionnaire,
      options,
    );
    expect(over.ok).toBe(false);
  });
});
