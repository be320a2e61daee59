// Issue 18, item 7: the two OpenSALT spreadsheets of ../shared/fixtures/case import as packages
// do — tree, types, fields, associations to what lies outside the file —, come out of the CASE
// export valid against the official CASE 1.1 schema with the same identifiers, and every
// problem of a bad sheet points at its line and column.
import { readFileSync } from 'node:fs';
import { exportCase, type ReferentialFile } from '@certeval/core';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readCaseCsv } from './caseCsv.ts';

const dir = new URL('../../../../../shared/fixtures/case/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv2019) => Ajv2019 }).default;
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(text('v1p1-official.json')));
const options = {
  publicUrl: 'https://certeval.example',
  changedAt: new Date('2026-01-05T09:00:00Z'),
};

function imported(csv: string, name: string) {
  const result = readCaseCsv(csv, name);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  const version = result.file.versions[0];
  if (!version) throw new Error('no version');
  return { file: result.file, version, warnings: result.warnings };
}

const exported = (file: ReferentialFile) =>
  JSON.parse(JSON.stringify(exportCase(file, file.versions[0]?.id ?? '', options)));

describe('sample_case.csv (OpenSALT spreadsheet import: Is Child Of, association columns)', () => {
  const { file, version, warnings } = imported(text('sample_case.csv'), 'sample_case.csv');

  it('builds the tree from the parent codes, and from the code itself when the cell is empty', () => {
    expect(version.nodes.map((n) => [n.code, n.parent])).toEqual([
      ['M', undefined],
      ['M.F', 'M'],
      ['M.F.1-2', 'M.F'],
      ['M.F.1-2.S1', 'M.F.1-2'],
      ['M.F.1-2.S1a', 'M.F.1-2.S1'],
      ['M.F.1-2.S1b', 'M.F.1-2.S1'],
      ['M.F.C2', 'M.F'],
      ['M.F.C2.S1', 'M.F.C2'],
      ['M.E', 'M'],
      ['M.E.C1', 'M.E'],
    ]);
    expect(version.nodes.map((n) => n.case?.childOf?.sequenceNumber)).toEqual([
      1, 1, 1, 1, 1, 1, 2, 1, 2, 1,
    ]);
  });

  it('keeps the crosswalks to what the file does not hold, as external ends', () => {
    const kept = version.case?.associations ?? [];
    expect(kept.map((a) => [a.associationType, a.destinationNodeURI.uri])).toEqual([
      ['isRelatedTo', 'CCSS.Math.Content.HSF-IF.C.8b'],
      ['isRelatedTo', 'http://asn.jesandco.org/resources/S1143417'],
      [
        'exemplar',
        'https://www.opened.com/video/classify-and-order-real-numbers-using-subsets/801540',
      ],
      ['isRelatedTo', 'CCSS.MATH.CONTENT.1.G.A.1'],
    ]);
  });

  it('keeps abbreviated statements and notes, and derives stable UUIDs from its identifiers', () => {
    expect(version.nodes[1]?.case).toMatchObject({
      abbreviatedStatement: 'Math',
      notes: 'Testing',
    });
    const again = imported(text('sample_case.csv'), 'sample_case.csv');
    expect(again.version.nodes.map((n) => n.case?.identifier)).toEqual(
      version.nodes.map((n) => n.case?.identifier),
    );
    const derived = warnings.find((w) => w.message.en.startsWith('10 identifier(s)'));
    expect(derived).toMatchObject({ code: 'derived_identifier', line: 2 });
  });

  it('exports a package valid against the official CASE 1.1 schema', () => {
    const pkg = exported(file);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(pkg.CFAssociations).toHaveLength(14);
  });
});

describe('ccsso_ela_item.csv (OpenSALT CF Item sheet: smartLevel)', () => {
  const csv = text('ccsso_ela_item.csv');
  const { file, version, warnings } = imported(csv, 'ccsso_ela_item.csv');
  const rows = csv.split('\n').filter((line) => /^[0-9a-f]{8}-/.test(line));

  it('imports every row, with its own identifier, under the parent its smartLevel names', () => {
    expect(version.nodes).toHaveLength(1189);
    expect(new Set(version.nodes.map((n) => n.case?.identifier))).toEqual(
      new Set(rows.map((line) => line.slice(0, 36))),
    );
    expect(version.nodes.filter((n) => n.parent === undefined)).toHaveLength(12);
  });

  it('keeps type, language, list enumeration and education levels of each item', () => {
    const first = version.nodes.find(
      (n) => n.case?.identifier === '7fbbd2fa-885d-11e7-a99d-449ef607a326',
    );
    expect(first?.case).toMatchObject({
      CFItemType: 'Standard',
      language: 'en',
      listEnumeration: '1',
      educationLevel: ['01'],
    });
    expect(first?.code).toBe('L.1.4');
    expect(version.nodes.filter((n) => n.case?.listEnumeration !== undefined)).toHaveLength(1029);
    expect(version.nodes.every((n) => n.case?.language === 'en')).toBe(true);
  });

  it('says what it could not keep, at the line of the file', () => {
    expect(warnings.find((w) => w.code === 'value_not_kept')).toMatchObject({
      line: 2,
      column: 'lastChangeDateTime',
    });
  });

  it('exports a package valid against the official CASE 1.1 schema, with the same identifiers', () => {
    const pkg = exported(file);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(pkg.CFItems.map((i: { identifier: string }) => i.identifier).sort()).toEqual(
      rows.map((line) => line.slice(0, 36)).sort(),
    );
  });
});

describe('a bad CASE spreadsheet', () => {
  it('without a fullStatement column is no CASE spreadsheet', () => {
    const result = readCaseCsv('identifier,notes\nx,y\n', 'other.csv');
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.line])).toEqual([
      ['invalid_case_package', 1],
    ]);
  });

  it('locates an item without statement at its line and column, semicolons or commas', () => {
    const csv = 'Identifier;fullStatement;Human Coding Scheme\nA;Premier;A\nB;;B\n';
    const result = readCaseCsv(csv, 'semicolons.csv');
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['missing_field', 3, 'fullStatement'],
    ]);
  });

  it('names the columns it does not keep', () => {
    const result = readCaseCsv('fullStatement,Colour\nUn,bleu\n', 'colour.csv');
    expect(result.ok && result.warnings.find((w) => w.column === 'Colour')?.message.en).toBe(
      'Column "Colour" is not a CASE column: it is not kept.',
    );
  });
});
