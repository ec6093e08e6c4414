import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { chooseOption, pressButton, tabTo } from './keyboard';

/** Option index per question for a proposal that should come out a strong fit. */
const plan: [page: string, answers: [key: string, option: number][]][] = [
  [
    'coreFunction',
    [
      ['coreFunction__trackAndTrace', 0],
      ['coreFunction__recordPooling', 0],
    ],
  ],
  [
    'prescreen',
    [
      ['prescreen__sharedStore', 0],
      ['prescreen__trustedOperator', 1],
      ['prescreen__appendOnly', 0],
      ['prescreen__tamperEvidentLog', 0],
      ['prescreen__knownWriters', 0],
    ],
  ],
  ...[
    'commonInterest',
    'semanticInteroperability',
    'longitudinalRecord',
    'validityCheck',
    'nonConfidential',
    'governanceIncentives',
  ].map((c) => [`condition.${c}`, [[`condition__${c}`, 3]]] as [string, [string, number][]]),
  ...['adoption', 'interoperability', 'governance', 'dataSecurity', 'qualitySafety', 'humanFactors'].map(
    (o) => [`obstacle.${o}`, [[`obstacle__${o}`, 1]]] as [string, [string, number][]],
  ),
  ...['performanceVsSecurity', 'privacyVsTransparency', 'socialVsComputationalTrust'].map(
    (t) => [`tension.${t}`, [[`tension__${t}`, 3]]] as [string, [string, number][]],
  ),
];

test('a new user completes a whole assessment by keyboard, reloads half-way, changes an answer and reaches the result', async ({
  page,
}) => {
  const started = Date.now();
  await page.goto('/');
  await expectNoAxeViolations(page, 'the empty start page');
  await tabTo(page, '#new-title');
  await page.keyboard.type('Shared staff passport');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Shared staff passport' })).toBeFocused();
  await expect(page.getByText('You have completed 0 of 18 sections.')).toBeVisible();
  await expectNoAxeViolations(page, 'the task list');

  await pressButton(page, 'Start: The proposal');
  await expect(page.getByRole('heading', { level: 1, name: 'The proposal' })).toBeFocused();
  await tabTo(page, '#proposal-organisations');
  await page.keyboard.type('Four NHS trusts');
  await tabTo(page, '#proposal-ledgerHolds-credentials');
  await page.keyboard.press('Space');
  await tabTo(page, 'input[name="proposal.directCare"]');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#proposal-directCare-no')).toBeChecked();
  await chooseOption(page, 'proposal__writerCount', 1);
  await chooseOption(page, 'proposal__onChainData', 0);
  await chooseOption(page, 'proposal__patientIdentifiable', 1);
  await expectNoAxeViolations(page, 'the proposal page');
  await pressButton(page, 'Save and continue');

  for (const [index, [pageId, answers]] of plan.entries()) {
    await expect(page).toHaveURL(new RegExp(`/pages/${pageId.replace('.', '\\.')}$`));
    await expect(page.locator('h1')).toBeFocused();
    if (pageId === 'condition.validityCheck') {
      // Half-way: a reload must lose nothing and keep the user on this page.
      await page.reload();
      await expect(page.locator('h1')).toHaveText('Condition 4: Need to ensure the validity of each record');
      await page.goto('/');
      await page.getByRole('link', { name: 'Shared staff passport' }).click();
      await expect(page.getByText('You have completed 6 of 18 sections.')).toBeVisible();
      await pressButton(
        page,
        'Continue with the first unanswered page: Condition 4: Need to ensure the validity of each record',
      );
      await expect(page.locator('h1')).toBeFocused();
    }
    for (const [key, option] of answers) await chooseOption(page, key, option);
    if (index === 3) await expectNoAxeViolations(page, 'a condition page');
    await pressButton(page, 'Save and continue');
  }

  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  await expectNoAxeViolations(page, 'check your answers');
  const answerTo = (term: string) =>
    page.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(answerTo('What would the ledger hold?')).toHaveText(
    'Staff or organisation credentials (licences, training)',
  );
  await expect(answerTo('Would it be used in the direct care of patients?')).toHaveText('No');
  await pressButton(page, 'Change C5 Non-confidential data');
  await expect(page).toHaveURL(/pages\/condition\.nonConfidential\?return=check$/);
  await expect(page.locator('#condition__nonConfidential-3')).toBeChecked();
  await chooseOption(page, 'condition__nonConfidential', 0);
  await pressButton(page, 'Save and return to check your answers');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  const c5 = page
    .getByRole('term')
    .filter({ hasText: 'condition 5: the records hold nothing confidential' })
    .locator('xpath=following-sibling::dd[1]');
  await expect(c5).toHaveText('Not met');

  await pressButton(page, 'See the result');
  await expect(page.getByRole('heading', { level: 1, name: 'Result' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Verdict', exact: true })).toContainText('Weak fit');
  await expect(page.getByText(/Condition 5 \(non-confidential data\) is not met/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'the result page');
  test.info().annotations.push({ type: 'walk-seconds', description: String((Date.now() - started) / 1000) });
  console.log(`keyboard walk took ${(Date.now() - started) / 1000} s`);
});

test('going back and changing an answer that makes pages moot keeps the answers that still apply', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Title of the proposal').fill('Skip logic check');
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  const base = new URL(page.url()).pathname;

  await page.goto(`${base}/pages/condition.commonInterest`);
  await page.getByRole('radio', { name: 'Largely met' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.goto(`${base}/pages/prescreen`);
  const group = (name: RegExp) => page.getByRole('group', { name });
  await group(/Do several parties need one shared/)
    .getByRole('radio', { name: 'No', exact: true })
    .check();
  await group(/organisation that every writer/)
    .getByRole('radio', { name: 'No', exact: true })
    .check();
  for (const name of [/only ever be added to/, /tamper-evident log/, /known and identified/]) {
    await group(name).getByRole('radio', { name: 'Yes' }).check();
  }
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(`${base}/stopped`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'A distributed ledger is not needed here' }),
  ).toBeFocused();
  await expect(page.getByText("What would serve instead: Each organisation's own database.")).toBeVisible();
  await expectNoAxeViolations(page, 'the stop page');

  await page.goto(base);
  const row = (name: string) => page.getByRole('link', { name, exact: true });
  await expect(row('Condition 2: Semantic interoperability')).toHaveAccessibleDescription('Not needed');
  await expect(row('Obstacle 1: Adoption')).toHaveAccessibleDescription('Not needed');
  await expect(row('Condition 1: Common interest in shared records')).toHaveAccessibleDescription(
    'Completed',
  );

  await page.goto(`${base}/pages/prescreen`);
  await group(/Do several parties need one shared/)
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(`${base}/pages/condition.commonInterest`);
  await expect(page.getByRole('radio', { name: 'Largely met' })).toBeChecked();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(`${base}/pages/condition.semanticInteroperability`);
  await page.goto(base);
  await expect(row('Condition 2: Semantic interoperability')).toHaveAccessibleDescription('Not started');
});

test('the start page, task list, question, check and result pages fit a 320 px screen and 200% zoom without sideways scrolling', async ({
  browser,
}) => {
  for (const [width, zoom] of [
    [320, 1],
    [1280, 2],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width: width / zoom, height: 800 / zoom },
      deviceScaleFactor: zoom,
    });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Open a copy' }).click();
    await page.waitForURL(/\/assessments\/[^/]+$/);
    const base = new URL(page.url()).pathname;
    for (const path of [
      base,
      `${base}/pages/condition.semanticInteroperability`,
      `${base}/check`,
      `${base}/result`,
      '/',
    ]) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `sideways scroll at ${width}px, zoom ${zoom}, ${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});
