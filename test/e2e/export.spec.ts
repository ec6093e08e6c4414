import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

async function openResult(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await page.getByRole('link', { name: 'See the result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Result' })).toBeVisible();
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Watches the page from just before an export is pressed: every main-thread task over 50 ms (Long Tasks
 * API), and what the export region said and whether it was marked busy. Unthrottled here: on a 2-core CI
 * machine running two browsers, 4× throttling measured the machine's load more than the page (734 ms on a
 * loaded run); `npm run bench` measures the 4× figure. Made on the main thread, the paper froze the page for
 * 2.3–2.8 s at 4× (issue #26): a quarter of that, unthrottled, is still well over the limit.
 */
async function watchTheMainThread(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; statusSeen: string[]; busySeen: string[] };
    w.longTasks = [];
    w.statusSeen = [];
    w.busySeen = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    const region = document.querySelector('.pdf-download');
    if (!region) throw new Error('no export region');
    new MutationObserver(() => {
      w.statusSeen.push(region.querySelector('[role="status"]')?.textContent ?? '');
      w.busySeen.push(region.getAttribute('aria-busy') ?? '');
    }).observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return async () => {
    return page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; statusSeen: string[]; busySeen: string[] };
      return { longTasks: w.longTasks, statusSeen: w.statusSeen, busySeen: w.busySeen };
    });
  };
}

/** The export never freezes the page: no task longer than this (at 4× slowdown, on a loaded machine). */
const frozenMs = 200;

test('a manager downloads the tagged PDF board paper of a saved assessment', async ({ page }) => {
  await openResult(page);
  const stopWatching = await watchTheMainThread(page);
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF summary' }).click();
  const download = await downloaded;
  await expect(page.getByRole('status').filter({ hasText: /^Saved .+\.pdf\.$/ })).toBeVisible();
  const seen = await stopWatching();
  // Made in a worker: the page never froze, and it said what it was doing while it waited.
  expect(Math.max(0, ...seen.longTasks)).toBeLessThanOrEqual(frozenMs);
  expect(seen.statusSeen).toContain('Preparing the board paper…');
  expect(seen.busySeen).toContain('true');
  await expect(page.locator('.pdf-download')).toHaveAttribute('aria-busy', 'false');
  expect(download.suggestedFilename()).toBe(
    `blockchain-based-patient-records-ehrs-my-copy-ledger-fit-${today()}.pdf`,
  );
  const bytes = readFileSync(await download.path());
  const latin1 = bytes.toString('latin1');
  expect(latin1.slice(0, 5)).toBe('%PDF-');
  expect(latin1.slice(-6)).toContain('%%EOF');
  // Made in the browser, tagged like the Node build the unit tests read in depth.
  expect(latin1).toContain('/MarkInfo');
  expect(latin1).toContain('/StructTreeRoot');
  expect(latin1).toContain('/Lang (en-GB)');
});

test('a manager downloads the Word board paper, with the charts drawn as images with alt text', async ({
  page,
}) => {
  await openResult(page);
  const stopWatching = await watchTheMainThread(page);
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Word document' }).click();
  const download = await downloaded;
  await expect(page.getByRole('status').filter({ hasText: /^Saved .+\.docx\.$/ })).toBeVisible();
  const seen = await stopWatching();
  // Made in a worker: the page never froze, and it said what it was doing while it waited.
  expect(Math.max(0, ...seen.longTasks)).toBeLessThanOrEqual(frozenMs);
  expect(seen.statusSeen).toContain('Preparing the board paper…');
  expect(seen.busySeen).toContain('true');
  await expect(page.locator('.pdf-download')).toHaveAttribute('aria-busy', 'false');
  expect(download.suggestedFilename()).toBe(
    `blockchain-based-patient-records-ehrs-my-copy-ledger-fit-${today()}.docx`,
  );
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain('Decision sought');
  expect(xml).toContain('Weak fit');
  const images = Object.entries(files).filter(([name]) => name.startsWith('word/media/'));
  expect(images).toHaveLength(2);
  for (const [, png] of images) {
    expect(strFromU8(png.subarray(1, 4))).toBe('PNG');
    // A real chart, not an empty canvas: 750 px wide drawings compress to well over a few KB.
    expect(png.length).toBeGreaterThan(8_000);
  }
  expect(xml).toMatch(/descr="Radar chart of the six conditions/);
});
