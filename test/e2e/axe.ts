import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    // Not a WCAG tag, but a table scrolling in a wrapper the keyboard cannot reach fails WCAG 2.1.1.
    .withRules(['scrollable-region-focusable'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/**
 * Runs axe-core against WCAG 2.2 A and AA, at the page's own width and again at 320 px (WCAG 1.4.10 reflow:
 * on a phone wide tables scroll in their wrappers), and fails with the violations named.
 */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  expect(await violations(page), `axe violations on ${what}`).toEqual([]);
  const size = page.viewportSize();
  if (!size || size.width <= 320) return;
  await page.setViewportSize({ width: 320, height: 720 });
  // Let the layout settle at the new width before axe reads it.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  try {
    expect(await violations(page), `axe violations on ${what} at 320 px`).toEqual([]);
  } finally {
    await page.setViewportSize(size);
  }
}
