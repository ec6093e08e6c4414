import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { chromePath, chromiumArgs } from '../../scripts/chromium';
import { expectNoAxeViolations } from './axe';

/**
 * A workshop as it runs: `npm run room`'s server (relay + built app) started by the test, the facilitator
 * presenting at 1920 × 1080, three phone-sized browsers rating from the join link.
 */
const port = 4191;
const origin = `http://127.0.0.1:${port}`;
let relay: ChildProcess;
// One relay for both tests of this file, on a fixed port: they run one after the other.
test.describe.configure({ mode: 'serial' });
const relayLog: string[] = [];

test.beforeAll(async () => {
  relay = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '0.0.0.0', RELAY_LOG: '1' },
  });
  relay.stdout?.on('data', (chunk: Buffer) => relayLog.push(chunk.toString()));
  relay.stderr?.on('data', (chunk: Buffer) => relayLog.push(chunk.toString()));
  await expect.poll(() => relayLog.join('').includes('live room on'), { timeout: 60_000 }).toBe(true);
});
test.afterAll(() => {
  relay?.kill();
});

async function phone(
  browser: Browser,
  link: string,
  name?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: /Join room [A-Z0-9]{8}/ })).toBeVisible();
  if (name) {
    await page.getByLabel('Show my name to the facilitator only').check();
    await page.getByLabel('Your name').fill(name);
  }
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Waiting/ })).toBeVisible();
  return { context, page };
}

test('a facilitator runs a live room: three phones rate, re-vote, the room is revealed, agreed and saved', async ({
  browser,
}) => {
  const facilitatorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const presenter = await facilitatorContext.newPage();
  const pageErrors: string[] = [];
  presenter.on('pageerror', (e) => pageErrors.push(e.message));
  await presenter.goto(`${origin}/present/e/patient-records/5`);
  await expect(presenter.getByText('Slide 5 of 16')).toBeVisible();
  await presenter.getByRole('button', { name: 'Start live room' }).click();
  const banner = presenter.getByRole('region', { name: 'Join the room' });
  await expect(banner).toContainText('0 in the room');
  const link = await presenter.getByRole('link', { name: /\/join#/ }).getAttribute('href');
  expect(link).toMatch(/\/join#r=[A-Z0-9]{8}&t=[\w-]+&k=[\w-]+$/);
  await expectNoAxeViolations(presenter, 'the presenter with a live room');

  const phones = [];
  for (let i = 0; i < 3; i++) phones.push(await phone(browser, link as string, i === 0 ? 'Asha' : undefined));
  await expect(banner).toContainText('3 in the room');
  // A name given "to the facilitator only" shows in the facilitator's panel, never on the projector.
  await expect(presenter.getByText('Named (only you see this): Asha')).toBeVisible();
  await expect(banner).not.toContainText('Asha');
  await expectNoAxeViolations(phones[0]!.page, 'the phone page');
  // The key material is read from the link, then dropped from the address bar.
  expect(phones[0]!.page.url()).not.toContain('#');

  await presenter.getByRole('button', { name: 'Ask the room' }).click();
  for (const { page } of phones)
    await expect(page.getByRole('group', { name: 'C1 Common interest' })).toBeVisible();
  await expectNoAxeViolations(phones[1]!.page, 'the phone page with a question');

  const [first, second, third] = phones.map((p) => p.page) as [Page, Page, Page];
  await first.getByRole('radio', { name: 'Poorly met' }).check();
  await second.getByRole('radio', { name: 'Largely met' }).check();
  await third.getByRole('radio', { name: 'Fully met' }).check();
  await first.getByRole('radio', { name: 'Partially met' }).check(); // re-vote: replaces "Poorly met"
  await expect(first.getByRole('status')).toContainText('Sent: Partially met');
  // The re-vote has reached the facilitator (and replaced, not added) before the reveal.
  await expect(presenter.getByText(/3 rated so far, 1 changed their rating/)).toBeVisible();
  // Hidden until revealed: the projector shows only how many have rated.
  await expect(banner).not.toContainText('Partially met');

  await presenter.getByRole('button', { name: 'Reveal the ratings' }).click();
  const revealed = presenter.getByRole('region', { name: 'How the room rated it' });
  await expect(revealed).toContainText('3 ratings');
  await expect(revealed).toContainText('The room disagrees');
  await expect(revealed.getByRole('row', { name: /Poorly met 0/ })).toBeVisible();
  await expect(revealed.getByRole('row', { name: /Partially met 1/ })).toBeVisible();
  await expect(revealed.getByRole('row', { name: /Largely met 1/ })).toBeVisible();
  await expect(revealed.getByRole('row', { name: /Fully met 1/ })).toBeVisible();
  await expect(second.getByRole('table')).toContainText('Largely met');

  // The room settles on "Largely met": the slide's live rating and the verdict redraw from it.
  await presenter.getByLabel(/Agreed rating for C1 Common interest/).selectOption({ label: 'Largely met' });
  await presenter.getByRole('button', { name: 'Use the agreed rating' }).click();
  await expect(
    presenter.getByRole('region', { name: /Current slide/ }).getByRole('radio', { name: 'Largely met' }),
  ).toBeChecked();

  // Then through the rest of the deck: every condition, obstacle and tension, asked, rated, revealed, agreed.
  const rated = ['C1 Common interest'];
  for (let slide = 6; slide <= 12; slide++) {
    await presenter.getByRole('button', { name: 'Next →' }).click();
    await expect(presenter.getByText(`Slide ${slide} of 16`)).toBeVisible();
    const questions = presenter.getByLabel('Question for the room');
    const titles = await questions.locator('option').allTextContents();
    for (const [q, title] of titles.entries()) {
      await questions.selectOption({ label: title });
      await presenter.getByRole('button', { name: 'Ask the room' }).click();
      for (const [i, page] of [first, second, third].entries()) {
        await expect(page.getByRole('group', { name: title })).toBeVisible();
        await page
          .getByRole('radio')
          .nth((q + i) % 5)
          .check();
      }
      await expect(presenter.getByText(/3 rated so far/)).toBeVisible();
      await presenter.getByRole('button', { name: 'Reveal the ratings' }).click();
      await expect(revealed).toContainText(`The room on ${title}: 3 ratings`);
      await presenter.getByRole('button', { name: 'Use the agreed rating' }).click();
      rated.push(title);
    }
  }
  expect(rated).toHaveLength(15);
  expect(pageErrors).toEqual([]);

  await presenter.getByRole('button', { name: 'Save as workshop outcome' }).click();
  await presenter.getByRole('link', { name: 'Open the workshop outcome' }).click();
  await expect(presenter.getByRole('heading', { level: 1, name: 'Result' })).toBeVisible();
  const downloaded = presenter.waitForEvent('download');
  await presenter.getByRole('button', { name: 'Download PDF summary' }).click();
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(await (await downloaded).path())));
  const text = ((await extractText(pdf, { mergePages: true })).text as string).replace(/\s+/g, ' ');
  expect(text).toContain('How the workshop room rated it');
  expect(text).toMatch(/C1 Common interest Partially met 1, Largely met 1, Fully met 1 \(the room disagreed/);
  for (const title of rated) expect(text).toContain(title);

  // The relay logged event names and sizes only: no rating, question or answer ever reached it in clear.
  const log = relayLog.join('');
  expect(log).toContain('"event":"vote"');
  for (const secret of ['Common interest', 'Largely met', 'Partially met', 'condition.commonInterest'])
    expect(log).not.toContain(secret);

  for (const p of phones) await p.context.close();
  await facilitatorContext.close();
});

test('a damaged join link says so instead of waiting for ever', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  // The right shape, but not a key: as a link cut or changed by hand would be.
  for (const key of ['B'.repeat(87), `BA${'A'.repeat(85)}`]) {
    await page.goto(`${origin}/join#r=ABCDEFGH&t=${'x'.repeat(22)}&k=${key}`);
    const join = page.getByRole('button', { name: 'Join' });
    // A key that does not even decode fails at once; one that decodes but is off the curve, on joining.
    await expect(join.or(page.getByRole('heading', { name: 'This join link does not work' }))).toBeVisible();
    if (await join.isVisible()) await join.click();
    await expect(page.getByRole('heading', { level: 1, name: 'This join link does not work' })).toBeVisible();
  }
  await context.close();
});

test('on plain http from another host the phone page says to open the secure link', async () => {
  // A phone on the LAN reaches the laptop by name over plain http: an insecure context, without WebCrypto.
  const lan = await chromium.launch({
    executablePath: chromePath,
    args: [...chromiumArgs, '--host-resolver-rules=MAP workshop-laptop.test 127.0.0.1'],
  });
  const page = await lan.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await page.goto(
    `http://workshop-laptop.test:${port}/join#r=ABCDEFGH&t=${'x'.repeat(22)}&k=${'A'.repeat(87)}`,
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Open the secure link' })).toBeVisible();
  await expect(page.getByText(/cannot seal your rating/)).toBeVisible();
  await lan.close();
});
