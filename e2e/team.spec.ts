// Inviting a person (issue 5, item 1; issue 15, item 3): the company pilot opens their team and
// invites a tutor; Certeval e-mails the one-time link to the tutor (the pilot never sees it, and
// sees the e-mail sent); a browser with no session opens the link received, sees what it is
// for, chooses a password, is sent to the login page with a success message, signs in and
// lands on the tutor's home. Issue 14, item 1: a person who already has an account signs in
// from the link and accepts there; the pilot cancels an open invitation.
import { type Browser, expect, test } from '@playwright/test';
import { apiAs, json } from './journeyApi.ts';
import { linkIn, messageTo } from './mailbox.ts';
import { signIn } from './signIn.ts';

const PILOT = 'pilote@demo.certeval.example';

test('the pilot invites a tutor who accepts through the link e-mailed to them and signs in', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const tutor = {
    name: 'Margaux Delattre',
    email: `margaux.delattre.${Date.now()}@demo.certeval.example`,
    password: 'une-phrase-de-passe-solide',
  };
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
  await form.getByRole('button', { name: 'Envoyer l’invitation' }).click();

  const created = page.getByTestId('invitation-created');
  await expect(created).toContainText(`Invitation envoyée à ${tutor.name} (${tutor.email})`);
  await expect(created).not.toContainText('token');
  // The open invitation is listed with its role, and its e-mail sent.
  await expect(page.getByTestId(`invitation-${tutor.email}`)).toContainText('Tuteur');
  await expect(page.getByTestId(`invitation-delivery-${tutor.email}`)).toContainText('Envoyée');
  await page.screenshot({ path: testInfo.outputPath('team-invited.png'), fullPage: true });

  // The tutor opens the link of the message they received.
  const received = await messageTo(tutor.email, /Julien Roussel vous invite sur Certeval/);
  const link = linkIn(received, '/invitation');
  const stranger = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const other = await stranger.newPage();
  await other.goto(link);
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
  await other.goto(link);
  await expect(other.getByTestId('invitation-invalid')).toContainText('déjà reçu une réponse');
  await stranger.close();

  // The pilot now sees the tutor among the people, and no longer among the invitations.
  await page.reload();
  await expect(page.getByTestId(`person-${tutor.email}`)).toContainText('Tuteur');
  await expect(page.getByTestId(`invitation-${tutor.email}`)).toHaveCount(0);
});

type Person = { name: string; email: string; password: string };

/** The pilot's API, and the company they pilot. */
async function pilotApi(browser: Browser) {
  const api = await apiAs(browser, PILOT);
  const me = await json<{ memberships: { organisationId: string; role: string }[] }>(
    await api.get('/api/me'),
  );
  const company = me.memberships.find((m) => m.role === 'company_pilot')?.organisationId;
  const invite = async (person: Person, role: string) =>
    json<{ id: string }>(
      await api.post(`/api/organisations/${company}/invitations`, {
        data: { email: person.email, displayName: person.name, role },
      }),
    );
  return { api, invite };
}

/** Through the API: a tutor of the company, whose account came from an earlier invitation. */
async function tutorFromInvitation(browser: Browser, person: Person) {
  const pilot = await pilotApi(browser);
  await pilot.invite(person, 'tutor');
  const received = await messageTo(person.email, /vous invite sur Certeval/);
  const token = new URLSearchParams(linkIn(received, '/invitation').split('?')[1]).get('token');
  await json(
    await pilot.api.post(`/api/invitations/${token}/accept`, {
      data: { password: person.password },
    }),
  );
  return pilot;
}

test('an invited person who has an account signs in from the link, then accepts', async ({
  page,
  browser,
  baseURL,
}) => {
  const person = {
    name: 'Romane Chevalier',
    email: `romane.chevalier.${Date.now()}@demo.certeval.example`,
    password: 'une autre phrase de passe',
  };
  await tutorFromInvitation(browser, person);

  // On screen, the pilot invites that person as a candidate too and hands over the link.
  await signIn(page, PILOT);
  await page.getByTestId('nav-team').click();
  const form = page.getByTestId('invite-form');
  await form.getByLabel('Nom et prénom').fill(person.name);
  await form.getByLabel('Adresse électronique').fill(person.email);
  await form.getByLabel('Rôle').selectOption({ label: 'Candidat' });
  await form.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page.getByTestId('invitation-created')).toContainText('Invitation envoyée');
  // The second message to that address: the first was the tutor's invitation.
  const link = linkIn(await messageTo(person.email, /vous invite sur Certeval/, 2), '/invitation');

  // Without a session the link asks to sign in: no password to choose for an existing account.
  const own = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const tab = await own.newPage();
  await tab.goto(link);
  const invitation = tab.getByTestId('invitation-page');
  await expect(invitation.getByTestId('invitation-sign-in')).toContainText(
    `Un compte existe déjà pour ${person.email}`,
  );
  await expect(invitation.getByLabel('Nouveau mot de passe')).toHaveCount(0);
  await invitation.getByRole('link', { name: 'Connectez-vous pour accepter' }).click();
  await expect(tab).toHaveURL(/\/login/);
  await expect(tab.getByLabel('Adresse électronique')).toHaveValue(person.email);
  await tab.getByLabel('Mot de passe', { exact: true }).fill(person.password);
  await tab.getByRole('button', { name: 'Se connecter' }).click();

  // Back at the invitation, signed in as themself: they accept, and the new space opens.
  await expect(tab).toHaveURL(/\/invitation\?token=/);
  const answer = tab.getByTestId('invitation-answer');
  await expect(answer).toContainText(`connecté(e) en tant que ${person.name}`);
  await answer.getByRole('button', { name: 'Accepter l’invitation' }).click();
  await expect(tab.getByTestId('home-candidate')).toBeVisible();
  await own.close();

  await page.reload();
  await expect(page.getByTestId(`person-${person.email}`)).toContainText('Candidat');
  await expect(page.getByTestId(`person-${person.email}`)).toContainText('Tuteur');
  await expect(page.getByTestId(`invitation-${person.email}`)).toHaveCount(0);
});

test('a signed-in person answers their pending invitations on their home', async ({
  page,
  browser,
}) => {
  const person = {
    name: 'Noé Lambert',
    email: `noe.lambert.${Date.now()}@demo.certeval.example`,
    password: 'encore une phrase de passe',
  };
  const pilot = await tutorFromInvitation(browser, person);
  await pilot.invite(person, 'company_pilot');
  await pilot.invite(person, 'candidate');

  await signIn(page, person.email, person.password);
  const pending = page.getByTestId('pending-invitations');
  await expect(pending).toContainText('Pilote du projet pour Biscuiterie des Trois Vallées');
  const declinePilot = pending.getByRole('button', {
    name: 'Refuser l’invitation : Pilote du projet pour Biscuiterie',
  });
  await declinePilot.click();
  await expect(page.getByTestId('pending-declined')).toContainText('Invitation refusée');
  await expect(declinePilot).toHaveCount(0);
  await pending
    .getByRole('button', { name: 'Accepter l’invitation : Candidat pour Biscuiterie' })
    .click();
  // The new role is a new space, opened at once; nothing is left to answer.
  await expect(page.getByTestId('home-candidate')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Accepter l’invitation/ })).toHaveCount(0);
});

test('the pilot cancels an open invitation: its link then opens nothing', async ({ page }) => {
  const email = `yanis.perret.${Date.now()}@demo.certeval.example`;
  await signIn(page, PILOT);
  await page.getByTestId('nav-team').click();
  const form = page.getByTestId('invite-form');
  await form.getByLabel('Nom et prénom').fill('Yanis Perret');
  await form.getByLabel('Adresse électronique').fill(email);
  await form.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  const link = linkIn(await messageTo(email, /vous invite sur Certeval/), '/invitation');
  const row = page.getByTestId(`invitation-${email}`);
  await expect(row).toContainText('Julien Roussel');
  await row.getByRole('button', { name: 'Annuler l’invitation de Yanis Perret' }).click();
  await expect(page.getByTestId('invitation-cancelled')).toContainText('est annulée');
  await expect(row).toHaveCount(0);
  await page.getByTestId('logout-button').click();
  await page.goto(link);
  await expect(page.getByTestId('invitation-invalid')).toContainText('annulée');
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
  // A wrong check key is refused before sending (the server's own check), under its field.
  await form.getByLabel('SIRET (facultatif)').fill('12345678900016');
  await form.getByRole('button', { name: 'Enregistrer l’organisation' }).click();
  await expect(page.getByTestId('organisation-problems')).toContainText('clé de contrôle');
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
  await invite.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page.getByTestId('invitation-created')).toContainText('Invitation envoyée');
  await expect(people.getByTestId('invitations-table')).toContainText('Bruno Keller');
});
