// The boundary records of data/examples/boundaries (issue 17, "Bad input") decided by
// `certeval deliberate` and POST /api/deliberations/preview alike: the same decision, the same
// problems at the same paths, and the exit code the manifest gives (0 decided, 1 invalid
// input, 3 undecidable).
import { fileURLToPath } from 'node:url';
import {
  BOUNDARIES,
  boundaryCases,
  boundaryRecord,
} from '@certeval/core/evaluation/boundaries.testing';
import { createDemoTestApp } from '@certeval/server/test/harness';
import { signInCookie } from '@certeval/server/test/sessions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let jury: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  jury = await signInCookie(t.app, 'jury@demo.certeval.example');
});
afterAll(() => t.close());

const preview = (record: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/deliberations/preview',
    headers: { cookie: jury, 'content-type': 'application/json' },
    payload: JSON.stringify(record),
  });

describe('the boundary records, by the CLI and the API', () => {
  it.each(boundaryCases())('$file: exits $exit', async (boundary) => {
    const file = fileURLToPath(new URL(boundary.file, BOUNDARIES));
    const cli = await runCli(t.ctx, ['deliberate', file, '--format', 'json']);
    const api = await preview(boundaryRecord(boundary.file));
    expect(cli.code, cli.err).toBe(boundary.exit);
    if (boundary.exit === 1) {
      expect(api.statusCode).toBe(400);
      const problems = api.json().problems as Array<{ code: string; path: string }>;
      for (const expected of boundary.problems ?? []) {
        expect(problems).toContainEqual(expect.objectContaining(expected));
        // The CLI prints every problem with its path, in both languages.
        expect(cli.err).toContain(`${expected.path}: `);
      }
      expect(cli.err.split('\n').filter((l) => l.startsWith('  $')).length).toBe(problems.length);
      return;
    }
    expect(api.statusCode).toBe(200);
    expect(JSON.parse(cli.out)).toEqual(api.json());
    if (boundary.exit === 3) expect(api.json().status).toBe('undecidable');
    else expect(api.json().overall.summary.fr).toBe(boundary.summary);
  });
});
