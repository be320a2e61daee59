// Issue 16, item 8, on a phone 360 px wide: every entry of every demo role's navigation fits
// the screen (no page wider than it), a list is a list of cards rather than a table scrolled
// sideways, and axe finds no serious violation; each role's home is photographed into
// test-results/phone/.
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, watchConsole } from './axe.ts';
import { widerThanScreen } from './fits.ts';
import { DEMO_PEOPLE, navigationHrefs, signInHome } from './signIn.ts';

const WIDTH = 360;

/** The sections whose list the demo data fills, shown as cards on a phone. */
const LISTS: Record<string, string[]> = {
  certifier_admin: [
    'candidates',
    'instruments',
    'company-projects',
    'certifications',
    'organisations',
  ],
  company_pilot: ['candidates', 'team', 'instruments', 'cqp-project'],
  tutor: ['my-candidates'],
  trainer: ['my-candidates'],
};

async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('loading')).toHaveCount(0, { timeout: 15_000 });
}

/** The tables that scroll sideways in their box. */
async function overflow(page: Page) {
  return page.evaluate(() => ({
    tables: [...document.querySelectorAll('main table')]
      .filter((table) => {
        const box = table.parentElement;
        // A table kept for screen readers only (a chart's numbers) sits in a 1 px box.
        return box !== null && box.clientWidth > 1 && table.scrollWidth > box.clientWidth + 1;
      })
      .map((table) => table.getAttribute('data-testid') ?? table.textContent?.slice(0, 60) ?? ''),
  }));
}

test.use({ viewport: { width: WIDTH, height: 780 } });

for (const person of DEMO_PEOPLE)
  test(`${person.role}: every page of the navigation fits a 360 px phone, lists as cards`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const console = watchConsole(page);
    await signInHome(page, person);
    await settled(page);
    await page.screenshot({
      path: `test-results/phone/home-${person.role}-360.png`,
      fullPage: true,
    });
    const entries = await navigationHrefs(page);
    expect(entries.length).toBeGreaterThan(1);
    const lists = LISTS[person.role] ?? [];
    for (const entry of entries) {
      await test.step(entry, async () => {
        await page.goto(entry);
        await settled(page);
        const { tables } = await overflow(page);
        const fit = await widerThanScreen(page);
        expect(fit.width, `width of ${entry}: ${fit.culprits.join('; ')}`).toBeLessThanOrEqual(
          WIDTH,
        );
        expect(tables, `tables scrolled sideways on ${entry}`).toEqual([]);
        // A list made for phones never shows as its table there.
        await expect(page.locator('main [data-layout="table"]')).toHaveCount(0);
        const section = entry.split('/')[4] ?? '';
        if (lists.includes(section)) {
          const cards = page.locator('main [data-layout="cards"]').first();
          await expect(cards).toBeVisible();
          await expect(cards.getByRole('listitem').first()).toBeVisible();
        }
        await page.screenshot({
          path: `test-results/phone/${person.role}-${section || 'home'}-360.png`,
          fullPage: true,
        });
        await expectAccessible(page, `${entry} at 360 px`);
      });
    }
    expect(console.errors).toEqual([]);
  });
