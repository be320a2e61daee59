// The validators the CASE service is checked with do refuse what the binding forbids.
import { describe, expect, it } from 'vitest';
import { caseErrors } from './caseSchemas.testing.ts';

const link = { title: 'T', identifier: 'd0000000-0000-4000-8000-000000000001', uri: 'https://x/d' };
const item = {
  identifier: 'a0000000-0000-4000-8000-000000000001',
  uri: 'https://x/i',
  fullStatement: 'Énoncé',
  lastChangeDateTime: '2026-01-01T00:00:00Z',
  CFDocumentURI: link,
};

describe('the CASE 1.1 validators of the service tests', () => {
  it('accept a CFItem with its CFDocumentURI', () => {
    expect(caseErrors('CFItems', item)).toEqual([]);
  });

  it('refuse a CFItem without CFDocumentURI, with a field CASE lacks, or a non-UUID identifier', () => {
    const { CFDocumentURI: _, ...bare } = item;
    expect(caseErrors('CFItems', bare)).not.toEqual([]);
    expect(caseErrors('CFItems', { ...item, colour: 'bleu' })).not.toEqual([]);
    expect(caseErrors('CFItems', { ...item, identifier: 'A1' })).not.toEqual([]);
  });

  it('refuse an empty set and a failure without its major code', () => {
    expect(caseErrors('CFItemTypes', { CFItemTypes: [] })).not.toEqual([]);
    expect(caseErrors('imsx', { imsx_severity: 'error' })).not.toEqual([]);
  });
});
