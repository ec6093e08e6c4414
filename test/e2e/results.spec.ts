import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('a facilitator opens the EHR example, overlays credentials, reads the data, tries a what-if and compares', async ({
  page,
}) => {
  await page.goto('/examples');
  await expectNoAxeViolations(page, 'the gallery');
  await page.getByRole('link', { name: 'Blockchain-based patient records (EHRs)', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Blockchain-based patient records (EHRs)' }),
  ).toBeFocused();
  await expect(page.getByRole('region', { name: 'Verdict', exact: true })).toContainText('Weak fit');

  // The charts load as the reader scrolls to them.
  await page.getByRole('heading', { name: 'The picture' }).scrollIntoViewIfNeeded();
  const radar = page
    .locator('figure')
    .filter({ has: page.getByRole('heading', { name: 'The six conditions' }) });
  await expect(radar.locator('svg').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Professional credentials' }).check();
  await radar.getByText('Show the data as a table').click();
  const table = radar.getByRole('table', { name: 'Condition ratings' });
  await expect(table.getByRole('columnheader', { name: 'Professional credentials' })).toBeVisible();
  await expect(table.getByRole('row', { name: /C2 Semantic interoperability/ })).toContainText('Poorly met');
  await expect(table.getByRole('row', { name: /C2 Semantic interoperability/ })).toContainText('Fully met');
  await expectNoAxeViolations(page, 'the example result page');

  const whatIf = page.getByRole('complementary', { name: 'What if' });
  await whatIf.getByLabel(/^Operator all writers accept/).selectOption('yes');
  await expect(whatIf.getByRole('status')).toContainText('Verdict now: ✕ Not a fit');
  await expect(page.getByRole('region', { name: 'Verdict', exact: true })).toContainText('Not a fit');
  await expect(
    page
      .getByRole('region', { name: 'What decided the verdict' })
      .getByText(/Pre-screen: An operator that every writer accepts/),
  ).toBeVisible();
  await whatIf.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('region', { name: 'Verdict', exact: true })).toContainText('Weak fit');

  await page.getByRole('link', { name: 'Compare with my proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare proposals' })).toBeFocused();
  await page.getByRole('checkbox', { name: 'Professional credentials (worked example)' }).check();
  const verdicts = page.getByRole('table', { name: 'Verdicts and scores' });
  await expect(verdicts.getByRole('row', { name: /patient records/ })).toContainText('Weak fit');
  await expect(verdicts.getByRole('row', { name: /Professional credentials/ })).toContainText('Strong fit');
  await expect(
    page
      .getByRole('table', { name: /Answers that differ/ })
      .getByRole('row', { name: /C5 Non-confidential data/ }),
  ).toBeVisible();
  await expect(
    page.locator('figure').filter({ hasText: 'The six conditions' }).locator('svg').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the compare page');
  await page.reload();
  await expect(verdicts.getByRole('row')).toHaveCount(3);
});

test('the methodology page explains the method and passes axe', async ({ page }) => {
  await page.goto('/method');
  await expect(page.getByRole('heading', { level: 1, name: 'How Ledger Fit decides' })).toBeVisible();
  await expect(page.getByText(/an ordinary shared data-base would suffice/).first()).toBeVisible();
  await expect(page.getByText(/doi:10.2196\/24109/)).toBeVisible();
  await expectNoAxeViolations(page, 'the methodology page');
  await page.getByRole('link', { name: 'the backtest against real cases' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Backtest: the method against real projects' }),
  ).toBeFocused();
  await expect(
    page.getByRole('table', { name: 'Every case: verdict, design and outcome' }).getByRole('row'),
  ).toHaveCount(25);
  await expect(page.getByRole('table', { name: /^Fit against outcome/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /question by question/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the backtest page');
  await page.goto('/examples');
  await expect(page.getByRole('heading', { level: 2, name: 'Real cases' })).toBeVisible();
  await expectNoAxeViolations(page, 'the gallery with real cases');
});

test('chart labels (radar names, tension positions) stay whole on a 320 px phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto('/examples/professional-credentials');
  // The charts load as the reader scrolls to them.
  await page.getByRole('heading', { name: 'The picture' }).scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'The six conditions' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-polar-angle-axis').first()).toBeVisible();
  await page.getByRole('heading', { name: 'The three tensions' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-scatter-symbol').first()).toBeVisible();
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('.recharts-wrapper text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < 0 || r.right > document.documentElement.clientWidth);
      })
      .map((t) => t.textContent),
  );
  expect(clipped).toEqual([]);
  await context.close();
});

test('a UK assessment lists its duties and a draft hazard log that the assessor edits and exports', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await page.waitForURL(/\/assessments\/[^/]+$/);
  await page.getByRole('link', { name: 'See the result' }).click();
  const checks = page.getByRole('region', { name: 'Regulatory checks' });
  await expect(checks).toContainText('DCB0129 and DCB0160 clinical risk management');
  // The next steps are the report's one list, under the recommendation: a 'deciding' duty step is there.
  await expect(page.getByRole('region', { name: 'Next steps' })).toContainText(
    'Check whether DCB0129 and DCB0160 apply',
  );
  await expect(checks).not.toContainText('HIPAA');
  const log = page.getByRole('region', { name: 'Draft hazard log (DCB0160)' });
  await expect(log).toContainText('Draft for the Clinical Safety Officer’s review');
  await log
    .getByRole('button', { name: 'Edit A lost key stops an organisation reading or recording' })
    .click();
  await page.getByLabel('Existing controls').fill('Key escrow with the trust’s Caldicott Guardian');
  await page.getByLabel(/^Likelihood/).selectOption('2');
  await page.getByLabel('Owner').fill('Clinical Safety Officer');
  await page.getByRole('button', { name: 'Save this row' }).click();
  const row = log.getByRole('row', { name: /A lost key stops an organisation/ });
  await expect(row).toContainText('Key escrow with the trust’s Caldicott Guardian');
  await expect(row).toContainText('Clinical Safety Officer');
  await expectNoAxeViolations(page, 'the result with regulatory checks and the hazard log');
  const downloading = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Download the hazard log (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^hazard-log-draft-blockchain-based-patient-records.*-ledger-fit-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('Key escrow with the trust’s Caldicott Guardian');
  const tableRows = await page
    .getByRole('region', { name: 'Draft hazard log (table)' })
    .getByRole('row')
    .count();
  expect(csv.trim().split('\r\n')).toHaveLength(tableRows);
  await page.reload();
  await expect(page.getByRole('row', { name: /A lost key stops an organisation/ })).toContainText(
    'Clinical Safety Officer',
  );
});
