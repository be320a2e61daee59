// The pictures of QTI items (issue 18, item 4): kept with the item when the package holds
// them, written back into the packages Certeval exports, named when left out.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importQtiPackage } from './readPackage.ts';
import { exportQtiPackage } from './writePackage.ts';

const fixtures = new URL('../../../../../../shared/fixtures/qti/qti21-qtiworks/', import.meta.url);
const choice = readFileSync(new URL('choice.xml', fixtures), 'utf8');
/** Any bytes do: the picture is stored and served as it came. */
const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
  'hex',
);
const sha = createHash('sha256').update(png).digest('hex');

const manifest = (href: string) =>
  `<?xml version="1.0"?><manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><organizations/><resources><resource identifier="r" type="imsqti_item_xmlv2p1" href="${href}"><file href="${href}"/></resource></resources></manifest>`;

describe('the pictures of an imported QTI item', () => {
  it('are kept with the item, by their SHA-256, with their text alternative', () => {
    const files = new Map<string, string | Uint8Array>([
      ['imsmanifest.xml', manifest('q/choice.xml')],
      ['q/choice.xml', choice],
      ['q/images/sign.png', png],
    ]);
    const read = importQtiPackage(files);
    const item = read.questionnaire.sections[0]?.items[0];
    expect(item?.images).toEqual([
      { file: `images/${sha}.png`, alt: 'NEVER LEAVE LUGGAGE UNATTENDED' },
    ]);
    expect(read.images).toEqual([
      { file: `images/${sha}.png`, contentType: 'image/png', bytes: png },
    ]);
    const result = read.items[0];
    expect(result?.outcome === 'imported' && result.omitted).toEqual([]);
  });

  it('are named as left out when the package lacks them', () => {
    const read = importQtiPackage(
      new Map([
        ['imsmanifest.xml', manifest('choice.xml')],
        ['choice.xml', choice],
      ]),
    );
    const result = read.items[0];
    expect(result?.outcome === 'imported' && result.omitted).toMatchObject([
      { name: 'img images/sign.png', line: 20 },
    ]);
    expect(read.questionnaire.sections[0]?.items[0]?.images).toBeUndefined();
  });

  it('go back into an exported package, and come back from it the same', () => {
    const files = new Map<string, string | Uint8Array>([
      ['imsmanifest.xml', manifest('choice.xml')],
      ['choice.xml', choice],
      ['images/sign.png', png],
    ]);
    const read = importQtiPackage(files);
    const questionnaire = {
      id: 'q',
      version: '1',
      title: 'Q',
      sections: read.questionnaire.sections,
    };
    const images = new Map(read.images.map((i) => [i.file, i.bytes]));
    for (const version of ['3.0', '2.1'] as const) {
      const exported = exportQtiPackage(questionnaire, { version, images });
      expect(exported.files.get(`items/images/${sha}.png`)).toEqual(png);
      expect(String(exported.files.get('imsmanifest.xml'))).toContain(
        `<file href="items/images/${sha}.png"/>`,
      );
      const again = importQtiPackage(exported.files);
      expect(again.questionnaire.sections).toEqual(read.questionnaire.sections);
      expect(again.images.map((i) => i.file)).toEqual([`images/${sha}.png`]);
    }
  });
});
