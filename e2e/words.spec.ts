// Issue 16, item 5: the words people use. Every entry of every demo role's navigation, the
// transcription's discrepancies of each referential, and /verifier with a real certificate's
// number, read in French then in English: no word of our workshop (seed, semence, slug), no key
// of a certification or an instrument, no ISO date, no address of a key, no decimal point in a
// French number, no English note of a discrepancy on a French page (readerWords.ts).
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { readerWordProblems } from '../packages/web/src/i18n/readerWords.ts';
import { issuedDocument, signedSession } from './issuedCertificate.ts';
import { DEMO_PEOPLE, navigationHrefs, signInHome } from './signIn.ts';

const REFERENTIALS = ['cqp-agc', 'referentiel-accueil', 'titre-relation-client'];

type Discrepancies = Array<{ note: string }>;

/** The English notes of the shipped files' discrepancies: never to be read on a French page. */
function englishNotes(): string[] {
  const notes: string[] = [];
  for (const slug of REFERENTIALS) {
    const file = parse(readFileSync(`data/certifications/${slug}.yaml`, 'utf8')) as {
      versions: Array<{ discrepancies: Discrepancies }>;
    };
    for (const version of file.versions) notes.push(...version.discrepancies.map((d) => d.note));
  }
  return notes;
}
const ENGLISH = englishNotes();

/** The page has loaded what it reads: no spinner left, no failure shown. */
async function settled(page: Page) {
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(main.getByTestId('loading')).toHaveCount(0);
  await expect(main.getByTestId('load-error')).toHaveCount(0);
}

/** What the page says that its reader should not read, with where. */
async function wordsOf(page: Page, lang: 'fr' | 'en'): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const where = new URL(page.url()).pathname + new URL(page.url()).search;
  return readerWordProblems(text, { lang, englishTexts: ENGLISH }).map(
    (p) => `${where} (${lang}) ${p.rule}: ${p.found.slice(0, 120)}`,
  );
}

/** A page's kind: its path with the ids left out. */
const shape = (href: string) =>
  href
    .split('?')[0]
    ?.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')
    .replace(/\/[^/]+@[^/]+/, '/:ref') ?? href;

async function chooseLanguage(page: Page, lang: 'fr' | 'en') {
  await page.getByTestId(`language-${lang}`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

for (const person of DEMO_PEOPLE) {
  test(`${person.role}: every page of the navigation speaks the reader’s words`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await signInHome(page, person);
    const space = /\/espace\/[^/]+\/[^/]+/.exec(page.url())?.[0] ?? '';
    const hrefs = await navigationHrefs(page);
    const pages = [...hrefs];
    if (person.role === 'certifier_admin')
      pages.push(...REFERENTIALS.map((s) => `${space}/certifications/${s}/1?view=discrepancies`));
    // The pages the sections open (a grid, a file, an instrument…), one of each kind.
    const kinds = new Set(pages.map(shape));
    for (const href of hrefs) {
      await page.goto(href);
      await settled(page);
      const links = await page
        .locator('main a[href]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href') ?? ''));
      for (const link of links.filter((l) => l.startsWith(`${space}/`))) {
        if (kinds.has(shape(link))) continue;
        kinds.add(shape(link));
        pages.push(link);
      }
    }
    const found: string[] = [];
    for (const lang of ['fr', 'en'] as const) {
      await chooseLanguage(page, lang);
      for (const href of pages) {
        await page.goto(href);
        await settled(page);
        found.push(...(await wordsOf(page, lang)));
      }
    }
    await chooseLanguage(page, 'fr');
    expect(found).toEqual([]);
  });
}

test('/verifier and a real certificate’s page speak the reader’s words, and fit a phone', async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const candidate = {
    birthName: 'Lemercier',
    firstNames: ['Apolline'],
    birthDate: '1995-04-11',
    birthPlace: 'Montbard (Côte-d’Or)',
    accessRoute: 'professionalisation_contract',
  };
  const { sessionId } = await signedSession(browser, candidate, '16:00');
  const { number } = await issuedDocument(browser, sessionId, 'Apolline Lemercier');
  const found: string[] = [];
  for (const width of [1440, 390, 360]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 800 });
    for (const lang of ['fr', 'en'] as const) {
      await page.goto(`/verifier/${number}`);
      await chooseLanguage(page, lang);
      // Whatever it says (valid, or not yet in force around midnight in Paris), in whose words.
      await expect(page.getByTestId('certificate-status')).toHaveAttribute('data-status', /.+/);
      await expect(page.getByTestId('verification-checks')).toBeVisible();
      found.push(...(await wordsOf(page, lang)));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      if (wide > width) found.push(`/verifier/${number} at ${width} px is ${wide} px wide`);
      await page.goto('/verifier');
      await expect(page.getByTestId('verify-page')).toBeVisible();
      found.push(...(await wordsOf(page, lang)));
    }
  }
  expect(found).toEqual([]);
});
