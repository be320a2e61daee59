// Issue 16, item 10: axe-core (through @axe-core/playwright) on a page as it stands, against
// WCAG 2.0, 2.1 and 2.2 levels A and AA; a serious or critical violation fails the test, each
// named with the elements it was found on. Call it once the page shows what it is about.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.split('\n').slice(1, 2).join('').trim()}]` : ''}`,
          )
          .join('; ')}`,
    );
  expect(blocking, `accessibility of ${where}`).toEqual([]);
}

/** Collects the console errors and uncaught exceptions of a page, to check none happened. */
export function watchConsole(page: Page): { errors: string[] } {
  const watched = { errors: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error')
      watched.errors.push(`${page.url()}: ${message.text()} ${message.location().url ?? ''}`);
  });
  page.on('pageerror', (error) => watched.errors.push(`${page.url()}: ${error.message}`));
  return watched;
}
