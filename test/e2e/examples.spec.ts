import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('a visitor opens the app, goes to the worked examples and sees the EHR verdict', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Worked examples' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Worked examples' })).toBeFocused();
  const ehr = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Blockchain-based patient records (EHRs)' }) });
  await expect(ehr.getByText('Weak fit')).toBeVisible();
  await expect(ehr.getByText(/condition 5 \(non-confidential data\) is not met/)).toBeVisible();
  await expectNoAxeViolations(page, 'the worked examples page');
});
