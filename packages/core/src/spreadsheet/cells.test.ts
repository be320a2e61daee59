import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, spreadsheetText } from './cells.ts';

describe('spreadsheetText', () => {
  it('escapes a text a spreadsheet would run as a formula', () => {
    for (const text of ['=2*3', '+33 6 12', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '-'])
      expect(spreadsheetText(text)).toBe(`'${text}`);
  });

  it('leaves every other text as it is', () => {
    for (const text of ['Lucas Moreau', '', "'=déjà échappé", ' =1', '2026-03-12', 'a=b'])
      expect(spreadsheetText(text)).toBe(text);
  });

  it('never returns a text starting with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(spreadsheetText(text)).not.toMatch(/^[=+\-@\t\r]/);
        expect(spreadsheetText(text).endsWith(text)).toBe(true);
      }),
    );
  });
});

describe('csvField', () => {
  it('quotes what holds the separator, a quote or a line break, after escaping', () => {
    expect(csvField('=HYPERLINK("x")', ';')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('Bien ; très "clair"\nsuite', ';')).toBe(`"Bien ; très ""clair""\nsuite"`);
    expect(csvField('Dupont, Jean', ';')).toBe('Dupont, Jean');
    expect(csvField('Dupont, Jean', ',')).toBe('"Dupont, Jean"');
    expect(csvField('\r=1', ';')).toBe(`"'\r=1"`);
  });
});
