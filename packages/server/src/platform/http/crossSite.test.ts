import { describe, expect, it } from 'vitest';
import { isCrossSite, originOf } from './crossSite.ts';

const ours = ['https://certeval.exemple.fr', 'http://localhost:3000'];
const post = (headers: { origin?: string; secFetchSite?: string }) =>
  isCrossSite({ method: 'POST', ownOrigins: ours, ...headers });

describe('isCrossSite', () => {
  it('refuses a state-changing request another site sent', () => {
    expect(post({ origin: 'https://attaquant.example' })).toBe(true);
    expect(post({ secFetchSite: 'cross-site' })).toBe(true);
    expect(post({ secFetchSite: 'same-site' })).toBe(true);
    expect(post({ origin: 'null' })).toBe(true);
    expect(post({ origin: 'https://attaquant.example', secFetchSite: 'cross-site' })).toBe(true);
    for (const method of ['PUT', 'PATCH', 'DELETE', 'delete'])
      expect(isCrossSite({ method, ownOrigins: ours, secFetchSite: 'cross-site' })).toBe(true);
  });

  it('serves our own pages, the public URL and clients that are not browsers', () => {
    expect(post({ origin: 'https://certeval.exemple.fr', secFetchSite: 'cross-site' })).toBe(false);
    expect(post({ origin: 'http://localhost:3000' })).toBe(false);
    expect(post({ secFetchSite: 'same-origin' })).toBe(false);
    expect(post({ secFetchSite: 'none' })).toBe(false);
    // Behind a development proxy the Origin is the proxy's, but the browser says same-origin.
    expect(post({ origin: 'http://localhost:5173', secFetchSite: 'same-origin' })).toBe(false);
    expect(post({})).toBe(false);
  });

  it('never refuses a request that changes nothing', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      expect(
        isCrossSite({
          method,
          ownOrigins: ours,
          origin: 'https://x.example',
          secFetchSite: 'cross-site',
        }),
      ).toBe(false);
  });
});

describe('originOf', () => {
  it('writes an origin as a browser does, without its default port', () => {
    expect(originOf('http://localhost:80')).toBe('http://localhost');
    expect(originOf('https://certeval.exemple.fr/reset?token=x')).toBe(
      'https://certeval.exemple.fr',
    );
    expect(originOf('not a url')).toBe(undefined);
    expect(originOf('null')).toBe(undefined);
  });
});
