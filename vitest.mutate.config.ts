import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit tests that can kill a mutant of the engine, the report, the schema or the share link (`npm run mutate`).
// Component (.tsx), store, server and browser tests are left out: they cannot see a changed threshold any better and
// would multiply the run time on a 2-core machine.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: [
        'test/engine/**/*.test.ts',
        'test/report/**/*.test.ts',
        'test/schema/**/*.test.ts',
        'test/framework/**/*.test.ts',
        'test/scenarios/**/*.test.ts',
        'test/features/share/**/*.test.ts',
        'test/questionnaire-flow/**/*.test.ts',
      ],
    },
  }),
);
