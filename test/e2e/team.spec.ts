import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectNoAxeViolations } from './axe';

/**
 * A team assessment as people work on it: `npm run room`'s server (relay + built app) started by the test,
 * one browser context per person, each with its own storage, keys and name.
 */
const port = 4193;
const origin = `http://127.0.0.1:${port}`;
let relay: ChildProcess;
test.describe.configure({ mode: 'serial' });
const relayLog: string[] = [];

test.beforeAll(async () => {
  relay = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RELAY_LOG: '1' },
  });
  relay.stdout?.on('data', (chunk: Buffer) => relayLog.push(chunk.toString()));
  relay.stderr?.on('data', (chunk: Buffer) => relayLog.push(chunk.toString()));
  await expect.poll(() => relayLog.join('').includes('live room on'), { timeout: 60_000 }).toBe(true);
});
test.afterAll(() => {
  relay?.kill();
});

async function person(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** The assessor opens a copy of a worked example and starts working on it with others. */
async function startTeam(page: Page, name: string): Promise<{ link: string; base: string }> {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Open a copy' }).first().click();
  await expect(page.getByRole('link', { name: /Work on this with others/ })).toBeVisible();
  const base = new URL(page.url()).pathname.replace(/\/$/, '');
  await page.getByRole('link', { name: /Work on this with others/ }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Work on this with others' }).click();
  await expect(page.getByText('Connected: changes reach your colleagues')).toBeVisible();
  const link = await page.getByLabel('Link for your colleagues').inputValue();
  expect(link).toMatch(/\/team#d=[\w-]{22}&k=[\w-]{43}$/);
  return { link, base };
}

async function join(page: Page, link: string, name: string): Promise<string> {
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('link', { name: /Work on this with others/ })).toBeVisible();
  expect(page.url()).not.toContain('#');
  return new URL(page.url()).pathname.replace(/\/$/, '');
}

const question = 'pages/condition.commonInterest';

/**
 * Opens an app route without a reload. (The relay's static server answers 404 for a reloaded route with a
 * dot in it, such as pages/condition.commonInterest: it takes it for a missing file.)
 */
async function open(page: Page, path: string) {
  const target = new URL(path, origin).pathname;
  if (new URL(page.url()).origin !== origin) await page.goto(`${origin}/`);
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, target);
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[.]/g, '\\.')}$`));
}

test('two people co-edit the same page and see each other’s answers; the relay log holds no answer, note or name', async ({
  browser,
}) => {
  const asha = await person(browser);
  const ben = await person(browser);
  const { link, base: aBase } = await startTeam(asha.page, 'Asha Patel');
  await expectNoAxeViolations(asha.page, 'the team page');
  const bBase = await join(ben.page, link, 'Ben Okafor');

  await open(asha.page, `${aBase}/${question}`);
  await open(ben.page, `${bBase}/${question}`);
  await expect(asha.page.getByText('Also here: Ben Okafor')).toBeVisible();

  const started = Date.now();
  await asha.page.getByRole('radio', { name: 'Not met' }).first().check();
  await expect(ben.page.getByRole('radio', { name: 'Not met' }).first()).toBeChecked();
  const seenAfter = Date.now() - started;
  test.info().annotations.push({ type: 'edit seen by the other', description: `${seenAfter} ms` });
  console.log(`edit -> seen by the other context: ${seenAfter} ms`);
  await expect(ben.page.getByText(/Last set by Asha Patel/).first()).toBeVisible();

  const note = ben.page.getByRole('textbox', { name: /optional/ }).first();
  await note.fill('Only two trusts agreed so far');
  await expect(asha.page.getByRole('textbox', { name: /optional/ }).first()).toHaveValue(
    'Only two trusts agreed so far',
  );
  await expect(asha.page.getByText(/Last set by Ben Okafor/).first()).toBeVisible();
  await expectNoAxeViolations(ben.page, 'a question page of a team assessment');
  await asha.page.screenshot({ path: 'docs/screenshots/team-co-editing.png', fullPage: false });

  const log = relayLog.join('');
  expect(log).toContain('team:put');
  for (const secret of ['Asha', 'Ben', 'Only two trusts', 'Not met', link.split('k=')[1] as string])
    expect(log).not.toContain(secret);
  expect(asha.errors).toEqual([]);
  expect(ben.errors).toEqual([]);
  await asha.context.close();
  await ben.context.close();
});

test('assessor, Clinical Safety Officer and reviewer fill one assessment together; the reviewer signs; the PDF shows the verified sign-off', async ({
  browser,
}) => {
  const assessor = await person(browser);
  const cso = await person(browser);
  const reviewer = await person(browser);
  const { link, base } = await startTeam(assessor.page, 'Asha Patel');
  const csoBase = await join(cso.page, link, 'Chidi Eze');
  const reviewerBase = await join(reviewer.page, link, 'Dr Ravi Rao');

  // The CSO answers one question, the assessor another, each on their own page.
  await open(cso.page, `${csoBase}/pages/condition.validityCheck`);
  await cso.page.getByRole('radio', { name: 'Poorly met' }).first().check();
  await open(assessor.page, `${base}/${question}`);
  await assessor.page.getByRole('radio', { name: 'Largely met' }).first().check();

  // The reviewer sees both, fills reviewer and version, and signs.
  await open(reviewer.page, `${reviewerBase}/pages/condition.validityCheck`);
  await expect(reviewer.page.getByRole('radio', { name: 'Poorly met' }).first()).toBeChecked();
  await open(reviewer.page, `${reviewerBase}/${question}`);
  await expect(reviewer.page.getByRole('radio', { name: 'Largely met' }).first()).toBeChecked();
  await open(reviewer.page, `${reviewerBase}/team`);
  await expect(reviewer.page.getByText(/Asha Patel \(.*\): /)).toBeVisible();
  await reviewer.page.getByRole('textbox', { name: 'Reviewer', exact: true }).fill('Dr Ravi Rao');
  await reviewer.page.getByRole('textbox', { name: 'Version' }).fill('1.0');
  await reviewer.page.getByLabel('Sign as').selectOption('reviewer');
  await reviewer.page.getByRole('button', { name: 'Sign the assessment' }).click();
  const signatures = reviewer.page.getByRole('table', { name: 'Signatures' });
  await expect(signatures).toContainText('verified');
  await reviewer.page.getByRole('button', { name: 'Verify history' }).click();
  await expect(reviewer.page.getByText(/History intact: \d+ changes by 3 people/)).toBeVisible();
  await expectNoAxeViolations(reviewer.page, 'the team page with a signature');
  await reviewer.page
    .getByRole('region', { name: 'Sign-off' })
    .screenshot({ path: 'docs/screenshots/team-sign-off.png' });

  // The assessor exports the board paper: its sign-off table carries the verified signature.
  await open(assessor.page, `${base}/team`);
  await expect(assessor.page.getByRole('table', { name: 'Signatures' })).toContainText('verified');
  await assessor.page.getByRole('heading', { name: 'History' }).scrollIntoViewIfNeeded();
  await assessor.page.getByRole('button', { name: 'Verify history' }).click();
  await expect(assessor.page.getByText(/History intact/)).toBeVisible();
  await assessor.page.evaluate(() => document.getElementById('history-heading')?.scrollIntoView());
  await assessor.page.screenshot({ path: 'docs/screenshots/team-history.png' });
  await open(assessor.page, `${base}/result`);
  const downloaded = assessor.page.waitForEvent('download');
  await assessor.page.getByRole('button', { name: 'Download PDF summary' }).click();
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(await (await downloaded).path())));
  const text = ((await extractText(pdf, { mergePages: true })).text as string).replace(/\s+/g, ' ');
  // The sign-off table with reviewer and version, then the signature with its key and check.
  expect(text).toMatch(
    /Sign-off Assessor Reviewer Date Version .* Dr Ravi Rao .* 1\.0 Role Name Signed \(UTC\)/,
  );
  expect(text).toMatch(/Reviewer Dr Ravi Rao \d{4}-\d{2}-\d{2} \d{2}:\d{2} ([0-9A-F]{4} ){6}verified/);

  // A changed answer after signing: every copy now says so.
  await open(cso.page, `${csoBase}/pages/condition.validityCheck`);
  await cso.page.getByRole('radio', { name: 'Fully met' }).first().check();
  await open(reviewer.page, `${reviewerBase}/team`);
  await expect(reviewer.page.getByRole('table', { name: 'Signatures' })).toContainText(
    'changed after signing',
  );

  for (const p of [assessor, cso, reviewer]) {
    expect(p.errors).toEqual([]);
    await p.context.close();
  }
});
