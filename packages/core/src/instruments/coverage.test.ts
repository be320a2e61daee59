import { describe, expect, it } from 'vitest';
import { competencesOfKind } from '../referential/index.ts';
import { type Coverage, coverage } from './coverage.ts';
import type { Instrument } from './schema.ts';
import { cqpAgcInstruments, cqpAgcVersion } from './testData.testing.ts';

const version = cqpAgcVersion();
const set = cqpAgcInstruments(version); // jury guide, tutor grid, demo questionnaire
const [jury, tutor, questionnaire] = set;

/** The instruments without the items whose ids are listed. */
function without(instruments: Instrument[], removed: Array<{ instrument: string; item: string }>) {
  return instruments.map((instrument) => ({
    ...instrument,
    sections: instrument.sections.map((section) => ({
      ...section,
      items: section.items.filter(
        (item) => !removed.some((r) => r.instrument === instrument.id && r.item === item.id),
      ),
    })),
  }));
}

function evidence(result: Coverage, competence: string) {
  const row = result.rows.find((r) => r.competence === competence);
  return (row?.cells ?? []).flatMap((cell) => [
    ...cell.direct.map((item) => ({ instrument: cell.instrument, item })),
    ...cell.indirect.map(({ item }) => ({ instrument: cell.instrument, item })),
  ]);
}

describe('coverage of the CQP AGC instrument set', () => {
  const result = coverage(set, version);

  it('has one row per domain competence and one column per instrument', () => {
    expect(result.instruments).toEqual([
      'cqp-agc-jury-guide',
      'cqp-agc-tutor-grid',
      'cqp-agc-demo-questionnaire',
    ]);
    // seed 000, slides 14-15: 19 connaissances + 26 savoir-faire under the domains R, PO, OT
    expect(result.rows).toHaveLength(45);
    // left out and listed: the 12 aptitudes (no domain) and the 26 RNCP bloc texts (seed 001)
    expect(result.outOfScope).toHaveLength(38);
  });

  it('lists no uncovered competence and no savoir-faire gap', () => {
    expect(result.uncovered).toEqual([]);
    expect(result.knowHowGaps).toEqual([]);
  });

  it('shows direct and indirect evidence in the matrix', () => {
    const poc5 = result.rows.find((r) => r.competence === 'POC5');
    expect(poc5?.cells[0]?.direct).toEqual(['PO.1']); // the jury question that restates POC5
    const rsf8 = result.rows.find((r) => r.competence === 'RSF8'); // required by M3 only (slide 11)
    expect(rsf8?.cells[1]?.indirect.map((e) => e.via)).toEqual([
      'M3A1',
      'M3A2',
      'M3A3',
      'M3A4',
      'M3A5',
      'M3A6',
      'M3A7',
    ]);
    expect(rsf8?.cells[0]?.indirect).toEqual([{ item: 'R.1', via: 'M3' }]);
  });

  it('flags RC1 when the one questionnaire line on it is removed', () => {
    // RC1 is required by no mission (seed 000 slides 9-13): only q-rc1 evaluates it
    expect(evidence(result, 'RC1')).toEqual([
      { instrument: 'cqp-agc-demo-questionnaire', item: 'q-rc1' },
    ]);
    const after = coverage(without(set, evidence(result, 'RC1')), version);
    expect(after.uncovered).toEqual(['RC1']);
    expect(after.knowHowGaps).toEqual([]);
  });

  it('flags the savoir-faire RSF8 when its last line is removed, not before', () => {
    const lines = evidence(result, 'RSF8'); // 7 tutor lines of M3 + jury line R.1
    expect(lines).toHaveLength(8);
    const allButLast = coverage(without(set, lines.slice(0, -1)), version);
    expect(allButLast.knowHowGaps).toEqual([]);
    const none = coverage(without(set, lines), version);
    expect(none.knowHowGaps).toContain('RSF8');
    expect(none.uncovered).toContain('RSF8');
  });

  it('counts only items tagging the competence itself when asked for direct evidence', () => {
    const direct = coverage(set, version, { count: 'direct' });
    const knowledge = competencesOfKind(version, 'knowledge').map((n) => n.code);
    expect(direct.uncovered.filter((code) => knowledge.includes(code))).toEqual([]);
    expect(direct.knowHowGaps).toHaveLength(26); // no item tags a savoir-faire code itself
  });

  it('gives the questionnaire a direct line on every knowledge competence', () => {
    if (!questionnaire || !jury || !tutor) throw new Error('set incomplete');
    expect(questionnaire.demo).toBe(true);
    expect(questionnaire.description).toContain(
      'Exemple de démonstration rédigé par Certeval, pas un document du certificateur',
    );
    const alone = coverage([questionnaire], version, { count: 'direct' });
    const knowledgeRows = alone.rows.filter((r) => r.kind === 'knowledge');
    expect(knowledgeRows).toHaveLength(19); // RC1, RC2, RC4-RC7, POC1-POC7, OTC1-OTC6
    expect(knowledgeRows.filter((r) => !r.covered)).toEqual([]);
  });
});
