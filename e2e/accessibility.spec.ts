// Issue 16, item 10: axe on every page of every demo role's navigation and on the pages open
// without an account (sign-in, forgotten password, /verifier, a path leading nowhere), on a
// wide screen (1440 px) and a phone (390 px). Item 9: none of these pages logs an error in
// the console (the sign-in page logged a 401 on every load).
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, watchConsole } from './axe.ts';
import { DEMO_PEOPLE, navigationHrefs, signInHome } from './signIn.ts';

const WIDTHS = [
  { name: '1440 px', width: 1440, height: 900 },
  { name: '390 px', width: 390, height: 844 },
];

/** Issue 16, item 8: no status badge cut short ("À PASS…"), on a phone as on a screen. */
async function expectWholeBadges(page: Page, where: string) {
  const cut = await page
    .locator('.mantine-Badge-label')
    .evaluateAll((labels) =>
      labels
        .filter((label) => label.scrollWidth > label.clientWidth + 1)
        .map((label) => label.textContent ?? ''),
    );
  expect(cut, `badges cut short on ${where}`).toEqual([]);
}

/** Once the page shows what it is about: nothing loading any more, the network quiet. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('loading')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('main')).toBeVisible();
}

test('the pages open without an account are accessible and log no error', async ({ page }) => {
  test.setTimeout(120_000);
  const console = watchConsole(page);
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    for (const path of ['/login', '/forgot-password', '/verifier', '/nulle-part']) {
      await page.goto(path);
      await settled(page);
      await expectAccessible(page, `${path} at ${size.name}`);
    }
  }
  expect(console.errors).toEqual([]);
});

for (const person of DEMO_PEOPLE)
  test(`every page of the ${person.role}'s navigation is accessible and logs no error`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const console = watchConsole(page);
    await page.setViewportSize(WIDTHS[0] as (typeof WIDTHS)[number]);
    await signInHome(page, person);
    const entries = await navigationHrefs(page);
    expect(entries.length).toBeGreaterThan(1);
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      for (const entry of entries) {
        await page.goto(entry);
        await settled(page);
        await expectAccessible(page, `${entry} at ${size.name}`);
        await expectWholeBadges(page, `${entry} at ${size.name}`);
      }
    }
    expect(console.errors).toEqual([]);
  });

test('the password can be shown with the keyboard alone on the sign-in page', async ({ page }) => {
  await page.goto('/login');
  const password = page.getByLabel('Mot de passe', { exact: true });
  await password.fill('certeval-demo');
  await password.focus();
  await page.keyboard.press('Tab');
  const toggle = page.getByRole('button', { name: 'Afficher le mot de passe' });
  await expect(toggle).toBeFocused();
  await expect(password).toHaveAttribute('type', 'password');
  await page.keyboard.press('Space');
  await expect(password).toHaveAttribute('type', 'text');
});
