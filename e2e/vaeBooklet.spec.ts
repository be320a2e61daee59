// The VAE candidate's descriptive activity booklet (issue 6, item 5; seed 001, "accès par la
// VAE : un livret descriptif d'activité rempli par le candidat, éventuellement accompagné de
// documents techniques"): the demo's VAE candidate writes answers, reloads and finds them,
// attaches a PDF (a program is refused, named), submits; the booklet is then read-only and the
// file goes before the jury.
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './signIn.ts';

const VAE_CANDIDATE = 'candidat.vae@demo.certeval.example';
const PILOT = 'pilote@demo.certeval.example';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

async function openBooklet(page: Page) {
  await page.getByTestId('nav-my-vae-booklet').click();
  await expect(page.getByTestId('vae-writer')).toBeVisible();
}

const savedStatus = (page: Page) =>
  expect(page.getByTestId('save-status-text')).toContainText('Enregistré à', { timeout: 10_000 });

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
  await pilot.getByTestId('nav-candidates').click();
  await pilot.getByRole('link', { name: /Camille Vasseur/ }).click();
  await expect(pilot.getByTestId('candidate-page')).toContainText('Présenté au jury');
  await pilot.getByTestId('vae-open').click();
  await expect(pilot.getByTestId('vae-reader')).toContainText('ruptures de stock');
  await expect(pilot.getByTestId('vae-document')).toContainText('procedure-edi.pdf');
});
