/**
 * Size budgets of the built app (sizes only: timings vary between machines and never fail CI).
 * Fails with the sizes named when a budget is broken. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { bundleSizes, kb, total } from './bundle-sizes';

// The first page's JS: at most 0.3x the SurveyJS peer's first page (issue #26: 118 KB gzip). The start page
// loads React, the store with its schema, and what the list of assessments shows; forms and every other
// page load behind routes.
const budgets = { initialJsKb: 118, cssKb: 30, phoneJsKb: 60 };
const sizes = bundleSizes();
const failures: string[] = [];

const initialJs = kb(total(sizes.initialJs));
const css = kb(total([...sizes.initialCss, ...sizes.lazyCss]));
if (initialJs > budgets.initialJsKb)
  failures.push(`initial route JS is ${initialJs} KB gzipped (budget ${budgets.initialJsKb} KB)`);
if (css > budgets.cssKb) failures.push(`CSS is ${css} KB gzipped (budget ${budgets.cssKb} KB)`);

// The live room's phone page: socket client, sealing and schemas, no React and no charts.
const phone = bundleSizes('join.html');
const phoneJs = kb(total(phone.initialJs));
if (phoneJs > budgets.phoneJsKb)
  failures.push(`the phone page's JS is ${phoneJs} KB gzipped (budget ${budgets.phoneJsKb} KB)`);
for (const chunk of phone.initialJs)
  if (/react-dom|recharts-wrapper/.test(readFileSync(`dist/${chunk.file}`, 'utf8')))
    failures.push(`the phone page loads ${chunk.file}, which holds React or the charts`);

// Library fingerprints: strings each library's code always contains.
const libraries = [
  { name: 'recharts', mark: 'recharts-wrapper' },
  { name: 'pdfkit', mark: 'PDFKit' },
  { name: 'docx', mark: 'wordprocessingml' },
];
for (const { name, mark } of libraries) {
  const inInitial = sizes.initialJs.filter((c) => readFileSync(`dist/${c.file}`, 'utf8').includes(mark));
  if (inInitial.length > 0)
    failures.push(
      `${name} is in the initial route (${inInitial.map((c) => c.file).join(', ')}); it must load lazily`,
    );
  const lazy = sizes.lazyJs.filter((c) => readFileSync(`dist/${c.file}`, 'utf8').includes(mark));
  if (lazy.length === 0)
    failures.push(`${name} was not found in any lazy chunk: has its fingerprint "${mark}" changed?`);
}

// Offline after the first visit: the service worker precaches every script of the app, the board-paper
// worker and the libraries it loads included (jsPDF leftovers are excluded in vite.config.ts).
const serviceWorker = readFileSync('dist/sw.js', 'utf8');
for (const chunk of [...sizes.initialJs, ...sizes.lazyJs])
  if (!serviceWorker.includes(`"${chunk.file}"`))
    failures.push(`${chunk.file} is not precached by the service worker: it would not load offline`);

console.log('Bundle budgets (gzipped):');
console.log(
  `  initial route JS  ${initialJs} KB / ${budgets.initialJsKb} KB  (${sizes.initialJs.map((c) => `${c.file.replace('assets/', '')} ${kb(c.gzip)}`).join(', ')})`,
);
console.log(`  CSS               ${css} KB / ${budgets.cssKb} KB`);
console.log(`  phone page JS     ${phoneJs} KB / ${budgets.phoneJsKb} KB`);
console.log(
  `  lazy chunks       ${sizes.lazyJs.length}, largest ${sizes.lazyJs
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 3)
    .map((c) => `${c.file.replace('assets/', '')} ${kb(c.gzip)} KB`)
    .join(', ')}`,
);
if (failures.length > 0) {
  console.error(`\nBudget broken:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('All budgets met.');
