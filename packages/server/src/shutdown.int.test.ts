// Issue 19, graceful shutdown: a server told to stop (SIGTERM, as a container runtime does)
// answers the request it is receiving before it exits, and exits cleanly; readiness said it
// was ready before.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseEnv, serverUrl, startServer } from './test/serverProcess.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-shutdown-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a server told to stop', () => {
  it('answers the request under way, then exits with 0', async () => {
    const env = { ...(await databaseEnv(path.join(tmp, 'pglite'))), CERTEVAL_DEMO: '0' };
    const server = startServer(env);
    const base = await serverUrl(server);
    const ready = await fetch(`${base}/api/ready`);
    expect(ready.status).toBe(200);

    const body = JSON.stringify({ email: 'personne@exemple.test', password: 'pas le bon' });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        `${base}/api/auth/login`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          let text = '';
          response.on('data', (d) => {
            text += d;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        },
      );
      request.on('error', reject);
      // Half the request, the signal, then the rest: the server is stopping meanwhile.
      request.write(body.slice(0, 10));
      void pause(300).then(async () => {
        server.child.kill('SIGTERM');
        await pause(700);
        expect(server.child.exitCode).toBeNull();
        request.end(body.slice(10));
      });
    });
    const { status, body: text } = await answer;
    expect(status).toBe(401);
    expect(JSON.parse(text).code).toBe('invalid_credentials');
    expect(await server.exited).toBe(0);
  }, 180_000);
});
