// Instrument authoring (issue 4, item 4): the certifier starts a new version of the tutor
// observation grid, edits a line's text, reorders it with the keyboard, tags it with a
// competence, saves, previews it as the tutor will see it, prints the paper form (a PDF whose
// text is read back) and publishes; the demo company's pilot then adapts the tutor grid for
// the company.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { pdfText } from './journeyApi.ts';
import { signIn } from './signIn.ts';

const GRID = 'cqp-agc-tutor-grid';
const EDITED = 'Préparer la commande adaptée dans l’ERP et prévenir le client des ruptures (e2e)';

async function openInstruments(page: Page, email: string, role: string) {
  await signIn(page, email);
  await expect(page.getByTestId(`home-${role}`)).toBeVisible();
  await page.getByTestId('nav-instruments').click();
  await expect(page.getByTestId('instrument-list')).toBeVisible();
}

/** The ids of the items of a section, in the order shown. */
async function itemOrder(page: Page, section: string): Promise<string[]> {
  const ids = await page
    .getByTestId(`section-${section}`)
    .locator('li.instrument-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^item-/, ''));
}

test('the certifier edits a new version of the tutor grid, previews, prints and publishes it', async ({
  page,
}, testInfo) => {
  // A new version, a save, a preview, a PDF and a publication on a 127-line referential.
  test.setTimeout(90_000);
  await openInstruments(page, 'certificateur@demo.certeval.example', 'certifier_admin');
  const row = page.getByTestId(`instrument-${GRID}-1`);
  await expect(row.getByTestId('status-published')).toBeVisible();
  await row.getByRole('link').click();
  // The instrument and its 127-line referential load, then core's checks: allow a busy machine.
  await expect(page.getByTestId('instrument-read-only')).toContainText('Version publiée', {
    timeout: 15_000,
  });

  // A published version never changes: editing starts its next version.
  await page.getByTestId('instrument-new-version').click();
  await expect(page).toHaveURL(new RegExp(`/instruments/${GRID}/2\\?view=edit`), {
    timeout: 15_000,
  });
  await expect(page.getByTestId('instrument-version')).toHaveText('Version 2');
  await expect(page.getByTestId('instrument-editor')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('instrument-dirty')).toHaveText('Aucune modification en attente.');

  // The line's text, then a competence from the picker, searched by words of its label.
  await page.getByRole('button', { name: 'Modifier M2A1' }).click();
  const text = page.getByLabel('Observation (M2A1)');
  await expect(text).toBeFocused();
  await text.fill(EDITED);
  const picker = page.getByRole('combobox', {
    name: 'Compétences et activités évaluées par M2A1',
  });
  await picker.fill('logiciel dedie prise de commande');
  await page.getByRole('option', { name: /^OTSF1 —/ }).click();
  await expect(page.getByTestId('item-M2A1')).toContainText('OTSF1');
  await page.getByTestId('item-close-M2A1').click();
  await expect(page.getByTestId('item-summary-M2A1')).toHaveText(EDITED);
  await expect(page.getByTestId('instrument-dirty')).toHaveText('Modifications non enregistrées');

  // Reordered with the keyboard: the focus stays on the moved line's button.
  const before = await itemOrder(page, 'M2');
  expect(before.slice(0, 2)).toEqual(['M2A1', 'M2A2']);
  const down = page.getByRole('button', { name: 'Descendre M2A1' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(down).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await itemOrder(page, 'M2')).slice(0, 3)).toEqual(['M2A2', before[2], 'M2A1']);
  await expect(page.getByTestId('editor-announcement')).toHaveText(
    /M2A1 déplacé en position 3 sur \d+\./,
  );

  // Leaving with unsaved changes asks first.
  await page.getByTestId('back-to-instruments').click();
  const leave = page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Rester sur la page' }).click();
  await expect(leave).toHaveCount(0);
  await expect(page.getByTestId('instrument-editor')).toBeVisible();

  await page.getByTestId('instrument-save').click();
  await expect(page.getByTestId('instrument-saved')).toContainText('Instrument enregistré', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('instrument-dirty')).toHaveText('Aucune modification en attente.');
  await page.reload();
  await expect(page.getByTestId('item-summary-M2A1')).toHaveText(EDITED, { timeout: 15_000 });
  expect((await itemOrder(page, 'M2')).slice(0, 3)).toEqual(['M2A2', before[2], 'M2A1']);

  // The preview shows the line as the tutor will read it, with its scale.
  await page.getByTestId('tab-preview').click();
  const previewed = page.getByTestId('preview-item-M2A1');
  await expect(previewed).toContainText(EDITED);
  await expect(previewed).toContainText('OTSF1');
  await expect(previewed.getByRole('radio').first()).toBeDisabled();
  const file = testInfo.outputPath('instrument-preview.png');
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('instrument-preview', { path: file, contentType: 'image/png' });

  // The paper form: a PDF download whose text has the edited line and the header filled in.
  await page.getByTestId('instrument-print').click();
  const dialog = page.getByRole('dialog', { name: 'Imprimer le formulaire papier' });
  await dialog.getByLabel('Candidat').fill('Lucas Moreau');
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('print-download').click();
  const download = await downloading;
  const bytes = new Uint8Array(await readFile(await download.path()));
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  const printed = await pdfText(bytes);
  expect(printed).toContain('prévenir le client des ruptures (e2e)');
  expect(printed).toContain('Lucas Moreau');
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  // Published, the version no longer changes.
  await page.getByTestId('instrument-publish').click();
  await page.getByTestId('publish-confirm').click();
  await expect(page.getByTestId('instrument-published')).toHaveText('Version publiée.', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('instrument-read-only')).toContainText('Version publiée');
  await expect(page.getByTestId('instrument-save')).toHaveCount(0);
  await page.getByTestId('back-to-instruments').click();
  await expect(
    page.getByTestId(`instrument-${GRID}-2`).getByTestId('status-published'),
  ).toBeVisible();
});

test('the pilot adapts the tutor grid for the company; a stale page cannot overwrite it', async ({
  page,
  browser,
}) => {
  // Two sign-ins, a copy and two saves on a 127-line referential.
  test.setTimeout(90_000);
  const pilot = 'pilote@demo.certeval.example';
  await openInstruments(page, pilot, 'company_pilot');
  // Only the certifier creates national instruments.
  await expect(page.getByTestId('new-instrument')).toHaveCount(0);
  await page
    .getByTestId(`instrument-${GRID}-1`)
    .getByRole('button', { name: /^Adapter « .* » pour Biscuiterie des Trois Vallées$/ })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Titre de la copie')).toHaveValue(
    /— Biscuiterie des Trois Vallées$/,
  );
  await dialog.getByTestId('clone-submit').click();

  await expect(page.getByTestId('instrument-editor')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('badge-company')).toBeVisible();
  await expect(page.getByTestId('instrument-title')).toContainText('Biscuiterie des Trois Vallées');
  await expect(page.getByTestId('status-draft')).toBeVisible();

  // A second page of the same pilot, opened before the save below: it becomes stale.
  const other = await browser.newContext();
  const stale = await other.newPage();
  await signIn(stale, pilot);
  await expect(stale.getByTestId('home-company_pilot')).toBeVisible();
  await stale.goto(page.url());
  await expect(stale.getByTestId('instrument-editor')).toBeVisible({ timeout: 15_000 });

  // The company's copy is its own to edit; the national grid is unchanged.
  const receive = 'Réceptionner les commandes des enseignes (EDI et portail)';
  await page.getByRole('button', { name: 'Modifier M2A2' }).click();
  await page.getByLabel('Observation (M2A2)').fill(receive);
  await page.getByTestId('instrument-save').click();
  await expect(page.getByTestId('instrument-saved')).toContainText('Instrument enregistré', {
    timeout: 15_000,
  });

  // The stale page saves its own edit: refused, said plainly, nothing overwritten.
  await stale.getByRole('button', { name: 'Modifier M2A3' }).click();
  await stale.getByLabel('Observation (M2A3)').fill('Un autre texte (page périmée)');
  await stale.getByTestId('instrument-save').click();
  const conflict = stale.getByTestId('instrument-conflict');
  await expect(conflict).toContainText('Quelqu’un d’autre a enregistré cet instrument', {
    timeout: 15_000,
  });
  await expect(conflict).toContainText('rien n’a été écrasé');
  await conflict.getByTestId('instrument-reload').click();
  await conflict.getByTestId('instrument-reload-confirm').click();
  await expect(conflict).toHaveCount(0);
  await expect(stale.getByTestId('item-summary-M2A2')).toHaveText(receive);
  await expect(stale.getByTestId('item-summary-M2A3')).not.toContainText('page périmée');
  await expect(stale.getByTestId('instrument-dirty')).toHaveText('Aucune modification en attente.');
  await other.close();

  // On a tablet in portrait, the editor fits the width: nothing scrolls sideways.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.getByTestId('item-close-M2A2').click();
  await expect(page.getByRole('button', { name: 'Modifier M2A2' })).toBeFocused();
  await page.getByRole('button', { name: 'Modifier M2A3' }).click();
  await expect(page.getByLabel('Observation (M2A3)')).toBeFocused();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByTestId('back-to-instruments').click();
  const company = page.getByTestId('company-instruments');
  await expect(company).toContainText('Biscuiterie des Trois Vallées');
  await expect(company.getByTestId('status-draft')).toBeVisible();
});
