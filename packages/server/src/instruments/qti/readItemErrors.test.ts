import { describe, expect, it } from 'vitest';
import { importQtiItem } from './readItem.ts';

const QTI3 = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';

/** A QTI 3.0 choice item of our own, its template written `template`. */
function qti3Choice(template: string, declaration = 'RESPONSE'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI3}" identifier="edi" title="EDI" adaptive="false" time-dependent="false">
  <qti-response-declaration identifier="${declaration}" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>oui</qti-value></qti-correct-response>
  </qti-response-declaration>
  <qti-item-body>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt>L'EDI évite-t-il la ressaisie des commandes ?</qti-prompt>
      <qti-simple-choice identifier="oui">Oui</qti-simple-choice>
      <qti-simple-choice identifier="non">Non</qti-simple-choice>
    </qti-choice-interaction>
  </qti-item-body>
  <qti-response-processing template="${template}"/>
</qti-assessment-item>`;
}

describe('importQtiItem, QTI 3.0 and template spellings', () => {
  it.each([
    'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml',
    'https://www.imsglobal.org/question/qti_v3p0/rptemplates/match_correct',
    'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct.xml',
  ])('reads the template match_correct spelt %s', (url) => {
    const result = importQtiItem(qti3Choice(url), 'edi.xml');
    expect(result).toMatchObject({
      outcome: 'imported',
      version: '3.0',
      template: 'match_correct',
    });
    expect(result.outcome === 'imported' && result.item).toMatchObject({
      type: 'single_choice',
      stem: "L'EDI évite-t-il la ressaisie des commandes ?",
      correct: ['oui'],
    });
  });

  it('names a template it does not support', () => {
    const url = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response_point';
    const result = importQtiItem(qti3Choice(url), 'edi.xml');
    expect(result.outcome === 'unsupported' && result.unsupported.map((u) => u.name)).toEqual([
      'responseProcessing template map_response_point',
    ]);
  });
});

describe('importQtiItem, unsupported interactions', () => {
  it('lists every interaction it does not support, by name and line', () => {
    const text = `<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="h">
  <responseDeclaration identifier="R1" cardinality="single" baseType="identifier"/>
  <itemBody>
    <hotspotInteraction responseIdentifier="R1" maxChoices="1"/>
    <p>Ville : <inlineChoiceInteraction responseIdentifier="R2"/></p>
  </itemBody>
</assessmentItem>`;
    const result = importQtiItem(text, 'h.xml');
    expect(
      result.outcome === 'unsupported' && result.unsupported.map((u) => [u.name, u.line]),
    ).toEqual([
      ['hotspotInteraction', 4],
      ['inlineChoiceInteraction', 5],
    ]);
  });
});

describe('importQtiItem, invalid QTI', () => {
  const problem = (text: string) => {
    const result = importQtiItem(text, 'bad.xml');
    if (result.outcome !== 'invalid') throw new Error(JSON.stringify(result));
    return result.problems[0];
  };

  it('refuses a text that is not XML, with its line', () => {
    expect(problem('<assessmentItem>\n  <itemBody>\n</assessmentItem>')).toMatchObject({
      code: 'not_xml',
      file: 'bad.xml',
      line: 3,
      message: {
        fr: expect.stringContaining("n'est pas un XML"),
        en: expect.stringContaining('not well-formed'),
      },
    });
  });

  it('refuses an XML document that is not an item', () => {
    expect(problem('<assessmentTest identifier="t"/>')).toMatchObject({
      code: 'not_assessment_item',
      element: 'assessmentTest',
      line: 1,
    });
  });

  it('refuses an interaction without its response declaration', () => {
    const url = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml';
    expect(problem(qti3Choice(url, 'OTHER'))).toMatchObject({
      code: 'missing_response_declaration',
      element: 'choiceInteraction',
      line: 7,
      message: { en: expect.stringContaining('"RESPONSE"') },
    });
  });

  it('refuses map_response without a mapping', () => {
    const url = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml';
    expect(problem(qti3Choice(url))).toMatchObject({
      code: 'missing_mapping',
      element: 'responseDeclaration',
      line: 3,
    });
  });

  it('refuses a correct response naming no choice', () => {
    const url = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml';
    const text = qti3Choice(url).replace(
      '<qti-value>oui</qti-value>',
      '<qti-value>peut-être</qti-value>',
    );
    expect(problem(text)).toMatchObject({ code: 'invalid_value', element: 'value', line: 4 });
  });

  it('refuses an item without interaction', () => {
    const text = '<assessmentItem identifier="v"><itemBody><p>Rien</p></itemBody></assessmentItem>';
    expect(problem(text)).toMatchObject({ code: 'no_interaction', element: 'itemBody' });
  });
});
