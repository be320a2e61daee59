import { describe, expect, it } from 'vitest';
import { csvRecords, csvRows } from './csv.ts';

const fields = (text: string) => [...csvRecords(text)].map((r) => r.fields);

describe('csvRecords', () => {
  it('reads quoted, empty and escaped fields separated by semicolons', () => {
    expect(fields('"a";;"b ""c""";"d;e"\n"x";"";y\n')).toEqual([
      ['a', '', 'b "c"', 'd;e'],
      ['x', '', 'y'],
    ]);
  });

  it('keeps line breaks inside quotes and counts lines from where a record starts', () => {
    const records = [...csvRecords('\ufeff"h1";"h2"\r\n"multi\r\nline";"v"\r\n"last";"w"')];
    expect(records.map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'h1', 'h2'],
      [2, 'multi\r\nline', 'v'],
      [4, 'last', 'w'],
    ]);
  });

  it('keeps the tab the export puts in front of SIRETs', () => {
    expect(fields('"RS5000";"\t79279132900016"')).toEqual([['RS5000', '\t79279132900016']]);
  });
});

describe('csvRows', () => {
  it('keys each record by the header and gives its location', () => {
    const rows = [...csvRows('"Numero_Fiche";"Nsf_Code"\n"RS5000";"326"\n"RS5000"\n', 'nsf.csv')];
    expect(rows).toEqual([
      { row: { Numero_Fiche: 'RS5000', Nsf_Code: '326' }, location: 'nsf.csv, line 2' },
      { row: { Numero_Fiche: 'RS5000', Nsf_Code: '' }, location: 'nsf.csv, line 3' },
    ]);
  });
});
