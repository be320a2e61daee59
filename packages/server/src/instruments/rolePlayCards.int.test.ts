// The jury member's role-play cards (issue 16; seed 002, "Fiches de Jeux de rôle n°1-3"): read
// on screen and printed alone; never shown to a candidate (instruments hold the jury's prompts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfText } from '../platform/pdf/pdfText.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    jury: 'jury@demo.certeval.example',
    candidate: 'candidat@demo.certeval.example',
  }));
});
afterAll(() => t.close());

describe('role-play cards', () => {
  it('are the three cards of the CQP AGC jury guide', async () => {
    const response = await call('GET', '/api/role-play-cards', 'jury');
    expect(response.statusCode).toBe(200);
    const [guide, ...others] = response.json();
    expect(others).toEqual([]);
    expect(guide.key).toBe('cqp-agc-jury-guide');
    expect(guide.cards.map((c: { number: number; title: string }) => [c.number, c.title])).toEqual([
      [1, 'Délai de livraison'],
      [2, 'Le produit « détruit sur place »'],
      [3, expect.any(String)],
    ]);
  });

  it('print alone, one a page, without the rest of the guide', async () => {
    const response = await call(
      'GET',
      '/api/instruments/cqp-agc-jury-guide/versions/1/role-plays/pdf',
      'jury',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/pdf');
    const { pages } = await readPdfText(response.rawPayload);
    expect(pages).toHaveLength(3);
    pages.forEach((page, k) => {
      expect(page).toContain(`Fiche de Jeux de rôle n°${k + 1}`);
    });
    expect(pages[0]).toContain('Délai de livraison');
    expect(pages.join(' ')).not.toContain('Echelles d');
  });

  it('are refused to a candidate, and an instrument without cards has none to print', async () => {
    expect((await call('GET', '/api/role-play-cards', 'candidate')).statusCode).toBe(403);
    const grid = await call(
      'GET',
      '/api/instruments/cqp-agc-tutor-grid/versions/1/role-plays/pdf',
      'jury',
    );
    expect(grid.statusCode).toBe(404);
  });
});
