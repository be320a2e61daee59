// importCase on small hand-made packages: the CASE 1.0-era shapes it must accept, what it warns
// about, and the bad input it refuses, each problem with its path and its French and English text.
import { describe, expect, it } from 'vitest';
import type { ReferentialNode } from '../fileSchema.ts';
import { type CaseImportResult, importCase } from './importCase.ts';
import { CERTEVAL_CASE_NAMESPACE, uuidV5 } from './uuid.ts';

const DOC = 'd0000000-0000-4000-8000-000000000000';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The model part of a node, without the CASE record an import keeps with it. */
const model = ({ case: _case, ...node }: ReferentialNode) => node;

function item(n: number, fields: Record<string, unknown> = {}) {
  return {
    identifier: id(n),
    uri: `urn:item:${n}`,
    fullStatement: `Item ${n}`,
    humanCodingScheme: `I${n}`,
    ...fields,
  };
}

function association(type: string, from: string, to: string, fields: Record<string, unknown> = {}) {
  return {
    identifier: uuidV5(CERTEVAL_CASE_NAMESPACE, `${type} ${from} ${to}`),
    associationType: type,
    originNodeURI: { title: from, identifier: from, uri: `urn:${from}` },
    destinationNodeURI: { title: to, identifier: to, uri: `urn:${to}` },
    ...fields,
  };
}

function casePackage(
  items: unknown[],
  associations: unknown[],
  document: Record<string, unknown> = {},
) {
  return {
    CFDocument: {
      identifier: DOC,
      uri: 'urn:doc',
      title: 'Référentiel démo',
      creator: 'Test',
      ...document,
    },
    CFItems: items,
    CFAssociations: associations,
  };
}

function file(result: CaseImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return { version: result.file.versions[0], file: result.file, warnings: result.warnings };
}

const codes = (result: CaseImportResult) =>
  (result.ok ? result.warnings : result.problems).map((p) => p.code);

describe('importCase accepts CASE 1.0-era packages', () => {
  it('reads CFDocuments as an array, *NodeIdentifier ends and CFItemType objects', () => {
    // A CASE type never makes a decision unit: "Bloc de compétences" stays the item's own type.
    const result = importCase({
      CFDocuments: [{ identifier: DOC, title: 'Ancien' }],
      CFItems: [item(1, { CFItemType: { title: 'Bloc de compétences' } })],
      CFAssociations: [
        {
          associationType: 'isChildOf',
          originNodeIdentifier: id(1),
          destinationNodeIdentifier: DOC,
        },
      ],
    });
    const { version, file: imported, warnings } = file(result);
    expect(version?.nodes.map(model)).toEqual([
      { type: 'competence', kind: 'know_how', code: 'I1', label: 'Item 1' },
    ]);
    expect(version?.nodes[0]?.case).toEqual({
      identifier: id(1),
      uri: 'urn:item:1',
      CFItemType: 'Bloc de compétences',
      childOf: { identifier: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    expect(warnings.map((w) => w.code)).toContain('derived_identifier');
    expect(imported.certification).toMatchObject({
      id: 'ancien',
      kind: 'diploma',
      title: { fr: 'Ancien' },
    });
  });

  it('takes a type named by CFItemTypeURI and a competence kind from conceptKeywords', () => {
    const pkg = casePackage(
      [
        item(1, {
          CFItemTypeURI: { title: 'Compétence', identifier: id(90), uri: 'urn:t' },
          conceptKeywords: ['Connaissance'],
        }),
        item(2, { CFItemType: 'Savoir', notes: 'Voir annexe' }),
      ],
      [association('isChildOf', id(1), DOC), association('isChildOf', id(2), id(1))],
    );
    const nodes = file(importCase(pkg)).version?.nodes ?? [];
    expect(nodes.map(model)).toEqual([
      { type: 'competence', kind: 'knowledge', code: 'I1', label: 'Item 1' },
      { type: 'knowledge_item', code: 'I2', label: 'Item 2', parent: 'I1' },
    ]);
    expect(nodes[1]?.case).toMatchObject({ CFItemType: 'Savoir', notes: 'Voir annexe' });
  });

  it('orders siblings by sequenceNumber and keeps the document order without one', () => {
    const pkg = casePackage(
      [item(1), item(2), item(3), item(4)],
      [
        association('isChildOf', id(1), DOC, { sequenceNumber: 3 }),
        association('isChildOf', id(2), DOC, { sequenceNumber: 1 }),
        association('isChildOf', id(3), DOC, { sequenceNumber: 2 }),
        association('isChildOf', id(4), id(1)),
      ],
    );
    expect(file(importCase(pkg)).version?.nodes.map((n) => n.code)).toEqual([
      'I2',
      'I3',
      'I1',
      'I4',
    ]);
  });

  it('reads JSON text and parses it first', () => {
    const text = JSON.stringify(casePackage([item(1)], [association('isChildOf', id(1), DOC)]));
    expect(file(importCase(text)).version?.nodes).toHaveLength(1);
  });
});

describe('importCase warns and goes on', () => {
  it('about an isChildOf leaving the package and a second parent, keeping every association', () => {
    const pkg = casePackage(
      [item(1), item(2), item(3)],
      [
        association('isChildOf', id(1), DOC),
        association('isChildOf', id(2), 'elsewhere'),
        association('isChildOf', id(3), id(1)),
        association('isChildOf', id(3), id(2)),
        association('isPeerOf', id(1), id(2)),
        association('exactMatchOf', id(1), 'urn:other-framework:X'),
      ],
    );
    const { version, warnings } = file(importCase(pkg));
    expect(version?.nodes.map((n) => n.parent)).toEqual([undefined, undefined, 'I1']);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['unknown_item_type', '$.CFItems[0]'],
      ['extra_parent', '$.CFAssociations[3]'],
      ['external_association', '$.CFAssociations[1]'],
      ['assumed_certification', '$.CFDocument'],
    ]);
    expect(warnings[1]?.message.fr).toBe(
      "L'élément a déjà un parent ($.CFAssociations[2]) : ce second isChildOf est gardé comme association, l'arbre montre le premier.",
    );
    // Every association that is not the tree is kept, with its type and its ends.
    const kept = version?.case?.associations ?? [];
    expect(kept.map((a) => [a.associationType, a.destinationNodeURI.uri])).toEqual([
      ['isChildOf', 'urn:elsewhere'],
      ['isChildOf', `urn:${id(2)}`],
      ['isPeerOf', `urn:${id(2)}`],
      ['exactMatchOf', 'urn:urn:other-framework:X'],
    ]);
    expect(kept.map((a) => a.identifier)).toEqual(
      [1, 3, 4, 5].map((i) => (pkg.CFAssociations[i] as { identifier: string }).identifier),
    );
  });
});

describe('importCase numbers a humanCodingScheme a foreign tool repeats', () => {
  it('keeps the first as code, numbers the next, and writes both back as they came', () => {
    const pkg = casePackage(
      [item(1), item(2, { humanCodingScheme: 'I1' })],
      [association('isChildOf', id(1), DOC), association('isChildOf', id(2), DOC)],
    );
    const { version, warnings } = file(importCase(pkg));
    expect(version?.nodes.map((n) => [n.code, n.case?.humanCodingScheme])).toEqual([
      ['I1', undefined],
      ['I1 (2)', 'I1'],
    ]);
    expect(warnings.find((w) => w.code === 'generated_code')).toMatchObject({
      path: '$.CFItems[1].humanCodingScheme',
      message: {
        en: '1 item(s) repeat another item\'s humanCodingScheme: their code in Certeval is numbered (e.g. "I1" becomes "I1 (2)"); their humanCodingScheme is kept as written.',
      },
    });
  });
});

describe('importCase fits foreign types to the tree', () => {
  it('makes a competence of a named type that cannot hold its children', () => {
    const pkg = casePackage(
      [item(1, { CFItemType: 'Savoir' }), item(2, { CFItemType: 'Standard' })],
      [association('isChildOf', id(1), DOC), association('isChildOf', id(2), id(1))],
    );
    const { version, warnings } = file(importCase(pkg));
    expect(version?.nodes.map((n) => [n.type, n.kind])).toEqual([
      ['competence', 'know_how'],
      ['competence', 'know_how'],
    ]);
    expect(warnings.find((w) => w.code === 'misplaced_item_type')).toMatchObject({
      path: '$.CFItems[0]',
      message: {
        en: '1 "knowledge_item" item(s) placed where the model does not allow that type: imported as competence(s) (know-how).',
      },
    });
  });
});

describe('importCase refuses bad input with located, bilingual problems', () => {
  it.each([null, 42, 'not json {', [], ['CFDocument']])('a non-package: %j', (input) => {
    const result = importCase(input);
    expect(result.ok).toBe(false);
    const [first] = result.ok ? [] : result.problems;
    expect(first?.path).toBe('$');
    expect(first?.message.fr).toMatch(/attendu|JSON valide/);
    expect(first?.message.en).toMatch(/expected|valid JSON/);
  });

  it('a package without CFDocument', () => {
    const result = importCase({ CFItems: [] });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'missing_field',
          path: '$.CFDocument',
          message: {
            fr: 'Le champ « CFDocument » est obligatoire pour un élément de type « CFPackage ».',
            en: 'Field "CFDocument" is required on a "CFPackage" node.',
          },
        },
      ],
    });
  });

  it('a duplicate identifier, at the second occurrence', () => {
    const pkg = casePackage([item(1), item(2), item(1, { humanCodingScheme: 'I9' })], []);
    const result = importCase(pkg);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        code: 'duplicate_identifier',
        path: '$.CFItems[2].identifier',
        message: {
          fr: `L'identifiant « ${id(1)} » est déjà utilisé dans le paquet ($.CFItems[0].identifier).`,
          en: `Identifier "${id(1)}" is already used in the package ($.CFItems[0].identifier).`,
        },
      },
    ]);
  });

  it('a cycle in isChildOf, at the association that closes it', () => {
    const pkg = casePackage(
      [item(1), item(2), item(3)],
      [
        association('isChildOf', id(1), id(3)),
        association('isChildOf', id(2), id(1)),
        association('isChildOf', id(3), id(2)),
      ],
    );
    const result = importCase(pkg);
    expect(codes(result)).toEqual(['tree_cycle']);
    const [cycle] = result.ok ? [] : result.problems;
    expect(cycle?.path).toBe('$.CFAssociations[0]');
    expect(cycle?.message).toEqual({
      fr: "L'arborescence forme une boucle : I1 → I3 → I2 → I1.",
      en: 'The tree contains a cycle: I1 → I3 → I2 → I1.',
    });
  });

  it('a duplicate humanCodingScheme among items Certeval wrote, whose links name codes', () => {
    const ours = { extensions: { certeval: { type: 'competence', kind: 'know_how' } } };
    const pkg = casePackage([item(1, ours), item(2, { ...ours, humanCodingScheme: 'I1' })], []);
    const result = importCase(pkg);
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path])).toEqual([
      ['duplicate_code', '$.CFItems[1].humanCodingScheme'],
    ]);
  });

  it('items and associations missing what no import can guess', () => {
    const pkg = casePackage(
      [{ fullStatement: 'sans identifiant' }, 7],
      [{ associationType: 'isChildOf' }],
    );
    const result = importCase(pkg);
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path])).toEqual([
      ['missing_field', '$.CFItems[0].identifier'],
      ['invalid_case_package', '$.CFItems[1]'],
      ['missing_field', '$.CFAssociations[0].originNodeURI'],
      ['missing_field', '$.CFAssociations[0].destinationNodeURI'],
    ]);
  });
});
