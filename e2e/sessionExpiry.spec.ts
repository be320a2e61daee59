// Issue 16, item 7. After the session ended, a grid showed a green "Enregistré à 14:24" beside
// a red "Vous devez vous connecter." with no way to sign in again. Now a dialog opens over the
// page, what was typed waits on the device, and is saved once the person has signed in again.
// A path or an id leading nowhere is a page of the app: header, menu, language switch.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './signIn.ts';

const TUTOR = 'tuteur@demo.certeval.example';
const CERTIFIER = 'certificateur@demo.certeval.example';
const GRID = "Grille d'observation des activités (tuteur)";

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Signs out the page's session from another device: the page itself is not told. */
async function endSessionElsewhere(browser: Browser, page: Page) {
  const session = (await page.context().cookies()).find((c) => c.name === 'certeval_session');
  expect(session).toBeDefined();
  const other = await browser.newContext();
  const out = await other.request.post('/api/auth/logout', {
    headers: { cookie: `certeval_session=${session?.value}` },
  });
  expect(out.status()).toBe(204);
  await other.close();
}

const keptDrafts = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('certeval.evaluation.')),
  );

/** A level of an item's scale on the tutor grid, chosen by its button (issue 16, item 4). */
const level = (page: Page, id: string, value: number) =>
  page
    .getByRole('radiogroup', { name: `Pourcentage d’atteinte de ${id}` })
    .getByRole('radio', { name: `${value} %`, exact: true });

/** The tutor signed in, on a new continuous evaluation of Lucas Moreau with the tutor grid. */
async function openNewGrid(page: Page) {
  await signIn(page, TUTOR);
  await expect(page.getByTestId('home-tutor')).toBeVisible();
  await page.getByTestId('nav-my-candidates').click();
  await page.getByRole('link', { name: 'Lucas Moreau' }).click();
  const form = page.getByTestId('new-evaluation');
  await form.getByLabel('Instrument').selectOption({ label: GRID });
  await form.getByLabel('Type d’évaluation').selectOption({ label: 'Évaluation continue' });
  await form.getByLabel('Date de l’évaluation').fill(daysAgo(1));
  await form.getByRole('button', { name: 'Commencer l’évaluation' }).click();
  await expect(page.getByTestId('evaluation-editor')).toBeVisible({ timeout: 15_000 });
}

test('a session ended under a grid: a dialog to sign in again, then what was typed is saved', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  await openNewGrid(page);
  const url = page.url();
  const status = page.getByTestId('save-status-text');
  await level(page, 'M1A1', 70).click();
  await expect(status).toContainText('Enregistré à', { timeout: 15_000 });

  await endSessionElsewhere(browser, page);
  await level(page, 'M1A2', 50).click();
  const dialog = page.getByRole('dialog', { name: 'Votre session a pris fin' });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  // Never "Enregistré" beside work the server does not have.
  await expect(status).toContainText('Non enregistré : votre session a pris fin');
  await expect(status).not.toContainText('Enregistré à');
  expect(await keptDrafts(page)).toHaveLength(1);
  await expect(dialog.getByLabel('Adresse électronique')).toHaveValue(TUTOR);

  await dialog.getByLabel('Mot de passe', { exact: true }).fill('pas-le-bon');
  await dialog.getByRole('button', { name: 'Se reconnecter' }).click();
  await expect(dialog.getByTestId('session-dialog-error')).toContainText(
    'Adresse e-mail ou mot de passe incorrect.',
  );
  await dialog.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Se reconnecter' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toContainText('Enregistré à', { timeout: 15_000 });
  expect(await keptDrafts(page)).toEqual([]);

  await page.goto(url);
  await expect(level(page, 'M1A1', 70)).toBeChecked();
  await expect(level(page, 'M1A2', 50)).toBeChecked();
});

// Drafts wait on the device through a session that ended, not past a sign-out: on a shared
// device the next person must not find them. Signing out with unsaved work asks first.
test('signing out with a draft the server does not have: asked first, then the draft is erased', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openNewGrid(page);
  await page.route('**/api/evaluations/*', (route) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.fallback(),
  );
  await level(page, 'M1A1', 30).click();
  await expect.poll(() => keptDrafts(page)).toHaveLength(1);

  await page.getByTestId('logout-button').click();
  const dialog = page.getByRole('dialog', { name: 'Des modifications ne sont pas enregistrées' });
  await expect(dialog).toContainText('Une saisie n’a pas encore été enregistrée');
  await dialog.getByRole('button', { name: 'Rester connecté' }).click();
  await expect(dialog).toBeHidden();
  expect(await keptDrafts(page)).toHaveLength(1);
  await expect(page.getByTestId('evaluation-editor')).toBeVisible();

  await page.getByTestId('logout-button').click();
  await dialog.getByRole('button', { name: 'Me déconnecter et les effacer' }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await keptDrafts(page)).toEqual([]);
});

test('a session cookie gone: the next page opens the dialog, and shows once signed in again', async ({
  page,
}) => {
  await signIn(page, CERTIFIER);
  await expect(page.getByTestId('home-certifier_admin')).toBeVisible();
  await page.context().clearCookies();
  await page.getByTestId('nav-certifications').click();
  const dialog = page.getByRole('dialog', { name: 'Votre session a pris fin' });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await dialog.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Se reconnecter' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('certification-cqp-agc')).toBeVisible({ timeout: 15_000 });
});

test('a path leading nowhere, signed out: a page with the app’s header and language', async ({
  page,
}) => {
  await page.goto('/nulle-part');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a path or an id leading nowhere, signed in: a page inside the shell, with its menu', async ({
  page,
}) => {
  await signIn(page, TUTOR);
  await expect(page.getByTestId('home-tutor')).toBeVisible();
  const space = new URL(page.url()).pathname.replace(/\/$/, '');

  for (const path of [
    '/nulle-part',
    `${space}/candidates/00000000-0000-4000-8000-000000000000`,
    `${space}/evaluations/00000000-0000-4000-8000-000000000000`,
    `${space}/un/chemin/inconnu`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page introuvable');
    await expect(page.getByTestId('space-nav'), path).toBeVisible();
    await expect(page.getByTestId('profile-link'), path).toBeVisible();
    await expect(page.getByTestId('language-en'), path).toBeVisible();
  }
  await page.getByTestId('nav-home').click();
  await expect(page.getByTestId('home-tutor')).toBeVisible();
});
