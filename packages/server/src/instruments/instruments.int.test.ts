import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import { loadShippedInstruments } from './loadShipped.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let jury: string;
let certifier: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  jury = await signInCookie(t.app, 'jury@demo.certeval.example');
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
});
afterAll(() => t.close());

const get = (url: string, cookie: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('instruments', () => {
  it('loads the jury guide, the demo questionnaire, the VAE booklet and the tutor grid of the CQP AGC', async () => {
    const list = (await get('/api/instruments?certification=cqp-agc', jury)).json();
    expect(list.map((i: { key: string; kind: string }) => `${i.key}:${i.kind}`).sort()).toEqual([
      'cqp-agc-demo-questionnaire:questionnaire',
      'cqp-agc-jury-guide:jury_guide',
      'cqp-agc-tutor-grid:observation_grid',
      // Issue 6, item 5: the demo descriptive activity booklet of the VAE route.
      'cqp-agc-vae-booklet:vae_booklet',
    ]);
    const again = await loadShippedInstruments(t.ctx);
    expect(again.map((o) => o.outcome)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
  });

  it('serves the jury guide with its three role-play cards', async () => {
    const { instrument } = (
      await get('/api/instruments/cqp-agc-jury-guide/versions/1', jury)
    ).json();
    expect(instrument.rolePlays).toHaveLength(3);
  });

  it('finds every savoir-faire of the CQP AGC evaluated by the shipped set', async () => {
    const coverage = (await get('/api/certifications/cqp-agc/versions/1/coverage', jury)).json();
    expect(coverage.knowHowGaps).toEqual([]);
    expect(coverage.rows.filter((r: { kind: string }) => r.kind === 'know_how')).toHaveLength(26);
  });

  it('never shows instruments (answer keys, jury prompts) to a candidate', async () => {
    const candidate = await signInCookie(t.app, 'candidat@demo.certeval.example');
    expect((await get('/api/instruments', candidate)).statusCode).toBe(403);
  });

  it('refuses an instrument tagged with a code its referential does not have, and stores nothing', async () => {
    const file = path.join(t.ctx.config.shippedInstrumentsDir, 'cqp-agc-demo-questionnaire.yaml');
    const text = fs
      .readFileSync(file, 'utf8')
      .replace('id: cqp-agc-demo-questionnaire', 'id: cqp-agc-broken-questionnaire')
      .replace(/evaluates: \[RC1\]/, 'evaluates: [RC99]');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/instruments/import',
      headers: { cookie: certifier, 'content-type': 'text/yaml' },
      payload: text,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('instrument_invalid');
    expect(JSON.stringify(response.json().problems)).toContain('RC99');
    expect(
      (await get('/api/instruments/cqp-agc-broken-questionnaire/versions/1', certifier)).statusCode,
    ).toBe(404);
  });
});
