import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The unit tests `npm run mutate` runs against each mutant of the engine, the report, the schema and the share
// link. Each mutant re-runs the tests that cover it, so the slow property suites (thousands of random
// assessments each) and the component, store, server and browser tests are left out: on a shared 2-core
// machine they made the first (dry) run alone take over 30 minutes. MUTATE_TESTS=all adds the property
// suites for a slower, stronger run.
const focused = [
  'test/engine/caps-and-gates.test.ts',
  'test/engine/worked-examples.test.ts',
  'test/engine/method-numbers.test.ts',
  'test/engine/scores-and-bands.test.ts',
  'test/engine/cap-reasons.test.ts',
  'test/engine/advice-and-summary.test.ts',
  'test/engine/reasons-order.test.ts',
  'test/engine/confidence-and-evidence.test.ts',
  'test/engine/what-would-change.test.ts',
  'test/engine/extremes-and-steps.test.ts',
  'test/engine/cap-edges.test.ts',
  'test/engine/advice-edges.test.ts',
  'test/engine/answer-values.test.ts',
  'test/questionnaire-flow/**/*.test.ts',
  'test/report/build-report.test.ts',
  'test/report/recommendation.test.ts',
  // The report's other fast, DOM-free tests: without them most of src/report was reached by no test at all.
  'test/report/backtest-stats.test.ts',
  'test/report/chart-data.test.ts',
  'test/report/encoding-agreement.test.ts',
  'test/report/law-by-proposal.test.ts',
  'test/report/sign-off-table.test.ts',
  'test/report/stale-statements.test.ts',
  // The deciding fact and the regulatory duties, both DOM-free (3 s and 2 s in Node). decision-properties stays
  // out: its 2,000 fixed runs take about 50 s a mutant, and its guards on how often each case occurs need them.
  'test/report/deciding-fact.test.ts',
  'test/report/regulatory.test.ts',
  // Written for #25's run of the report: the board's sentences asserted exactly, all DOM-free.
  'test/report/decision-steps.test.ts',
  'test/report/decision-edges.test.ts',
  'test/report/recommendation-text.test.ts',
  'test/report/build-report-parts.test.ts',
  'test/report/cli-and-paper-text.test.ts',
  'test/report/regulatory-context.test.ts',
  // Written for #25's run of the other 23 report files, DOM-free too.
  'test/report/hazard-log.test.ts',
  'test/report/cite-and-workshop.test.ts',
  'test/report/wust-gervais-and-nearest.test.ts',
  'test/report/slides-deck.test.ts',
  'test/report/board-paper-summary.test.ts',
  'test/report/decision-sought.test.ts',
  'test/report/board-paper-body.test.ts',
  'test/report/cli-lines.test.ts',
  'test/report/backtest-counting.test.ts',
  'test/report/backtest-markdown.test.ts',
  'test/schema/**/*.test.ts',
  'test/features/share/**/*.test.ts',
];
const properties = [
  'test/engine/properties.test.ts',
  'test/engine/advice-properties.test.ts',
  'test/scenarios/**/*.test.ts',
];

// Spread, not mergeConfig: mergeConfig concatenates arrays, so the base `include` (every test) would stay.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: process.env.MUTATE_TESTS === 'all' ? [...focused, ...properties] : focused,
    // The mutated code is pure (no React, no DOM): Node's own environment, without jsdom and Testing Library's
    // setup, saves about half of every run's time.
    environment: 'node',
    setupFiles: [],
    // At most 20 random cases per property check (test/engine/property-runs.ts): every surviving mutant re-runs
    // each test that reaches it. Fewer cases can only let a mutant survive, so the score is a lower bound.
    env: { PROPERTY_RUNS: process.env.PROPERTY_RUNS ?? '20' },
    // Trying 10,000 one-character changes of a link takes minutes, and it cannot see a mutant the others miss.
    testNamePattern: /^(?!.*single-character substitution)/,
    // Stryker's instrumentation on a loaded machine: slow is not failed.
    testTimeout: 600_000,
  },
});
