// Certificates end to end (issue 7): a jury session is signed through the API (a fictional
// candidate enrolled, evaluated, graded by the three members, agreed and signed by the
// president); the certifier issues the session's certificates on screen and follows the
// progress; the certificate's QR link, read from its PDF, opens in a browser without a session
// and says valid; the certifier revokes it with a reason and the same page says revoked, with
// the reason; the statistics page counts the new certificate, then counts it revoked.
import { readFile } from 'node:fs/promises';
import { type Browser, expect, test } from '@playwright/test';
import { agreedDeliberation, json, pdfText, readyCandidate, seatedSession } from './journeyApi.ts';
import { DEMO_PASSWORD, signIn } from './signIn.ts';

const CERTIFIER = 'certificateur@demo.certeval.example';
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

/** A CQP AGC jury convened, graded, agreed and signed for the candidate: the session's id. */
async function signedSession(browser: Browser): Promise<string> {
  const candidateId = await readyCandidate(browser, CANDIDATE, { tutor: 85, trainer: 80 });
  const seat = await seatedSession(browser, candidateId, { startTime: '14:00', place: PLACE });
  const { president, revision } = await agreedDeliberation(
    browser,
    seat.seatId,
    { president: [70, 70, 70], employees: [70, 70, 70], opca: [100, 70, 70] },
    {
      percentages: { R: 80, PO: 70, OT: 70 },
      comment: 'Argumentation claire, outils de la biscuiterie bien maîtrisés.',
    },
  );
  await json(
    await president.post(`/api/jury/candidates/${seat.seatId}/sign`, {
      data: { password: DEMO_PASSWORD, revision },
    }),
  );
  return seat.sessionId;
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
  await expect(session).toContainText('Assistant(e) de gestion client');
  await page.getByTestId('signatory-quality').fill('Présidente de la CPNE (démo)');
  await session.getByTestId('issue-session').click();
  await expect(session.getByTestId('batch-progress')).toHaveAttribute('data-status', 'done', {
    timeout: 30_000,
  });
  await expect(session.getByTestId('batch-message')).toContainText(
    'Délivrance terminée : 1 document délivré.',
  );
  await expect(session.getByTestId('session-issued')).toHaveText('1');

  // Issue 15: the issuance ran as a task of the queue, listed done under « Courriels et tâches ».
  await page.getByTestId('nav-messages').click();
  await expect(page.getByTestId('outbox-page')).toBeVisible();
  await page.getByTestId('jobs-tab').click();
  await expect(
    page.getByTestId('job').filter({ hasText: 'Délivrance des documents du jury du' }).first(),
  ).toHaveAttribute('data-state', 'done');
  await page.getByTestId('nav-certificates').click();

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
