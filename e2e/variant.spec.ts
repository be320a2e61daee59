// Company adaptation (issue 3, item 4): the demo pilot reads the demo variant of the CQP AGC,
// renames an activity and saves; a second, stale page of the same pilot is refused with a
// conflict that overwrites nothing; the tutor reads the variant without being able to edit.
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './signIn.ts';

const VARIANT = 'CQP AGC — Biscuiterie des Trois Vallées';

async function openDemoVariant(page: Page, email: string, role: string) {
  await signIn(page, email);
  await expect(page.getByTestId(`home-${role}`)).toBeVisible();
  await page.getByTestId('nav-adapted-referential').click();
  await expect(page.getByTestId('variant-list')).toBeVisible();
  await page.getByRole('link', { name: VARIANT }).click();
  await expect(page.getByTestId('variant-page')).toBeVisible();
  await expect(page.getByTestId('variant-name')).toHaveText(VARIANT);
}

async function rename(page: Page, code: string, label: string) {
  await page.getByTestId(`action-rename-${code}`).click();
  const dialog = page.getByRole('dialog', { name: `Renommer ${code}` });
  await dialog.getByLabel('Libellé de l’entreprise').fill(label);
  await dialog.getByRole('button', { name: 'Appliquer' }).click();
  await expect(dialog).toHaveCount(0);
}

test('the pilot adapts the CQP AGC, saves, and a stale page cannot overwrite it', async ({
  page,
  browser,
}, testInfo) => {
  // Two sign-ins, three loads of a 127-line variant and two saves: more than the default 30 s
  // on a slow machine.
  test.setTimeout(60_000);
  await openDemoVariant(page, 'pilote@demo.certeval.example', 'company_pilot');
  const line = (code: string) => page.getByTestId(`variant-line-${code}`);
  // The three changes of the demo (seedDemo.ts).
  await expect(line('M2A2').getByTestId('badge-renamed')).toHaveText('Renommé');
  await expect(line('M2A6').getByTestId('badge-annotated')).toHaveText('Annoté');
  await expect(line('M2A6')).toContainText('Barèmes quantitatifs');
  await expect(line('BTV-M2A7').getByTestId('badge-added')).toHaveText('Ajouté');
  await expect(line('BTV-M2A7')).toContainText('gamme sans gluten');
  await page.getByLabel('Seulement les lignes modifiées').check();
  await expect(page.locator('.variant-line')).toHaveCount(3);
  await page.getByLabel('Seulement les lignes modifiées').uncheck();

  // A second page of the same pilot, opened before the save below: it becomes stale.
  const other = await browser.newContext();
  const stale = await other.newPage();
  await openDemoVariant(stale, 'pilote@demo.certeval.example', 'company_pilot');

  const label = 'Traiter les réclamations des enseignes (e2e)';
  await rename(page, 'M3A1', label);
  await expect(page.getByTestId('pending-count')).toHaveText('1 modification non enregistrée');
  await expect(line('M3A1').getByTestId('badge-unsaved')).toBeVisible();
  await page.getByTestId('variant-save').click();
  // A save then a reload of the variant: allow for a loaded machine.
  await expect(page.getByTestId('variant-saved')).toContainText('Modifications enregistrées', {
    timeout: 15_000,
  });
  await page.reload();
  await expect(line('M3A1').getByTestId('badge-renamed')).toBeVisible();
  await expect(line('M3A1')).toContainText(label);
  await expect(page.getByTestId('pending-count')).toHaveText('0 modification non enregistrée');

  const file = testInfo.outputPath('variant-editor.png');
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('variant-editor', { path: file, contentType: 'image/png' });

  // The stale page saves its own edit: refused, said plainly, nothing overwritten.
  await rename(stale, 'M3A1', 'Un autre libellé (page périmée)');
  await stale.getByTestId('variant-save').click();
  const conflict = stale.getByTestId('variant-conflict');
  await expect(conflict).toContainText('Quelqu’un d’autre a enregistré cette adaptation', {
    timeout: 15_000,
  });
  await expect(conflict).toContainText('rien n’a été écrasé');
  await conflict.getByTestId('variant-reload').click();
  await conflict.getByTestId('variant-reload-confirm').click();
  await expect(conflict).toHaveCount(0);
  await expect(stale.getByTestId('variant-line-M3A1')).toContainText(label);
  await expect(stale.getByTestId('pending-count')).toHaveText('0 modification non enregistrée');
  await other.close();

  await page.reload();
  await expect(line('M3A1')).toContainText(label);
  await expect(line('M3A1')).not.toContainText('page périmée');
});

test('the change dialogs list every problem at once, each leading to its field', async ({
  page,
}) => {
  // Issue 16, item 3: the same summary as every form, checked by the schema the draft is saved with.
  await openDemoVariant(page, 'pilote@demo.certeval.example', 'company_pilot');
  await page.getByTestId('action-add-M3').click();
  const add = page.getByRole('dialog', { name: 'Ajouter un élément sous M3' });
  await add.getByRole('button', { name: 'Appliquer' }).click();
  const summary = add.getByTestId('variant-add-problems');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Code : Ce champ est obligatoire.',
    'Libellé : Ce champ est obligatoire.',
  ]);
  await summary.getByRole('link', { name: /^Libellé/ }).click();
  await expect(add.getByTestId('add-label')).toBeFocused();
  await add.getByTestId('add-code').fill('M3A1');
  await add.getByTestId('add-label').fill('Suivre les retours des enseignes (e2e)');
  await add.getByRole('button', { name: 'Appliquer' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Code : Le code « M3A1 » est déjà utilisé.']);
  await expect(add.getByTestId('add-code')).toHaveAttribute('aria-invalid', 'true');
  await add.getByRole('button', { name: 'Annuler' }).click();
  await expect(add).toHaveCount(0);

  await page.getByTestId('action-rename-M3A1').click();
  const rename = page.getByRole('dialog', { name: 'Renommer M3A1' });
  await rename.getByLabel('Libellé de l’entreprise').fill('   ');
  await rename.getByRole('button', { name: 'Appliquer' }).click();
  await expect(rename.getByTestId('variant-text-problems').getByRole('link')).toHaveText([
    'Libellé de l’entreprise : Ce champ est obligatoire.',
  ]);
  await expect(page.getByTestId('variant-line-M3A1').getByTestId('badge-unsaved')).toHaveCount(0);
});

test('the tutor reads the adapted referential without any way to change it', async ({ page }) => {
  await signIn(page, 'tuteur@demo.certeval.example');
  await expect(page.getByTestId('home-tutor')).toBeVisible();
  await page.getByTestId('nav-adapted-referential').click();
  await expect(page.getByTestId('variant-list')).toBeVisible();
  // Only a company pilot starts an adaptation.
  await expect(page.getByTestId('new-variant')).toHaveCount(0);
  await page.getByRole('link', { name: VARIANT }).click();
  await expect(page.getByTestId('variant-read-only')).toBeVisible();
  await expect(page.getByTestId('variant-line-M2A2').getByTestId('badge-renamed')).toBeVisible();
  await expect(page.getByTestId('variant-line-BTV-M2A7')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0);
  await expect(page.getByTestId('action-rename-M3A1')).toHaveCount(0);
});
