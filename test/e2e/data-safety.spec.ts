import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

const savedState = (page: Page) =>
  page.evaluate(
    () => JSON.parse(localStorage.getItem('ledger-fit:assessments') ?? '{}').state?.assessments ?? {},
  );

test('export a file, delete the assessment, import it back: nothing lost', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Blockchain-based patient records (EHRs) (my copy)',
  );
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this assessment as a file' }).click();
  const file = await (await downloading).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'ledger-fit', schemaVersion: 1 });
  const before = await savedState(page);

  await page.getByRole('link', { name: 'Back to my assessments' }).click();
  await page.getByRole('button', { name: /^Delete/ }).click();
  await page.getByRole('button', { name: /^Yes, delete/ }).click();
  await expect(page.getByText(/was deleted/)).toBeVisible();
  expect(await savedState(page)).toEqual({});

  await page.getByLabel('Choose a Ledger Fit file (.json)').setInputFiles(file);
  await expect(page.getByText('Imported 1 assessment.')).toBeVisible();
  expect(await savedState(page)).toEqual(before);
  await expect(
    page.getByRole('link', { name: 'Blockchain-based patient records (EHRs) (my copy)' }),
  ).toBeVisible();
});

test('a protected share link opens as a copy in a fresh browser, and a wrong passphrase is refused', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await page.getByRole('link', { name: 'See the result' }).click();
  await page.getByText('Share a copy by link').click();
  await page.getByLabel(/^Passphrase/).fill('blue kettle on the hob');
  await page.getByRole('button', { name: 'Copy protected share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/open#lf1\.e\./);
  expect(link).not.toMatch(/patient|records/i);
  console.log(`protected share link length: ${link.length}`);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await other.getByLabel('Passphrase').fill('wrong words');
  await other.getByRole('button', { name: 'Open' }).click();
  await expect(other.getByRole('alert')).toContainText('The passphrase is wrong');
  await other.getByLabel('Passphrase').fill('blue kettle on the hob');
  await other.getByRole('button', { name: 'Open' }).click();
  await expect(other.getByText('Weak fit')).toBeVisible();
  await other.getByRole('button', { name: 'Save a copy to my assessments' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(
    'Blockchain-based patient records (EHRs) (my copy)',
  );
  expect(other.url()).not.toContain('#');
  await fresh.close();

  const damaged = await browser.newContext();
  const third = await damaged.newPage();
  await third.goto(`${link.slice(0, 40)}`);
  await expect(third.getByRole('button', { name: 'Open' })).toBeVisible();
  await third.getByLabel('Passphrase').fill('blue kettle on the hob');
  await third.getByRole('button', { name: 'Open' }).click();
  await expect(third.getByRole('alert')).toContainText(/damaged|wrong/);
  await damaged.close();
});

test('nothing leaves the browser: every request of a full session stays on this origin', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await page.getByLabel('Title of the proposal').fill('Network check');
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.getByRole('link', { name: /Start: The proposal/ }).click();
  await page.getByRole('radio', { name: 'Two to five' }).check();
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await page.getByRole('link', { name: 'See the result' }).click();
  // The charts load as the reader scrolls to them.
  await page.getByRole('heading', { name: 'The picture' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'The six conditions' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF summary' }).click();
  await downloading;
  await page.getByText('Share a copy by link').click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByLabel('Share link')).toBeVisible();
  for (const path of [
    '/examples',
    '/examples/medicine-supply-chain',
    '/compare?ids=example:patient-records,example:professional-credentials',
    '/method',
  ]) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
  }
  expect(requests.length).toBeGreaterThan(10);
  const elsewhere = requests.filter(
    (url) =>
      !url.startsWith('http://127.0.0.1:4173/') && !url.startsWith('blob:') && !url.startsWith('data:'),
  );
  expect(elsewhere).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("script-src 'self'");
});

test('two tabs on one assessment: each shows what the other saved, and neither overwrites the other', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/');
  await first.getByLabel('Title of the proposal').fill('Two tabs');
  await first.getByRole('button', { name: 'Start a new assessment' }).click();
  await first.waitForURL(/\/assessments\/[^/]+$/);
  const base = new URL(first.url()).pathname;
  await first.goto(`${base}/pages/condition.commonInterest`);
  const second = await context.newPage();
  await second.goto(`${base}/pages/condition.commonInterest`);

  await second.getByRole('radio', { name: 'Largely met' }).check();
  await expect(first.getByRole('radio', { name: 'Largely met' })).toBeChecked();
  await expect(first.getByText(/changed in another tab/)).toBeVisible();
  await first
    .getByRole('textbox', { name: /Evidence: who wants these records/ })
    .fill('Noted in the first tab');
  await second.reload();
  await expect(second.getByRole('radio', { name: 'Largely met' })).toBeChecked();
  await expect(second.getByRole('textbox', { name: /Evidence: who wants these records/ })).toHaveValue(
    'Noted in the first tab',
  );
});
