// Issue 14, input hygiene: a NUL byte or an unpaired surrogate in a text of the request gave
// a 500 once it reached the database, and the error log then held the request's identity
// data and the uploaded bytes. Such texts are now refused at the door with a 400 naming the
// field, a body over the limit gets a coded 413, and no log line carries a body, a password,
// a token or an identity field.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

const logged: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logged.push(String(chunk));
    done();
  },
});

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let documentsUrl: string;

beforeAll(async () => {
  t = await createDemoTestApp({}, { logger: true, logStream });
  ({ call } = await demoCaller(t.app, {
    certifier: 'certificateur@demo.certeval.example',
    pilot: 'pilote@demo.certeval.example',
    vae: 'candidat.vae@demo.certeval.example',
  }));
  const files = (await call('GET', '/api/candidates', 'pilot')).json().items as Array<{
    id: string;
    birthName: string;
  }>;
  const camille = files.find((f) => f.birthName === 'Vasseur')?.id as string;
  documentsUrl = `/api/candidates/${camille}/vae-booklet/documents`;
});
afterAll(() => t.close());

// A technical document whose bytes say who it is about: none of them may reach a log.
const MARKER = 'Bulletin-de-salaire-Camille-Vasseur-1985';
const PDF = Buffer.from(`%PDF-1.4\n${MARKER.repeat(2000)}\n%%EOF\n`);

const upload = (fileName: string) =>
  call(
    'POST',
    `${documentsUrl}?fileName=${encodeURIComponent(fileName)}`,
    'vae',
    PDF,
    'application/octet-stream',
  );

describe('texts a database cannot hold are refused at the door', () => {
  it('refuses a NUL byte in a JSON text with a 400 naming the field', async () => {
    const response = await call('POST', '/api/organisations', 'certifier', {
      kind: 'company',
      name: 'Fromagerie\u0000 du Bocage',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body).toMatchObject({ code: 'invalid_text', path: 'body/name' });
    expect(body.message.fr).toMatch(/caractère nul/);
    expect(body.message.en).toMatch(/NUL character/);
  });

  it('refuses an unpaired surrogate deep in a body, naming its path', async () => {
    const files = (await call('GET', '/api/candidates', 'pilot')).json().items;
    const response = await call('POST', `/api/projects/${files[0].projectId}/candidates`, 'pilot', {
      candidate: {
        birthName: 'Lemoine',
        firstNames: ['Hugo', 'Jean\ud800'],
        birthDate: '1998-01-02',
        birthPlace: 'Caen',
        accessRoute: 'continuing_education',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'invalid_text',
      path: 'body/candidate/firstNames/1',
    });
  });

  it('refuses a NUL byte in a query string and in a path parameter', async () => {
    const query = await upload('bulletin\u0000.pdf');
    expect(query.statusCode).toBe(400);
    expect(query.json()).toMatchObject({ code: 'invalid_text', path: 'querystring/fileName' });
    const param = await call('GET', '/api/organisations/abc%00def/people', 'certifier');
    expect(param.statusCode).toBe(400);
    expect(param.json()).toMatchObject({ code: 'invalid_text', path: 'params/id' });
  });

  it('answers a body over the limit with a coded 413', async () => {
    const response = await call('PUT', '/api/me/locale', 'certifier', {
      locale: 'fr',
      padding: 'x'.repeat(1_100_000),
    });
    expect(response.statusCode).toBe(413);
    const body = response.json();
    expect(body.code).toBe('payload_too_large');
    expect(body.message.fr).toMatch(/trop volumineu/);
    expect(body.message.en).toMatch(/too large/);
  });
});

describe('logs', () => {
  it('keep no body, password, token, identity field or uploaded byte, even of a failing request', async () => {
    logged.length = 0;
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'jury@demo.certeval.example', password: 'Mot-de-passe-secret-42' },
    });
    await t.app.inject({
      method: 'GET',
      url: '/api/invitations/Jeton-d-invitation-secret-0123456789',
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: 'Jeton-de-reinitialisation-secret', password: 'Mot-de-passe-secret-43' },
    });
    await upload('bulletin\u0000-Camille-Vasseur.pdf');
    // The database refuses every new document: the request fails with a 500, as an outage would.
    await t.ctx.database.query(
      'ALTER TABLE vae_documents ADD CONSTRAINT refuse_for_test CHECK (false) NOT VALID',
    );
    try {
      const failed = await upload('Bulletin-Camille-Vasseur.pdf');
      expect(failed.statusCode).toBe(500);
      expect(failed.json().code).toBe('internal');
    } finally {
      await t.ctx.database.query('ALTER TABLE vae_documents DROP CONSTRAINT refuse_for_test');
    }
    const text = logged.join('');
    const lines = logged.flatMap((chunk) => chunk.split('\n')).filter(Boolean);
    const errors = lines.map((l) => JSON.parse(l)).filter((l) => l.level >= 50);
    // The failure is logged, with what helps to find it…
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors[0])).toMatch(/refuse_for_test|23514/);
    // …and nothing the person sent.
    for (const secret of [
      MARKER,
      'Camille-Vasseur',
      'Mot-de-passe-secret',
      'jury@demo.certeval.example',
      'Jeton-d-invitation-secret',
      'Jeton-de-reinitialisation-secret',
      'certeval_session=',
    ])
      expect(text).not.toContain(secret);
  });
});
