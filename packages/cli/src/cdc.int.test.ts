// `certeval cdc settings` and `cdc export` on a demo database whose certifier issued a jury
// session's certificates: refused without identifiers, then naming the holder whose record
// lacks data, then a file valid against the Caisse des Dépôts' schema.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cdcSchemaErrors } from '@certeval/core/cdc/cdcSchema.testing';
import { parisDay } from '@certeval/core/cdc/index';
import { awardedDecision } from '@certeval/core/certificates/certificates.testing';
import { signedJurySession, TEST_SECRET } from '@certeval/server/certificates/certificates.testing';
import { issueSessionCertificates } from '@certeval/server/certificates/issueCertificates';
import { candidates } from '@certeval/server/platform/db/schema';
import { createDemoTestApp } from '@certeval/server/test/harness';
import { actorForEmail } from '@certeval/server/test/sessions';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let lackingId: string;
let numbers: string[];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-cli-cdc-'));
const out = path.join(tmp, 'declaration.xml');
const cli = (argv: string[]) => runCli(t.ctx, argv);
const exportArgs = () => [
  'cdc',
  'export',
  '--from',
  '2025-01-01',
  '--to',
  parisDay(new Date()),
  '--out',
  out,
];

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
  const session = await signedJurySession(t.ctx, [
    {
      decision: awardedDecision(),
      birthName: 'Garnier',
      firstNames: ['Inès'],
      sex: 'female',
      birthInseeCode: '21231',
    },
    { decision: awardedDecision(), birthName: 'Rolland', firstNames: ['Théo'] },
  ]);
  lackingId = session.candidateIds[1] ?? '';
  const actor = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
  const issued = await issueSessionCertificates(t.ctx, actor, session.sessionId);
  numbers = issued.issued.map((d) => d.number);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('certeval cdc', () => {
  it('asks for the certifier’s identifiers first, and checks them', async () => {
    const refused = await cli(exportArgs());
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('identifiants Caisse des Dépôts');
    const wrong = await cli(['cdc', 'settings', '--id-client', 'ABC', '--id-contrat', 'MCF1']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('exactly 8 letters or digits');
    const unknown = await cli([
      'cdc',
      'settings',
      '--id-client',
      'ABC12345',
      '--id-contrat',
      'MCF1',
      '--certifier',
      'Nulle part',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Commission paritaire démo de l’alimentaire');
    const saved = await cli(['cdc', 'settings', '--id-client', 'abc12345', '--id-contrat', 'mcf1']);
    expect(saved.code, saved.err).toBe(0);
    expect(saved.out).toContain('idClient ABC12345, idContrat MCF1');
  });

  it('names the holder whose record lacks data and writes no file', async () => {
    const refused = await cli(exportArgs());
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Théo Rolland : sexe non renseigné');
    expect(refused.err).toContain('Théo Rolland: sex not given');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('writes the declaration, valid against the CDC schema, once the record is complete', async () => {
    await t.ctx.database.db
      .update(candidates)
      .set({ sex: 'male', birthInseeCode: '2A004' })
      .where(eq(candidates.id, lackingId));
    const done = await cli(exportArgs());
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain('2 document(s) déclaré(s) / declared');
    const xml = fs.readFileSync(out, 'utf8');
    expect(await cdcSchemaErrors(xml)).toEqual([]);
    for (const number of numbers) expect(xml).toContain(`<cpf:idTechnique>${number}<`);
    const again = await cli(exportArgs());
    expect(again.code).toBe(1);
    expect(again.err).toContain('Aucun document à déclarer');
  });
});
