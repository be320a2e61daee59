// Self-service password reset (issue 15, item 2), through the real SMTP server of the suite: a
// person who forgot their password asks for a link from the sign-in page, opens the link they
// received, chooses a new password and signs in — in French, and in English for a person who
// chose English on their profile page (issue 15, item 4).
import { expect, test } from '@playwright/test';
import { apiAs, json } from './journeyApi.ts';
import { linkIn, messageTo } from './mailbox.ts';
import { DEMO_PASSWORD, signIn } from './signIn.ts';

test('a person gets their password back from the sign-in page alone, in French', async ({
  page,
}) => {
  const email = 'jury.opca@demo.certeval.example';
  await page.goto('/');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  const forgot = page.getByTestId('forgot-password-page');
  await forgot.getByLabel('Adresse électronique').fill(email);
  await forgot.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page.getByTestId('forgot-password-sent')).toContainText(
    `Si un compte existe pour ${email}`,
  );

  const received = await messageTo(email, /^Choisissez votre mot de passe Certeval$/);
  expect(received.text).toContain('Il sert une seule fois');
  await page.goto(linkIn(received, '/reset-password'));
  const reset = page.getByTestId('reset-password-page');
  // The demo's password again, so that the other journeys still sign in with it.
  await reset.getByLabel('Nouveau mot de passe').fill(DEMO_PASSWORD);
  await reset.getByLabel('Confirmation du mot de passe').fill(DEMO_PASSWORD);
  await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByTestId('reset-done')).toBeVisible();

  // The link works once.
  await page.goto(linkIn(received, '/reset-password'));
  await reset.getByLabel('Nouveau mot de passe').fill('une autre phrase de passe');
  await reset.getByLabel('Confirmation du mot de passe').fill('une autre phrase de passe');
  await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByTestId('reset-error')).not.toBeEmpty();
  await expect(page.getByTestId('reset-ask-again')).toBeVisible();

  await signIn(page, email);
  await expect(page.getByTestId('home-jury_member')).toBeVisible();
});

test('a person who chose English on their profile gets the link in English', async ({
  page,
  browser,
}) => {
  const person = {
    name: 'Gaspard Lemoine',
    email: `gaspard.lemoine.${Date.now()}@demo.certeval.example`,
    password: 'une phrase de passe de départ',
  };
  // The pilot invites them as a tutor; they accept with the link received.
  const pilot = await apiAs(browser, 'pilote@demo.certeval.example');
  const me = await json<{ memberships: { organisationId: string; role: string }[] }>(
    await pilot.get('/api/me'),
  );
  const company = me.memberships.find((m) => m.role === 'company_pilot')?.organisationId;
  await json(
    await pilot.post(`/api/organisations/${company}/invitations`, {
      data: { email: person.email, displayName: person.name, role: 'tutor' },
    }),
  );
  const invitation = linkIn(await messageTo(person.email, /vous invite/), '/invitation');
  const token = new URLSearchParams(invitation.split('?')[1]).get('token');
  await json(
    await pilot.post(`/api/invitations/${token}/accept`, { data: { password: person.password } }),
  );

  // On their profile, they choose English and switch off the "evaluation to do" notices.
  await signIn(page, person.email, person.password);
  await page.getByTestId('profile-link').click();
  const profile = page.getByTestId('profile-page');
  await expect(profile.getByRole('heading', { level: 1 })).toHaveText('Mon profil');
  await profile.getByLabel('Langue de Certeval et de vos courriels').selectOption('en');
  await profile.getByLabel('Évaluation à faire (tuteur, formateur)').uncheck();
  // The procedure's messages cannot be switched off.
  await expect(profile.getByLabel(/^Convocation au jury/)).toBeDisabled();
  await profile.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByTestId('profile-message')).toHaveText('Your preferences are saved.');
  await page.reload();
  await expect(profile.getByLabel('Evaluation to do (tutor, trainer)')).not.toBeChecked();
  await page.getByTestId('logout-button').click();

  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email address').fill(person.email);
  await page.getByRole('button', { name: 'Send me the link' }).click();
  await expect(page.getByTestId('forgot-password-sent')).toContainText(
    `If an account exists for ${person.email}`,
  );
  const received = await messageTo(person.email, /^Choose your Certeval password$/);
  await page.goto(linkIn(received, '/reset-password'));
  const chosen = 'a new English pass phrase';
  await page.getByLabel('New password').fill(chosen);
  await page.getByLabel('Confirm the password').fill(chosen);
  await page.getByRole('button', { name: 'Save the password' }).click();
  await expect(page.getByTestId('reset-done')).toBeVisible();
  await page.getByTestId('reset-to-login').click();
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(chosen);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('home-tutor')).toBeVisible();
});
