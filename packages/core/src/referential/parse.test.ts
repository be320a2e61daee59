import { describe, expect, it } from 'vitest';
import { parseReferential } from './parse.ts';

const file = (nodes: string) => `format: certeval.referential
formatVersion: 1
certification: { id: cqp-test, kind: cqp, nsf: [], rome: [] }
versions:
  - id: "1"
    status: draft
    sources: [test]
    links: []
    discrepancies: []
    nodes:
${nodes}`;

describe('parseReferential', () => {
  it('reads a valid YAML referential', () => {
    const result = parseReferential(file('      - { type: mission, code: M1, label: Collecter }'));
    expect(result.ok && result.value.versions[0]?.nodes[0]?.code).toBe('M1');
  });

  it('gives each problem the line of the faulty value', () => {
    const result = parseReferential(
      file(`      - { type: mission, code: M1, label: Collecter }
      - type: mission
        code: M1
        label: Enregistrer`),
    );
    expect(result.ok ? [] : result.problems).toMatchObject([
      { code: 'duplicate_code', path: '$.versions[0].nodes[1].code', line: 13 },
    ]);
  });

  it('reports broken YAML as invalid_yaml with its line, without throwing', () => {
    const result = parseReferential('format: [unclosed\nversions: 1\n');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toContain('invalid_yaml');
    expect(result.ok ? undefined : result.problems[0]?.line).toBeGreaterThan(0);
  });

  it('treats an empty text as a file with problems', () => {
    expect(parseReferential('').ok).toBe(false);
  });
});
