// A candidate's pathway (issue 5): the pilot enrols a candidate with their tutor and trainer,
// the tutor positions them on the observation grid and sees the suggested plan, the pilot
// moves the file to training, the tutor records two continuous grids and a final one, the
// trainer records the final questionnaire, and the booklet shows the timeline and the chart.
// Then the autosave through a failing network, and two windows saving the same evaluation.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './signIn.ts';

const PILOT = 'pilote@demo.certeval.example';
const TUTOR = 'tuteur@demo.certeval.example';
const TRAINER = 'formateur@demo.certeval.example';
const CERTIFIER = 'certificateur@demo.certeval.example';
const GRID = "Grille d'observation des activités (tuteur)";
const QUESTIONNAIRE = 'Questionnaire formateur — connaissances (exemple)';

/** A fictional candidate: nobody real. */
const CANDIDATE = {
  birthName: 'Garnier',
  usageName: 'Ollivier',
  firstNames: 'Maëlle, Jeanne',
  birthDate: '1999-04-23',
  birthPlace: 'Lons-le-Saunier (Jura)',
  email: 'maelle.ollivier@example.org',
  job: 'Assistante administration des ventes',
  name: 'Maëlle Jeanne Ollivier',
};

/** A day `days` before today, on the server's calendar (UTC), as YYYY-MM-DD. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Signs in and waits for the home of the space the person lands in. */
async function signInAs(page: Page, email: string, role: string) {
  await signIn(page, email);
  await expect(page.getByTestId(`home-${role}`)).toBeVisible();
}

async function newPage(browser: Browser, email: string, role: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email, role);
  return page;
}

/** The trainer's questionnaire must be published: if the demo's is still a draft, the certifier publishes it. */
async function publishDemoQuestionnaire(browser: Browser) {
  const context = await browser.newContext();
  const api = context.request;
  await api.post('/api/auth/login', { data: { email: CERTIFIER, password: DEMO_PASSWORD } });
  const list = (await (await api.get('/api/instruments')).json()) as Array<{
    key: string;
    status: string;
    revision: number;
  }>;
  const quiz = list.find((i) => i.key === 'cqp-agc-demo-questionnaire');
  if (quiz?.status === 'draft') {
    const published = await api.post(
      '/api/instruments/cqp-agc-demo-questionnaire/versions/1/publish',
      {
        data: { revision: quiz.revision },
      },
    );
    expect(published.status()).toBe(200);
  }
  await context.close();
}

async function openCandidate(page: Page, nav: string, name: string) {
  await page.getByTestId(nav).click();
  await expect(page.getByTestId('candidate-list')).toBeVisible();
  await page.getByRole('link', { name }).click();
  await expect(page.getByTestId('candidate-name')).toHaveText(name);
}

async function startEvaluation(page: Page, instrument: string, kind: string, date: string) {
  const form = page.getByTestId('new-evaluation');
  await form.getByLabel('Instrument').selectOption({ label: instrument });
  await form.getByLabel('Type d’évaluation').selectOption({ label: kind });
  await form.getByLabel('Date de l’évaluation').fill(date);
  await form.getByRole('button', { name: 'Commencer l’évaluation' }).click();
  await expect(page.getByTestId('evaluation-editor')).toBeVisible({ timeout: 15_000 });
}

/** The ids of the items on screen, in the instrument's order. */
async function itemIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-rated]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^item-/, ''));
}

/** The scale of an item of the tutor grid: its levels as buttons (issue 16, item 4). */
const scaleOf = (page: Page, id: string) =>
  page.getByRole('radiogroup', { name: `Pourcentage d’atteinte de ${id}` });

/** Chooses a level of the scale by its button. */
async function chooseLevel(page: Page, id: string, value: number) {
  await scaleOf(page, id)
    .getByRole('radio', { name: `${value} %`, exact: true })
    .click();
}

/** The percentage typed for a value between the levels. */
const otherPercentage = (page: Page, id: string) =>
  page.getByLabel(`Autre pourcentage pour ${id} (de 0 à 100)`);

/** Rates every item of the tutor grid with the percentage `value(k)`, then waits for the save. */
async function fillGrid(page: Page, value: (k: number) => number) {
  const ids = await itemIds(page);
  expect(ids.length).toBe(25);
  for (const [k, id] of ids.entries()) {
    await chooseLevel(page, id, value(k));
  }
  await expect(page.getByTestId('grid-progress-overall')).toHaveText('25 sur 25 renseignés');
  await expect(page.getByTestId('save-status-text')).toContainText('Enregistré à', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('unrated-count')).toHaveText('Tous les items sont renseignés.');
}

async function submitEvaluation(page: Page) {
  await page.getByTestId('submit-evaluation').click();
  await page.getByTestId('submit-confirm').click();
  await expect(page.getByTestId('evaluation-status')).toHaveText('Soumise', { timeout: 15_000 });
}

async function backToFile(page: Page, name: string) {
  await page.getByTestId('evaluation-candidate').click();
  await expect(page.getByTestId('candidate-name')).toHaveText(name);
}

test.describe.configure({ mode: 'serial' });

test('a candidate’s pathway from enrolment to the booklet’s chart', async ({
  browser,
}, testInfo) => {
  // Six people's sessions, four 25-line grids and a questionnaire: minutes on a busy machine.
  test.setTimeout(300_000);
  await publishDemoQuestionnaire(browser);

  // The pilot enrols the candidate; a birth date in the future is refused under its field.
  const pilot = await newPage(browser, PILOT, 'company_pilot');
  await pilot.getByTestId('nav-candidates').click();
  await pilot.getByTestId('enrol-candidate').click();
  const form = pilot.getByTestId('candidate-form');
  await form.getByLabel('Nom de naissance').fill(CANDIDATE.birthName);
  await form.getByLabel('Nom d’usage').fill(CANDIDATE.usageName);
  await form.getByLabel('Prénoms').fill(CANDIDATE.firstNames);
  await form.getByLabel('Date de naissance').fill(daysAgo(-30));
  await form.getByLabel('Lieu de naissance').fill(CANDIDATE.birthPlace);
  await form.getByLabel('Adresse électronique').fill(CANDIDATE.email);
  await form.getByLabel('Poste occupé').fill(CANDIDATE.job);
  await form.getByLabel('Voie d’accès').selectOption({ label: 'Formation continue' });
  await form
    .getByLabel('Tuteur', { exact: true })
    .selectOption({ label: 'Sophie Lemaire — Biscuiterie des Trois Vallées' });
  await form
    .getByLabel('Formateur', { exact: true })
    .selectOption({ label: 'Karim Benali — Centre de formation Les Tilleuls' });
  await form.getByRole('button', { name: 'Inscrire le candidat' }).click();
  // The summary at the top takes the focus; its link leads to the field.
  const summary = pilot.getByTestId('candidate-problems');
  await expect(summary).toBeFocused();
  const birthDate = form.getByLabel('Date de naissance');
  await expect(birthDate).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link', { name: /Date de naissance/ }).click();
  await expect(birthDate).toBeFocused();
  await expect(form).toContainText('La date de naissance doit être passée.');
  await birthDate.fill(CANDIDATE.birthDate);
  await form.getByRole('button', { name: 'Inscrire le candidat' }).click();
  await expect(pilot.getByTestId('candidate-name')).toHaveText(CANDIDATE.name);
  await expect(pilot.getByTestId('candidate-state')).toHaveText('Inscrit');
  await expect(pilot.getByTestId('candidate-tutor')).toHaveText('Sophie Lemaire');
  await expect(pilot.getByTestId('candidate-trainer')).toHaveText('Karim Benali');
  await expect(pilot.getByTestId('candidate-access-route')).toHaveText('Formation continue');

  // The tutor positions the candidate on the observation grid, and sees the suggested plan.
  const tutor = await newPage(browser, TUTOR, 'tutor');
  await openCandidate(tutor, 'nav-my-candidates', CANDIDATE.name);
  await startEvaluation(tutor, GRID, 'Positionnement', daysAgo(60));
  await expect(tutor.getByTestId('evaluation-kind')).toHaveText('Positionnement');
  // Submitting too early: the server lists what is not rated.
  // Each item shows its scale as buttons; a value between the levels is typed, and a value out
  // of range is refused with a message, never changed (issue 16, item 4).
  await expect(scaleOf(tutor, 'M1A1').getByRole('radio')).toHaveText([
    '0 %',
    '30 %',
    '50 %',
    '70 %',
    '100 %',
  ]);
  await expect(tutor.getByTestId('grid-progress-overall')).toHaveText('0 sur 25 renseignés');
  await otherPercentage(tutor, 'M1A1').fill('10');
  await expect(tutor.getByTestId('save-status-text')).toContainText('Enregistré à', {
    timeout: 15_000,
  });
  await otherPercentage(tutor, 'M1A2').fill('150');
  await expect(tutor.getByTestId('item-M1A2')).toContainText(
    'Donnez une valeur de 0 à 100 : celle-ci n’est pas retenue.',
  );
  await expect(otherPercentage(tutor, 'M1A2')).toHaveValue('150');
  await otherPercentage(tutor, 'M1A2').fill('-5');
  await expect(otherPercentage(tutor, 'M1A2')).toHaveValue('-5');
  await expect(tutor.getByTestId('item-M1A2')).toContainText('Donnez une valeur de 0 à 100');
  await otherPercentage(tutor, 'M1A2').fill('');
  await expect(tutor.getByTestId('grid-progress-overall')).toHaveText('1 sur 25 renseignés');
  await expect(tutor.getByTestId('grid-progress-PO')).toHaveText('Domaine PO : 1 sur 7');
  // The keyboard reaches the scale: Tab onto a level, Space chooses it.
  await scaleOf(tutor, 'M1A3').getByRole('radio', { name: '50 %', exact: true }).focus();
  await tutor.keyboard.press('Space');
  await expect(
    scaleOf(tutor, 'M1A3').getByRole('radio', { name: '50 %', exact: true }),
  ).toBeChecked();
  await expect(tutor.getByTestId('grid-progress-overall')).toHaveText('2 sur 25 renseignés');
  await expect(tutor.getByTestId('save-status-text')).toContainText('Enregistré à', {
    timeout: 15_000,
  });
  await tutor.getByTestId('submit-evaluation').click();
  await tutor.getByTestId('submit-confirm').click();
  // One problem per mission, naming its lines without a result (issue 17, item 2).
  await expect(tutor.getByTestId('submit-problems')).toContainText(
    'M1 « Collecter et organiser les informations commerciales et de gestion » : sans résultat : M1A2, M1A4',
  );
  await expect(tutor.getByTestId('submit-problems').getByRole('listitem')).toHaveCount(5);
  await fillGrid(tutor, (k) => [30, 50, 70, 100, 0][k % 5] ?? 0);
  // Each change is in the item's history: 10 %, then 30 %.
  await tutor.getByTestId('history-M1A1').click();
  const history = tutor.getByTestId('item-history-list');
  await expect(history).toContainText('Sophie Lemaire');
  await expect(history).toContainText('Avant : 10 %');
  await expect(history).toContainText('Après : 30 %');
  await tutor.keyboard.press('Escape');
  await submitEvaluation(tutor);
  await backToFile(tutor, CANDIDATE.name);
  await expect(tutor.getByTestId('candidate-state')).toHaveText('Positionné');
  await tutor.getByTestId('tab-positioning').click();
  // Some sixty competences and as many plan lines: allow a busy machine.
  await expect(tutor.getByTestId('positioning-table')).toContainText(
    'Domaine R — Relation client',
    {
      timeout: 15_000,
    },
  );
  const plan = tutor.getByTestId('plan-editor');
  await expect(plan.getByTestId('plan-state')).toHaveText(
    'Plan suggéré par le positionnement, pas encore enregistré.',
  );
  const hours = plan.locator('tbody tr').first().getByRole('spinbutton');
  await hours.fill('14');
  await plan.getByTestId('plan-save').click();
  await expect(plan.getByTestId('plan-state')).toHaveText('Plan enregistré (version 1).', {
    timeout: 15_000,
  });
  await expect(plan.locator('tbody tr').first().getByRole('spinbutton')).toHaveValue('14');

  // The pilot moves the file to training; the jury must wait for the final evaluations.
  await pilot.reload();
  await expect(pilot.getByTestId('candidate-state')).toHaveText('Positionné');
  await pilot.getByTestId('move-in_training').click();
  await expect(pilot.getByTestId('candidate-state')).toHaveText('En formation');
  await pilot.getByTestId('move-ready_for_jury').click();
  await expect(pilot.getByTestId('move-error')).toContainText(
    'Il manque l’évaluation finale du tuteur et du formateur.',
  );

  // The tutor records two continuous grids and the final one.
  const rounds: Array<[string, number, (k: number) => number]> = [
    ['Évaluation continue', 40, (k) => [50, 70, 70, 100, 30][k % 5] ?? 0],
    ['Évaluation continue', 20, (k) => [70, 70, 100, 100, 50][k % 5] ?? 0],
    ['Évaluation finale', 1, (k) => [70, 100, 100, 100, 70][k % 5] ?? 0],
  ];
  await tutor.getByTestId('tab-file').click();
  for (const [kind, days, value] of rounds) {
    await startEvaluation(tutor, GRID, kind, daysAgo(days));
    await fillGrid(tutor, value);
    await submitEvaluation(tutor);
    await backToFile(tutor, CANDIDATE.name);
  }

  // The trainer records the final questionnaire, item by item, in points.
  const trainer = await newPage(browser, TRAINER, 'trainer');
  await openCandidate(trainer, 'nav-my-candidates', CANDIDATE.name);
  await startEvaluation(trainer, QUESTIONNAIRE, 'Évaluation finale', daysAgo(1));
  const questions = await itemIds(trainer);
  expect(questions.length).toBeGreaterThan(10);
  for (const id of questions) {
    // A right-or-wrong question is answered right or wrong, by its key (issue 17, item 3).
    const right = trainer.getByTestId(`answer-${id}`).getByLabel('Juste (1 point)');
    if ((await right.count()) > 0) await right.check();
    else await trainer.getByLabel(new RegExp(`^Points obtenus à ${id} \\(sur`)).fill('1');
  }
  await trainer.getByLabel(`Commentaire sur ${questions[0]}`).fill('Bonne maîtrise des bases.');
  await expect(trainer.getByTestId('save-status-text')).toContainText('Enregistré à', {
    timeout: 15_000,
  });
  await submitEvaluation(trainer);
  await expect(trainer.getByTestId(`value-${questions[0]}`)).toHaveText(
    '1 point sur 1 (« Bonne maîtrise des bases. »)',
  );

  // The booklet: the tutor's note, the timeline of every evaluation, the chart and its table.
  await tutor.getByTestId('tab-booklet').click();
  await expect(tutor.getByTestId('booklet-page')).toBeVisible();
  await tutor.getByTestId('booklet-title').fill('Point mensuel');
  await tutor.getByTestId('booklet-body').fill('Prend en main le portail EDI de la biscuiterie.');
  await tutor.getByTestId('booklet-add').click();
  await expect(tutor.getByTestId('booklet-added')).toContainText('« Point mensuel » a été ajouté');
  const timeline = tutor.getByTestId('booklet-timeline');
  await expect(timeline.getByTestId('timeline-evaluation')).toHaveCount(5);
  await expect(timeline.getByTestId('timeline-entry')).toHaveCount(1);
  await expect(timeline).toContainText('Note du tuteur · Point mensuel');
  await expect(timeline).toContainText(QUESTIONNAIRE);
  const chart = tutor.getByTestId('progress-chart');
  await expect(chart.locator('.recharts-line')).toHaveCount(3);
  const table = tutor.getByTestId('progress-table');
  // One row per submitted grid, and one for the trainer's questionnaire (its points drawn as a
  // share of each item's maximum since d943955).
  await expect(table.locator('tbody tr')).toHaveCount(5);
  await expect(table.locator('thead')).toContainText('R');
  const file = testInfo.outputPath('booklet.png');
  await tutor.screenshot({ path: file, fullPage: true });
  await testInfo.attach('booklet', { path: file, contentType: 'image/png' });

  // With both final evaluations in, the pilot puts the file before the jury.
  await pilot.reload();
  await pilot.getByTestId('move-ready_for_jury').click();
  await expect(pilot.getByTestId('candidate-state')).toHaveText('Présenté au jury');
});

/** The tutor opens a new continuous grid of the demo candidate; returns the evaluation's URL. */
async function openLucasGrid(page: Page): Promise<string> {
  await openCandidate(page, 'nav-my-candidates', 'Lucas Moreau');
  await startEvaluation(page, GRID, 'Évaluation continue', daysAgo(2));
  return page.url();
}

test('a failing network loses nothing: the save is retried until the server has it', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await newPage(browser, TUTOR, 'tutor');
  const url = await openLucasGrid(page);
  let refused = 0;
  await page.route('**/api/evaluations/*', async (route) => {
    if (route.request().method() === 'PUT' && refused < 3) {
      refused += 1;
      await route.abort('internetdisconnected');
    } else await route.continue();
  });
  await chooseLevel(page, 'M1A1', 70);
  await page.getByLabel('Commentaire sur M1A1').fill('Autonome sur les commandes EDI');
  const status = page.getByTestId('save-status-text');
  await expect(status).toContainText('Enregistrement impossible pour l’instant', {
    timeout: 10_000,
  });
  await expect(status).toContainText('gardées sur cet appareil');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('certeval.evaluation.')),
  );
  expect(kept).toHaveLength(1);
  // Three failures (1 s, 2 s, 4 s apart), then the network comes back.
  await expect(status).toContainText('Enregistré à', { timeout: 30_000 });
  expect(refused).toBe(3);
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('certeval.evaluation.')),
    ),
  ).toEqual([]);
  await page.unroute('**/api/evaluations/*');
  await page.goto(url);
  await expect(scaleOf(page, 'M1A1').getByRole('radio', { name: '70 %' })).toBeChecked();
  await expect(page.getByLabel('Commentaire sur M1A1')).toHaveValue(
    'Autonome sur les commandes EDI',
  );
});

test('a second window saving first is not overwritten: the first is told and reloads', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const first = await newPage(browser, TUTOR, 'tutor');
  const url = await openLucasGrid(first);
  await chooseLevel(first, 'M1A2', 50);
  await expect(first.getByTestId('save-status-text')).toContainText('Enregistré à', {
    timeout: 15_000,
  });

  // The same evaluation in another window (another device), which saves first.
  const second = await newPage(browser, TUTOR, 'tutor');
  await second.goto(url);
  await expect(scaleOf(second, 'M1A2').getByRole('radio', { name: '50 %' })).toBeChecked();
  await chooseLevel(second, 'M1A2', 30);
  await expect(second.getByTestId('save-status-text')).toContainText('Enregistré à', {
    timeout: 15_000,
  });

  // The first window's save is refused: said plainly, and nothing is sent again.
  let puts = 0;
  first.on('request', (request) => {
    if (request.method() === 'PUT' && request.url().includes('/api/evaluations/')) puts += 1;
  });
  await chooseLevel(first, 'M1A2', 100);
  const conflict = first.getByTestId('evaluation-conflict');
  await expect(conflict).toContainText('Cette évaluation a changé entre-temps', {
    timeout: 15_000,
  });
  await expect(conflict).toContainText('rien n’a été écrasé');
  await chooseLevel(first, 'M1A3', 70);
  await first.waitForTimeout(2_000);
  expect(puts).toBe(1);

  const server = await second.request.get(url.replace(/.*\/evaluations\//, '/api/evaluations/'));
  const items = ((await server.json()) as { items: Array<{ item: string; percentage?: number }> })
    .items;
  expect(items.find((i) => i.item === 'M1A2')?.percentage).toBe(30);
  expect(items.find((i) => i.item === 'M1A3')).toBeUndefined();

  await conflict.getByTestId('evaluation-reload').click();
  await conflict.getByTestId('evaluation-reload-confirm').click();
  await expect(first.getByTestId('evaluation-conflict')).toHaveCount(0);
  await expect(scaleOf(first, 'M1A2').getByRole('radio', { name: '30 %' })).toBeChecked();
  await expect(scaleOf(first, 'M1A3').getByRole('radio', { checked: true })).toHaveCount(0);
});

// The questionnaire taken online (issue 5, item 6): the trainer assigns it to the demo
// candidate, who starts it, answers, reloads (nothing lost), is warned five minutes before the
// end, finishes and reads the result per domain; the trainer then sees it submitted.
const CANDIDATE_ACCOUNT = 'candidat@demo.certeval.example';

test('a questionnaire taken online: assigned, started, resumed after a reload, finished', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  await publishDemoQuestionnaire(browser);
  const trainer = await newPage(browser, TRAINER, 'trainer');
  await openCandidate(trainer, 'nav-my-candidates', 'Lucas Moreau');
  await trainer.getByTestId('assign-online-open').click();
  const form = trainer.getByTestId('assign-online');
  await form.getByLabel('Questionnaire', { exact: true }).selectOption({ label: QUESTIONNAIRE });
  await form.getByLabel('Type d’évaluation').selectOption({ label: 'Évaluation finale' });
  await form.getByRole('button', { name: 'Confier au candidat' }).click();
  await expect(trainer.getByTestId('assign-online-done')).toContainText(
    `« ${QUESTIONNAIRE} » est confié au candidat`,
  );
  await expect(trainer.getByTestId('assign-online-open')).toBeFocused();
  const rows = trainer.getByTestId('candidate-evaluations').locator('tbody tr');
  await expect(rows.filter({ hasText: 'Confiée au candidat' })).toHaveCount(1);

  // The candidate finds it on their pathway, reads how long it lasts, and starts the clock.
  const context = await browser.newContext();
  const candidate = await context.newPage();
  await candidate.clock.install();
  await signInAs(candidate, CANDIDATE_ACCOUNT, 'candidate');
  await candidate.getByTestId('nav-my-pathway').click();
  await expect(candidate.getByTestId('candidate-name')).toHaveText('Lucas Moreau');
  const card = candidate.getByTestId('online-card');
  await expect(card.getByTestId('online-card-status')).toHaveText('À passer');
  await expect(card).toContainText('Durée : 30 minutes');
  await card.getByRole('link', { name: `Commencer « ${QUESTIONNAIRE} »` }).click();
  await expect(candidate.getByTestId('online-intro')).toContainText('Vous aurez 30 minutes.');
  await candidate.getByTestId('online-start').click();
  await expect(candidate.getByTestId('countdown-value')).toHaveText(/^(30:00|29:[0-5]\d)$/);

  // Answers: a single choice, a multiple choice, an ordering moved with the keyboard.
  const q1 = candidate.getByTestId('question-q-rc1');
  await q1.getByRole('radio', { name: /des commandes plus petites et plus fréquentes/ }).check();
  const q5 = candidate.getByTestId('question-q-rc5');
  await q5.getByRole('checkbox', { name: /Je vérifie tout de suite/ }).check();
  await q5.getByRole('checkbox', { name: /Merci de votre patience/ }).check();
  const ordering = candidate.getByTestId('ordering-q-rc4');
  const welcome = ordering.getByRole('button', {
    name: 'Monter « Accueillir le client et se présenter »',
  });
  await welcome.focus();
  await candidate.keyboard.press('Enter');
  await expect(ordering.locator('li').first()).toContainText(
    'Accueillir le client et se présenter',
  );
  // At the top its "Monter" is disabled: the focus moved to its "Descendre".
  await expect(
    ordering.getByRole('button', { name: 'Descendre « Accueillir le client et se présenter »' }),
  ).toBeFocused();
  await expect(ordering).toContainText('est maintenant en position 1 sur 5');
  await expect(candidate.getByTestId('save-status-text')).toContainText('Enregistré à', {
    timeout: 15_000,
  });
  await expect(candidate.getByTestId('unanswered-count')).toContainText('sans réponse');

  // A reload resumes: the answers are the server's, the clock goes on.
  await candidate.reload();
  await expect(candidate.getByTestId('taking-screen')).toBeVisible();
  await expect(
    candidate
      .getByTestId('question-q-rc1')
      .getByRole('radio', { name: /plus petites et plus fréquentes/ }),
  ).toBeChecked();
  await expect(
    candidate
      .getByTestId('question-q-rc5')
      .getByRole('checkbox', { name: /Merci de votre patience/ }),
  ).toBeChecked();
  await expect(candidate.getByTestId('ordering-q-rc4').locator('li').first()).toContainText(
    'Accueillir le client et se présenter',
  );

  // Five minutes before the end, said once to screen readers.
  await candidate.clock.fastForward('25:30');
  await expect(candidate.getByTestId('countdown-value')).toHaveText(/^0[0-4]:[0-5]\d$/);
  await expect(candidate.getByTestId('countdown-message')).toHaveText('5 minutes restantes');

  await candidate.getByTestId('finish-questionnaire').click();
  await expect(candidate.getByTestId('finish-panel')).toContainText(
    'vous ne pourrez plus modifier vos réponses',
  );
  await candidate.getByTestId('finish-confirm').click();
  const result = candidate.getByTestId('online-result');
  await expect(result).toContainText('Vos réponses sont corrigées', { timeout: 15_000 });
  const domainR = result.getByTestId('domain-R');
  await expect(domainR.getByRole('rowheader')).toHaveText('R — Relation client / Argumentation');
  await expect(domainR.getByTestId('domain-value')).toHaveText(/^\d+(,\d)? %$/);
  await expect(result.getByTestId('domain-PO').getByTestId('domain-value')).toHaveText('0 %');
  await expect(result.locator('tbody tr')).toHaveCount(3);

  // Back on the pathway, nothing left to take; the trainer sees it submitted.
  await candidate.getByTestId('online-back').click();
  await expect(candidate.getByTestId('candidate-name')).toHaveText('Lucas Moreau');
  await expect(candidate.getByTestId('online-cards')).toHaveCount(0);
  await context.close();
  await trainer.reload();
  await expect(rows.filter({ hasText: 'Confiée au candidat' })).toHaveCount(0);
  await expect(rows.filter({ hasText: QUESTIONNAIRE }).filter({ hasText: 'Soumise' })).toHaveCount(
    1,
  );
});

test('a questionnaire whose time is up finishes by itself with the answers saved', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  await publishDemoQuestionnaire(browser);
  // The trainer assigns it through the API (the screen is covered above).
  const trainerContext = await browser.newContext();
  const api = trainerContext.request;
  await api.post('/api/auth/login', { data: { email: TRAINER, password: DEMO_PASSWORD } });
  const list = (await (await api.get('/api/candidates')).json()).items as Array<{
    id: string;
    birthName: string;
  }>;
  const lucas = list.find((c) => c.birthName === 'Moreau');
  const assigned = await api.post(`/api/candidates/${lucas?.id}/questionnaires`, {
    data: {
      instrument: { key: 'cqp-agc-demo-questionnaire', version: '1' },
      kind: 'continuous',
      date: daysAgo(0),
    },
  });
  expect(assigned.status()).toBe(201);
  await trainerContext.close();

  const context = await browser.newContext();
  const candidate = await context.newPage();
  await candidate.clock.install();
  await signInAs(candidate, CANDIDATE_ACCOUNT, 'candidate');
  await candidate.getByTestId('nav-my-pathway').click();
  await candidate.getByTestId('online-card').getByTestId('online-card-open').click();
  await candidate.getByTestId('online-start').click();
  await candidate
    .getByTestId('question-q-rc2')
    .getByRole('radio', { name: /redire avec ses propres mots/ })
    .check();
  await expect(candidate.getByTestId('save-status-text')).toContainText('Enregistré à', {
    timeout: 15_000,
  });
  await candidate.clock.fastForward('30:05');
  // At 00:00 the screen finishes by itself: the result replaces the countdown, sometimes
  // before a check of the countdown could read it, so the result is what is awaited.
  await expect(candidate.getByTestId('online-result')).toBeVisible({ timeout: 15_000 });
  await expect(candidate.getByTestId('online-result').locator('tbody tr')).toHaveCount(3);
  await context.close();
});
