// The packages Certeval exports, checked against the official 1EdTech schemas (issue 18,
// item 4): the QTI 3.0 content-package manifest and items, the QTI 2.1 items and their IMS CP
// 1.1 manifest — with libxml2 (xmllint-wasm), as `xmllint --schema` would.
import { describe, expect, it } from 'vitest';
import { questionnaire } from './qtiSamples.testing.ts';
import { exportQtiPackage } from './writePackage.ts';
import { xsdErrors, xsdErrorsOf } from './xsd.testing.ts';

const caseItems = new Map(
  ['R', 'RC1', 'RC3', 'PO', 'POC1', 'OT', 'OTC2'].map((code, k) => [
    code,
    {
      identifier: `00000000-0000-5000-8000-00000000000${k}`,
      uri: `https://certeval.example/ims/case/v1p1/CFItems/00000000-0000-5000-8000-00000000000${k}`,
    },
  ]),
);
const options = {
  caseItems,
  caseDocument: 'https://certeval.example/ims/case/v1p1/CFDocuments/d',
};

const texts = (files: Map<string, string | Uint8Array>) =>
  [...files].flatMap(([name, content]) =>
    typeof content === 'string' ? [[name, content] as const] : [],
  );

describe('the QTI 3.0 package', () => {
  const { files } = exportQtiPackage(questionnaire, options);
  const manifest = String(files.get('imsmanifest.xml'));

  it('has a manifest valid against the QTI 3.0 content-package schema', async () => {
    expect(await xsdErrors('manifest3', manifest, 'imsmanifest.xml')).toEqual([]);
  });

  it('links each item to its CASE items through curriculumStandardsMetadataSet', () => {
    expect(manifest).toContain(
      '<csm:caseItemURI>https://certeval.example/ims/case/v1p1/CFItems/00000000-0000-5000-8000-000000000001</csm:caseItemURI>',
    );
    expect(manifest).toMatch(/<csm:label>RC1<\/csm:label>/);
    expect(manifest).not.toMatch(/<certeval:[a-z]+[^>]*>\s*<\/metadata>/);
  });

  it('has every item valid against the QTI 3.0 item schema', async () => {
    const items = texts(files).filter(([name]) => name !== 'imsmanifest.xml');
    expect(items.length).toBe(questionnaire.sections.flatMap((s) => s.items).length);
    expect(await xsdErrorsOf('item3', items)).toEqual([]);
  }, 60_000);
});

describe('the QTI 2.1 package', () => {
  const { files } = exportQtiPackage(questionnaire, { ...options, version: '2.1' });

  it('has a manifest valid against IMS Content Packaging 1.1', async () => {
    const manifest = String(files.get('imsmanifest.xml'));
    expect(await xsdErrors('manifest21', manifest, 'imsmanifest.xml')).toEqual([]);
  });

  it('has every item valid against the QTI 2.1 item schema', async () => {
    const items = texts(files).filter(([name]) => name !== 'imsmanifest.xml');
    expect(await xsdErrorsOf('item21', items)).toEqual([]);
  }, 60_000);
});
