import { expect, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches `selector`, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Chooses option `index` of a radio group with the keyboard: Tab into the group, then arrows or Space. */
export async function chooseOption(page: Page, questionKey: string, index: number): Promise<void> {
  await tabTo(page, `input[name="answers.${questionKey}.value"]`);
  const current = await page.evaluate(() =>
    Number((document.activeElement as HTMLInputElement).id.split('-').pop()),
  );
  const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
  if (!checked && current === index) await page.keyboard.press('Space');
  for (let i = current; i < index; i++) await page.keyboard.press('ArrowDown');
  for (let i = current; i > index; i--) await page.keyboard.press('ArrowUp');
  await expect(page.locator(`#${questionKey}-${index}`)).toBeChecked();
}

/** Tabs to the button or link whose text is `name` and presses Enter. */
export async function pressButton(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const tag = await page.evaluate(() => document.activeElement?.tagName ?? '');
    if (text === name && (tag === 'BUTTON' || tag === 'A')) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the control "${name}"`);
}
