// Notifications (issue 15, item 4), each from the action that causes it, through a real SMTP
// server: the tutor and the trainer told of evaluations to do when the file is positioned or
// enters training (unless they switched it off), the candidate told of a questionnaire to take,
// convened to the jury (the letter and an iCalendar event attached; sent once per slot), told
// the decision once signed, and told their certificate is revoked with the reason; a VAE
// candidate told that their booklet was re-opened, with the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRET } from './certificates/certificates.testing.ts';
import {
  agreedDeliberation,
  type Journey,
  journey,
  readyDemoCandidate,
  readyVaeCandidate,
  today,
} from './jury/juryJourney.testing.ts';
import { createDemoTestApp } from './test/harness.ts';
import { receivedFor, settled, until } from './test/mailbox.ts';
import { startSmtpServer } from './test/smtpServer.ts';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let candidateId: string;

const LUCAS = 'candidat@demo.certeval.example';
const TUTOR = 'tuteur@demo.certeval.example';
const TRAINER = 'formateur@demo.certeval.example';

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createDemoTestApp(
    {
      CERTEVAL_SMTP_URL: smtp.url,
      CERTEVAL_PUBLIC_URL: 'https://certeval.example.org',
      CERTEVAL_MAIL_RETRY_DELAY_SECONDS: '0',
      CERTEVAL_SECRET: TEST_SECRET,
    },
    { workers: true },
  );
  j = await journey(t);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const ok = async (
  response: { statusCode: number; body: string; json(): unknown },
  status = 200,
) => {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as Record<string, unknown> & { revision: number; id: string };
};
const subjects = (email: string) =>
  smtp.received.filter((r) => r.recipients.includes(email)).map((r) => r.mail.subject);

describe('the messages of the procedure', () => {
  it('let a person switch off an optional notice, never one the procedure requires', async () => {
    const refused = await j.call('PUT', '/api/me/preferences', 'trainer', {
      locale: 'fr',
      off: ['jury-convocation'],
    });
    expect(refused.json()).toMatchObject({ code: 'validation_failed', path: 'body/off' });
    const saved = await ok(
      await j.call('PUT', '/api/me/preferences', 'trainer', {
        locale: 'fr',
        off: ['evaluation-to-do'],
      }),
    );
    expect(saved.notifications).toContainEqual({
      template: 'evaluation-to-do',
      optional: true,
      on: false,
    });
    expect(saved.notifications).toContainEqual({
      template: 'jury-convocation',
      optional: false,
      on: true,
    });
  });

  it('tell the tutor of evaluations to do, not the trainer who switched them off', async () => {
    candidateId = await readyDemoCandidate(j);
    // Positioned by the tutor's own positioning: only the trainer would be told (muted here);
    // in training by the pilot: the tutor is told.
    const [notice] = await receivedFor(smtp.received, TUTOR);
    expect(notice?.mail.subject).toBe('Évaluation à faire — Lucas Moreau');
    expect(notice?.mail.text).toContain('est entré(e) en formation');
    expect(notice?.mail.text).toContain(`https://certeval.example.org/candidates/${candidateId}`);
    await settled(t.ctx, ['mail-deliver']);
    expect(subjects(TUTOR)).toEqual(['Évaluation à faire — Lucas Moreau']);
    expect(subjects(TRAINER)).toEqual([]);
  });

  it('tell the candidate a questionnaire waits, with its planned day', async () => {
    const assigned = await ok(
      await j.call('POST', `/api/candidates/${candidateId}/questionnaires`, 'trainer', {
        instrument: { key: 'cqp-agc-demo-questionnaire', version: '1' },
        kind: 'continuous',
        date: today(),
      }),
      201,
    );
    const [message] = await receivedFor(smtp.received, LUCAS);
    expect(message?.mail.subject).toMatch(/^Un questionnaire vous attend — /);
    expect(message?.mail.text).toContain('Karim Benali vous a attribué un questionnaire');
    expect(message?.mail.text).toContain(
      `https://certeval.example.org/evaluations/${assigned.id}/take`,
    );
  });

  it('convene the candidate with the letter and the calendar event, once per slot', async () => {
    const { sessionId, seatId, deliberation } = await agreedDeliberation(j, candidateId, {
      percentages: { R: 80, PO: 80, OT: 80 },
      comment: 'Prestation solide (démo).',
    });
    const first = await ok(
      await j.call('POST', `/api/jury/sessions/${sessionId}/convocations`, 'certifier'),
    );
    expect(first).toEqual({ sent: 1, alreadySent: 0, unreachable: 0 });
    const convocation = await until(async () =>
      smtp.received.find((r) => r.mail.subject?.startsWith('Convocation au jury')),
    );
    const files = convocation.mail.attachments.map((a) => [a.filename, a.contentType]);
    expect(files).toEqual([
      [expect.stringMatching(/^convocation-.+\.pdf$/), 'application/pdf'],
      ['convocation.ics', 'text/calendar'],
    ]);
    const ics = convocation.mail.attachments[1]?.content.toString('utf8') ?? '';
    expect(ics).toMatch(/\r\nBEGIN:VEVENT\r\n/);
    expect(ics).toContain(`UID:${seatId}@certeval.example.org`);
    expect(ics).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
    expect(ics.replace(/\r\n /g, '')).toContain('LOCATION:Commission paritaire\\, salle Loire');
    const again = await ok(
      await j.call('POST', `/api/jury/sessions/${sessionId}/convocations`, 'certifier'),
    );
    expect(again).toEqual({ sent: 0, alreadySent: 1, unreachable: 0 });
    const states = await until(async () => {
      const list = (
        await j.call('GET', `/api/jury/sessions/${sessionId}/convocations`, 'certifier')
      ).json();
      return list[0]?.delivery?.state === 'sent' && list;
    });
    expect(states).toEqual([{ seatId, delivery: expect.objectContaining({ state: 'sent' }) }]);

    // The president signs: the candidate is told the decision.
    await ok(
      await j.call('POST', `/api/jury/candidates/${seatId}/sign`, 'president', {
        password: 'certeval-demo',
        revision: deliberation.revision,
      }),
    );
    const decision = await until(async () =>
      smtp.received.find((r) => r.mail.subject?.startsWith('Décision du jury')),
    );
    expect(decision.recipients).toEqual([LUCAS]);
    expect(decision.mail.text).toContain(`https://certeval.example.org/candidates/${candidateId}`);

    // Issued, then revoked: told with the reason.
    const batch = await ok(
      await j.call('POST', '/api/certificates/batches', 'certifier', { sessionId }),
      202,
    );
    await until(async () => {
      const read = (
        await j.call('GET', `/api/certificates/batches/${batch.id}`, 'certifier')
      ).json();
      return read.status !== 'running';
    });
    const [document] = (
      await j.call('GET', `/api/certificates?sessionId=${sessionId}`, 'certifier')
    ).json() as Array<{ id: string; number: string }>;
    if (!document) throw new Error('no document issued');
    await ok(
      await j.call('POST', `/api/certificates/${document.id}/revocation`, 'certifier', {
        reason: 'Erreur sur l’identité du titulaire (démo).',
      }),
    );
    const revoked = await until(async () =>
      smtp.received.find((r) => /révoqué/.test(r.mail.subject ?? '')),
    );
    expect(revoked.recipients).toEqual([LUCAS]);
    expect(revoked.mail.text).toContain('Erreur sur l’identité du titulaire (démo).');
    expect(revoked.mail.text).toContain(`https://certeval.example.org/verifier/${document.number}`);
  });

  it('tell a VAE candidate their booklet was re-opened, and why', async () => {
    const vae = await readyVaeCandidate(j, t.app);
    const booklet = await ok(
      await j.call('GET', `/api/candidates/${vae}/vae-booklet`, 'certifier'),
    );
    await ok(
      await j.call('POST', `/api/candidates/${vae}/vae-booklet/reopen`, 'certifier', {
        reason: 'Décrivez aussi la relation client à distance.',
        revision: booklet.revision,
      }),
    );
    const [message] = await receivedFor(smtp.received, 'candidat.vae@demo.certeval.example');
    expect(message?.mail.subject).toBe('Votre livret descriptif d’activité est rouvert');
    expect(message?.mail.text).toContain('Motif : Décrivez aussi la relation client à distance.');
    expect(message?.mail.text).toContain('https://certeval.example.org/my-vae-booklet');
  });
});
