// Forms that guide (issue 16, item 3): the enrolment form and the new jury session form,
// submitted empty and with garbage, list every problem at once in an error summary at the
// top ("Il y a un problème"), clear of the sticky header, each a link that focuses its field;
// each field shows its own error, in people's words, and nothing is sent until it is right.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn } from './signIn.ts';

const RAW = /must |pattern|Champ invalide|instancePath|body\//;

async function as(page: Page, email: string, role: string) {
  await signIn(page, email);
  await expect(page.getByTestId(`home-${role}`)).toBeVisible();
}

/** The summary is focused, below the header, and lists exactly these lines (in order). */
async function expectSummary(page: Page, summary: Locator, lines: RegExp[]) {
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'Il y a un problème' })).toBeVisible();
  const links = summary.getByRole('link');
  await expect(links).toHaveCount(lines.length);
  for (const [k, line] of lines.entries()) await expect(links.nth(k)).toHaveText(line);
  await expect(summary).not.toContainText(RAW);
  const header = await page.locator('header').boundingBox();
  const box = await summary.boundingBox();
  expect(box?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0) - 1);
}

/** Each link of the summary focuses the field it names, marked invalid, in view. */
async function expectLinksFocus(page: Page, summary: Locator, fields: Locator[]) {
  const header = await page.locator('header').boundingBox();
  for (const [k, field] of fields.entries()) {
    await summary.getByRole('link').nth(k).click();
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const box = await field.boundingBox();
    expect(box?.y ?? 0).toBeGreaterThanOrEqual((header?.height ?? 0) - 1);
  }
}

test('the enrolment form lists every problem at once and leads to each field', async ({ page }) => {
  await as(page, 'pilote@demo.certeval.example', 'company_pilot');
  await page.getByTestId('nav-candidates').click();
  await page.getByTestId('enrol-candidate').click();
  const form = page.getByTestId('candidate-form');
  const submit = form.getByRole('button', { name: 'Inscrire le candidat' });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/candidates')) requests.push(r.url());
  });

  await submit.click();
  const summary = page.getByTestId('candidate-problems');
  const required = /Ce champ est obligatoire\./;
  await expectSummary(page, summary, [
    /^Nom de naissance : /,
    /^Prénoms : /,
    /^Date de naissance : /,
    /^Lieu de naissance : /,
    /^Voie d’accès : /,
  ]);
  for (const link of await summary.getByRole('link').all()) await expect(link).toHaveText(required);
  await expectLinksFocus(page, summary, [
    form.getByLabel('Nom de naissance'),
    form.getByLabel('Prénoms'),
    form.getByLabel('Date de naissance'),
    form.getByLabel('Lieu de naissance'),
    form.getByLabel('Voie d’accès'),
  ]);

  // Garbage: a name of digits, a future birth date, the birthplace "X", the phone "abc", a
  // bad address — all at once, not one round at a time.
  await form.getByLabel('Nom de naissance').fill('123');
  await form.getByLabel('Prénoms').fill('Léa');
  await form.getByLabel('Date de naissance').fill('2031-05-02');
  await form.getByLabel('Lieu de naissance').fill('X');
  await form.getByLabel('Adresse électronique').fill('pas-une-adresse');
  await form.getByLabel('Téléphone').fill('abc');
  await form.getByLabel('Voie d’accès').selectOption({ label: 'Formation continue' });
  await submit.click();
  await expectSummary(page, summary, [
    /^Nom de naissance : Un nom s’écrit avec des lettres/,
    /^Date de naissance : La date de naissance doit être passée\./,
    /^Lieu de naissance : Indiquez la commune/,
    /^Adresse électronique : Saisissez une adresse e-mail/,
    /^Téléphone : Saisissez un numéro de téléphone/,
  ]);
  await expect(form.getByLabel('Lieu de naissance')).toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText('Un nom s’écrit avec des lettres, des espaces');
  await expectLinksFocus(page, summary, [
    form.getByLabel('Nom de naissance'),
    form.getByLabel('Date de naissance'),
    form.getByLabel('Lieu de naissance'),
    form.getByLabel('Adresse électronique'),
    form.getByLabel('Téléphone'),
  ]);
  expect(requests).toEqual([]);
});

test('the new jury session form lists every problem at once, certification chosen by name', async ({
  page,
}) => {
  await as(page, 'certificateur@demo.certeval.example', 'certifier_admin');
  await page.getByTestId('nav-jury-sessions').click();
  await page.getByTestId('new-session-link').click();
  const form = page.getByTestId('new-session-page');
  const certification = page.getByTestId('session-certification');
  // A list by name, nothing prefilled, no slug shown.
  await expect(certification).toHaveValue('');
  await expect(certification.locator('option')).toContainText([
    'Choisir une certification',
    'Certificat de qualification professionnelle Assistant(e) de gestion client',
  ]);
  await expect(certification).not.toContainText('cqp-agc');

  await page.getByTestId('session-submit').click();
  const summary = page.getByTestId('session-problems');
  await expectSummary(page, summary, [
    /^Certification : Ce champ est obligatoire\./,
    /^Version du référentiel : Ce champ est obligatoire\./,
    /^Date du jury : Ce champ est obligatoire\./,
    /^Lieu \(sur site\) : Indiquez le lieu du jury ou le lien/,
    /^Membre 1 : Choisissez une personne pour ce siège\./,
    /^Membre 2 : /,
    /^Membre 3 : /,
  ]);
  await expectLinksFocus(page, summary, [
    certification,
    page.getByTestId('session-referentialVersion'),
    page.getByTestId('session-date'),
    form.getByLabel('Lieu (sur site)'),
    page.getByTestId('member-person-0'),
  ]);

  // Garbage and a field at ten times its length; the certification chosen by its name.
  await certification.selectOption({
    label: 'Certificat de qualification professionnelle Assistant(e) de gestion client',
  });
  await page.getByTestId('session-referentialVersion').selectOption({ label: 'Version 1' });
  await page.getByTestId('session-date').fill('2026-12-20');
  await page.getByTestId('session-startTime').fill('');
  await form.getByLabel('Lieu (sur site)').fill('Salle '.repeat(500));
  await page.getByTestId('session-submit').click();
  await expectSummary(page, summary, [
    /^Heure de début : Ce champ est obligatoire\./,
    /^Lieu \(sur site\) : Au plus 300 caractères\./,
    /^Membre 1 : /,
    /^Membre 2 : /,
    /^Membre 3 : /,
  ]);
  await expect(page.getByTestId('session-startTime')).toHaveAttribute('aria-invalid', 'true');
});
