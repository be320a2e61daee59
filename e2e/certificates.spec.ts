// Certificates end to end (issue 7): a jury session is signed through the API (a fictional
// candidate enrolled, evaluated, graded by the three members, agreed and signed by the
// president); the certifier issues the session's certificates on screen and follows the
// progress; the certificate's QR link, read from its PDF, opens in a browser without a session
// and says valid; the certifier revokes it with a reason and the same page says revoked, with
// the reason; the statistics page counts the new certificate, then counts it revoked.
import { readFile } from 'node:fs/promises';
import { type APIRequestContext, type Browser, expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DEMO_PASSWORD, signIn } from './signIn.ts';

const CERTIFIER = 'certificateur@demo.certeval.example';
const PRESIDENT = 'jury@demo.certeval.example';
const EMPLOYEES = 'jury.salaries@demo.certeval.example';
const OPCA = 'jury.opca@demo.certeval.example';
const PLACE = 'Salle des parchemins, Dijon (démo)';

/** A fictional candidate, named apart from the other journeys' on the same server. */
const CANDIDATE = {
  birthName: 'Delaunay',
  firstNames: ['Maëlle'],
  birthDate: '1996-09-23',
  birthPlace: 'Saint-Florent-sur-Aube (Aube)',
  accessRoute: 'professionalisation_contract',
};
const NAME = 'Maëlle Delaunay';

const today = () => new Date().toISOString().slice(0, 10);

async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

async function apiAs(browser: Browser, email: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const login = await context.request.post('/api/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  return context.request;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

type Instrument = { sections: Array<{ items: Array<{ id: string; scoring: { model: string } }> }> };

async function fill(api: APIRequestContext, evaluationId: string, items: object[]) {
  const current = await json<{ revision: number }>(
    await api.get(`/api/evaluations/${evaluationId}`),
  );
  const saved = await json<{ revision: number }>(
    await api.put(`/api/evaluations/${evaluationId}`, {
      data: { items, revision: current.revision },
    }),
  );
  await json(
    await api.post(`/api/evaluations/${evaluationId}/submit`, {
      data: { revision: saved.revision },
    }),
  );
}

async function record(
  api: APIRequestContext,
  candidateId: string,
  key: string,
  kind: string,
  pct: number,
) {
  const { instrument } = await json<{ instrument: Instrument }>(
    await api.get(`/api/instruments/${key}/versions/1`),
  );
  const items = instrument.sections.flatMap((s) =>
    s.items.map((i) =>
      i.scoring.model === 'acquis'
        ? { item: i.id, outcome: 'acquis' }
        : { item: i.id, percentage: pct },
    ),
  );
  const opened = await json<{ id: string }>(
    await api.post(`/api/candidates/${candidateId}/evaluations`, {
      data: { instrument: { key, version: '1' }, kind, date: today() },
    }),
  );
  await fill(api, opened.id, items);
}

async function move(api: APIRequestContext, candidateId: string, to: string) {
  const file = await json<{ revision: number }>(await api.get(`/api/candidates/${candidateId}`));
  await json(
    await api.post(`/api/candidates/${candidateId}/status`, {
      data: { to, revision: file.revision },
    }),
  );
}

/** The candidate enrolled in the demo project, evaluated and put before the jury. */
async function readyCandidate(browser: Browser, certifier: APIRequestContext): Promise<string> {
  const instruments = await json<Array<{ key: string; status: string; revision: number }>>(
    await certifier.get('/api/instruments'),
  );
  const quiz = instruments.find((i) => i.key === 'cqp-agc-demo-questionnaire');
  if (quiz?.status === 'draft') {
    await json(
      await certifier.post('/api/instruments/cqp-agc-demo-questionnaire/versions/1/publish', {
        data: { revision: quiz.revision },
      }),
    );
  }
  const pilot = await apiAs(browser, 'pilote@demo.certeval.example');
  const projects = await json<Array<{ id: string; status: string }>>(
    await pilot.get('/api/projects'),
  );
  const project = projects.find((p) => p.status === 'validated')?.id as string;
  const people = await json<{
    tutors: Array<{ id: string; email: string }>;
    trainers: Array<{ id: string }>;
  }>(await pilot.get(`/api/projects/${project}/assignable`));
  const tutorId = people.tutors.find((p) => p.email === 'tuteur@demo.certeval.example')?.id;
  const { id } = await json<{ id: string }>(
    await pilot.post(`/api/projects/${project}/candidates`, {
      data: { candidate: { ...CANDIDATE, tutorId, trainerId: people.trainers[0]?.id } },
    }),
  );
  const tutor = await apiAs(browser, 'tuteur@demo.certeval.example');
  await record(tutor, id, 'cqp-agc-tutor-grid', 'positioning', 50);
  await move(pilot, id, 'in_training');
  await record(tutor, id, 'cqp-agc-tutor-grid', 'final', 85);
  const trainer = await apiAs(browser, 'formateur@demo.certeval.example');
  await record(trainer, id, 'cqp-agc-demo-questionnaire', 'final', 80);
  await move(pilot, id, 'ready_for_jury');
  return id;
}

const observations = (r: number, po: number, ot: number) =>
  (
    [
      ['R.1', r],
      ['R.2', r],
      ['R.3', r],
      ['PO.1', po],
      ['OT.1', ot],
      ['OT.2', ot],
      ['OT.3', ot],
    ] as const
  ).map(([item, percentage]) => ({ item, percentage }));

/** A CQP AGC jury convened, graded, agreed and signed for the candidate: the session's id. */
async function signedSession(browser: Browser): Promise<string> {
  const certifier = await apiAs(browser, CERTIFIER);
  const candidateId = await readyCandidate(browser, certifier);
  const users = await json<Array<{ id: string; email: string }>>(await certifier.get('/api/users'));
  const idOf = (email: string) => users.find((u) => u.email === email)?.id;
  const session = await json<{ id: string; revision: number }>(
    await certifier.post('/api/jury/sessions', {
      data: {
        certification: 'cqp-agc',
        referentialVersion: '1',
        date: today(),
        startTime: '14:00',
        place: PLACE,
        members: [
          {
            userId: idOf(PRESIDENT),
            role: 'employers_representative',
            affiliation: 'Fédération (démo)',
            presides: true,
          },
          {
            userId: idOf(EMPLOYEES),
            role: 'employees_representative',
            affiliation: 'Syndicat (démo)',
          },
          { userId: idOf(OPCA), role: 'opca_representative', affiliation: 'OPCA démo' },
        ],
      },
    }),
  );
  const seat = await json<{ id: string }>(
    await certifier.post(`/api/jury/sessions/${session.id}/candidates`, {
      data: { candidateId, revision: session.revision },
    }),
  );
  const president = await apiAs(browser, PRESIDENT);
  for (const [email, grades] of [
    [PRESIDENT, [70, 70, 70]],
    [EMPLOYEES, [70, 70, 70]],
    [OPCA, [100, 70, 70]],
  ] as const) {
    const member = email === PRESIDENT ? president : await apiAs(browser, email);
    const grid = await json<{ evaluationId: string }>(
      await member.post(`/api/jury/candidates/${seat.id}/grid`),
    );
    const [r, po, ot] = grades;
    await fill(member, grid.evaluationId, observations(r, po, ot));
  }
  const revision = async () =>
    (await json<{ revision: number }>(await president.get(`/api/jury/candidates/${seat.id}`)))
      .revision;
  await json(
    await president.post(`/api/jury/candidates/${seat.id}/commands`, {
      data: { command: 'close_grading', revision: await revision() },
    }),
  );
  await json(
    await president.post(`/api/jury/candidates/${seat.id}/agreement`, {
      data: {
        percentages: { R: 80, PO: 70, OT: 70 },
        comment: 'Argumentation claire, outils de la biscuiterie bien maîtrisés.',
        revision: await revision(),
      },
    }),
  );
  await json(
    await president.post(`/api/jury/candidates/${seat.id}/sign`, {
      data: { password: DEMO_PASSWORD, revision: await revision() },
    }),
  );
  return session.id;
}

test('a certifier issues a signed session; the QR link says valid, then revoked; statistics count it', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const sessionId = await signedSession(browser);

  const page = await (await browser.newContext()).newPage();
  await signIn(page, CERTIFIER);
  await expect(page.getByTestId('home-certifier_admin')).toBeVisible();
  await page.getByTestId('nav-certificates').click();
  await expect(page.getByTestId('certificates-page')).toBeVisible();

  // Issue the session: the progress ends with one certificate issued.
  const session = page.getByTestId(`session-${sessionId}`);
  await expect(session).toContainText('cqp-agc');
  await page.getByTestId('signatory-quality').fill('Présidente de la CPNE (démo)');
  await session.getByTestId('issue-session').click();
  await expect(session.getByTestId('batch-progress')).toHaveAttribute('data-status', 'done', {
    timeout: 30_000,
  });
  await expect(session.getByTestId('batch-message')).toContainText(
    'Délivrance terminée : 1 document délivré.',
  );
  await expect(session.getByTestId('session-issued')).toHaveText('1');

  // The document in the list; its PDF carries the QR link of its verification page.
  const row = page.getByTestId('issued-list').getByRole('row', { name: new RegExp(NAME) });
  await expect(row).toContainText('Certificat (parchemin)');
  const number = (await row.getByTestId('document-verify-link').textContent())?.trim() ?? '';
  expect(number).toMatch(/^CQP-AGC-\d{4}-\d{6}$/);
  const download = page.waitForEvent('download');
  await row.getByTestId('document-pdf').click();
  const text = await pdfText(await readFile(await (await download).path()));
  expect(text).toContain(NAME);
  expect(text).toContain('Présidente de la CPNE (démo)');
  const link = new RegExp(`https?://\\S+/verifier/${number}`).exec(text)?.[0];
  expect(link).toBeDefined();

  // Anyone opens the QR link without a session: valid, signature verified.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(link as string);
  await expect(visitor.getByTestId('certificate-status')).toHaveAttribute('data-status', 'valid', {
    timeout: 15_000,
  });
  await expect(visitor.getByTestId('certificate-status')).toContainText('Ce document est valide.');
  await expect(visitor.getByTestId('fact-holder')).toHaveText(NAME);
  await expect(visitor.getByTestId('check-signature')).toHaveAttribute('data-ok', 'true');

  // The statistics page counts the new certificate in force this year.
  await page.getByTestId('nav-statistics').click();
  await expect(page.getByTestId('statistics-page')).toBeVisible();
  const inForce = Number(await page.getByTestId('total-certificates').textContent());
  expect(inForce).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('chart-years')).toContainText(String(new Date().getFullYear()));
  await expect(page.getByTestId('chart-pass-rates')).toBeVisible();
  const revokedBefore = Number(await page.getByTestId('total-revoked').textContent());

  // The certifier revokes it with a reason; the same link now says revoked, with the reason.
  await page.getByTestId('nav-certificates').click();
  await row.getByTestId('document-revoke').click();
  await page.getByTestId('revoke-reason').fill('Erreur de saisie du nom de naissance');
  await page.getByTestId('revoke-confirm').click();
  await expect(row.getByTestId('document-status')).toHaveText('Révoqué');
  await visitor.reload();
  const status = visitor.getByTestId('certificate-status');
  await expect(status).toHaveAttribute('data-status', 'revoked', { timeout: 15_000 });
  await expect(status).toContainText('Ce document a été révoqué.');
  await expect(visitor.getByTestId('revocation-reason')).toContainText(
    'Erreur de saisie du nom de naissance',
  );
  await expect(visitor.getByTestId('check-status')).toHaveAttribute('data-ok', 'false');

  // Counted as revoked now, no longer in force.
  await page.getByTestId('nav-statistics').click();
  await expect(page.getByTestId('total-revoked')).toHaveText(String(revokedBefore + 1));
  await expect(page.getByTestId('total-certificates')).toHaveText(String(inForce - 1));
});
