import { describe, expect, it } from 'vitest';
import { generateObservationGrid } from './observationGrid.ts';
import type { Item } from './schema.ts';
import { cqpAgcVersion, loadInstrument } from './testData.testing.ts';
import { validateInstrument } from './validate.ts';

const version = cqpAgcVersion();
const binding = { certification: 'cqp-agc', version: '1' };

function grid(options = {}) {
  const result = generateObservationGrid(version, { binding, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

const lines = (items: Item[]) =>
  items.map((item) => [item.id, item.domain, item.type === 'observation' ? item.observation : '']);

describe('generateObservationGrid on the CQP AGC', () => {
  it('has one line per activity, by mission, with the activity label', () => {
    const { instrument } = grid();
    // seed 000, slide 7: M1 4, M2 6, M3 7, M4 4, M5 4 activities
    expect(instrument.sections.map((s) => [s.id, s.items.length])).toEqual([
      ['M1', 4],
      ['M2', 6],
      ['M3', 7],
      ['M4', 4],
      ['M5', 4],
    ]);
    const first = instrument.sections[0]?.items ?? [];
    expect(lines(first)[0]).toEqual([
      'M1A1',
      'OT',
      'S’informer sur les campagnes promotionnelles en cours',
    ]);
    expect(validateInstrument(instrument, version, { certification: 'cqp-agc' }).ok).toBe(true);
  });

  it('puts each line in the domain holding most competences its mission requires', () => {
    const { choices } = grid();
    const byMission = (m: string) => [
      ...new Set(choices.filter((c) => c.activity.startsWith(m)).map((c) => c.domain)),
    ];
    // slides 9-13: M1 PO 6 / OT 8; M2 R 8 / PO 6 / OT 9; M3 R 11 / PO 6 / OT 9; M4 R 7 / PO 6 / OT 6; M5 R 5 / PO 2 / OT 7
    expect(['M1', 'M2', 'M3', 'M4', 'M5'].map(byMission)).toEqual([
      ['OT'],
      ['OT'],
      ['R'],
      ['R'],
      ['OT'],
    ]);
    expect(choices.find((c) => c.activity === 'M3A2')).toEqual({
      activity: 'M3A2',
      domain: 'R',
      counts: { R: 11, PO: 6, OT: 9 },
      by: 'rule',
    });
  });

  it('lets an override put an activity in another domain', () => {
    const { instrument, choices } = grid({ domainOverrides: { M2A6: 'PO' } });
    const m2a6 = instrument.sections.flatMap((s) => s.items).find((i) => i.id === 'M2A6');
    expect(m2a6?.domain).toBe('PO');
    expect(choices.find((c) => c.activity === 'M2A6')?.by).toBe('override');
  });

  it('refuses an override on an unknown activity or towards a non-domain', () => {
    const result = generateObservationGrid(version, {
      binding,
      domainOverrides: { M9A9: 'PO', M1A1: 'RC1' },
    });
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown_code', '$.domainOverrides.M9A9'],
      ['incompatible_code_type', '$.domainOverrides.M1A1'],
    ]);
  });
});

describe('the shipped CQP AGC tutor grid (data/instruments/cqp-agc-tutor-grid.yaml)', () => {
  const shipped = loadInstrument('cqp-agc-tutor-grid.yaml', version);
  // Set from the activity's label, the rest derived (see the file's header).
  const set = {
    M1A1: 'PO',
    M1A2: 'PO',
    M2A1: 'PO',
    M2A4: 'PO',
    M2A5: 'PO',
    M2A6: 'PO',
    M3A3: 'PO',
    M3A5: 'OT',
    M5A2: 'R',
  };

  it('is the generated grid, line by line, with the domains set on nine lines', () => {
    const { instrument, choices } = grid({ id: shipped.id, domainOverrides: set });
    expect(shipped.sections).toEqual(instrument.sections);
    expect(shipped.scales).toEqual(instrument.scales);
    const derived = grid().choices;
    const differing = choices.filter((c, i) => c.domain !== derived[i]?.domain);
    expect(Object.fromEntries(differing.map((c) => [c.activity, c.domain]))).toEqual(set);
  });

  it('counts lines in every domain of the synthesis grid', () => {
    const perDomain: Record<string, number> = {};
    for (const item of shipped.sections.flatMap((s) => s.items))
      perDomain[item.domain ?? ''] = (perDomain[item.domain ?? ''] ?? 0) + 1;
    expect(perDomain).toEqual({ R: 10, PO: 7, OT: 8 });
  });
});

describe('savoir-faire lines under an activity (a company’s adaptation, issue 17)', () => {
  const check = (instrument: unknown) =>
    validateInstrument(instrument, version, { certification: 'cqp-agc' });

  it('adds a line scoring RSF8 under M3A5, counted in R, the domain of RSF8', () => {
    const { instrument } = grid({ knowHowLines: { M3A5: ['RSF8'] } });
    const m3 = instrument.sections.find((s) => s.id === 'M3')?.items ?? [];
    const line = m3.find((item) => item.id === 'M3A5.RSF8');
    expect(m3.map((item) => item.id).indexOf('M3A5.RSF8')).toBe(
      m3.map((item) => item.id).indexOf('M3A5') + 1,
    );
    expect(line).toMatchObject({ under: 'M3A5', domain: 'R', evaluates: ['RSF8'] });
    expect(line?.type === 'observation' && line.observation).toBe(
      'Comprendre la logique du client pour adapter ses propositions lors de défauts de livraisons',
    );
    expect(check(instrument).ok).toBe(true);
  });

  it('refuses a line that details no main line of its section, or scores an activity', () => {
    const { instrument } = grid({ knowHowLines: { M3A5: ['RSF8'] } });
    const m3 = instrument.sections.find((s) => s.id === 'M3');
    const line = m3?.items.find((item) => item.id === 'M3A5.RSF8');
    if (!line) throw new Error('no line');
    line.under = 'M1A1';
    line.evaluates = ['M3A5'];
    const result = check(instrument);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['unknown_parent_line']);
    line.under = 'M3A5';
    const again = check(instrument);
    expect(again.ok ? [] : again.problems.map((p) => p.code)).toEqual(['sub_line_not_competence']);
  });

  it('refuses a line counted in another domain than its savoir-faire’s', () => {
    const { instrument } = grid({ knowHowLines: { M3A5: ['RSF8'] } });
    const line = instrument.sections.flatMap((s) => s.items).find((i) => i.id === 'M3A5.RSF8');
    if (!line) throw new Error('no line');
    line.domain = 'OT';
    const result = check(instrument);
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path])).toEqual([
      ['sub_line_domain', '$.sections[2].items[5].domain'],
    ]);
  });

  it('refuses a savoir-faire line on an unknown code', () => {
    const result = generateObservationGrid(version, { binding, knowHowLines: { M3A5: ['RSF99'] } });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['$.knowHowLines.M3A5[0]']);
  });
});
