import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'certeval-demo';

/** Signs in through the login page, as a person does. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** The demo's people, one per role (fictional), as the demo seeds them. */
export const DEMO_PEOPLE = [
  {
    email: 'certificateur@demo.certeval.example',
    role: 'certifier_admin',
    name: 'Hélène Marchetti',
  },
  { email: 'pilote@demo.certeval.example', role: 'company_pilot', name: 'Julien Roussel' },
  { email: 'tuteur@demo.certeval.example', role: 'tutor', name: 'Sophie Lemaire' },
  { email: 'formateur@demo.certeval.example', role: 'trainer', name: 'Karim Benali' },
  { email: 'jury@demo.certeval.example', role: 'jury_member', name: 'Isabelle Fournier' },
  { email: 'candidat@demo.certeval.example', role: 'candidate', name: 'Lucas Moreau' },
] as const;

export type DemoPerson = (typeof DEMO_PEOPLE)[number];

/** Signs the person in and waits for the home of their role. */
export async function signInHome(page: Page, person: DemoPerson) {
  await signIn(page, person.email);
  await expect(page.getByTestId(`home-${person.role}`)).toBeVisible();
}

/** Where each entry of the space's navigation leads, in the menu's order. */
export function navigationHrefs(page: Page): Promise<string[]> {
  return page
    .getByTestId('space-nav')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}
