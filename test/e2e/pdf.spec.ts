import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('a manager downloads the PDF summary of a saved assessment', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await page.getByRole('link', { name: 'See the result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Result' })).toBeVisible();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF summary' }).click();
  const download = await downloaded;
  const today = new Date().toISOString().slice(0, 10);
  expect(download.suggestedFilename()).toBe(
    `blockchain-based-patient-records-ehrs-my-copy-ledger-fit-${today}.pdf`,
  );
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
  expect(bytes.length).toBeGreaterThan(10_000);
  await expect(page.getByRole('status').filter({ hasText: 'Saved ' })).toContainText('.pdf');
});
