// Personal data end to end (issue 19 item 5): the certifier finds a fictional candidate who never
// reached a jury by her address, reads what Certeval holds with each kind's retention, downloads
// her export (one JSON file) and erases her after reading the preview — nothing is kept, and she
// is found no more. A fictional candidate under a signed jury decision, found by his name, is
// shown with his decision kept and the reason the law keeps it, before and after his erasure.
import { readFile } from 'node:fs/promises';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { agreedDeliberation, apiAs, json, readyCandidate, seatedSession } from './journeyApi.ts';
import { DEMO_PASSWORD, signIn } from './signIn.ts';

const CERTIFIER = 'certificateur@demo.certeval.example';
const ADDRESS = 'oriane.vallon@candidats.example';

/** The pilot enrols a fictional candidate with an address in the demo's validated project. */
async function enrolledCandidate(browser: Browser): Promise<void> {
  const pilot = await apiAs(browser, 'pilote@demo.certeval.example');
  const projects = await json<Array<{ id: string; status: string }>>(
    await pilot.get('/api/projects'),
  );
  const project = projects.find((p) => p.status === 'validated')?.id as string;
  const people = await json<{ tutors: Array<{ id: string }> }>(
    await pilot.get(`/api/projects/${project}/assignable`),
  );
  await json(
    await pilot.post(`/api/projects/${project}/candidates`, {
      data: {
        candidate: {
          birthName: 'Vallon',
          firstNames: ['Oriane'],
          birthDate: '1994-02-11',
          birthPlace: 'Montbard (Côte-d’Or)',
          email: ADDRESS,
          phone: '+33 6 00 00 00 19',
          accessRoute: 'continuing_education',
          tutorId: people.tutors[0]?.id,
        },
      },
    }),
  );
}

/** A fictional candidate evaluated, deliberated and signed for by the demo's jury. */
async function signedCandidate(browser: Browser): Promise<void> {
  const candidateId = await readyCandidate(
    browser,
    {
      birthName: 'Quesnel',
      firstNames: ['Tristan'],
      birthDate: '1991-07-04',
      birthPlace: 'Semur-en-Auxois (Côte-d’Or)',
      accessRoute: 'professionalisation_contract',
    },
    { tutor: 85, trainer: 80 },
  );
  const seat = await seatedSession(browser, candidateId, {
    startTime: '17:30',
    place: 'Salle des registres, Beaune (démo)',
  });
  const { president, revision } = await agreedDeliberation(
    browser,
    seat.seatId,
    { president: [70, 70, 70], employees: [70, 70, 70], opca: [100, 70, 70] },
    { percentages: { R: 80, PO: 70, OT: 70 }, comment: 'Présentation claire et structurée.' },
  );
  await json(
    await president.post(`/api/jury/candidates/${seat.seatId}/sign`, {
      data: { password: DEMO_PASSWORD, revision },
    }),
  );
}

/** The row of what the product holds of one kind, by its label. */
const holding = (panel: Locator, label: string) =>
  panel
    .getByTestId('holding')
    .filter({ has: panel.page().getByRole('rowheader', { name: label, exact: true }) });

async function openPersonalData(page: Page) {
  await signIn(page, CERTIFIER);
  await expect(page.getByTestId('home-certifier_admin')).toBeVisible();
  await page.getByTestId('nav-personal-data').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Données personnelles');
  await expect(page.getByTestId('retention-rule').first()).toBeVisible();
}

test('the certifier exports, then erases, a candidate who never reached a jury', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  await enrolledCandidate(browser);
  const page = await (await browser.newContext()).newPage();
  await openPersonalData(page);

  // The record of processing, from the core's rules, with the configured delay.
  const rules = page.getByTestId('retention-rules');
  await expect(rules).toContainText('jamais été présenté à un jury est effacé 730 jours');
  await rules.getByRole('button', { name: 'Identité du candidat' }).click();
  await expect(rules).toContainText('Base légale');

  await page.getByTestId('person-email').fill(' Oriane.Vallon@Candidats.example ');
  await page.getByTestId('person-find').click();
  const panel = page.getByTestId('person-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Ce que Certeval détient sur Oriane Vallon',
  );
  await expect(panel.getByTestId('person-files')).toContainText('Inscrit');
  await expect(panel.getByTestId('under-decision')).toHaveCount(0);
  const identity = holding(panel, 'Identité du candidat');
  await expect(identity).toHaveAttribute('data-outcome', 'erased');
  await expect(identity).toContainText('Jusqu’à la décision du jury');
  await expect(holding(panel, 'Compte et rôles')).toBeVisible();
  await expect(panel).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);

  // The export: one JSON file with her file and her account.
  const download = page.waitForEvent('download');
  await panel.getByTestId('person-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^donnees-personnelles-.*\.json$/);
  const data = JSON.parse(await readFile((await file.path()) as string, 'utf8'));
  expect(data.account.email).toBe(ADDRESS);
  expect(data.candidacies[0].file).toMatchObject({
    birthName: 'Vallon',
    phone: '+33 6 00 00 00 19',
  });
  await expect(panel.getByTestId('person-exported')).toContainText('journal des actions');

  // The erasure: previewed, confirmed, done; nothing kept.
  await panel.getByTestId('person-erase').click();
  const dialog = page.getByTestId('erasure-dialog');
  await expect(dialog.getByTestId('erasure-erased')).toContainText('Identité du candidat');
  await expect(dialog.getByTestId('erasure-kept')).toHaveCount(0);
  await expect(dialog.getByTestId('erasure-submit')).toBeDisabled();
  await dialog.getByTestId('erasure-confirm').check();
  await dialog.getByTestId('erasure-submit').click();
  const result = page.getByTestId('erasure-result');
  await expect(result).toContainText(
    'La personne est effacée : il ne reste d’elle que des traces sans identité.',
  );

  await page.getByTestId('person-find').click();
  await expect(page.getByTestId('person-error')).toContainText('Aucune personne ne correspond');
});

test('a candidate under a signed decision: the decision is kept, and the screen says why', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  await signedCandidate(browser);
  const page = await (await browser.newContext()).newPage();
  await openPersonalData(page);

  await page.getByTestId('person-search-by').getByText('Nom du candidat').click();
  await page.getByTestId('person-name').fill('quesnel');
  await page.getByRole('button', { name: 'Choisir Tristan Quesnel' }).click();
  const panel = page.getByTestId('person-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Ce que Certeval détient sur Tristan Quesnel',
  );
  await expect(panel.getByTestId('under-decision')).toHaveText('Décision du jury signée');
  const decision = holding(panel, 'Décision du jury');
  await expect(decision).toHaveAttribute('data-outcome', 'kept');
  await expect(decision).toContainText('Une décision signée est un acte du jury');

  await panel.getByTestId('person-erase').click();
  const kept = page.getByTestId('erasure-dialog').getByTestId('erasure-kept');
  await expect(kept).toContainText('Décision du jury');
  await expect(kept).toContainText('pour la prouver et répondre à un recours');
  await page.getByTestId('erasure-confirm').check();
  await page.getByTestId('erasure-submit').click();
  const result = page.getByTestId('erasure-result');
  await expect(result).toContainText('La personne est effacée, sauf ce que la loi garde');
  await expect(result.getByTestId('erasure-kept')).toContainText('Décision du jury');
  // His evaluations stay for an appeal, without their comments: kept without identity.
  await expect(result.getByTestId('erasure-pseudonymised')).toContainText('Évaluations');
});
