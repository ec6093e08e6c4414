import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

async function openResult(page: import('@playwright/test').Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await page.getByRole('link', { name: 'See the result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Result' })).toBeVisible();
}

const today = () => new Date().toISOString().slice(0, 10);

test('a manager downloads the tagged PDF board paper of a saved assessment', async ({ page }) => {
  await openResult(page);
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF summary' }).click();
  const download = await downloaded;
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
  await expect(page.getByRole('status').filter({ hasText: 'Saved ' })).toContainText('.pdf');
});

test('a manager downloads the Word board paper, with the charts drawn as images with alt text', async ({
  page,
}) => {
  await openResult(page);
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Word document' }).click();
  const download = await downloaded;
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
  await expect(page.getByRole('status').filter({ hasText: 'Saved ' })).toContainText('.docx');
});
