/**
 * How every tool here launches Debian's Chromium (never a downloaded browser). Without the
 * background-networking flags Chromium keeps trying to reach Google's hosts, which this network refuses.
 */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
