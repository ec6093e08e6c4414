import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { firstSavedCopy, replaceSaved } from './saved-records';

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
  expect(exported).toMatchObject({ format: 'ledger-fit', schemaVersion: 4 });
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
  const linkStart = `${new URL(page.url()).origin}/open#lf2.e.`;
  expect(link.slice(0, linkStart.length)).toBe(linkStart);
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
      !url.startsWith(`${new URL(page.url()).origin}/`) &&
      !url.startsWith('blob:') &&
      !url.startsWith('data:'),
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

test('over-long text and a typed-out date never hide saved assessments after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await page.waitForURL(/\/assessments\/[^/]+$/);
  await page.goto('/');
  await page.getByLabel('Title of the proposal').fill('Discharge summaries ledger');
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.getByRole('link', { name: 'The proposal', exact: true }).click();

  // A date typed out in words, a 201-character title and a 5,001-character description.
  const date = page.getByLabel('Date of assessment');
  await date.click();
  await page.keyboard.type('26 November 2026');
  await page.getByLabel('Title of the proposal').fill('t'.repeat(201));
  await expect(
    page.getByText('The title is 201 characters; the limit is 200. Shorten it to save it.'),
  ).toBeVisible();
  await page.getByLabel(/^Short description/).fill('d'.repeat(5001));
  await expect(page.getByText(/The description is 5,001 characters; the limit is 5,000/)).toBeVisible();
  await expect(page.getByText('5,001 characters: 1 too many (the limit is 5,000)')).toBeVisible();

  await page.reload();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Discharge summaries ledger' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Blockchain-based patient records (EHRs) (my copy)' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Needs repair', exact: true })).toHaveCount(0);
  await expect(page.getByText('could not be read')).toHaveCount(0);
  const saved = await savedState(page);
  expect(Object.keys(saved)).toHaveLength(2);
  for (const a of Object.values(saved) as { proposal: { date: string } }[])
    expect(a.proposal.date).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
});

test('a record saved by an older version past a limit is kept aside, repaired in place and back in the list', async ({
  page,
}) => {
  const good = await firstSavedCopy(page);
  // What the defect left in storage: a good record beside one with an over-long title and a typed-out date.
  const bad = {
    ...good,
    id: 'bad-one',
    proposal: {
      ...(good.proposal as object),
      title: `Over-long ${'x'.repeat(200)}`,
      date: '26 November 2026',
      ledgerHolds: ['consentPreferences'],
      directCare: 'yes',
      budget: '£2m',
    },
    // A Clinical Safety Officer's entry: repair once rebuilt the record without it, and without a word.
    hazardLog: { consentStaleOrWrong: { controls: 'Two-person check of every preference change' } },
  };
  await replaceSaved(page, { [good.id as string]: good, 'bad-one': bad });
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: 'Blockchain-based patient records (EHRs) (my copy)' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Needs repair', exact: true })).toBeVisible();
  await expect(page.getByText('Title of the proposal: must be at most 200 characters')).toBeVisible();

  // Download it: the file imports back into the repair list.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download it as a file/ }).click();
  const file = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
  expect(file).toMatchObject({
    format: 'ledger-fit',
    assessments: [],
    needsRepair: [{ record: { id: 'bad-one' } }],
  });

  await page.getByRole('button', { name: /^Repair it/ }).click();
  await expect(
    page.getByText(/Date of assessment: “26 November 2026” is now stored as 2026-11-26/),
  ).toBeVisible();
  await expect(
    page.getByText('The proposal: its field “budget”, which this app does not keep, was removed.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Make these changes' }).click();
  await expect(page.getByText(/is repaired and back in your list/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Needs repair', exact: true })).toHaveCount(0);
  const saved = await savedState(page);
  expect(Object.keys(saved)).toHaveLength(2);
  expect(saved['bad-one'].proposal.date).toBe('2026-11-26');
  expect(saved['bad-one'].proposal.ledgerHolds).toEqual(['consentPreferences']);
  expect(saved['bad-one'].proposal.directCare).toBe('yes');
  expect(saved['bad-one'].hazardLog).toEqual(bad.hazardLog);
});

test('a changed plain share link is refused and changes nothing', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await page.getByRole('link', { name: 'See the result' }).click();
  await page.getByText('Share a copy by link').click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/\/open#lf2\.p\./);
  const at = link.length - 40;
  const changed = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(changed);
  await expect(other.getByRole('alert')).toContainText('The share link is damaged or was cut short');
  await expect(other.getByRole('button', { name: 'Save a copy to my assessments' })).toHaveCount(0);
  await fresh.close();
});
