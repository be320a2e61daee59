// Issue 14, headers: the server sent no security header at all (no Content-Security-Policy,
// framing allowed, no nosniff, no Referrer-Policy, no HSTS behind TLS), and a state-changing
// request from another site was served like one of ours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let cookies: DemoCaller['cookies'];

beforeAll(async () => {
  t = await createDemoTestApp({
    // The test's requests come from 127.0.0.1: the proxy whose X-Forwarded-Proto is believed.
    CERTEVAL_TRUST_PROXY: '127.0.0.1',
    CERTEVAL_PUBLIC_URL: 'https://certeval.exemple.fr',
  });
  ({ cookies } = await demoCaller(t.app, { pilot: 'pilote@demo.certeval.example' }));
});
afterAll(() => t.close());

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: unknown): Map<string, string[]> {
  return new Map(
    String(header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('security headers', () => {
  for (const url of ['/api/health', '/', '/api/docs/', '/api/nowhere'])
    it(`are sent on ${url}`, async () => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(response.headers['x-frame-options']).toBe('DENY');
      const csp = directives(response.headers['content-security-policy']);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('form-action')).toEqual(["'self'"]);
    });

  it('serve the API documentation with no inline script', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    const scripts = page.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\bsrc=/);
    expect(page.body).not.toMatch(/\son[a-z]+=/i);
  });

  it('ask for HTTPS only when the request came over TLS', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const tls = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('requests from another site', () => {
  const post = (headers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie: cookies.pilot as string, ...headers },
      payload: { kind: 'company', name: 'Société d’en face' },
    });

  it('refuses a state-changing request sent by another site, with a coded 403', async () => {
    const sources: Record<string, string>[] = [
      { origin: 'https://attaquant.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://attaquant.example', 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
    ];
    for (const headers of sources) {
      const response = await post(headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      const body = response.json();
      expect(body.code).toBe('cross_site_request');
      expect(body.message.fr).toMatch(/autre site/);
      expect(body.message.en).toMatch(/another site/);
    }
    const signOut = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: cookies.pilot as string, 'sec-fetch-site': 'cross-site' },
    });
    expect(signOut.statusCode).toBe(403);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: cookies.pilot as string },
    });
    expect(me.statusCode).toBe(200);
  });

  it('serves our own pages, the public URL, and clients that send neither header', async () => {
    const sources: Record<string, string>[] = [
      { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' },
      { origin: 'https://certeval.exemple.fr' },
      { origin: 'http://localhost:80' },
      { 'sec-fetch-site': 'same-origin' },
      {},
    ];
    for (const headers of sources) {
      const response = await post(headers);
      // The pilot may not register organisations: the request reached its policy check.
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().code, JSON.stringify(headers)).toBe('forbidden');
    }
  });

  it('lets another site read what is public (a GET changes nothing)', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { origin: 'https://attaquant.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(response.statusCode).toBe(200);
  });
});
