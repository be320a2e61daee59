// Certificates end to end (issue 7): a jury session is signed through the API (a fictional
// candidate enrolled, evaluated, graded by the three members, agreed and signed by the
// president); the certifier issues the session's certificates on screen and follows the
// progress; the certificate's QR link, read from its PDF, opens in a browser without a session
// and says valid; the certifier revokes it with a reason and the same page says revoked, with
// the reason; the statistics page counts the new certificate, then counts it revoked. And
// documents follow their decision (issue 14): reopening a signed deliberation shows the
// certifier the certificate it will suspend, and its public page then says suspended, with
// the reason, and so does its credential uploaded to /verifier.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readerWordProblems } from '../packages/web/src/i18n/readerWords.ts';
import { issuedDocument, signedSession } from './issuedCertificate.ts';
import { apiAs, pdfText } from './journeyApi.ts';
import { signIn } from './signIn.ts';

const CERTIFIER = 'certificateur@demo.certeval.example';

/** A fictional candidate, named apart from the other journeys' on the same server. */
const CANDIDATE = {
  birthName: 'Delaunay',
  firstNames: ['Maëlle'],
  birthDate: '1996-09-23',
  birthPlace: 'Saint-Florent-sur-Aube (Aube)',
  accessRoute: 'professionalisation_contract',
};
const NAME = 'Maëlle Delaunay';

test('a certifier issues a signed session; the QR link says valid, then revoked; statistics count it', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { sessionId } = await signedSession(browser, CANDIDATE);

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

  // Issue 16, item 5: the signing key in people's words, since when and its short form; never
  // its address nor its public key (the words check of every page, readerWords.ts).
  await page.reload();
  const keyPanel = page.getByTestId('signing-key');
  await expect(keyPanel.getByTestId('key-fingerprint')).toHaveText(/^Empreinte : \S{4} · \S{4}$/);
  await expect(keyPanel).toContainText(/Clé active depuis le \d{1,2} \p{L}+ \d{4}/u);
  expect(readerWordProblems(await keyPanel.innerText(), { lang: 'fr' })).toEqual([]);

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
  // One status check per list, each in its own words: not revoked, not suspended.
  await expect(visitor.getByTestId('check-status')).toContainText([
    'Non révoqué.',
    'Non suspendu.',
  ]);

  // The statistics page counts the new certificate in force this year.
  await page.getByTestId('nav-statistics').click();
  await expect(page.getByTestId('statistics-page')).toBeVisible();
  const inForce = Number(await page.getByTestId('total-certificates').textContent());
  expect(inForce).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('chart-years')).toContainText(String(new Date().getFullYear()));
  await expect(page.getByTestId('chart-pass-rates')).toBeVisible();
  // Issue 16, item 8: a count's axis reads whole numbers, and the bars stand in the chart's middle.
  const years = page.getByTestId('chart-years');
  await expect(years.locator('.recharts-bar-rectangle').first()).toBeAttached();
  const ticks = await years
    .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .allTextContents();
  expect(ticks.length).toBeGreaterThan(1);
  for (const tick of ticks) expect(tick.trim()).toMatch(/^\d+$/);
  const centres = await years.evaluate((chart) => {
    const figure = chart.querySelector('figure')?.getBoundingClientRect();
    const bars = [...chart.querySelectorAll('.recharts-bar-rectangle')]
      .map((bar) => bar.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0);
    const left = Math.min(...bars.map((b) => b.left));
    const right = Math.max(...bars.map((b) => b.right));
    return { figure: figure ? figure.left + figure.width / 2 : 0, bars: (left + right) / 2 };
  });
  expect(Math.abs(centres.bars - centres.figure)).toBeLessThanOrEqual(12);
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
  // Its revocation list's bit is set; its suspension list's is not.
  await expect(
    visitor.getByTestId('check-status').and(visitor.locator('[data-ok="false"]')),
  ).toHaveCount(1);
  await expect(visitor.getByTestId('check-status')).toContainText(['Révoqué', 'Non suspendu.']);

  // Counted as revoked now, no longer in force.
  await page.getByTestId('nav-statistics').click();
  await expect(page.getByTestId('total-revoked')).toHaveText(String(revokedBefore + 1));
  await expect(page.getByTestId('total-certificates')).toHaveText(String(inForce - 1));
});

/** A second fictional candidate, for the reopening. */
const REOPENED = {
  birthName: 'Fontaine',
  firstNames: ['Noé'],
  birthDate: '1993-02-14',
  birthPlace: 'Saint-Julien-du-Sault (Yonne)',
  accessRoute: 'professionalisation_contract',
};

test('reopening a signed deliberation lists the certificate it suspends; its page says suspended, with the reason', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { sessionId, seatId } = await signedSession(browser, REOPENED, '15:00');
  const { id, number } = await issuedDocument(browser, sessionId, 'Noé Fontaine');

  // The certifier opens the signed deliberation: the reopening names the certificate.
  const page = await (await browser.newContext()).newPage();
  await signIn(page, CERTIFIER);
  await expect(page.getByTestId('home-certifier_admin')).toBeVisible();
  const space = /\/espace\/[^/]+\/[^/]+/.exec(page.url())?.[0];
  await page.goto(`${space}/jury/candidates/${seatId}`);
  await page.getByTestId('reopen-open').click();
  const documents = page.getByTestId('reopen-documents');
  await expect(documents).toContainText('sera suspendu');
  await expect(documents.getByTestId('reopen-document')).toHaveText(`Certificat n° ${number}`);
  const reason = 'Pourcentage PO mal reporté dans la grille de synthèse (e2e).';
  await page.getByTestId('reopen-reason').fill(reason);
  await page.getByTestId('reopen-confirm').click();
  await expect(page.getByTestId('deliberation-status')).toHaveText('Rouvert par le certificateur');

  // Its public page, without a session: suspended, with the reopening's reason.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/verifier/${number}`);
  const status = visitor.getByTestId('certificate-status');
  await expect(status).toHaveAttribute('data-status', 'suspended', { timeout: 15_000 });
  await expect(status).toContainText('Ce document est suspendu.');
  await expect(visitor.getByTestId('suspension-reason')).toContainText(reason);
  await expect(visitor.getByTestId('fact-holder')).toHaveText('Noé Fontaine');
  // Its credential says so itself: not revoked, but suspended in its certifier's second list.
  await expect(visitor.getByTestId('certificate-verdict')).toContainText(
    'Credential invalide : suspendu par son émetteur.',
  );
  await expect(visitor.getByTestId('check-status')).toContainText(['Non révoqué.', 'Suspendu.']);

  // The same credential, uploaded as a file: invalid, suspended, in French and English.
  const certifier = await apiAs(browser, CERTIFIER);
  const credential = await (await certifier.get(`/api/certificates/${id}/credential`)).body();
  await visitor.goto('/verifier');
  await visitor.locator('input[type="file"]').setInputFiles({
    name: 'credential.json',
    mimeType: 'application/json',
    buffer: credential,
  });
  await visitor.getByTestId('verify-file-submit').click();
  const verdict = visitor.getByTestId('upload-verdict');
  await expect(verdict).toHaveAttribute('data-outcome', 'invalid', { timeout: 15_000 });
  await expect(verdict).toContainText('Credential invalide : suspendu par son émetteur.');
  await expect(visitor.getByTestId('check-status')).toContainText(['Non révoqué.', 'Suspendu.']);
  await visitor.getByTestId('language-en').click();
  await expect(verdict).toContainText('Invalid credential: suspended by its issuer.');
  await expect(visitor.getByTestId('check-status')).toContainText(['Not revoked.', 'Suspended.']);
});
