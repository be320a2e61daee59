// Issue 18, "Done when": each CASE fixture of ../shared/fixtures/case imported then exported
// comes out with the same identifiers, URIs, associations (with their types and sequence
// numbers) and item fields; exported again after a second import, it does not change; and the
// OpenSALT samples, whose identifiers are UUIDs, come out valid against the official CASE 1.1
// schema. The 1.0-era math package is checked for what CASE 1.1 names differently.
import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ReferentialFile } from '../fileSchema.ts';
import { exportCase } from './exportCase.ts';
import { fullPackage } from './fullPackage.testing.ts';
import { importCase } from './importCase.ts';

type Json = Record<string, unknown>;

const caseDir = new URL('../../../../../../shared/fixtures/case/', import.meta.url);
const options = {
  publicUrl: 'https://certeval.example',
  changedAt: new Date('2026-03-01T08:00:00Z'),
};
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, caseDir), 'utf8')) as Json;
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv2019) => Ajv2019 }).default;
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(fixture('v1p1-official.json'));

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ITEM_FIELDS = [
  'identifier',
  'uri',
  'fullStatement',
  'humanCodingScheme',
  'CFItemType',
  'CFItemTypeURI',
  'listEnumeration',
  'abbreviatedStatement',
  'notes',
  'language',
];
const DOCUMENT_FIELDS = [
  'identifier',
  'uri',
  'creator',
  'title',
  'description',
  'officialSourceURL',
  'notes',
];

function imported(json: unknown): ReferentialFile {
  const result = importCase(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.file;
}

function exported(file: ReferentialFile): Json {
  const version = file.versions[0];
  if (!version) throw new Error('no version');
  return JSON.parse(JSON.stringify(exportCase(file, version.id, options)));
}

const list = (pkg: Json, key: string) => (pkg[key] ?? []) as Json[];

/** The fields of `record` among `fields`, with a value, and a kept lastChangeDateTime. */
function picked(record: Json, fields: string[]): Json {
  const dated =
    typeof record.lastChangeDateTime === 'string' && RFC3339.test(record.lastChangeDateTime);
  const names = dated ? [...fields, 'lastChangeDateTime'] : fields;
  return Object.fromEntries(names.flatMap((f) => (record[f] == null ? [] : [[f, record[f]]])));
}

const end = (link: unknown) =>
  typeof link === 'object' && link !== null ? (link as Json).identifier : link;

function associations(pkg: Json) {
  return list(pkg, 'CFAssociations')
    .map((a) => [
      a.identifier,
      a.uri,
      a.associationType,
      a.sequenceNumber ?? null,
      end(a.originNodeURI),
      end(a.destinationNodeURI),
    ])
    .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
}

/** The original's fields of every item, and the same fields of the item with its identifier. */
function itemFields(original: Json, out: Json) {
  const byId = new Map(list(out, 'CFItems').map((item) => [item.identifier, item]));
  const wanted = list(original, 'CFItems').map((item) => picked(item, ITEM_FIELDS));
  const found = wanted.map((want) => {
    const item = byId.get(want.identifier) ?? {};
    return Object.fromEntries(Object.keys(want).map((key) => [key, item[key]]));
  });
  return { wanted, found, count: list(out, 'CFItems').length };
}

const FIXTURES = [
  'Ordering.json',
  'SmartLevelFramework.json',
  'Utf8TestFramework.json',
  'math_cfs_sample.json',
];

describe.each(FIXTURES)('%s through Certeval and back', (name) => {
  const original = fixture(name);
  const file = imported(original);
  const out = exported(file);

  it('keeps the identifiers and fields of the document', () => {
    const want = picked(original.CFDocument as Json, DOCUMENT_FIELDS);
    const document = out.CFDocument as Json;
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, document[k]]))).toEqual(want);
  });

  it('keeps every item: identifier, URI, statement, code, type and fields', () => {
    const { wanted, found, count } = itemFields(original, out);
    expect(count).toBe(wanted.length);
    expect(found).toEqual(wanted);
  });

  it('keeps every association with its identifier, type, sequence number and ends', () => {
    expect(associations(out)).toEqual(associations(original));
  });

  it('gives the same package when imported and exported again', () => {
    expect(exported(imported(out))).toEqual(out);
  });
});

describe.each(['Ordering.json', 'SmartLevelFramework.json', 'Utf8TestFramework.json'])(
  'the OpenSALT sample %s, exported',
  (name) => {
    it('is valid against the official CASE 1.1 CFPackage schema', () => {
      const valid = validate(exported(imported(fixture(name))));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  },
);

describe('the 1.0-era math package, exported', () => {
  const original = fixture('math_cfs_sample.json');
  const file = imported(original);
  const out = exported(file);
  const document = out.CFDocument as Json;
  const first = list(out, 'CFItems')[0] as Json;

  it('writes the document subject as CASE 1.1 arrays (subject, subjectURI)', () => {
    expect(document.subject).toEqual(['Math']);
    expect(document.subjectURI).toEqual((original.CFDocument as Json).subjectURL);
  });

  it('writes educationalLevel as educationLevel, listEnumeration as it was', () => {
    expect(first.educationLevel).toEqual(['KG']);
    const enumerated = list(original, 'CFItems').filter((i) => i.listEnumeration !== undefined);
    expect(enumerated).toHaveLength(517);
    const byId = new Map(list(out, 'CFItems').map((i) => [i.identifier, i]));
    expect(
      enumerated.every((i) => byId.get(i.identifier)?.listEnumeration === i.listEnumeration),
    ).toBe(true);
  });

  it('writes the date of the version where the source had a date without time zone', () => {
    expect(first.lastChangeDateTime).toBe(options.changedAt.toISOString());
  });

  it('keeps the item types it defines, and no decision domain', () => {
    const definitions = out.CFDefinitions as { CFItemTypes: Json[]; CFSubjects: Json[] };
    expect(definitions.CFItemTypes.map((t) => t.title)).toEqual([
      'Domain',
      'Cluster',
      'Standard',
      'Component',
    ]);
    expect(definitions.CFSubjects.map((t) => t.identifier)).toEqual([
      'eb8ae273-6667-52ec-a73f-3d8a631bde9f',
    ]);
    expect(file.versions[0]?.nodes.some((n) => n.type === 'domain')).toBe(false);
  });

  // What the source itself breaks is written back as it came: its URL identifiers, and its
  // item types without the description CASE 1.1 requires (null in the source).
  it('differs from CASE 1.1 only where the source does', () => {
    validate(out);
    const differences = new Set(
      (validate.errors ?? []).map(
        (e) => `${e.instancePath.replace(/\d+/g, 'n')} ${e.keyword} ${Object.values(e.params)}`,
      ),
    );
    expect([...differences]).toEqual([
      '/CFDocument/identifier format uuid',
      '/CFItems/n/identifier format uuid',
      '/CFDefinitions/CFItemTypes/n required description',
    ]);
  });
});

describe('a package using every field of CASE 1.1', () => {
  const source = fullPackage();
  const result = importCase(JSON.parse(JSON.stringify(source)));

  it('is valid against the official schema, and imports with no warning but the assumptions', () => {
    expect(validate(source)).toBe(true);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings.map((w) => w.code)).toEqual([
      'unknown_item_type',
      'unknown_item_type',
      'assumed_certification',
    ]);
  });

  it('comes out with every field, association, definition and rubric as it came in', () => {
    const out = exported(imported(source));
    expect(out).toMatchObject(source);
    expect(validate(out)).toBe(true);
  });

  it('makes no decision domain of its "Domaine" items', () => {
    expect(imported(source).versions[0]?.nodes.map((n) => n.type)).toEqual([
      'competence',
      'competence',
    ]);
  });
});
