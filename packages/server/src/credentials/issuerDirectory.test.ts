// Resolving an issuer to the keys it publishes, against a real local HTTP server: did:key, a
// did:web DID document, an https issuer profile, ours first, and what is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentFetcher } from './documentFetcher.ts';
import { didWebUrl, type IssuerResolution, issuerDirectory } from './issuerDirectory.ts';
import { normaliseId, sameId } from './issuerIds.ts';
import {
  type DocumentServer,
  didKeyIssuer,
  didWebOf,
  keysDocument,
  signingKeyUnder,
  startDocumentServer,
} from './issuers.testing.ts';
import { base58btcDecode } from './multibase.ts';

let server: DocumentServer;
const local = () =>
  issuerDirectory({ fetcher: createDocumentFetcher({ allowPrivate: true }), plainHttp: true });

beforeAll(async () => {
  server = await startDocumentServer();
});
afterAll(() => server.close());

const keyIds = (resolution: IssuerResolution) =>
  resolution.ok ? resolution.issuer.keys.map((key) => key.id) : resolution.message.en;

describe('normaliseId', () => {
  it('reads an https id as a URL: scheme and host in lower case, default port dropped', () => {
    expect(normaliseId('HTTPS://Certeval.Example:443/api/public/issuers/x')).toBe(
      'https://certeval.example/api/public/issuers/x',
    );
    expect(sameId('https://a.example/i/./x', 'https://a.example/i/x')).toBe(true);
  });

  it('keeps apart what is another address: a trailing slash, a path, a port, a query', () => {
    const id = 'https://a.example/issuers/x';
    for (const other of [`${id}/`, `${id}y`, 'https://a.example:8443/issuers/x', `${id}?`]) {
      expect(sameId(id, other)).toBe(false);
    }
  });

  it('refuses an id with credentials in it, and compares a DID as written', () => {
    expect(normaliseId('https://a.example@b.example/')).toBeUndefined();
    expect(normaliseId('not an id')).toBeUndefined();
    expect(sameId('did:web:a.example', 'did:web:A.example')).toBe(false);
  });
});

describe('didWebUrl', () => {
  it.each([
    ['did:web:a.example', 'https://a.example/.well-known/did.json'],
    ['did:web:a.example:org:x', 'https://a.example/org/x/did.json'],
    ['did:web:127.0.0.1%3A8443', 'https://127.0.0.1:8443/.well-known/did.json'],
  ])('%s is published at %s', (did, url) => {
    expect(didWebUrl(did)).toBe(url);
  });

  it.each([
    'did:web:',
    'did:web:a.example%2F..%2Fx',
    'did:web:a.example:..',
    'did:web:u%40b.example',
  ])('refuses %s', (did) => {
    expect(didWebUrl(did)).toBeUndefined();
  });
});

describe('issuerDirectory', () => {
  it('resolves a did:key issuer to its own key, under both of its ids', async () => {
    const { did, key } = await didKeyIssuer();
    const resolution = await issuerDirectory().resolve(did);
    expect(keyIds(resolution)).toEqual([key.id, did]);
    expect(resolution.ok && resolution.issuer.source).toBe('did:key');
    expect((await issuerDirectory().resolve('did:key:zNotAKey')).ok).toBe(false);
  });

  it('reads a did:web issuer’s assertion keys from its DID document', async () => {
    const did = didWebOf(server);
    const [first, second, stranger, unlisted] = await Promise.all([
      signingKeyUnder(did),
      signingKeyUnder(did),
      signingKeyUnder('did:web:someone-else.example'),
      signingKeyUnder(did),
    ]);
    if (!first || !second || !stranger || !unlisted) throw new Error('no keys');
    const document = keysDocument(did, [first, second, stranger, unlisted]) as {
      verificationMethod: Array<Record<string, unknown>>;
      assertionMethod: unknown[];
    };
    // The second key as a JSON Web Key and a relative id; the last one not an assertion method.
    const raw = Buffer.from(base58btcDecode(second.publicKeyMultibase.slice(1)) ?? []).subarray(2);
    document.verificationMethod[1] = {
      id: '#jwk-1',
      type: 'JsonWebKey2020',
      controller: did,
      publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
    };
    document.assertionMethod = [first.id, '#jwk-1', stranger.id];
    server.serve('/.well-known/did.json', document);
    const resolution = await local().resolve(did);
    expect(resolution.ok && resolution.issuer.source).toBe('did:web');
    expect(resolution.ok && resolution.issuer.keys).toEqual([
      { id: first.id, controller: did, publicKeyMultibase: first.publicKeyMultibase },
      { id: `${did}#jwk-1`, controller: did, publicKeyMultibase: second.publicKeyMultibase },
    ]);
  });

  it('keeps a key its issuer marks revoked, with the date', async () => {
    const did = didWebOf(server);
    const key = await signingKeyUnder(did);
    const document = keysDocument(did, [key]) as {
      verificationMethod: Array<Record<string, unknown>>;
    };
    document.verificationMethod[0] = {
      ...document.verificationMethod[0],
      revoked: '2025-05-01T00:00:00Z',
    };
    server.serve('/.well-known/did.json', document);
    const resolution = await local().resolve(did);
    expect(resolution.ok && resolution.issuer.keys[0]?.revokedAt).toBe('2025-05-01T00:00:00Z');
  });

  it('refuses a DID document that presents another DID', async () => {
    const did = didWebOf(server);
    server.serve('/.well-known/did.json', keysDocument('did:web:other.example', []));
    const resolution = await local().resolve(did);
    expect(resolution.ok).toBe(false);
    expect(keyIds(resolution)).toContain('does not present the issuer');
  });

  it('reads an https issuer’s profile at its id, and nothing at a look-alike id', async () => {
    const id = `${server.origin}/issuers/organisme`;
    const key = await signingKeyUnder(id);
    server.serve('/issuers/organisme', {
      ...keysDocument(id, [key]),
      type: ['Profile'],
      name: 'Organisme (démo)',
    });
    const resolution = await local().resolve(id);
    expect(resolution.ok && resolution.issuer).toMatchObject({ id, source: 'issuer-profile' });
    expect(keyIds(resolution)).toEqual([key.id]);
    expect((await local().resolve(`${id}/`)).ok).toBe(false);
    // A profile copied to another address still presents the first id: refused there.
    server.serve('/issuers/copie', { ...keysDocument(id, [key]) });
    expect((await local().resolve(`${server.origin}/issuers/copie`)).ok).toBe(false);
  });

  it('asks our own issuers first, by normalised id, and never fetches at our own address', async () => {
    const ours = `${server.origin}/api/public/issuers/ours`;
    const key = await signingKeyUnder(ours);
    const directory = issuerDirectory({
      own: {
        keysOf: (id) => (id === ours ? [{ ...key }] : undefined),
        isOwnAddress: (url) => url.startsWith(`${server.origin}/`),
      },
      fetcher: createDocumentFetcher({ allowPrivate: true }),
      plainHttp: true,
    });
    const upper = ours.replace('http://', 'HTTP://');
    expect(await directory.resolve(upper)).toMatchObject({
      ok: true,
      issuer: { source: 'certeval' },
    });
    const before = server.hits('/api/public/issuers/ours/');
    const lookAlike = await directory.resolve(`${ours}/`);
    expect(lookAlike.ok).toBe(false);
    expect(keyIds(lookAlike)).toContain('which does not know it');
    expect(server.hits('/api/public/issuers/ours/')).toBe(before);
  });

  it('resolves nothing online without a fetcher, nor an issuer of another kind', async () => {
    expect(keyIds(await issuerDirectory().resolve('https://issuer.example/x'))).toContain(
      'nothing is downloaded',
    );
    expect(
      keyIds(await local().resolve('urn:uuid:6f2e33e5-7a29-4155-840a-59483ba10164')),
    ).toContain('supported are');
    expect(keyIds(await local().resolve(undefined))).toContain('names no issuer');
  });
});
