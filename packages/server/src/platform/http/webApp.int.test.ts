// Issue 16, item 9: hashed assets were sent with `max-age=0` and uncompressed. A web build
// made like Vite's (index.html, hashed files under assets/), compressed by the build's own
// step (packages/web/precompress.ts), served by the real app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../../web/precompress.ts';
import { createTestContext } from '../../test/harness.ts';
import type { Context } from '../context.ts';
import { buildApp } from './app.ts';
import { IMMUTABLE, REVALIDATE } from './webApp.ts';

const SCRIPT = `export const greeting = ${JSON.stringify('Bonjour '.repeat(400))};\n`;
const INDEX = `<!doctype html><html lang="fr"><head><script type="module" src="/assets/index-AbC123.js"></script></head><body>${'<!-- padding -->'.repeat(80)}<div id="root"></div></body></html>`;
const SMALL = 'export const x = 1;\n';

let dir: string;
let ctx: Context;
let app: FastifyInstance;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), SCRIPT);
  fs.writeFileSync(path.join(dir, 'assets', 'tiny-XyZ789.js'), SMALL);
  precompress(dir);
  const testCtx = await createTestContext();
  ctx = { ...testCtx, config: { ...testCtx.config, webDist: dir } };
  ({ app } = await buildApp(ctx));
});
afterAll(async () => {
  await app.close();
  await ctx.database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });

describe('the built web app', () => {
  it('sends a hashed asset as brotli to a browser that accepts it, cached for a year', async () => {
    const response = await get('/assets/index-AbC123.js', 'gzip, deflate, br, zstd');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 5);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client without brotli, and the plain file to one without either', async () => {
    const gzip = await get('/assets/index-AbC123.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe(IMMUTABLE);
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.body).toBe(SCRIPT);
  });

  it('sends a file too small to compress as it is, still cached for a year', async () => {
    const response = await get('/assets/tiny-XyZ789.js', 'gzip, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.body).toBe(SMALL);
  });

  for (const url of ['/', '/login', '/verifier/CQP-AGC-2025-000001', '/index.html'])
    it(`serves the page at ${url}, compressed and checked again on every load`, async () => {
      const response = await get(url, 'gzip, deflate, br');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['cache-control']).toBe(REVALIDATE);
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(INDEX);
    });

  it('answers 404 for a missing asset rather than the page', async () => {
    const response = await get('/assets/index-Old000.js', 'br');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).not.toMatch(/html/);
    expect(response.headers['cache-control']).not.toBe(IMMUTABLE);
  });

  it('never serves the compressed copies by their own names', async () => {
    for (const url of ['/assets/index-AbC123.js.br', '/assets/index-AbC123.js.gz']) {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
    }
  });

  it('leaves the API uncached by the static rules', async () => {
    const response = await get('/api/health', 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).not.toBe(IMMUTABLE);
  });
});
