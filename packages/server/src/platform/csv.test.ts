import { describe, expect, it } from 'vitest';
import { CsvTruncated, csvRecords, csvRows } from './csv.ts';

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
      {
        row: { Numero_Fiche: 'RS5000', Nsf_Code: '326' },
        location: { file: 'nsf.csv', line: 2 },
      },
      { row: { Numero_Fiche: 'RS5000', Nsf_Code: '' }, location: { file: 'nsf.csv', line: 3 } },
    ]);
  });

  it('stops at a file cut inside a quoted field, naming where the field opened', () => {
    const cut = '"Numero_Fiche";"Nsf_Code"\n"RS5000";"326"\n"RS6117";"32\n6';
    const read = () => [...csvRows(cut, 'nsf.csv')];
    expect(read).toThrow(CsvTruncated);
    expect(read).toThrow('nsf.csv:3:10: quoted field never closed');
  });

  it('stops at a last row cut short, and reads a short row followed by a line break', () => {
    const cut = '"Numero_Fiche";"Nsf_Code";"Nsf_Intitule"\n"RS5000";"326";"Info"\n"RS6117";';
    expect(() => [...csvRows(cut, 'nsf.csv')]).toThrow('nsf.csv:3: last row cut short');
    expect([...csvRows(`${cut}\n`, 'nsf.csv')].map((r) => r.row.Numero_Fiche)).toEqual([
      'RS5000',
      'RS6117',
    ]);
  });
});
