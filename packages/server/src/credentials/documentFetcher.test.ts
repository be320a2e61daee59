// The fetcher against a real local HTTP server: what it reads, what it refuses (plain http,
// loopback and private addresses in production, redirects, oversized or slow answers), and
// what it keeps in its cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentFetcher } from './documentFetcher.ts';
import { closedPort, type DocumentServer, startDocumentServer } from './issuers.testing.ts';

let server: DocumentServer;

beforeAll(async () => {
  server = await startDocumentServer();
  server.serve('/profile', { id: 'profile', name: 'Organisme (démo)' });
  server.handle('/big', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ padding: 'x'.repeat(300 * 1024) }));
  });
  server.handle('/big-chunked', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"padding":"');
    for (let n = 0; n < 40; n++) response.write('y'.repeat(8 * 1024));
    response.end('"}');
  });
  server.handle('/slow', () => {
    // Never answers.
  });
  server.handle('/moved', (_request, response) => {
    response.writeHead(302, { location: `${server.origin}/profile` }).end();
  });
  server.handle('/text', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
  });
});
afterAll(() => server.close());

const testing = (extra = {}) => createDocumentFetcher({ allowPrivate: true, ...extra });

describe('a fetcher allowed private addresses (tests)', () => {
  it('reads a JSON document', async () => {
    expect(await testing().fetchJson(`${server.origin}/profile`)).toEqual({
      ok: true,
      document: { id: 'profile', name: 'Organisme (démo)' },
    });
  });

  it('refuses a document over the size limit, whether its length is announced or not', async () => {
    const fetcher = testing({ maxBytes: 256 * 1024 });
    expect(await fetcher.fetchJson(`${server.origin}/big`)).toMatchObject({ reason: 'too_large' });
    expect(await fetcher.fetchJson(`${server.origin}/big-chunked`)).toMatchObject({
      ok: false,
      reason: 'too_large',
    });
  });

  it('gives up on a server that does not answer in time', async () => {
    const started = Date.now();
    const outcome = await testing({ timeoutMs: 200 }).fetchJson(`${server.origin}/slow`);
    expect(outcome).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('does not follow a redirect, and says what else went wrong', async () => {
    const fetcher = testing();
    expect(await fetcher.fetchJson(`${server.origin}/moved`)).toMatchObject({
      reason: 'http_status',
    });
    expect(await fetcher.fetchJson(`${server.origin}/nothing`)).toMatchObject({
      reason: 'http_status',
    });
    expect(await fetcher.fetchJson(`${server.origin}/text`)).toMatchObject({ reason: 'not_json' });
    const closed = await fetcher.fetchJson(`http://127.0.0.1:${await closedPort()}/x`);
    expect(closed).toMatchObject({ reason: 'unreachable' });
    expect(closed.ok ? '' : closed.message.fr).toContain('injoignable');
  });

  it('keeps a document for its time to live, then reads it again', async () => {
    let clock = 0;
    const fetcher = testing({ now: () => clock, ttlMs: 1_000 });
    const before = server.hits('/profile');
    await fetcher.fetchJson(`${server.origin}/profile`);
    await fetcher.fetchJson(`${server.origin}/profile#key-1`);
    expect(server.hits('/profile') - before).toBe(1);
    clock = 1_001;
    await fetcher.fetchJson(`${server.origin}/profile`);
    expect(server.hits('/profile') - before).toBe(2);
  });

  it('forgets the least recently used document beyond its capacity', async () => {
    const fetcher = testing({ maxEntries: 1 });
    const before = server.hits('/profile');
    await fetcher.fetchJson(`${server.origin}/profile`);
    await fetcher.fetchJson(`${server.origin}/profile?other`);
    await fetcher.fetchJson(`${server.origin}/profile`);
    expect(server.hits('/profile') - before).toBe(3);
  });

  it('reads a document once for simultaneous requests', async () => {
    const fetcher = testing();
    const before = server.hits('/profile');
    await Promise.all([1, 2, 3].map(() => fetcher.fetchJson(`${server.origin}/profile?same`)));
    expect(server.hits('/profile') - before).toBe(1);
  });
});

describe('a fetcher as configured in production', () => {
  const production = createDocumentFetcher({ allowPrivate: false });

  it('refuses plain http', async () => {
    expect(await production.fetchJson(`${server.origin}/profile`)).toMatchObject({
      ok: false,
      reason: 'scheme',
    });
  });

  it.each([
    'https://127.0.0.1/profile',
    'https://[::1]/profile',
    'https://169.254.169.254/latest/meta-data',
    'https://10.0.0.8/profile',
    'https://2130706433/profile',
    'https://localhost/profile',
  ])('refuses %s before connecting: loopback, private or link-local', async (url) => {
    expect(await production.fetchJson(url)).toMatchObject({ ok: false, reason: 'private_address' });
  });

  it('refuses an address with credentials in it', async () => {
    expect(await production.fetchJson('https://issuer.example@127.0.0.1/')).toMatchObject({
      reason: 'scheme',
    });
  });
});
