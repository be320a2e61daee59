// Import of the CASE packages of ../shared/fixtures/case (CASE 1.0-era exports from OpenSALT and
// ASN). Counts come from reading each fixture: items, top items (isChildOf the CFDocument), items
// without humanCodingScheme, and the multiset of association types, which a re-export of the
// imported file must reproduce.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReferentialFile } from '../fileSchema.ts';
import { exportCase } from './exportCase.ts';
import { type CaseImportResult, importCase } from './importCase.ts';
import { ownItemType } from './vocabulary.ts';

const caseDir = new URL('../../../../../../shared/fixtures/case/', import.meta.url);
const options = { publicUrl: 'https://certeval.example', changedAt: new Date(0) };

interface FixturePackage {
  CFItems: Array<{ identifier: string; fullStatement: string }>;
  CFAssociations: Array<{
    associationType: string;
    originNodeURI: { identifier: string };
    destinationNodeURI: { identifier: string };
  }>;
}

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(name, caseDir), 'utf8')) as FixturePackage;

function imported(result: CaseImportResult): ReferentialFile {
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3), null, 2));
  return result.file;
}

function typeCounts(associations: Array<{ associationType: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { associationType: type } of associations) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

// Read from each fixture (CFItems length, isChildOf whose destination is the CFDocument, items
// without humanCodingScheme, associationType of every association). No fixture has a
// sequenceNumber, so the nodes keep the CFItems order.
const FIXTURES = [
  { name: 'Ordering.json', items: 28, roots: 1, noCode: 0, types: { isChildOf: 28 } },
  { name: 'SmartLevelFramework.json', items: 14, roots: 2, noCode: 14, types: { isChildOf: 14 } },
  { name: 'Utf8TestFramework.json', items: 1, roots: 1, noCode: 1, types: { isChildOf: 1 } },
  { name: 'math_cfs_sample.json', items: 703, roots: 17, noCode: 39, types: { isChildOf: 703 } },
];

describe.each(FIXTURES)('importCase($name)', ({ name, items, roots, noCode, types }) => {
  const json = fixture(name);
  const started = performance.now();
  const result = importCase(json);
  const elapsed = performance.now() - started;
  const file = imported(result);
  const version = file.versions[0];
  if (!version) throw new Error('no version');
  const warnings = result.ok ? result.warnings : [];

  it('imports every item as a node, in the package order', () => {
    if (name === 'math_cfs_sample.json')
      console.info(`importCase(${name}): ${elapsed.toFixed(1)} ms`);
    expect(version.nodes).toHaveLength(items);
    expect(version.nodes.map((node) => node.label)).toEqual(
      json.CFItems.map((i) => i.fullStatement),
    );
  });

  it('keeps the tree: each isChildOf between items becomes the same parent', () => {
    const codeOf = new Map(
      json.CFItems.map((item, i) => [item.identifier, version.nodes[i]?.code]),
    );
    const expected = json.CFItems.map(() => undefined as string | undefined);
    for (const { originNodeURI: from, destinationNodeURI: to } of json.CFAssociations) {
      const index = json.CFItems.findIndex((item) => item.identifier === from.identifier);
      expected[index] = codeOf.get(to.identifier);
    }
    expect(version.nodes.map((node) => node.parent)).toEqual(expected);
    expect(version.nodes.filter((node) => node.parent === undefined)).toHaveLength(roots);
  });

  it('keeps the association types (a re-export gives the same multiset)', () => {
    expect(typeCounts(json.CFAssociations)).toEqual(types);
    expect(typeCounts(exportCase(file, version.id, options).CFAssociations)).toEqual(types);
  });

  it('counts the codes it had to derive in one warning, and warns of nothing outside', () => {
    const derived = warnings.filter((w) => w.code === 'generated_code');
    expect(derived.map((w) => w.message.en.split(' ')[0])).toEqual(noCode ? [String(noCode)] : []);
    expect(warnings.filter((w) => w.code === 'external_association')).toEqual([]);
  });
});

describe('importCase on the CCSS mathematics package', () => {
  const result = importCase(fixture('math_cfs_sample.json'));
  const version = imported(result).versions[0];

  it('takes the ASN identifier as code when humanCodingScheme is missing', () => {
    expect(version?.nodes[0]).toMatchObject({
      code: 'S2366905',
      label: 'Standards for Mathematical Practice',
    });
  });

  // 33 items of CASE type "Domain": a CASE type never makes a decision domain (issue 18), so
  // the framework has none until a certifier sets them; each item keeps its own type.
  it('makes no decision domain of the CASE "Domain" items, and keeps their type', () => {
    expect(version?.nodes.filter((node) => node.type === 'domain')).toEqual([]);
    const types = new Map<string, number>();
    for (const node of version?.nodes ?? []) {
      const type = ownItemType(node) ?? '—';
      types.set(type, (types.get(type) ?? 0) + 1);
    }
    expect(Object.fromEntries(types)).toEqual({
      '—': 6,
      Domain: 33,
      Cluster: 147,
      Standard: 393,
      Component: 124,
    });
    expect((result.ok ? result.warnings : []).map((w) => w.code)).not.toContain(
      'misplaced_item_type',
    );
  });

  it('reports each foreign item type once, with the number of items', () => {
    const messages = (result.ok ? result.warnings : [])
      .filter((w) => w.code === 'unknown_item_type')
      .map((w) => w.message.en);
    expect(messages).toEqual(
      [
        ['—', 6],
        ['Domain', 33],
        ['Cluster', 147],
        ['Standard', 393],
        ['Component', 124],
      ].map(
        ([name, count]) =>
          `Item type "${name}" (${count} item(s)): kept as it is; for evaluation these items count as competences (know-how) until the certifier decides otherwise.`,
      ),
    );
  });
});
