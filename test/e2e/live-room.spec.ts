import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { chromePath, chromiumArgs } from '../../scripts/chromium';
import { freePort } from '../../scripts/processes';
import { expectNoAxeViolations } from './axe';

/**
 * A workshop as it runs on a laptop: `npm run room:https`'s server (relay + built app over TLS with a
 * certificate made at start) started by the test; the facilitator presents at 1920 × 1080 from the laptop
 * itself (https://127.0.0.1), and phone-sized browsers join at the laptop's LAN name, which the relay
 * offers at /api/origin (here `workshop-laptop.test`, mapped to this machine as a venue's Wi-Fi would).
 */
const lanName = 'workshop-laptop.test';
let port = 0;
let plainPort = 0;
const laptop = () => `https://127.0.0.1:${port}`;
const lan = () => `https://${lanName}:${port}`;
const relays: ChildProcess[] = [];
let browser: Browser;
// One relay for the tests of this file: they run one after the other.
test.describe.configure({ mode: 'serial' });
const relayLog: string[] = [];

function startRelay(args: string[], env: Record<string, string>, log: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts', ...args], {
    env: { ...process.env, HOST: '0.0.0.0', RELAY_LOG: '1', ...env },
  });
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  relays.push(child);
  return child;
}

test.beforeAll(async () => {
  port = await freePort();
  plainPort = await freePort();
  startRelay(['--https'], { PORT: String(port), PUBLIC_ORIGIN: `https://${lanName}:${port}` }, relayLog);
  // The same over plain http, as `npm run room` serves it: phones cannot seal there.
  const plainLog: string[] = [];
  startRelay([], { PORT: String(plainPort) }, plainLog);
  await expect
    .poll(() => relayLog.join('').includes('live room on') && plainLog.join('').includes('live room on'), {
      timeout: 60_000,
    })
    .toBe(true);
  browser = await chromium.launch({
    executablePath: chromePath,
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${lanName} 127.0.0.1`],
  });
});
test.afterAll(async () => {
  await browser?.close();
  for (const relay of relays) relay.kill();
});

async function facilitator(slide = 5) {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    ignoreHTTPSErrors: true,
  });
  const presenter = await context.newPage();
  const pageErrors: string[] = [];
  presenter.on('pageerror', (e) => pageErrors.push(e.message));
  await presenter.goto(`${laptop()}/present/e/patient-records/${slide}`);
  await expect(presenter.getByText(`Slide ${slide} of 16`)).toBeVisible();
  await presenter.getByRole('button', { name: 'Start live room' }).click();
  const banner = presenter.getByRole('region', { name: 'Join the room' });
  await expect(banner).toContainText('0 in the room');
  const link = (await presenter.getByRole('link', { name: /\/join#/ }).getAttribute('href')) as string;
  const panel = presenter.getByRole('region', { name: /^Live room [A-Z0-9]{8}$/ });
  const code = (await panel.getAttribute('data-live-room-code')) as string;
  return { context, presenter, banner, link, panel, code, pageErrors };
}

async function phoneContext() {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    ignoreHTTPSErrors: true,
  });
}

async function phone(link: string, name?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext();
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

/** A phone that types the code: the key comes from the relay, so it must be checked against the screen. */
async function phoneByCode(code: string, fingerprint: string) {
  const context = await phoneContext();
  const page = await context.newPage();
  await page.goto(`${lan()}/join`);
  await page.getByLabel(/Join code/).fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(fingerprint)).toBeVisible();
  const join = page.getByRole('button', { name: 'Join' });
  await expect(join).toBeDisabled();
  await expectNoAxeViolations(page, 'the phone page checking the key of a typed code');
  await page.getByLabel('The screen shows this same key').check();
  await expect(join).toBeEnabled();
  await join.click();
  await expect(page.getByRole('heading', { level: 1, name: /Waiting/ })).toBeVisible();
  return { context, page };
}

test('a facilitator runs a live room: three phones rate, re-vote, the room is revealed, agreed and saved', async () => {
  // Fifteen questions through three phones and a projector window: minutes on a loaded two-core machine.
  test.setTimeout(480_000);
  const { context: facilitatorContext, presenter, banner, link, pageErrors } = await facilitator();
  // The QR code names the laptop's LAN address, never this computer's loopback name.
  expect(link).toMatch(new RegExp(`^https://${lanName}:\\d+/join#r=[A-Z0-9]{8}&t=[\\w-]+&k=[\\w-]+$`));
  // Sized for the back row: at least a quarter of the 1080-pixel screen.
  const qr = await banner.getByRole('img', { name: /QR code/ }).boundingBox();
  expect(qr?.height ?? 0).toBeGreaterThanOrEqual(1080 * 0.25);
  await expectNoAxeViolations(presenter, 'the presenter with a live room');
  // And on the projector's own window (the audience view at 1920 x 1080).
  const projector = await facilitatorContext.newPage();
  await projector.goto(`${laptop()}/audience/e/patient-records/5`);
  const projectorQr = projector.getByRole('img', { name: /QR code/ });
  await expect(projectorQr).toBeVisible();
  expect((await projectorQr.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(1080 * 0.25);

  const phones = [];
  for (let i = 0; i < 3; i++) phones.push(await phone(link, i === 0 ? 'Asha' : undefined));
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
  await expect(first.getByRole('status')).toContainText('Counted: Partially met');
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
  // Joining stays open after the reveal: the QR code is still on the projector.
  await expect(banner.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(projector.getByRole('region', { name: 'How the room rated it' })).toContainText('3 ratings');
  await expect(projectorQr).toBeVisible();

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
    // The previous question's spread leaves the projector with its slide.
    await expect(revealed).toHaveCount(0);
    await expect(projector.getByRole('region', { name: 'How the room rated it' })).toHaveCount(0);
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

test('the facilitator offline during a vote, then reloading the page: no vote lost, "Counted" only once counted, and End tells every phone', async () => {
  test.setTimeout(360_000);
  const { context, presenter, banner, link, panel, code } = await facilitator();
  const fingerprint = (await banner.locator('.room-fingerprint').textContent()) as string;
  const phones = [await phone(link), await phone(link), await phoneByCode(code, fingerprint)];
  await expect(banner).toContainText('3 in the room');
  await presenter.getByRole('button', { name: 'Ask the room' }).click();
  for (const { page } of phones)
    await expect(page.getByRole('group', { name: 'C1 Common interest' })).toBeVisible();

  // The venue Wi-Fi drops the facilitator's laptop while the room votes.
  await context.setOffline(true);
  await expect(panel.getByRole('status')).toContainText('Reconnecting…');
  const choices = ['Not met', 'Largely met', "Don't know"];
  for (const [i, { page }] of phones.entries()) await page.getByRole('radio', { name: choices[i] }).check();
  for (const { page } of phones) {
    await expect(page.getByRole('status')).toContainText('Waiting for the facilitator to count it');
    await expect(page.getByRole('status')).not.toContainText('Counted');
  }
  // Offline for (at least) three seconds, measured by the facilitator's own clock.
  await presenter.evaluate(() => new Promise((resolve) => setTimeout(resolve, 3000)));
  for (const { page } of phones) await expect(page.getByRole('status')).not.toContainText('Counted');
  await context.setOffline(false);
  await expect(panel).toHaveAttribute('data-live-room-votes', '3', { timeout: 60_000 });
  for (const [i, { page }] of phones.entries())
    await expect(page.getByRole('status')).toContainText(`Counted: ${choices[i]}`, { timeout: 60_000 });

  // A reload keeps the room: same code, the phones still in it, the count kept, new votes counted.
  await presenter.reload();
  await expect(panel).toHaveAttribute('data-live-room-code', code);
  await expect(panel).toHaveAttribute('data-live-room-in', '3');
  await expect(panel).toHaveAttribute('data-live-room-votes', '3');
  await phones[0]!.page.getByRole('radio', { name: 'Fully met' }).check();
  await expect(phones[0]!.page.getByRole('status')).toContainText('Counted: Fully met');
  await expect(presenter.getByText(/3 rated so far, 1 changed their rating/)).toBeVisible();

  // Locked: a phone that has not joined before is turned away; the projector stops showing the QR code.
  await presenter.getByRole('button', { name: 'Lock the room' }).click();
  await expect(banner).toContainText('The room is closed to new phones');
  const latecomer = await phoneContext();
  const late = await latecomer.newPage();
  await late.goto(link);
  await late.getByRole('button', { name: 'Join' }).click();
  await expect(
    late.getByRole('heading', { level: 1, name: 'The room is closed to new phones' }),
  ).toBeVisible();
  await latecomer.close();

  await presenter.getByRole('button', { name: 'End the live room' }).click();
  for (const { page } of phones) {
    await expect(page.getByRole('heading', { level: 1, name: 'The live room has ended' })).toBeVisible();
    await expect(page.getByText('The facilitator ended the live room')).toBeVisible();
    await expect(page.getByText(/You can change it until the reveal/)).toHaveCount(0);
  }
  await expectNoAxeViolations(phones[0]!.page, 'the phone page after the room ended');
  await expect(presenter.getByRole('button', { name: 'Start live room' })).toBeVisible();
  for (const p of phones) await p.context.close();
  await context.close();
});

test('a damaged join link says so instead of waiting for ever', async () => {
  const context = await phoneContext();
  const page = await context.newPage();
  // The right shape, but not a key: as a link cut or changed by hand would be.
  for (const key of ['B'.repeat(87), `BA${'A'.repeat(85)}`]) {
    await page.goto(`${lan()}/join#r=ABCDEFGH&t=${'x'.repeat(22)}&k=${key}`);
    const join = page.getByRole('button', { name: 'Join' });
    // A key that does not even decode fails at once; one that decodes but is off the curve, on joining.
    await expect(join.or(page.getByRole('heading', { name: 'This join link does not work' }))).toBeVisible();
    if (await join.isVisible()) await join.click();
    await expect(page.getByRole('heading', { level: 1, name: 'This join link does not work' })).toBeVisible();
  }
  await context.close();
});

test('over plain http the phone asks for a secure link, and a facilitator on localhost is told what to do', async () => {
  // A phone on the LAN reaches the laptop by name over plain http: an insecure context, without WebCrypto.
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await page.goto(`http://${lanName}:${plainPort}/join#r=ABCDEFGH&t=${'x'.repeat(22)}&k=${'A'.repeat(87)}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This link needs a secure (https) connection' }),
  ).toBeVisible();
  await expect(page.getByText(/Scan the QR code again/)).toHaveCount(0);
  await page.close();

  // The facilitator on http://localhost: no QR code naming this computer; what to do instead.
  const presenter = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await presenter.goto(`http://localhost:${plainPort}/present/e/patient-records/5`);
  await presenter.getByRole('button', { name: 'Start live room' }).click();
  await expect(presenter.getByRole('alert')).toContainText('Phones can’t reach localhost');
  await expect(presenter.getByRole('alert')).toContainText('npm run room:https');
  await expect(presenter.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await presenter.close();
});
