// Decisions a certifier can defend (issue 17): the certification's fiche complete from seed 001,
// a candidate's gaps before the jury, and a tutor's line marked « non évalué » with its reason.
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './signIn.ts';

async function signInAs(page: Page, email: string, role: string) {
  await signIn(page, email);
  await expect(page.getByTestId(`home-${role}`)).toBeVisible();
}

test('the certification page shows all of seed 001: summary, certifier’s links, places, access', async ({
  page,
}) => {
  await signInAs(page, 'certificateur@demo.certeval.example', 'certifier_admin');
  await page.getByTestId('nav-certifications').click();
  await page.getByTestId('version-link-cqp-agc-1').click();
  await page.getByRole('tab', { name: 'Fiche de la certification' }).click();
  await expect(page).toHaveURL(/view=fiche/);
  const summary = page.getByTestId('facts-job-summary');
  await expect(summary).toContainText('Résumé du référentiel d’emploi');
  await expect(summary.getByRole('listitem')).toHaveCount(5);
  await expect(summary).toContainText(
    'Intervention auprès du client pour anticiper un défaut de livraison',
  );
  const links = page.getByTestId('facts-links');
  await expect(links.getByRole('link', { name: 'http://www.opcalim.org/' })).toBeVisible();
  await expect(links).toContainText('adresse non donnée par la fiche');
  await expect(page.getByTestId('facts-certification-places')).toContainText(
    '20, Place des Vins de France',
  );
  await expect(page.getByTestId('facts-preparation-places')).toContainText(
    'Au choix des entreprises et des candidats à la VAE',
  );
  const access = page.getByTestId('facts-access');
  await expect(access).toContainText('Par expérience dispositif VAE prévu en 2015');
  await expect(access).toContainText(
    'Accessible en Nouvelle Calédonie — oui ou non : non précisé par la fiche',
  );
});

test('the pilot sees a candidate’s gaps before the jury; a tutor marks a line « non évalué »', async ({
  browser,
}) => {
  const pilot = await (await browser.newContext()).newPage();
  await signInAs(pilot, 'pilote@demo.certeval.example', 'company_pilot');
  await pilot.getByTestId('nav-candidates').click();
  await pilot.getByRole('link', { name: /Lucas/ }).first().click();
  const gaps = pilot.getByTestId('candidate-gaps');
  await expect(gaps).toContainText('Couverture avant le jury');
  // Nothing final recorded yet: the jury could not decide, and RSF8 is measured by nothing.
  await expect(gaps.getByTestId('gaps-status')).toContainText('Des preuves manquent');
  await expect(gaps.getByTestId('gaps-problems')).toContainText(
    'aucune preuve pour cet instrument',
  );
  await expect(gaps.getByTestId('gaps-know-how-RSF8')).toContainText('Jamais mesuré');
  await expect(gaps.getByTestId('gaps-know-how-RSF8')).toContainText(
    'Comprendre la logique du client',
  );

  const tutor = await (await browser.newContext()).newPage();
  await signInAs(tutor, 'tuteur@demo.certeval.example', 'tutor');
  await tutor.getByTestId('nav-my-candidates').click();
  await tutor.getByRole('link', { name: /Lucas/ }).first().click();
  const form = tutor.getByTestId('new-evaluation');
  await form
    .getByLabel('Instrument')
    .selectOption({ label: "Grille d'observation des activités (tuteur)" });
  await form.getByLabel('Type d’évaluation').selectOption({ label: 'Évaluation continue' });
  await form.getByRole('button', { name: 'Commencer l’évaluation' }).click();
  await expect(tutor.getByTestId('evaluation-editor')).toBeVisible({ timeout: 15_000 });
  await tutor.getByTestId('not-evaluated-M3A3').check();
  await expect(tutor.getByTestId('answer-M3A3')).toHaveCount(0);
  await tutor
    .getByTestId('not-evaluated-reason-M3A3')
    .fill('Aucune solution alternative à proposer sur la période.');
  await expect(tutor.getByTestId('save-status-text')).toContainText('Enregistré à', {
    timeout: 15_000,
  });
  await tutor.getByTestId('history-M3A3').click();
  await expect(tutor.getByTestId('item-history-list')).toContainText(
    'non évalué : Aucune solution alternative à proposer sur la période.',
  );
});
