// Custom response processing reduced to our scorings (issue 18, item 4): the rules a
// template writes out by hand, sums and conditions over outcomes, and what stays refused.
import { scoreItem } from '@certeval/core/instruments/questionnaire/index';
import { describe, expect, it } from 'vitest';
import { importQtiItem } from './readItem.ts';

function item(rules: string, declaration = '') {
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="q" title="Q" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>B</value></correctResponse>${declaration}
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <outcomeDeclaration identifier="BONUS" cardinality="single" baseType="float"><defaultValue><value>0.5</value></defaultValue></outcomeDeclaration>
  <itemBody><choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
    <prompt>Laquelle ?</prompt>
    <simpleChoice identifier="A">A</simpleChoice><simpleChoice identifier="B">B</simpleChoice><simpleChoice identifier="C">C</simpleChoice>
  </choiceInteraction></itemBody>
  <responseProcessing>${rules}</responseProcessing>
</assessmentItem>`;
}

const read = (text: string) => importQtiItem(text, 'q.xml');
const scoringOf = (text: string) => {
  const result = read(text);
  if (result.outcome !== 'imported') throw new Error(JSON.stringify(result));
  return result;
};
const choose = (id: string) => ({ kind: 'choices', ids: [id] }) as const;

const set = (value: string) => `<setOutcomeValue identifier="SCORE">${value}</setOutcomeValue>`;
const float = (n: number) => `<baseValue baseType="float">${n}</baseValue>`;

describe('custom response processing', () => {
  it('reads match_correct written out as rules as right or wrong', () => {
    const rules = `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${set(float(1))}</responseIf><responseElse>${set(float(0))}</responseElse></responseCondition>`;
    const result = scoringOf(item(rules));
    expect([result.template, result.item.scoring]).toEqual(['custom', { model: 'right_wrong' }]);
  });

  it('reads map_response written out as rules as partial credit', () => {
    const mapping =
      '<mapping defaultValue="0"><mapEntry mapKey="B" mappedValue="2"/><mapEntry mapKey="C" mappedValue="1"/></mapping>';
    const rules = `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${set(float(0))}</responseIf><responseElse>${set('<mapResponse identifier="RESPONSE"/>')}</responseElse></responseCondition>`;
    const result = scoringOf(item(rules, mapping));
    expect(result.item.scoring).toMatchObject({ model: 'partial_credit', points: { B: 2, C: 1 } });
  });

  it('follows sums and conditions over outcomes', () => {
    const rules = `${set(float(1))}<responseCondition><responseIf><match><variable identifier="RESPONSE"/><baseValue baseType="identifier">C</baseValue></match>${set(`<sum><variable identifier="SCORE"/><variable identifier="BONUS"/></sum>`)}</responseIf></responseCondition><responseCondition><responseIf><gt><variable identifier="SCORE"/>${float(1.2)}</gt>${set(`<sum><variable identifier="SCORE"/>${float(1)}</sum>`)}</responseIf></responseCondition>`;
    const result = scoringOf(item(rules));
    expect(result.item.scoring).toEqual({
      model: 'response_cases',
      cases: [{ response: ['C'], points: 2.5 }],
      otherwise: 1,
      empty: 1,
      max: 2.5,
    });
    expect(scoreItem(result.item, choose('C'))).toMatchObject({ points: 2.5 });
    expect(scoreItem(result.item, choose('A'))).toMatchObject({ points: 1 });
  });

  it('imports rules that never set a score as unscored', () => {
    const rules = `<setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">seen</baseValue></setOutcomeValue>`;
    expect(scoringOf(item(rules)).item.scoring).toEqual({ model: 'unscored' });
  });

  it('refuses another operator by name, with its line', () => {
    const rules = `<responseCondition><responseIf><stringMatch caseSensitive="false"><variable identifier="RESPONSE"/><baseValue baseType="string">b</baseValue></stringMatch>${set(float(1))}</responseIf></responseCondition>`;
    const result = read(item(rules));
    expect(result).toMatchObject({
      outcome: 'unsupported',
      unsupported: [{ name: 'responseProcessing stringMatch', line: 12 }],
    });
  });

  it('refuses a condition on a score that depends on the mapping', () => {
    const mapping = '<mapping><mapEntry mapKey="B" mappedValue="2"/></mapping>';
    const rules = `${set('<mapResponse identifier="RESPONSE"/>')}<responseCondition><responseIf><gt><variable identifier="SCORE"/>${float(1)}</gt>${set(float(5))}</responseIf></responseCondition>`;
    expect(read(item(rules, mapping))).toMatchObject({
      outcome: 'unsupported',
      unsupported: [{ name: 'responseProcessing gt' }],
    });
  });
});
