import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../deliberation/testSupport.testing.ts';
import { cqpAgcVersion } from '../instruments/testData.testing.ts';
import { knowHowCoverage } from './knowHowCoverage.ts';
import { adaptedTutorGrid, cqpContext, nationalTutorGrid } from './testSupport.testing.ts';

const version = cqpAgcVersion();
const [, , questionnaire, juryGuide] = cqpContext().instruments;
const rsf8 = (instruments: Parameters<typeof knowHowCoverage>[0], rules = 'cqp-agc.yaml') =>
  knowHowCoverage(instruments, version, loadRuleSet(rules))
    .find((m) => m.competence === 'RSF8')
    ?.items.map((i) => `${i.instrument} ${i.item}`);

describe('which items measure RSF8', () => {
  const shipped = [nationalTutorGrid(), questionnaire, juryGuide].flatMap((i) => (i ? [i] : []));

  it('on the national grid: the R lines of mission M3 and the jury’s delivery role play, not M3A5 (OT)', () => {
    expect(rsf8(shipped)).toEqual([
      'cqp-agc-tutor-grid M3A1',
      'cqp-agc-tutor-grid M3A2',
      'cqp-agc-tutor-grid M3A4',
      'cqp-agc-tutor-grid M3A6',
      'cqp-agc-tutor-grid M3A7',
      'cqp-agc-jury-guide R.1',
    ]);
  });

  it('on the company’s grid, its own RSF8 line too', () => {
    const adapted = [adaptedTutorGrid(), juryGuide].flatMap((i) => (i ? [i] : []));
    expect(rsf8(adapted)).toContain('cqp-agc-tutor-grid-trois-vallees M3A5.RSF8');
  });

  it('under the earlier reading (every item evaluating it), M3A5 of OT as well', () => {
    const ruleSet = loadRuleSet('cqp-agc.yaml');
    const tagged = {
      ...ruleSet,
      aggregation: { ...ruleSet.aggregation, competenceMeasure: undefined },
    };
    const items = knowHowCoverage(shipped, version, tagged).find((m) => m.competence === 'RSF8');
    expect(items?.items.map((i) => i.item)).toContain('M3A5');
  });
});
