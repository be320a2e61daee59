import { describe, expect, it } from 'vitest';
import { contextUrls, KNOWN_CONTEXTS, loadContext, UnknownDocumentError } from './contexts.ts';

describe('bundled contexts', () => {
  it('serve every Open Badges 3.0 spelling and the suites we verify, offline', async () => {
    for (const url of [
      'https://www.w3.org/ns/credentials/v2',
      'https://www.w3.org/2018/credentials/v1',
      'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
      'https://w3id.org/security/data-integrity/v1',
      'https://w3id.org/security/data-integrity/v2',
      'https://w3id.org/security/suites/ed25519-2020/v1',
      'https://w3id.org/security/multikey/v1',
    ]) {
      const loaded = await loadContext(url);
      expect(loaded.documentUrl).toBe(url);
      expect(loaded.document).toHaveProperty('@context');
      expect(KNOWN_CONTEXTS.has(url)).toBe(true);
    }
  });

  it('define the OB 3.0.3 terms the published test vector relies on', async () => {
    const { document } = await loadContext(
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    );
    const context = (document as { '@context': Record<string, unknown> })['@context'];
    expect(context.awardedDate).toEqual({
      '@id': 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#awardedDate',
      '@type': 'xsd:dateTime',
    });
    expect(context.url).toEqual({
      '@id': 'https://schema.org/url',
      '@type': 'https://www.w3.org/2001/XMLSchema#anyURI',
    });
  });

  it('refuse any other URL with a clear "unknown context" error', async () => {
    await expect(loadContext('https://example.org/contexts/v1')).rejects.toThrow(
      UnknownDocumentError,
    );
    await expect(loadContext('https://example.org/contexts/v1')).rejects.toThrow(
      'Unknown context or document (nothing is fetched): https://example.org/contexts/v1',
    );
  });

  it('are found inside inline contexts too: scoped contexts and @import', () => {
    const found = contextUrls({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        {
          '@import': 'https://example.org/imported',
          Badge: { '@id': 'ex:Badge', '@context': 'https://example.org/scoped' },
        },
      ],
    });
    expect([...found].sort()).toEqual([
      'https://example.org/imported',
      'https://example.org/scoped',
      'https://www.w3.org/ns/credentials/v2',
    ]);
  });

  it('are found at any depth of a document, embedded credentials included', () => {
    const found = contextUrls({
      '@context': ['https://www.w3.org/ns/credentials/v2', { ex: 'https://example.org/#' }],
      endorsement: [{ '@context': 'https://purl.imsglobal.org/spec/ob/v3p0/context.json' }],
    });
    expect([...found]).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
    ]);
  });
});
