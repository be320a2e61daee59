// Issue 16, item 1 and the first "Done when": every entry of every demo role's navigation is a
// finished page (a heading, no "not yet available", no load error), and each role's home, a
// to-do list with counts, is photographed at 1440 px and 390 px wide into test-results/.
import { expect, type Page, test } from '@playwright/test';
import { apiAs, json } from './journeyApi.ts';
import { DEMO_PEOPLE, signIn, signInHome } from './signIn.ts';

const UNFINISHED = /pas encore disponible|not (yet )?available yet|not yet available/i;

/** The page has loaded what it reads: no spinner left, no failure shown. */
async function settled(page: Page) {
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(main.getByTestId('loading')).toHaveCount(0);
  await expect(main.getByTestId('load-error')).toHaveCount(0);
}

for (const person of DEMO_PEOPLE) {
  test(`${person.role}: every entry of the navigation is a finished page`, async ({ page }) => {
    await signInHome(page, person);
    const links = page.getByTestId('space-nav').getByRole('link');
    const entries = await links.evaluateAll((nodes) =>
      nodes.map((n) => ({ href: n.getAttribute('href') ?? '', label: n.textContent ?? '' })),
    );
    expect(entries.length).toBeGreaterThan(1);
    for (const entry of entries) {
      await test.step(entry.label, async () => {
        await page.getByTestId('space-nav').getByRole('link', { name: entry.label }).click();
        // A section without a page of its own would fall back to the space's home; a section
        // may open its one item (the candidate's pathway opens their file).
        const home = entries[0]?.href ?? '';
        if (entry.href === home) await expect(page).toHaveURL(new RegExp(`${home}$`));
        else
          await expect(page).toHaveURL(
            (url) => url.pathname.startsWith(`${home}/`) && url.pathname !== `${home}/`,
          );
        await settled(page);
        await expect(page.locator('main')).not.toContainText(UNFINISHED);
        const slug = entry.href.split('/').slice(4).join('-') || 'home';
        await page.screenshot({
          path: `test-results/navigation/${person.role}-${slug}.png`,
          fullPage: true,
        });
      });
    }
  });
}

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 400 ? 900 : 844 } });
    for (const person of DEMO_PEOPLE) {
      test(`${person.role}: the home is a to-do list, photographed`, async ({ page }) => {
        await signInHome(page, person);
        const todo = page.getByTestId('todo');
        await expect(todo.getByRole('heading', { level: 2 })).toBeVisible();
        await expect(todo.getByTestId('loading')).toHaveCount(0);
        await expect(
          todo.getByRole('listitem').or(todo.getByTestId('todo-nothing')),
        ).not.toHaveCount(0);
        const scrolled = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrolled).toBeLessThanOrEqual(width);
        await page.screenshot({
          path: `test-results/homes/home-${person.role}-${width}.png`,
          fullPage: true,
        });
      });
    }
  });
}

test('the homes say what waits, counted, each a link to where it is done', async ({ page }) => {
  await signIn(page, 'tuteur@demo.certeval.example');
  const task = page.getByTestId('todo-to_position');
  await expect(task).toHaveText('1 candidat à positionner');
  await task.getByRole('link').click();
  await expect(page).toHaveURL(/\/observation-grids$/);
  await expect(page.getByTestId('grids-to-open')).toContainText('Lucas Moreau');
});

test('the pilot’s home counts the candidates by state; the candidate’s names the next step', async ({
  browser,
  page,
}) => {
  // Other journeys enrol candidates in the demo company: the home says what the list holds.
  const pilot = await apiAs(browser, 'pilote@demo.certeval.example');
  const enrolled = await json<{ total: { count: number; atLeast: boolean } }>(
    await pilot.get('/api/candidates?state=enrolled'),
  );
  expect(enrolled.total.atLeast).toBe(false);
  expect(enrolled.total.count).toBeGreaterThanOrEqual(2);
  const count = new Intl.NumberFormat('fr-FR').format(enrolled.total.count);
  await signIn(page, 'pilote@demo.certeval.example');
  await expect(
    page.getByTestId('todo-candidates_in_state').filter({ hasText: 'Inscrit' }),
  ).toHaveText(`Inscrit : ${count} candidats`);
  await page.getByRole('button', { name: /Se déconnecter/ }).click();
  await signIn(page, 'candidat@demo.certeval.example');
  await expect(page.getByTestId('todo-next_step')).toHaveText(
    'Votre positionnement avec votre tuteur',
  );
});
