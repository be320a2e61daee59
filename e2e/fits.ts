// Issue 16, item 8: what is wider than a phone's screen — the page's width and, to name the
// culprit, the innermost elements reaching past the right edge (tables scrolling in their own
// box excepted, as they do not widen the page).
import type { Page } from '@playwright/test';

export async function widerThanScreen(page: Page): Promise<{ width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll('body *')].filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.right > screen + 1;
    });
    const innermost = past.filter((e) => !past.some((o) => o !== e && e.contains(o)));
    return {
      width: document.documentElement.scrollWidth,
      culprits: innermost
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : ''} ${Math.round(e.getBoundingClientRect().right)}px "${(e.textContent ?? '').slice(0, 40)}"`,
        ),
    };
  });
}
