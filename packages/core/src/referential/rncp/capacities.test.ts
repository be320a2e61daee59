// Shapes of CAPACITES_ATTESTEES found in the RS fixture (../shared/fixtures/rncp).
import { describe, expect, it } from 'vitest';
import { capacityNodes } from './capacities.ts';
import { WarningSink } from './warnings.ts';

const read = (text: string) => {
  const sink = new WarningSink({ file: 'rs.xml', line: 3 });
  const nodes = capacityNodes(text, 'RS1', sink);
  return { nodes, sink, brief: nodes.map((n) => [n.code, n.parent, n.label]) };
};

describe('capacityNodes', () => {
  it('reads one competence a line, a line break flattened to a run of spaces', () => {
    const { brief, nodes } = read(
      '- Analyser la commande ;    - Préparer la mission ;    - Rédiger le rapport.',
    );
    expect(brief).toEqual([
      ['C1', undefined, 'Analyser la commande ;'],
      ['C2', undefined, 'Préparer la mission ;'],
      ['C3', undefined, 'Rédiger le rapport.'],
    ]);
    expect(nodes.every((n) => n.type === 'competence' && n.kind === 'know_how')).toBe(true);
  });

  it('keeps printed codes and numbers, and nests 4.1 under 4', () => {
    const { brief } = read(
      '1. Évoluer dans le cadre ;    4. Réaliser les gestes face à une personne :       4.1 victime d’une obstruction ;       4.2 ayant perdu connaissance ;     5. Assister des équipiers.',
    );
    expect(brief).toEqual([
      ['C1', undefined, 'Évoluer dans le cadre ;'],
      ['C4', undefined, 'Réaliser les gestes face à une personne :'],
      ['C4.1', 'C4', 'victime d’une obstruction ;'],
      ['C4.2', 'C4', 'ayant perdu connaissance ;'],
      ['C5', undefined, 'Assister des équipiers.'],
    ]);
    expect(read('C1. Concevoir.    C2. Développer.').brief.map(([code]) => code)).toEqual([
      'C1',
      'C2',
    ]);
    expect(read('1 : Préparer.    2 : Analyser.').brief.map(([, , label]) => label)).toEqual([
      'Préparer.',
      'Analyser.',
    ]);
  });

  it('says what introduces the list instead of importing it as a competence', () => {
    const { brief, sink } = read(
      'Les compétences attestées par la certification :        * C1. Concevoir.      * C2. Développer.',
    );
    expect(brief.map(([code]) => code)).toEqual(['C1', 'C2']);
    expect(sink.warnings).toMatchObject([
      { code: 'capacities_intro', file: 'rs.xml', line: 3, path: '$.capacities' },
    ]);
  });

  it('keeps codes unique when the source repeats a number', () => {
    const { brief } = read('C1. Un.    C1. Deux.    Trois');
    expect(brief.map(([code]) => code)).toEqual(['C1', 'C2', 'C3']);
  });

  it('gives nothing for an empty text', () => {
    expect(read('   ').nodes).toEqual([]);
  });
});
