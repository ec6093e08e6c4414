import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('the audience window follows the presenter, redraws live changes, blanks, and drives back', async ({
  context,
}) => {
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await presenter.goto('/present/e/patient-records/5');
  await expect(presenter.getByText('Slide 5 of 16')).toBeVisible();
  await expectNoAxeViolations(presenter, 'the presenter view');
  // No relay here (a static host): the live room says so, and presenting goes on exactly as before.
  await presenter.getByRole('button', { name: 'Start live room' }).click();
  await expect(presenter.getByRole('alert')).toContainText('No live-room relay answered');

  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    presenter.getByRole('button', { name: 'Open audience view' }).click(),
  ]);
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await expect(audience.getByRole('region', { name: /Slide 5 of 16: Condition 1/ })).toBeVisible();

  // Keys reach the deck straight after using a control (here the theme select): a clicker never seems dead.
  await presenter.getByLabel('Theme').focus();
  await presenter.getByLabel('Theme').selectOption('dark');
  await presenter.getByLabel('Theme').selectOption('light');
  await expect(presenter.getByLabel('Theme')).toBeFocused();
  const delays: number[] = [];
  for (const expected of [6, 7, 8]) {
    const start = Date.now();
    await presenter.keyboard.press('ArrowRight');
    await expect(audience.getByRole('region', { name: new RegExp(`Slide ${expected} of 16`) })).toBeVisible();
    delays.push(Date.now() - start);
  }
  console.log(`presenter → audience delay (ms, includes Playwright polling): ${delays.join(', ')}`);
  await expect(audience).toHaveURL(/\/audience\/e\/patient-records\/8$/);
  await expect(audience.getByRole('region', { name: /Condition 4/ })).toBeVisible();

  // Live what-if on the verdict slide's inputs: change condition 5 on its slide, see both verdicts move.
  await presenter.keyboard.type('9');
  await presenter.keyboard.press('Enter');
  await expect(audience.getByRole('region', { name: /Slide 9 of 16: Condition 5/ })).toBeVisible();
  await presenter
    .getByRole('region', { name: /Current slide/ })
    .getByRole('radio', { name: 'Fully met' })
    .check();
  await expect(audience.getByRole('group', { name: 'Rating: Fully met' })).toBeVisible();
  await presenter.locator('body').click({ position: { x: 5, y: 300 } });
  await presenter.keyboard.press('End');
  await expect(presenter.getByText('Slide 16 of 16')).toBeVisible();
  await expect(presenter.getByRole('region', { name: /Current slide: Open questions/ })).toContainText(
    'Operator all writers accept',
  );
  for (let i = 0; i < 3; i++) await presenter.keyboard.press('ArrowLeft');
  await expect(audience.getByRole('region', { name: /Slide 13 of 16: The verdict/ })).toBeVisible();
  await expect(audience.getByRole('region', { name: /Slide 13 of 16: The verdict/ })).toContainText(
    'Weak fit',
  );

  // Dark theme: the verdict's chart sits on the dark slide, not on a bright white panel.
  await presenter.getByLabel('Theme').selectOption('dark');
  await expect(audience.locator('.slide-chart').first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await presenter.getByLabel('Theme').selectOption('light');

  // Blank and unblank: the whole projector window goes black, progress bar hidden.
  await presenter.getByRole('button', { name: 'Blank the screen (B)' }).click();
  await expect(audience.getByText('The screen is blanked.')).toBeAttached();
  await expect(audience.locator('.audience-progress')).toBeHidden();
  await expect(audience.locator('main')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await presenter.keyboard.press('PageDown');
  await presenter.keyboard.press('PageUp');
  await expect(audience.getByRole('region', { name: /Slide 13 of 16/ })).toBeAttached();
  await presenter.keyboard.press('b');
  await expect(audience.getByText('The screen is blanked.')).not.toBeAttached();
  await presenter.keyboard.press('b');
  await expect(audience.getByText('The screen is blanked.')).toBeAttached();
  await presenter.keyboard.press('b');
  await expect(audience.getByText('The screen is blanked.')).not.toBeAttached();

  // Driving the audience window moves the presenter too.
  await audience.locator('body').click({ position: { x: 5, y: 5 } });
  await audience.keyboard.press('PageUp');
  await expect(presenter.getByText('Slide 12 of 16')).toBeVisible();
  await audience.screenshot({ path: 'test-results/audience-verdict-1920.png' });

  // Closing the audience leaves the presenter usable.
  await audience.close();
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.getByText('Slide 13 of 16')).toBeVisible();
  await presenter.getByRole('button', { name: 'Save as workshop outcome' }).click();
  await expect(presenter.getByRole('link', { name: 'Open the workshop outcome' })).toBeVisible();
});
