// Inviting a person (issue 5, item 1): the company pilot opens their team, invites a tutor,
// copies the one-time link (no e-mail is sent); a browser with no session opens the link,
// sees what it is for, chooses a password, is sent to the login page with a success message,
// signs in and lands on the tutor's home.
import { expect, test } from '@playwright/test';
import { signIn } from './signIn.ts';

const PILOT = 'pilote@demo.certeval.example';

test('the pilot invites a tutor who accepts through the copied link and signs in', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const tutor = {
    name: 'Margaux Delattre',
    email: `margaux.delattre.${Date.now()}@demo.certeval.example`,
    password: 'une-phrase-de-passe-solide',
  };
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: baseURL,
  });

  await signIn(page, PILOT);
  await expect(page.getByTestId('home-company_pilot')).toBeVisible();
  await page.getByTestId('nav-team').click();
  const team = page.getByTestId('team-page');
  await expect(team.getByRole('heading', { level: 1 })).toHaveText('Équipe');
  await expect(team.getByTestId(`person-${PILOT}`)).toContainText('Pilote du projet');

  const form = page.getByTestId('invite-form');
  await form.getByLabel('Nom et prénom').fill(tutor.name);
  await form.getByLabel('Adresse électronique').fill(tutor.email);
  const role = form.getByLabel('Rôle');
  // The pilot may give only pilot, tutor and candidate.
  await expect(role.locator('option')).toHaveText(['Pilote du projet', 'Tuteur', 'Candidat']);
  await role.selectOption({ label: 'Tuteur' });
  await form.getByRole('button', { name: 'Créer le lien d’invitation' }).click();

  const created = page.getByTestId('invitation-created');
  await expect(created).toContainText('aucun courriel n’a été envoyé');
  await created.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(created.getByRole('button', { name: 'Lien copié' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await expect(created.getByTestId('invitation-link')).toHaveValue(copied);
  expect(copied).toMatch(/\/invitation\?token=/);
  // The open invitation is listed with its role.
  await expect(page.getByTestId(`invitation-${tutor.email}`)).toContainText('Tuteur');
  await page.screenshot({ path: testInfo.outputPath('team-invited.png'), fullPage: true });

  // The link names the server's public address; the test server answers on baseURL.
  const link = new URL(copied);
  const stranger = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const other = await stranger.newPage();
  await other.goto(`${link.pathname}${link.search}`);
  const invitation = other.getByTestId('invitation-page');
  await expect(invitation.getByTestId('invitation-summary')).toContainText(
    `${tutor.name} (${tutor.email}) est invité(e) comme Tuteur pour`,
  );
  await invitation.getByLabel('Nouveau mot de passe').fill(tutor.password);
  await invitation.getByLabel('Confirmation du mot de passe').fill(tutor.password);
  await invitation.getByRole('button', { name: 'Accepter l’invitation' }).click();

  await expect(other).toHaveURL(/\/login/);
  await expect(other.getByTestId('login-invited')).toContainText('votre compte est prêt');
  await expect(other.getByLabel('Adresse électronique')).toHaveValue(tutor.email);
  await other.getByLabel('Mot de passe', { exact: true }).fill(tutor.password);
  await other.getByRole('button', { name: 'Se connecter' }).click();
  const home = other.getByTestId('home-tutor');
  await expect(home).toBeVisible();
  await expect(home.getByRole('heading', { level: 1 })).toContainText(tutor.name);

  // The link is spent: opening it again says so.
  await other.goto(`${link.pathname}${link.search}`);
  await expect(other.getByTestId('invitation-invalid')).toContainText('déjà acceptée');
  await stranger.close();

  // The pilot now sees the tutor among the people, and no longer among the invitations.
  await page.reload();
  await expect(page.getByTestId(`person-${tutor.email}`)).toContainText('Tuteur');
  await expect(page.getByTestId(`invitation-${tutor.email}`)).toHaveCount(0);
});

test('the certifier registers a training organisation with its SIRET and invites a trainer', async ({
  page,
}) => {
  const name = `Organisme de formation Vallée ${Date.now()}`;
  await signIn(page, 'certificateur@demo.certeval.example');
  await expect(page.getByTestId('home-certifier_admin')).toBeVisible();
  await page.getByTestId('nav-organisations').click();
  const organisations = page.getByTestId('organisations-page');
  await expect(organisations.getByRole('heading', { level: 1 })).toHaveText('Organisations');

  const form = page.getByTestId('create-organisation-form');
  await form.getByLabel('Type d’organisation').selectOption({ label: 'Organisme de formation' });
  await form.getByLabel('Nom').fill(name);
  // A wrong check key is refused by the server, with its message.
  await form.getByLabel('SIRET (facultatif)').fill('12345678900016');
  await form.getByRole('button', { name: 'Enregistrer l’organisation' }).click();
  await expect(page.getByTestId('create-organisation-message')).toContainText('clé de contrôle');
  await form.getByLabel('SIRET (facultatif)').fill('123 456 789 00015');
  await form.getByRole('button', { name: 'Enregistrer l’organisation' }).click();
  await expect(page.getByTestId('create-organisation-message')).toContainText('est enregistrée');

  await organisations.getByRole('link', { name }).click();
  const people = page.getByTestId('organisation-people-page');
  await expect(people.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(
    people.getByText('Personne n’a encore de rôle dans cette organisation.'),
  ).toBeVisible();
  const invite = page.getByTestId('invite-form');
  // A training organisation holds trainers only.
  await expect(invite.getByLabel('Rôle').locator('option')).toHaveText(['Formateur']);
  await invite.getByLabel('Nom et prénom').fill('Bruno Keller');
  await invite
    .getByLabel('Adresse électronique')
    .fill(`bruno.keller.${Date.now()}@demo.certeval.example`);
  await invite.getByRole('button', { name: 'Créer le lien d’invitation' }).click();
  await expect(page.getByTestId('invitation-link')).toHaveValue(/\/invitation\?token=/);
  await expect(people.getByTestId('invitations-table')).toContainText('Bruno Keller');
});
