// Export of the three seed certifications as CASE 1.1: valid against the official CFPackage
// schema (../shared/fixtures/case/v1p1-official.json), deterministic, and read back by importCase
// into exactly the version it came from.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { competence, referentialFile } from '../factories.ts';
import type { ReferentialFile } from '../fileSchema.ts';
import { parseReferential } from '../parse.ts';
import { exportCase } from './exportCase.ts';
import { importCase } from './importCase.ts';

const repo = new URL('../../../../../', import.meta.url);
const caseDir = new URL('../shared/fixtures/case/', repo);
const seedsDir = new URL('data/certifications/', repo);
const options = {
  publicUrl: 'https://certeval.example/',
  changedAt: new Date('2025-01-15T10:00:00Z'),
};

function loadSeed(name: string): ReferentialFile {
  const result = parseReferential(readFileSync(new URL(name, seedsDir), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.value;
}

// ajv-formats is CommonJS; under NodeNext its default export arrives one level down.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv2019) => Ajv2019 }).default;

/** The official schema is draft 2019-09 and uses formats uuid, date and date-time. */
function officialValidator() {
  const schema = JSON.parse(readFileSync(new URL('v1p1-official.json', caseDir), 'utf8'));
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const validate = officialValidator();

describe('exportCase', () => {
  it('finds the three seed certifications', () => {
    expect(seeds).toEqual([
      'cqp-agc.yaml',
      'referentiel-accueil.yaml',
      'titre-relation-client.yaml',
    ]);
  });

  describe.each(seeds)('%s', (name) => {
    const file = loadSeed(name);
    const version = file.versions[0];
    if (!version) throw new Error('no version');
    const pkg = exportCase(file, version.id, options);

    it('validates against the official CASE 1.1 CFPackage schema', () => {
      const valid = validate(pkg);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });

    it('has one CFItem per node, coded and worded as the node, in file order', () => {
      expect(pkg.CFItems.map((item) => item.humanCodingScheme)).toEqual(
        version.nodes.map((n) => n.code),
      );
      expect(pkg.CFItems.map((item) => item.fullStatement)).toEqual(
        version.nodes.map((n) => n.label),
      );
    });

    it('has one isChildOf per node and one typed association per link', () => {
      const types = pkg.CFAssociations.map((association) => association.associationType);
      expect(types.filter((type) => type === 'isChildOf')).toHaveLength(version.nodes.length);
      expect(types.length - version.nodes.length).toBe(version.links.length);
      const sequence = pkg.CFAssociations.flatMap((a) => a.sequenceNumber ?? []);
      expect(sequence).toEqual(version.nodes.map((_, i) => i + 1));
    });

    it('gives the same identifiers on every export', () => {
      const again = exportCase(file, version.id, {
        ...options,
        changedAt: new Date('2030-01-01T00:00:00Z'),
      });
      const ids = (p: typeof pkg) =>
        [p.CFDocument, ...p.CFItems, ...p.CFAssociations].map((o) => o.identifier);
      expect(ids(again)).toEqual(ids(pkg));
      expect(new Set(ids(pkg)).size).toBe(ids(pkg).length);
    });

    it('comes back from importCase as the same certification and version (lossless)', () => {
      const result = importCase(JSON.parse(JSON.stringify(pkg)));
      if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
      expect(result.warnings).toEqual([]);
      expect(result.file).toStrictEqual({ ...file, versions: [version] });
    });
  });

  it('names item types in French and links through the CASE association types', () => {
    const file = loadSeed('cqp-agc.yaml');
    const pkg = exportCase(file, '1', options);
    const byCode = new Map(pkg.CFItems.map((item) => [item.humanCodingScheme, item]));
    const competence = file.versions[0]?.nodes.find((node) => node.type === 'competence');
    expect(byCode.get(competence?.code ?? '')?.CFItemType).toBe('Compétence');
    expect(pkg.CFDefinitions.CFItemTypes.map((type) => type.title)).toContain(
      'Bloc de compétences',
    );
    const linkTypes = new Set(pkg.CFAssociations.map((a) => a.associationType));
    expect([...linkTypes].sort()).toEqual(['isChildOf', 'isPartOf', 'isRelatedTo']);
    expect(pkg.CFDefinitions.CFAssociationGroupings.map((g) => g.title)).toEqual([
      'Mobilise',
      'Appartient au bloc',
    ]);
  });

  it('uses a validator that does check formats and required fields', () => {
    const pkg = exportCase(loadSeed('referentiel-accueil.yaml'), '1', options);
    const [item] = pkg.CFItems;
    if (!item) throw new Error('no item');
    expect(validate({ ...pkg, CFItems: [{ ...item, identifier: 'A1' }] })).toBe(false);
    const { lastChangeDateTime: _, ...undated } = item;
    expect(validate({ ...pkg, CFItems: [undated] })).toBe(false);
  });

  it('exports a link to another version as an association leaving the package', () => {
    const base = referentialFile([competence('C1')]);
    const [v1] = base.versions;
    if (!v1) throw new Error('no version');
    const v2 = { ...v1, id: '2', nodes: [competence('C1-bis')] };
    const link = { type: 'replaced_by' as const, from: 'C1', to: 'C1-bis', toVersion: '2' };
    const file = { ...base, versions: [{ ...v1, links: [link] }, v2] };
    const pkg = exportCase(file, '1', options);
    expect(validate(pkg)).toBe(true);
    const replaced = pkg.CFAssociations.find((a) => a.associationType === 'replacedBy');
    const target = exportCase(file, '2', options).CFItems[0];
    expect(replaced?.destinationNodeURI).toEqual({
      title: 'C1-bis',
      identifier: target?.identifier,
      uri: target?.uri,
    });
    // Read back alone, the package has no version 2: the association is kept as it is.
    const back = importCase(pkg);
    if (!back.ok) throw new Error('not imported');
    expect(back.warnings).toEqual([]);
    expect(back.file.versions[0]?.links).toEqual([]);
    const { extensions: _ours, ...kept } = replaced ?? {};
    expect(back.file.versions[0]?.case?.associations).toEqual([kept]);
  });

  it('refuses a version the file does not have', () => {
    expect(() => exportCase(loadSeed('cqp-agc.yaml'), 'nope', options)).toThrow(RangeError);
  });
});
