// The certifier reads the CQP AGC referential: the mission × competence matrix of seed 000
// (slides 9-13), the tree searched by code, and the diff of a version with itself.
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './signIn.ts';

async function openCqpAgc(page: Page) {
  await signIn(page, 'certificateur@demo.certeval.example');
  await expect(page.getByTestId('home-certifier_admin')).toBeVisible();
  await page.getByTestId('nav-certifications').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Certifications et référentiels',
  );
  const row = page.getByTestId('certification-cqp-agc');
  await expect(row).toContainText('Assistant(e) de gestion client');
  await expect(row).toContainText('28795');
  await expect(row).toContainText('Publiée');
  await row.getByTestId('version-link-cqp-agc-1').click();
  await expect(page.getByTestId('version-page')).toBeVisible();
}

test('the certifier opens the CQP AGC matrix and sees the M1 activities and their competences', async ({
  page,
}, testInfo) => {
  await openCqpAgc(page);
  await page.getByRole('tab', { name: 'Matrice activités × compétences' }).click();
  await expect(page).toHaveURL(/view=matrix/);
  const matrix = page.getByTestId('matrix');
  await expect(matrix).toBeVisible();
  await expect(matrix.locator('caption')).toContainText('96 liens');

  // Slide 9: mission M1 and its four activities.
  const m1 = page.getByTestId('matrix-row-M1');
  await expect(m1).toContainText('M1 — Collecter et organiser les informations commerciales');
  for (const activity of ['M1A1', 'M1A2', 'M1A3', 'M1A4']) await expect(m1).toContainText(activity);
  // Slide 9 maps M1 to POSF2; POSF5 is needed from M2 (slide 10) and M3 (slide 11), not M1.
  await expect(page.getByTestId('matrix-mark-M1-POSF2')).toBeVisible();
  await expect(page.getByTestId('matrix-mark-M1-POSF5')).toHaveCount(0);
  await expect(page.getByTestId('matrix-mark-M2-POSF5')).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: 'POSF2', exact: true })).toHaveAttribute(
    'title',
    /.+/,
  );

  const file = testInfo.outputPath('referential-matrix.png');
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('referential-matrix', { path: file, contentType: 'image/png' });
});

test('the certifier finds POSF5 in the tree by its code', async ({ page }) => {
  await openCqpAgc(page);
  await expect(page.getByTestId('tab-tree')).toHaveAttribute('aria-selected', 'true');
  // With every item closed, POSF5 (under the domain PO) is not shown.
  await page.getByRole('button', { name: 'Tout replier' }).click();
  await expect(page.getByTestId('tree-node-POSF5')).toHaveCount(0);
  await page.getByLabel('Rechercher par code ou libellé').fill('POSF5');
  await expect(page.getByTestId('tree-results')).toHaveText('1 élément trouvé');
  const item = page.getByTestId('tree-node-POSF5');
  await expect(item).toBeVisible();
  await expect(item).toContainText('Effectuer les calculs permettant');
  await expect(item.locator('mark').first()).toHaveText('POSF5');
  // Its ancestor, the domain PO, was opened to show it; other domains are filtered out.
  await expect(page.getByTestId('tree-node-PO').getByRole('button').first()).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.getByTestId('tree-node-R')).toHaveCount(0);
});

test('comparing version 1 with itself shows no difference', async ({ page }) => {
  await openCqpAgc(page);
  await page.getByRole('tab', { name: 'Comparer les versions' }).click();
  await expect(page.getByTestId('single-version')).toBeVisible();
  await expect(page.getByLabel('Version de départ')).toHaveValue('1');
  await expect(page.getByLabel('Version d’arrivée')).toHaveValue('1');
  await expect(page.getByTestId('diff-none')).toHaveText(
    'Aucune différence entre ces deux versions.',
  );
});
