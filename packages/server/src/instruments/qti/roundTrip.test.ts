import type { Item } from '@certeval/core';
import {
  type ItemResponse,
  type Responses,
  scoreQuestionnaire,
} from '@certeval/core/instruments/questionnaire/index';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demo, questionnaire } from './qtiSamples.testing.ts';
import { importQtiPackage } from './readPackage.ts';
import { type ExportableQuestionnaire, exportQtiPackage } from './writePackage.ts';

const exported = exportQtiPackage(questionnaire);
const reimported = importQtiPackage(exported.files);
const items = questionnaire.sections.flatMap((section) => section.items);

describe('export of a questionnaire as a QTI 3.0 content package', () => {
  it('writes the manifest and one QTI 3.0 file per item, leaving none out', () => {
    expect(exported.files.size).toBe(items.length + 1);
    expect(exported.skipped).toEqual([]);
    const manifest = exported.files.get('imsmanifest.xml') ?? '';
    expect(manifest).toContain('type="imsqti_item_xmlv3p0" href="items/q-rc1.xml"');
    const item = exported.files.get('items/q-rc5.xml') ?? '';
    expect(item).toContain(
      '<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"',
    );
    expect(item).toContain('rptemplates/map_response.xml');
    expect(item).toContain('<qti-mapping lower-bound="0" upper-bound="2" default-value="0">');
  });

  it('re-imports into the same sections and items', () => {
    expect(reimported.problems).toEqual([]);
    expect(reimported.items.map((r) => r.outcome)).toEqual(items.map(() => 'imported'));
    expect(reimported.title).toBe(demo.title);
    expect(reimported.questionnaire.result).toEqual({ basis: 'points' });
    const shape = (s: ExportableQuestionnaire['sections'][number]) => ({
      ...s,
      items: [...s.items],
    });
    expect(reimported.questionnaire.sections).toEqual(questionnaire.sections.map(shape));
  });

  it('reports a missing manifest and a missing item file', () => {
    expect(importQtiPackage(new Map()).problems.map((p) => p.code)).toEqual(['not_a_package']);
    const files = new Map(exported.files);
    files.delete('items/q-rc1.xml');
    expect(importQtiPackage(files).problems).toMatchObject([
      { code: 'missing_file', file: 'imsmanifest.xml', element: 'resource' },
    ]);
  });
});

function responseOf(item: Item): fc.Arbitrary<ItemResponse | undefined> {
  switch (item.type) {
    case 'single_choice':
    case 'multiple_choice':
      return fc.subarray(item.choices.map((c) => c.id)).map((ids) => ({ kind: 'choices', ids }));
    case 'ordering':
      return fc
        .shuffledSubarray(
          item.choices.map((c) => c.id),
          { minLength: item.choices.length },
        )
        .map((ids) => ({ kind: 'choices', ids }));
    case 'matching': {
      const pairs = item.sources.flatMap((s) =>
        item.targets.map((t) => ({ source: s.id, target: t.id })),
      );
      return fc.subarray(pairs).map((chosen) => ({ kind: 'pairs', pairs: chosen }));
    }
    case 'text_entry':
      return fc
        .constantFrom('EDI', 'edi', 'E.D.I.', 'e.d.i.', 'fax', '')
        .map((text) => ({ kind: 'text', text }));
    default:
      return fc.constant({ kind: 'text', text: 'Réponse libre' });
  }
}

const responses: fc.Arbitrary<Responses> = fc.record(
  Object.fromEntries(
    items.map((item) => [item.id, fc.option(responseOf(item), { nil: undefined })]),
  ),
);

describe('round trip through QTI 3.0', () => {
  it('scores every response set the same before and after', () => {
    const grades = fc.option(
      fc.record({ 'q-open': fc.record({ points: fc.integer({ min: 0, max: 4 }) }) }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(responses, grades, (given, graded) => {
        const before = scoreQuestionnaire(questionnaire, given, graded);
        const after = scoreQuestionnaire(reimported.questionnaire, given, graded);
        expect(after).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('round trip through QTI 2.1', () => {
  const exported21 = exportQtiPackage(questionnaire, { version: '2.1' });
  const reimported21 = importQtiPackage(exported21.files);

  it('re-imports into the same sections and items', () => {
    expect(reimported21.problems).toEqual([]);
    expect(exported21.files.get('items/q-avis.xml')).toContain(
      '<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"',
    );
    expect(reimported21.questionnaire).toEqual(reimported.questionnaire);
  });

  it('scores every response set the same before and after', () => {
    fc.assert(
      fc.property(responses, (given) => {
        const before = scoreQuestionnaire(questionnaire, given);
        expect(scoreQuestionnaire(reimported21.questionnaire, given)).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
