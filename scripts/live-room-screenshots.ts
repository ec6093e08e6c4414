/**
 * Screenshots of a live room, for the README and review: `npm run build && npx tsx scripts/live-room-screenshots.ts`.
 * Starts `npm run room`'s server, a facilitator at 1920 × 1080 and two phones at 390 × 844.
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs } from './chromium';

const port = 4193;
const origin = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 3000));
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
try {
  const presenter = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await presenter.goto(`${origin}/present/e/patient-records/5`);
  await presenter.getByRole('button', { name: 'Start live room' }).click();
  const link = (await presenter.getByRole('link', { name: /\/join#/ }).getAttribute('href')) as string;
  const phones = [];
  for (const name of ['Asha', '']) {
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto(link);
    if (name) {
      await phone.getByLabel('Show my name to the facilitator only').check();
      await phone.getByLabel('Your name').fill(name);
    }
    if (!name) await phone.screenshot({ path: 'docs/screenshots/live-room-phone-join.png' });
    await phone.getByRole('button', { name: 'Join' }).click();
    phones.push(phone);
  }
  await presenter.getByRole('status').filter({ hasText: '2 in the room' }).waitFor();
  await presenter.screenshot({ path: 'docs/screenshots/live-room-presenter-join.png' });
  await presenter.getByRole('button', { name: 'Ask the room' }).click();
  await phones[0]?.getByRole('radio', { name: 'Largely met' }).check();
  await phones[1]?.getByRole('radio', { name: 'Poorly met' }).check();
  await phones[1]?.screenshot({ path: 'docs/screenshots/live-room-phone-question.png' });
  await presenter.getByText(/2 rated so far/).waitFor();
  await presenter.getByRole('button', { name: 'Reveal the ratings' }).click();
  await presenter.getByRole('region', { name: 'How the room rated it' }).waitFor();
  await presenter.screenshot({ path: 'docs/screenshots/live-room-presenter-reveal.png' });
  await phones[0]?.getByRole('table').waitFor();
  await phones[0]?.screenshot({ path: 'docs/screenshots/live-room-phone-reveal.png' });
  console.log('docs/screenshots/live-room-{presenter,phone}-*.png');
} finally {
  await browser.close();
  server.kill();
}
