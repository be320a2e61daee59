// The certifier's candidate list one page at a time (issue 19): the web app asks the server for
// a page of fifty, moves by the page's cursor to the next and back, says how many there are,
// and finds a name typed without its accents through the server's search.
import { expect, test } from '@playwright/test';
import { apiAs, json } from './journeyApi.ts';
import { signIn } from './signIn.ts';

// Fictional people: one family name, told apart by a second first name.
const FAMILY = 'Ségurel';
const ENROLLED = 55;
/** A second first name per candidate, letters only: Ab, Ac… */
const nameOf = (n: number) =>
  `${String.fromCharCode(65 + Math.floor(n / 26))}${String.fromCharCode(97 + (n % 26))}`;

test('the certifier walks the candidates page by page and finds one by name', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const pilot = await apiAs(browser, 'pilote@demo.certeval.example');
  const projects = await json<Array<{ id: string; status: string }>>(
    await pilot.get('/api/projects'),
  );
  const project = projects.find((p) => p.status === 'validated')?.id as string;
  for (let n = 1; n <= ENROLLED; n++)
    await json(
      await pilot.post(`/api/projects/${project}/candidates`, {
        data: {
          candidate: {
            birthName: FAMILY,
            firstNames: n === ENROLLED ? ['Anaïs'] : ['Élodie', nameOf(n)],
            birthDate: '1994-03-17',
            birthPlace: 'Millau (Aveyron)',
            accessRoute: 'continuing_education',
          },
        },
      }),
    );
  const certifier = await apiAs(browser, 'certificateur@demo.certeval.example');
  const total = (await json<{ total: { count: number } }>(await certifier.get('/api/candidates')))
    .total.count;
  expect(total).toBeGreaterThan(50);

  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/candidates?')) asked.push(request.url());
  });
  await signIn(page, 'certificateur@demo.certeval.example');
  await page.getByTestId('nav-candidates').click();
  const list = page.getByTestId('candidate-list');
  await expect(list).toBeVisible();
  const rows = list.locator('tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(page.getByTestId('candidate-list-total')).toHaveText(`${total} candidats`);
  await expect(page.getByTestId('candidate-list-previous')).toBeDisabled();
  const firstOfPageOne = await rows.first().textContent();
  // One page asked for, not every page one after the other.
  expect(asked.filter((url) => url.includes('after='))).toEqual([]);

  await page.getByTestId('candidate-list-next').click();
  await expect(rows).toHaveCount(total - 50);
  await expect(page.getByText('Page 2')).toBeVisible();
  await expect(page.getByTestId('candidate-list-next')).toBeDisabled();

  await page.getByTestId('candidate-list-previous').click();
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toHaveText(firstOfPageOne ?? '');

  // Typed without accents: the one candidate, from the first page again.
  await page.getByTestId('candidate-list-search').fill('anais segurel');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Anaïs ${FAMILY}`);
  await expect(page.getByTestId('candidate-list-total')).toHaveText('1 candidat');

  // The project's page: its candidates filtered by the server, one page of fifty at a time.
  const inProject = (
    await json<{ total: { count: number } }>(await pilot.get(`/api/candidates?project=${project}`))
  ).total.count;
  expect(inProject).toBeGreaterThan(50);
  const pilotPage = await (await browser.newContext()).newPage();
  const projectAsks: string[] = [];
  pilotPage.on('request', (request) => {
    if (request.url().includes('/api/candidates?')) projectAsks.push(request.url());
  });
  await signIn(pilotPage, 'pilote@demo.certeval.example');
  await expect(pilotPage.getByTestId('home-company_pilot')).toBeVisible();
  const space = new URL(pilotPage.url()).pathname.replace(/\/$/, '');
  await pilotPage.goto(`${space}/projects/${project}`);
  const projectRows = pilotPage.getByTestId('project-candidates').locator('tbody tr');
  await expect(projectRows).toHaveCount(50);
  await expect(pilotPage.getByTestId('project-candidates-total')).toHaveText(
    `${inProject} candidats`,
  );
  expect(projectAsks.every((url) => url.includes(`project=${project}`))).toBe(true);
  expect(projectAsks.filter((url) => url.includes('after='))).toEqual([]);
  await pilotPage.getByTestId('candidate-list-next').click();
  await expect(projectRows).toHaveCount(inProject - 50);
});
