// Bad input (issue 16): every form of the product, submitted empty, then with garbage and a
// field at ten times its length, shows every problem at once — in the error summary at the top
// (each line a link to its field) and under each field, in the page's language — and sends
// nothing: the browser runs the server's own check (core) before any request.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn } from './signIn.ts';

const RAW = /must |pattern|Champ invalide|instancePath|body\/|undefined/;
const tenTimes = (length: number, letter = 'a') => letter.repeat(length * 10);

/** Every request that would write: none may leave while a form is refused. */
function writes(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const method = request.method();
    if (request.url().includes('/api/') && ['POST', 'PUT', 'DELETE'].includes(method))
      sent.push(`${method} ${request.url()}`);
  });
  return sent;
}

/**
 * The summary lists `count` problems, each a link to a field marked invalid under which its
 * message shows; the form holds exactly `count` invalid fields.
 */
async function refusedAtOnce(
  page: Page,
  form: Locator,
  summary: Locator,
  count: number,
  heading = 'Il y a un problème',
) {
  await expect(summary.getByRole('heading', { name: heading })).toBeVisible();
  const links = summary.getByRole('link');
  await expect(links).toHaveCount(count);
  await expect(summary).not.toContainText(RAW);
  await expect(
    form.locator(
      'input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"]',
    ),
  ).toHaveCount(count);
  for (const link of await links.all()) {
    const id = ((await link.getAttribute('href')) ?? '').slice(1);
    await link.click();
    const field = page.locator(`[id="${id}"]`);
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // The line of the summary ("Label : message") ends with the message under the field.
    const message = ((await link.textContent()) ?? '').replace(/^[^:]*?\s?:\s/, '');
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    const under = described
      .split(' ')
      .filter(Boolean)
      .map((part) => page.locator(`[id="${part}"]`));
    const texts = await Promise.all(under.map((l) => l.textContent()));
    expect(texts.join(' ')).toContain(message.trim());
  }
}

async function home(page: Page, email: string, role: string) {
  await signIn(page, email);
  await expect(page.getByTestId(`home-${role}`)).toBeVisible();
  return new URL(page.url()).pathname.replace(/\/$/, '');
}

test('sign-in, forgotten and new password forms, in French and in English', async ({ page }) => {
  const sent = writes(page);
  await page.goto('/login');
  const login = page.getByTestId('login-form');
  const submit = login.getByRole('button', { name: 'Se connecter' });
  await submit.click();
  await refusedAtOnce(page, login, page.getByTestId('login-error'), 2);
  await login.getByLabel('Adresse électronique').fill(tenTimes(320));
  await submit.click();
  await refusedAtOnce(page, login, page.getByTestId('login-error'), 2);

  await page.getByTestId('language-en').click();
  await login.getByRole('button', { name: 'Sign in' }).click();
  await refusedAtOnce(page, login, page.getByTestId('login-error'), 2, 'There is a problem');
  await expect(page.getByTestId('login-error')).toContainText('At most 320 characters.');
  await page.getByTestId('language-fr').click();

  await page.goto('/forgot-password');
  const forgot = page.getByTestId('forgot-password-form');
  await forgot.getByRole('button', { name: 'Recevoir le lien' }).click();
  await refusedAtOnce(page, forgot, page.getByTestId('forgot-password-error'), 1);
  await forgot.getByLabel('Adresse électronique').fill('personne');
  await forgot.getByRole('button', { name: 'Recevoir le lien' }).click();
  await refusedAtOnce(page, forgot, page.getByTestId('forgot-password-error'), 1);
  await expect(page.getByTestId('forgot-password-error')).toContainText('nom@exemple.fr');

  await page.goto('/reset-password?token=jeton-de-demonstration');
  const reset = page.getByTestId('reset-form');
  // The rules are listed before anything is typed.
  await expect(reset).toContainText('Au moins 12 caractères');
  await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await refusedAtOnce(page, reset, page.getByTestId('reset-error'), 1);
  await reset.getByLabel('Nouveau mot de passe').fill('court');
  await reset.getByLabel('Confirmation du mot de passe').fill(tenTimes(1024));
  await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  // Both broken rules at once: too short, and not the same twice.
  await refusedAtOnce(page, reset, page.getByTestId('reset-error'), 2);
  expect(sent).toEqual([]);
});

test('the certifier’s organisation, instrument, CDC and personal data forms', async ({ page }) => {
  const space = await home(page, 'certificateur@demo.certeval.example', 'certifier_admin');
  const sent = writes(page);

  await page.getByTestId('nav-organisations').click();
  const organisation = page.getByTestId('create-organisation-form');
  const register = organisation.getByRole('button', { name: 'Enregistrer l’organisation' });
  await register.click();
  await refusedAtOnce(page, organisation, page.getByTestId('organisation-problems'), 1);
  await organisation.getByLabel('Nom').fill(tenTimes(200));
  await organisation.getByLabel('SIRET (facultatif)').fill('123');
  await register.click();
  await refusedAtOnce(page, organisation, page.getByTestId('organisation-problems'), 2);

  await page.goto(`${space}/instruments`);
  const instrument = page.getByTestId('new-instrument');
  await instrument.getByTestId('new-instrument-submit').click();
  await refusedAtOnce(page, instrument, page.getByTestId('new-instrument-error'), 4);
  await instrument.getByTestId('new-instrument-title').fill(tenTimes(300));
  await instrument.getByTestId('new-instrument-key').fill('Pas un identifiant !');
  await instrument.getByTestId('new-instrument-submit').click();
  await refusedAtOnce(page, instrument, page.getByTestId('new-instrument-error'), 4);

  await page.getByTestId('nav-certificates').click();
  const cdc = page.getByTestId('cdc-settings');
  await cdc.getByTestId('cdc-idClient').fill('');
  await cdc.getByTestId('cdc-idContrat').fill('');
  await cdc.getByTestId('cdc-save').click();
  await refusedAtOnce(page, cdc, page.getByTestId('cdc-problems'), 2);
  await cdc.getByTestId('cdc-idClient').fill('abc');
  await cdc.getByTestId('cdc-idContrat').fill(tenTimes(40));
  await cdc.getByTestId('cdc-save').click();
  await refusedAtOnce(page, cdc, page.getByTestId('cdc-problems'), 2);

  await page.getByTestId('nav-personal-data').click();
  const search = page.getByTestId('person-search');
  await search.getByTestId('person-find').click();
  await refusedAtOnce(page, search, page.getByTestId('person-problems'), 1);
  await search.getByTestId('person-email').fill(tenTimes(320));
  await search.getByTestId('person-find').click();
  await refusedAtOnce(page, search, page.getByTestId('person-problems'), 1);
  expect(sent).toEqual([]);
});

test('the pilot’s project, adaptation, steering committee and invitation forms', async ({
  page,
}) => {
  const space = await home(page, 'pilote@demo.certeval.example', 'company_pilot');
  const sent = writes(page);

  await page.goto(`${space}/projects/new`);
  const project = page.getByTestId('project-form');
  await project.getByTestId('project-submit').click();
  await refusedAtOnce(page, project, page.getByTestId('project-problems'), 3);
  await project.getByTestId('project-title').fill(tenTimes(200));
  await project.getByRole('button', { name: 'Ajouter un membre' }).click();
  await project.getByLabel('Fonction du membre 1').fill('Tutrice');
  await project.getByTestId('project-submit').click();
  await refusedAtOnce(page, project, page.getByTestId('project-problems'), 4);

  await page.getByTestId('nav-adapted-referential').click();
  const variant = page.getByTestId('new-variant');
  await variant.getByTestId('new-variant-submit').click();
  await refusedAtOnce(page, variant, page.getByTestId('new-variant-error'), 3);
  await variant.getByTestId('new-variant-name').fill(tenTimes(200));
  await variant.getByTestId('new-variant-submit').click();
  await refusedAtOnce(page, variant, page.getByTestId('new-variant-error'), 3);

  await page.getByTestId('nav-steering-committee').click();
  const meeting = page.getByTestId('plan-meeting-form').first();
  const plan = meeting.getByRole('button', { name: 'Enregistrer la réunion' });
  await plan.click();
  await refusedAtOnce(page, meeting, page.getByTestId('meeting-problems'), 2);
  await meeting.getByLabel('Date').fill('1850-01-01');
  await meeting.getByLabel('Ordre du jour').fill(tenTimes(5000));
  await plan.click();
  await refusedAtOnce(page, meeting, page.getByTestId('meeting-problems'), 3);

  await page.getByTestId('nav-team').click();
  const invite = page.getByTestId('invite-form');
  const send = invite.getByRole('button', { name: 'Envoyer l’invitation' });
  await send.click();
  await refusedAtOnce(page, invite, page.getByTestId('invite-problems'), 2);
  await invite.getByLabel('Nom et prénom').fill('123');
  await invite.getByLabel('Adresse électronique').fill(`${tenTimes(20)}@exemple.fr`);
  await send.click();
  await refusedAtOnce(page, invite, page.getByTestId('invite-problems'), 2);
  expect(sent).toEqual([]);
});

test('the tutor’s booklet entry', async ({ page }) => {
  const space = await home(page, 'tuteur@demo.certeval.example', 'tutor');
  const [lucas] = (await (await page.request.get('/api/candidates')).json()).items;
  const sent = writes(page);
  await page.goto(`${space}/candidates/${lucas.id}/booklet`);
  const form = page.getByTestId('booklet-form');
  await form.getByTestId('booklet-add').click();
  await refusedAtOnce(page, form, page.getByTestId('booklet-problems'), 1);
  await form.getByTestId('booklet-title').fill(tenTimes(300));
  await form.getByTestId('booklet-date').fill('2098-01-01');
  await form.getByTestId('booklet-add').click();
  await refusedAtOnce(page, form, page.getByTestId('booklet-problems'), 2);
  await expect(page.getByTestId('booklet-problems')).toContainText('future');
  expect(sent).toEqual([]);
});
