import { expect, test } from '@playwright/test';

test('after the first visit the app loads and works with the network cut', async ({ context, page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
  // The service worker installs, precaches the built app and takes control of the page.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });
  await expect(page.getByText('Ledger Fit now works offline.')).toBeAttached();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
  await page.getByLabel('Title of the proposal').fill('Offline workshop');
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.getByRole('link', { name: /Start: The proposal/ }).click();
  await page.getByRole('radio', { name: 'Six or more' }).check();
  await page.getByRole('radio', { name: 'Hashes or audit markers only' }).check();
  await page
    .getByRole('group', { name: /Would anything on the ledger/ })
    .getByRole('radio', { name: 'No', exact: true })
    .check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Which core function does it rely on?' }),
  ).toBeVisible();
  // A page never visited before, with lazily loaded charts, also works offline.
  await page.goto('/examples/professional-credentials');
  // The charts load as the reader scrolls to them.
  await page.getByRole('heading', { name: 'The picture' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'The six conditions' })).toBeVisible();
  await page.reload();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Offline workshop' })).toBeVisible();
  await context.setOffline(false);
});
