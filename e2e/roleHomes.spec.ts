// Each demo person signs in through the login page and lands on the home of their role.
import { expect, test } from '@playwright/test';
import { DEMO_PEOPLE, signIn } from './signIn.ts';

for (const person of DEMO_PEOPLE) {
  test(`${person.role} signs in and sees their home`, async ({ page }, testInfo) => {
    await signIn(page, person.email);
    const home = page.getByTestId(`home-${person.role}`);
    await expect(home).toBeVisible();
    await expect(home.getByRole('heading', { level: 1 })).toContainText(person.name);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // Issue 16, item 2: the home is the role's to-do list, no longer cards repeating the menu.
    await expect(home.getByTestId('todo').getByRole('heading', { level: 2 })).toBeVisible();
    const file = testInfo.outputPath(`home-${person.role}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`home-${person.role}`, { path: file, contentType: 'image/png' });
  });
}

test('a wrong password is refused with a message, and the person stays on the login page', async ({
  page,
}) => {
  await signIn(page, 'jury@demo.certeval.example', 'pas-le-bon-mot-de-passe');
  await expect(page.getByTestId('login-error')).toContainText(
    'Adresse e-mail ou mot de passe incorrect.',
  );
  await expect(page).toHaveURL(/\/login/);
});

test('signing out returns to the login page and closes the session', async ({ page }) => {
  await signIn(page, 'candidat@demo.certeval.example');
  await expect(page.getByTestId('home-candidate')).toBeVisible();
  await page.getByRole('button', { name: /Se déconnecter/ }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('the whole interface switches to English and back', async ({ page }) => {
  await signIn(page, 'formateur@demo.certeval.example');
  await expect(page.getByTestId('home-trainer')).toBeVisible();
  await page
    .getByRole('button', { name: /English|EN/ })
    .first()
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: /Sign out/ })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
