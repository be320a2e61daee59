// A jury member works on a tablet in portrait: nothing overflows sideways and every section
// of their navigation is reachable (through the menu button where the sidebar folds away).
import { expect, test } from '@playwright/test';
import { signIn } from './signIn.ts';

test('a jury member on a tablet reaches a section without sideways scrolling', async ({
  page,
}, testInfo) => {
  await signIn(page, 'jury@demo.certeval.example');
  await expect(page.getByTestId('home-jury_member')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  const nav = page.getByTestId('space-nav');
  const menu = page.getByRole('button', { name: /menu/i });
  if (await menu.isVisible()) await menu.click();
  await expect(nav).toBeInViewport();
  await nav.getByRole('link', { name: 'Grilles d’évaluation' }).click();
  await expect(page.getByTestId('section-evaluation-grids')).toBeVisible();

  const file = testInfo.outputPath('tablet-jury_member.png');
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('tablet-jury_member', { path: file, contentType: 'image/png' });
});

test('a narrow screen folds the navigation into a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 960 });
  await signIn(page, 'jury@demo.certeval.example');
  await expect(page.getByTestId('home-jury_member')).toBeVisible();
  const nav = page.getByTestId('space-nav');
  await expect(nav).not.toBeInViewport();
  await page.getByRole('button', { name: /menu/i }).click();
  await expect(nav).toBeInViewport();
});

test('the login form works with the keyboard alone', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Adresse électronique').focus();
  await page.keyboard.type('jury@demo.certeval.example');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mot de passe', { exact: true })).toBeFocused();
  await page.keyboard.type('certeval-demo');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('home-jury_member')).toBeVisible();
});
