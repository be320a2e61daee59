// The VAE candidate's descriptive activity booklet (issue 6, item 5; seed 001, "accès par la
// VAE : un livret descriptif d'activité rempli par le candidat, éventuellement accompagné de
// documents techniques"): the demo's VAE candidate writes answers, reloads and finds them,
// attaches a PDF (a program is refused, named), submits; the booklet is then read-only and the
// file goes before the jury. A jury member of her session then reads her answers under the
// questions of the booklet's appreciation; the certifier re-opens the booklet with a reason, and
// the candidate finds it editable again, with the reason, and sends it anew. Last, the jury she
// is seated before decides with OT not validated (prepared through the API), and its president
// reads which blocs of fiche RNCP 28795 the decision validates on their own
// (data/rules/cqp-agc-vae.yaml, `blocs`), then tries OT at 75 % before signing.
import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  agreedDeliberation,
  apiAs,
  appreciateBooklet,
  JURY,
  json,
  seatedSession,
} from './journeyApi.ts';
import { signIn } from './signIn.ts';

// Each journey goes on from the one before: the booklet the first submits, the seat the second
// gives her (re-opening the booklet does not take her off the session).
test.describe.configure({ mode: 'serial' });
let seated: { sessionId: string; seatId: string; candidateId: string } | undefined;

const VAE_CANDIDATE = 'candidat.vae@demo.certeval.example';
const PILOT = 'pilote@demo.certeval.example';
const CERTIFIER = 'certificateur@demo.certeval.example';
const REASON = 'Il manque un exemple de réclamation client dans la mission M4.';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

async function openBooklet(page: Page) {
  await page.getByTestId('nav-my-vae-booklet').click();
  await expect(page.getByTestId('vae-writer')).toBeVisible();
}

const savedStatus = (page: Page) =>
  expect(page.getByTestId('save-status-text')).toContainText('Enregistré à', { timeout: 10_000 });

/** Her file from the candidate list, found by name: other journeys fill the list past a page. */
async function findVasseur(page: Page) {
  await page.getByTestId('nav-candidates').click();
  await page.getByTestId('candidate-list-search').fill('Vasseur');
  await page.getByRole('link', { name: /Camille Vasseur/ }).click();
}

test('a VAE candidate writes their booklet, finds it after a reload, attaches a document, submits it', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, VAE_CANDIDATE);
  await expect(page.getByTestId('home-candidate')).toBeVisible();
  await openBooklet(page);
  await expect(page.getByTestId('vae-title')).toHaveText(/Livret descriptif d'activité/);
  const answers = page.getByRole('textbox');
  const count = await page.locator('[data-testid^="vae-answer-"]').count();
  expect(count).toBe(10);

  // Two answers, saved as typed; a reload finds them.
  const first = page.locator('[data-testid^="vae-answer-"]').nth(0);
  const second = page.locator('[data-testid^="vae-answer-"]').nth(1);
  await first.fill('Chaque lundi, je relis les promotions en cours et les conditions de vente.');
  await second.fill('Je consulte les ruptures de stock avant de planifier mes appels.');
  await savedStatus(page);
  await page.reload();
  await expect(page.getByTestId('vae-writer')).toBeVisible();
  await expect(first).toHaveValue(/Chaque lundi, je relis les promotions/);
  await expect(second).toHaveValue(/ruptures de stock/);
  expect(await answers.count()).toBeGreaterThanOrEqual(10);

  // A program is refused with its name; a PDF is attached to a section.
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles({
    name: 'outil.exe',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('MZ\x90\x00 not a document'),
  });
  await page.getByTestId('vae-document-attach').click();
  await expect(page.getByTestId('vae-document-error')).toContainText(
    '« outil.exe » n’est pas accepté',
  );
  await fileInput.setInputFiles({
    name: 'procedure-edi.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await page.getByTestId('vae-document-section').selectOption('M2');
  await page.getByTestId('vae-document-attach').click();
  await expect(page.getByTestId('vae-document-done')).toContainText(
    '« procedure-edi.pdf » est joint',
  );
  const row = page.getByTestId('vae-document');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('M2');
  const download = page.waitForEvent('download');
  await row.getByTestId('vae-document-download').click();
  expect((await download).suggestedFilename()).toBe('procedure-edi.pdf');

  // Every question answered, then submitted: read-only.
  await expect(page.getByTestId('vae-submit')).toBeDisabled();
  for (let i = 2; i < count; i += 1)
    await page
      .locator('[data-testid^="vae-answer-"]')
      .nth(i)
      .fill(`Exemple de ma pratique n° ${i + 1}.`);
  await savedStatus(page);
  await expect(page.getByTestId('vae-unanswered')).toHaveText(
    'Vous avez répondu à chaque question.',
  );
  await page.getByTestId('vae-submit').click();
  await page.getByTestId('vae-submit-confirm').click();
  await expect(page.getByTestId('vae-submitted')).toContainText('Votre livret est envoyé au jury.');
  await expect(page.getByTestId('vae-reader')).toBeVisible();
  await expect(page.getByTestId('vae-status')).toHaveText('Envoyé au jury');
  await expect(page.locator('[data-testid^="vae-answer-"]')).toHaveCount(0);
  await expect(page.getByTestId('vae-document-remove')).toHaveCount(0);
  await expect(page.getByTestId('vae-reader')).toContainText(
    'Chaque lundi, je relis les promotions',
  );

  // The pilot finds the file before the jury, and reads the booklet from it.
  const pilot = await (await browser.newContext()).newPage();
  await signIn(pilot, PILOT);
  await findVasseur(pilot);
  await expect(pilot.getByTestId('candidate-page')).toContainText('Présenté au jury');
  await pilot.getByTestId('vae-open').click();
  await expect(pilot.getByTestId('vae-reader')).toContainText('ruptures de stock');
  await expect(pilot.getByTestId('vae-document')).toContainText('procedure-edi.pdf');
});

async function newPage(browser: Browser, email: string, role: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page.getByTestId(`home-${role}`)).toBeVisible();
  return page;
}

/** The demo's VAE candidate's file, seated before a CQP AGC jury convened through the API. */
async function seatBeforeJury(browser: Browser) {
  const certifier = await apiAs(browser, CERTIFIER);
  const { items: files } = await json<{ items: Array<{ id: string; birthName: string }> }>(
    await certifier.get('/api/candidates?name=Vasseur'),
  );
  const candidateId = files.find((f) => f.birthName === 'Vasseur')?.id as string;
  const seat = await seatedSession(browser, candidateId, {
    startTime: '16:00',
    place: 'Commission paritaire, salle Rhône (démo)',
  });
  return { ...seat, candidateId };
}

test('a jury member reads the submitted booklet under its questions; the certifier re-opens it with a reason and the candidate writes again', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  seated = await seatBeforeJury(browser);
  const { sessionId, seatId, candidateId } = seated;

  // A jury member goes from their session to the candidate's file and opens the appreciation
  // of her booklet: her answer stands under each question.
  const member = await newPage(browser, JURY.opca, 'jury_member');
  await member.getByTestId('nav-my-jury-sessions').click();
  await member.getByTestId(`session-row-${sessionId}`).getByRole('link').click();
  await member.getByTestId(`seat-${candidateId}`).getByTestId('seat-file').click();
  await expect(member.getByTestId('candidate-name')).toHaveText(/Camille Vasseur/);
  await member.getByTestId('new-evaluation-instrument').selectOption('cqp-agc-vae-booklet@1');
  await member.getByTestId('new-evaluation-kind').selectOption('final');
  await member.getByTestId('new-evaluation-submit').click();
  await expect(member.getByTestId('vae-for-jury')).toBeVisible({ timeout: 15_000 });
  await expect(member.getByTestId('vae-not-submitted')).toHaveCount(0);
  await expect(
    member.getByTestId('item-vae-M1-PO').getByTestId('vae-read-vae-M1-PO'),
  ).toContainText('Chaque lundi, je relis les promotions en cours et les conditions de vente.');
  await expect(
    member.getByTestId('item-vae-M1-OT').getByTestId('vae-read-vae-M1-OT'),
  ).toContainText('Je consulte les ruptures de stock avant de planifier mes appels.');
  await expect(member.getByTestId('vae-document')).toContainText('procedure-edi.pdf');
  // Issue 16, item 4: each answer names the lines of the jury's grid it supports…
  await expect(member.getByTestId('supports-vae-M1-OT')).toContainText('OT.1');
  await expect(member.getByTestId('supports-vae-M3-R')).toContainText('R.1');
  await expect(member.getByTestId('vae-reopen-open')).toHaveCount(0);

  // The certifier re-opens it from the file, with a reason: the file leaves the jury.
  const certifier = await newPage(browser, CERTIFIER, 'certifier_admin');
  await findVasseur(certifier);
  // Her file's page, not the list just left: each row of the list has a state too.
  await expect(certifier.getByTestId('candidate-page').getByTestId('candidate-state')).toHaveText(
    'Présenté au jury',
  );
  await certifier.getByTestId('vae-open').click();
  await expect(certifier.getByTestId('vae-status')).toHaveText('Envoyé au jury');
  await certifier.getByTestId('vae-reopen-open').click();
  await expect(certifier.getByTestId('vae-reopen-confirm')).toBeDisabled();
  await certifier.getByTestId('vae-reopen-reason').fill('   ');
  await expect(certifier.getByTestId('vae-reopen-confirm')).toBeDisabled();
  await certifier.getByTestId('vae-reopen-reason').fill(REASON);
  await certifier.getByTestId('vae-reopen-confirm').click();
  await expect(certifier.getByTestId('vae-status')).toHaveText('En rédaction');
  await expect(certifier.getByTestId('vae-reopened')).toContainText(
    `par Hélène Marchetti : « ${REASON} »`,
  );
  await expect(certifier.getByTestId('vae-reopen-open')).toHaveCount(0);
  await certifier.getByTestId('vae-back').click();
  await expect(certifier.getByTestId('candidate-state')).toHaveText('Inscrit');

  // The candidate finds her booklet editable again, with the reason, completes it, sends it.
  const candidate = await newPage(browser, VAE_CANDIDATE, 'candidate');
  await openBooklet(candidate);
  await expect(candidate.getByTestId('vae-reopened')).toContainText(REASON);
  await expect(candidate.getByTestId('vae-reopened')).toContainText(
    'Complétez-le, puis envoyez-le de nouveau au jury.',
  );
  const m4 = candidate.getByTestId('vae-answer-vae-M4-R');
  await expect(m4).toBeEditable();
  await m4.fill('Un client a reçu des produits abîmés : je lui ai proposé un avoir le jour même.');
  await savedStatus(candidate);
  await candidate.getByTestId('vae-submit').click();
  await candidate.getByTestId('vae-submit-confirm').click();
  await expect(candidate.getByTestId('vae-status')).toHaveText('Envoyé au jury');
  await expect(candidate.getByTestId('vae-reader')).toContainText('proposé un avoir le jour même');
  // …and on the member's own grid (opened once the booklet is back: an open grid keeps the
  // certifier from re-opening it), each line shows the booklet's answers that support it.
  const grid = await json<{ evaluationId: string }>(
    await (await apiAs(browser, JURY.opca)).post(`/api/jury/candidates/${seatId}/grid`),
  );
  const space = /\/espace\/[^/]+\/[^/]+/.exec(member.url())?.[0];
  await member.goto(`${space}/evaluations/${grid.evaluationId}`);
  await expect(
    member.getByTestId('item-OT.1').getByTestId('evidence-answer-vae-M1-OT'),
  ).toContainText('Je consulte les ruptures de stock avant de planifier mes appels.');
  await expect(
    member.getByTestId('item-R.2').getByTestId('evidence-answer-vae-M4-R'),
  ).toContainText('proposé un avoir le jour même');
});

const BC01 =
  'Organiser son activité commerciale en utilisant les ressources et les moyens disponibles';
const BC02 =
  'Gérer la relation client dans le cadre de son activité commerciale en utilisant les techniques de vente';
const BC03 =
  'Proposer des solutions adaptées aux besoins du client au regard de l’offre et de la politique commerciale de l’entreprise';

/** A decision panel's blocs, row by row, in the referential's order: code and label, result. */
async function expectBlocs(page: Page, panel: string, results: [string, string, string]) {
  const rows = page.getByTestId(`${panel}-blocs`).getByRole('rowheader');
  await expect(rows).toHaveText([
    `RNCP28795BC01${BC01}`,
    `RNCP28795BC02${BC02}`,
    `RNCP28795BC03${BC03}`,
  ]);
  for (const [k, result] of results.entries())
    await expect(
      page
        .getByTestId(`${panel}-bloc-RNCP28795BC0${k + 1}`)
        .getByRole('cell')
        .first(),
    ).toHaveText(result);
}

test('the jury president reads which blocs of fiche RNCP 28795 the decision validates, and tries OT at 75 % before signing', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  if (!seated) throw new Error('the second journey seats the candidate');
  const { sessionId, seatId, candidateId } = seated;

  // Through the API: a member's appreciation of the booklet, the three members' grids, then
  // the agreement R 80, PO 72, OT 60 — OT is not validated (not above 70), so only bloc n°3,
  // all of whose savoir-faire are in PO.
  await appreciateBooklet(browser, candidateId, 70);
  await agreedDeliberation(
    browser,
    seatId,
    { president: [70, 70, 50], employees: [70, 70, 30], opca: [100, 70, 70] },
    {
      percentages: { R: 80, PO: 72, OT: 60 },
      comment: 'Expérience solide ; organisation du travail à consolider.',
    },
  );

  // The president opens her deliberation from their sessions and reads the decision.
  const president = await newPage(browser, JURY.president, 'jury_member');
  await president.getByTestId('nav-my-jury-sessions').click();
  await president.getByTestId(`session-row-${sessionId}`).getByRole('link').click();
  await president.getByTestId(`seat-${candidateId}`).getByTestId('seat-deliberation').click();
  await expect(president.getByTestId('deliberation-title')).toContainText('Camille Vasseur');
  await expect(president.getByTestId('deliberation-status')).toHaveText('Décidé, à signer');
  await expect(president.getByTestId('decision-panel-summary')).toHaveText('CQP non attribué');
  await expect(president.getByTestId('decision-panel-unit-OT')).toHaveText(
    'Outil / Organisation du travail (OT) non validé',
  );
  const blocs = president.getByTestId('decision-panel-blocs');
  await expect(blocs.getByRole('heading')).toHaveText('Blocs de compétences');
  await expectBlocs(president, 'decision-panel', ['Non acquis', 'Non acquis', 'Acquis']);
  const why = (bloc: string) =>
    president.getByTestId(`decision-panel-bloc-${bloc}`).getByRole('cell').last();
  await expect(why('RNCP28795BC02')).toHaveText(
    'Bloc de compétences RNCP28795BC02 non acquis : OTSF5 relève du domaine Outil / Organisation du travail (OT), non validé',
  );
  await expect(why('RNCP28795BC03')).toHaveText(
    "Bloc de compétences RNCP28795BC03 acquis : chacun de ses savoir-faire relève d'un domaine validé : Produits / Offres commerciales (PO)",
  );

  // Before signing, the president revises the agreement: the what-if starts from it, and OT
  // at 75 % would validate every bloc and award the CQP.
  await president.getByTestId('step-revise').click();
  const ot = president.getByTestId('agreed-OT');
  await expect(ot).toHaveValue('60');
  const whatIf = president.getByTestId('what-if');
  await expectBlocs(president, 'what-if-decision', ['Non acquis', 'Non acquis', 'Acquis']);
  await ot.fill('75');
  await expect(whatIf.getByTestId('what-if-decision-summary')).toHaveText('CQP attribué');
  await expectBlocs(president, 'what-if-decision', ['Acquis', 'Acquis', 'Acquis']);

  // Trying is not deciding: back at the jury's 60 %, recorded, only bloc n°3 stands.
  await ot.fill('60');
  await expect(whatIf.getByTestId('what-if-decision-summary')).toHaveText('CQP non attribué');
  await president.getByTestId('record-agreement').click();
  await expect(president.getByTestId('deliberation-status')).toHaveText('Décidé, à signer');
  await expectBlocs(president, 'decision-panel', ['Non acquis', 'Non acquis', 'Acquis']);
});
