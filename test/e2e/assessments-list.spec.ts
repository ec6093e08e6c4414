import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { firstSavedCopy, replaceSaved } from './saved-records';

/**
 * Many saved assessments: the start page draws them a page at a time (it drew every row, which made it slow
 * to appear with hundreds). Every one stays reachable and a reload keeps the page; a damaged record among
 * them is still reported at once, and nothing is lost.
 */
test('45 saved assessments and one damaged record: pages of 20 by keyboard, a reload keeps the page, nothing lost', async ({
  page,
}) => {
  const first = await firstSavedCopy(page);
  const proposal = first.proposal as Record<string, unknown>;
  const assessments = Object.fromEntries(
    Array.from({ length: 45 }, (_, i) => [
      `many-${i + 1}`,
      {
        ...first,
        id: `many-${i + 1}`,
        proposal: { ...proposal, title: `Proposal ${i + 1}` },
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      },
    ]),
  );
  await replaceSaved(page, {
    ...assessments,
    damaged: { ...first, id: 'damaged', answers: 'not a list of answers' },
  });
  await page.goto('/');
  await expect(page.getByText('Showing 1 to 20 of 45 assessments')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(20);
  await expect(page.getByRole('link', { name: 'Proposal 45', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Needs repair', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'the start page with pages of assessments');

  const pages = page.getByRole('navigation', { name: 'Pages of saved assessments' });
  await pages.getByRole('link', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?page=2$/);
  await expect(page.getByText('Showing 21 to 40 of 45 assessments')).toBeFocused();
  await expect(page.getByRole('link', { name: 'Proposal 25', exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByText('Showing 21 to 40 of 45 assessments')).toBeVisible();
  await pages.getByRole('link', { name: 'Page 3' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(5);
  await expect(page.getByRole('link', { name: 'Proposal 1', exact: true })).toBeVisible();

  // Nothing lost: the 45 are still saved, and the damaged record as it was (in the list of saved records or,
  // once anything is saved, in the repair list).
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ledger-fit:assessments')!).state);
  expect(Object.keys(saved.assessments).filter((id) => id.startsWith('many-'))).toHaveLength(45);
  const keptDamaged = [
    saved.assessments.damaged,
    ...Object.values(saved.needsRepair ?? {}).map((e) => (e as { record: unknown }).record),
  ];
  expect(keptDamaged).toContainEqual(
    expect.objectContaining({ id: 'damaged', answers: 'not a list of answers' }),
  );
});
