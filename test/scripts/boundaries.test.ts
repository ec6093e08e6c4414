// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run lint:layers` (dependency-cruiser, .dependency-cruiser.cjs) run on a temporary copy of the code with
 * one deliberate violation per rule written into it: each must be refused by the rule named, on the file the
 * import resolves to, whatever the import text (`@/x/../y`, `./../`, a package subpath, a type-only import).
 */
const root = resolve(__dirname, '../..');

/** [file written, its import line, the rule that must refuse it] */
const violations: [string, string, string][] = [
  // Each of biome.json's layer blocks, on resolved files.
  ['src/lib/zz-lib.ts', "import { assess } from '@/engine/assess';", 'lib'],
  ['src/lib/zz-lib-pkg.ts', "import { jsx } from 'react/jsx-runtime';", 'lib-packages'],
  ['src/framework/zz-fw.ts', "import type { Assessment } from '@/schema/assessment-schema';", 'framework'],
  ['src/framework/zz-fw-pkg.ts', "import { create } from 'zustand';", 'framework-packages'],
  ['src/schema/zz-schema.ts', "import { assess } from '@/framework/../engine/assess';", 'schema'],
  ['src/schema/zz-schema-pkg.ts', "import { createRoot } from 'react-dom/client';", 'schema-packages'],
  ['src/engine/zz-engine.ts', "import { buildReport } from './../report/build-report';", 'engine'],
  ['src/engine/zz-engine-pkg.ts', "import { BarChart } from 'recharts';", 'engine-packages'],
  ['src/report/zz-report.ts', "import { useAssessmentsStore } from '@/store/assessments-store';", 'report'],
  ['src/report/zz-report-pkg.ts', "import PDFDocument from 'pdfkit';", 'report-packages'],
  [
    'src/questionnaire-flow/zz-flow.ts',
    "import { buildReport } from '@/report/build-report';",
    'questionnaire-flow',
  ],
  [
    'src/questionnaire-flow/zz-flow-pkg.ts',
    "import { useState } from 'react';",
    'questionnaire-flow-packages',
  ],
  ['src/renderers/zz-renderer.ts', "import { assess } from '@/renderers/../engine/assess';", 'renderers'],
  ['src/renderers/zz-renderer-pkg.ts', "import { Link } from 'wouter';", 'renderers-packages'],
  ['src/store/zz-store.ts', "import { buildReport } from '@/report/build-report';", 'store'],
  [
    'src/components/zz-component.ts',
    "import { useAssessmentsStore } from '../store/assessments-store';",
    'components',
  ],
  ['src/features/results/zz-feature.ts', "import { assess } from '@/report/../engine/assess';", 'features'],
  ['src/features/results/zz-feature-app.ts', "import { App } from '@/app/app';", 'features'],
  [
    'src/features/results/zz-feature-other.ts',
    "import * as s from '../share/share-link';",
    'features-each-other',
  ],
  [
    'scripts/zz-script.ts',
    "import { useAssessmentsStore } from '../src/store/assessments-store';",
    'scripts',
  ],
  [
    'src/live-room/zz-room.ts',
    "import { buildReport } from '@/live-room/../report/build-report';",
    'live-room',
  ],
  ['src/live-room/zz-room-pkg.ts', "import { jsx } from 'react/jsx-runtime';", 'live-room-packages'],
  ['src/team/zz-team.ts', "import { buildReport } from '@/report/build-report';", 'team'],
  ['src/team/zz-team-pkg.ts', "import { create } from 'zustand';", 'team-packages'],
  // The live room, the phone page and the relay.
  [
    'src/features/results/zz-feature-room.ts',
    "import { distribution } from '@/live-room/tally';",
    'live-room-reached',
  ],
  ['src/report/zz-report-room.ts', "import { distribution } from '@/live-room/tally';", 'live-room-reached'],
  ['src/features/present/zz-present-join.ts', "import * as j from '@/join/join-link';", 'join-is-an-entry'],
  ['src/join/zz-join.ts', "import type { Assessment } from '@/schema/assessment-schema';", 'join'],
  ['src/join/zz-join-store.ts', "import { useAssessmentsStore } from '@/store/assessments-store';", 'join'],
  ['src/join/zz-join-pkg.ts', "import { useState } from 'react';", 'join-packages'],
  ['server/zz-server.ts', "import { useAssessmentsStore } from '../src/store/assessments-store';", 'server'],
  [
    'server/zz-server-climb.ts',
    "import { buildReport } from '../src/live-room/../report/build-report';",
    'server',
  ],
  ['server/zz-server-pkg.ts', "import { create } from 'zustand/vanilla';", 'server-packages'],
  // The direction of the tools and the tests, cycles and unresolvable imports.
  ['src/zz-new-layer/zz-top.ts', "import { App } from '@/app/app';", 'app-is-the-top'],
  ['src/lib/zz-lib-tools.ts', "import { chromePath } from '../../scripts/chromium';", 'src-not-to-tools'],
  [
    'scripts/zz-script-test.ts',
    "import { fixtures } from '../test/engine/answers-fixtures';",
    'scripts-not-to-test',
  ],
  ['src/lib/zz-nowhere.ts', "import { x } from '@/nowhere/missing';", 'not-resolvable'],
];
const cycle: readonly [readonly [string, string], readonly [string, string]] = [
  ['src/lib/zz-cycle-a.ts', "import { b } from './zz-cycle-b';\nexport const a = () => b;\n"],
  ['src/lib/zz-cycle-b.ts', "import { a } from './zz-cycle-a';\nexport const b = () => a;\n"],
];
const allowed: [string, string][] = [
  ['src/features/results/zz-ok-report.ts', "import { buildReport } from '@/report/build-report';"],
  [
    'src/features/questionnaire/zz-ok-flow.ts',
    "import { nextPageId } from '@/questionnaire-flow/page-flow';",
  ],
  ['src/questionnaire-flow/zz-ok-engine.ts', "import { activeSkipRule } from '@/engine/completeness';"],
  ['src/report/zz-ok-engine.ts', "import { assess } from '@/engine/assess';"],
  ['src/renderers/zz-ok-report.ts', "import type { Report } from '@/report/build-report';"],
  ['src/features/present/zz-ok-room.ts', "import { distribution } from '@/live-room/tally';"],
  ['src/join/zz-ok-room.ts', "import { roomCode } from '@/live-room/protocol';"],
  ['src/join/zz-ok-lib.ts', "import { toBase64Url } from '@/lib/base64';"],
  ['src/app/zz-ok-feature.ts', "import { ResultView } from '@/features/results/result-view';"],
  ['server/zz-ok-room.ts', "import { relayLimits } from '../src/live-room/protocol';"],
  ['server/zz-ok-team.ts', "import * as team from '../src/team/team-protocol';"],
  ['scripts/zz-ok-report.ts', "import { buildReport } from '../src/report/build-report';"],
  ['test/zz-ok-script.test.ts', "import { chromePath } from '../scripts/chromium';"],
];
// A cycle closed by `import type` only is erased at build time: allowed, as by Biome's noImportCycles.
const typeCycle: [string, string][] = [
  ['src/lib/zz-type-a.ts', "import type { B } from './zz-type-b';\nexport type A = { b?: B };\n"],
  ['src/lib/zz-type-b.ts', "import { a } from './zz-type-c';\nexport type B = { a: typeof a };\n"],
  ['src/lib/zz-type-c.ts', "import type { A } from './zz-type-a';\nexport const a: A = {};\n"],
];

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
  readonly cycle?: readonly { readonly name: string }[];
}
let copy = '';
let found: Violation[] = [];
let cruised = 0;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'ledger-fit-layers-'));
  for (const part of ['src', 'server', 'scripts', 'tsconfig.json', '.dependency-cruiser.cjs', 'package.json'])
    cpSync(join(root, part), join(copy, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  mkdirSync(join(copy, 'test/engine'), { recursive: true });
  cpSync(join(root, 'test/engine/answers-fixtures.ts'), join(copy, 'test/engine/answers-fixtures.ts'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), text);
  };
  for (const [path, line] of [...violations, ...allowed]) write(path, `${line}\nexport const used = 1;\n`);
  for (const [path, text] of [...cycle, ...typeCycle]) write(path, text);
  const files = [...violations, ...allowed, ...cycle, ...typeCycle].map(([path]) => path);
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [
        '--import',
        join(root, 'scripts/depcruise-typescript-5.mjs'),
        join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'json',
        ...files,
      ],
      { cwd: copy, encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    // dependency-cruiser exits non-zero when it finds violations, as it must here.
    output = (error as { stdout?: string }).stdout ?? '';
  }
  const result = JSON.parse(output) as {
    summary: { violations: Violation[]; totalDependenciesCruised: number };
  };
  found = result.summary.violations;
  cruised = result.summary.totalDependenciesCruised;
}, 180_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const rulesOn = (path: string) => found.filter((v) => v.from === path).map((v) => v.rule.name);

describe('the layer boundaries, checked by dependency-cruiser on the file each import resolves to', () => {
  it('parses TypeScript and follows the imports (a cruise of 0 dependencies would pass anything)', () => {
    expect(cruised).toBeGreaterThan(violations.length + allowed.length);
  });

  it.each(violations)('%s: "%s" is refused by the rule %s', (path, _line, rule) => {
    expect(rulesOn(path)).toContain(rule);
  });

  it('has a deliberate violation for every forbidden rule of .dependency-cruiser.cjs', async () => {
    const config = (await import(join(root, '.dependency-cruiser.cjs'))) as {
      default: { forbidden: { name: string }[] };
    };
    const proved = new Set([...violations.map(([, , rule]) => rule), 'no-circular']);
    expect(config.default.forbidden.map((r) => r.name).filter((name) => !proved.has(name))).toEqual([]);
  });

  it('refuses an import cycle', () => {
    expect(rulesOn(cycle[0][0])).toContain('no-circular');
  });

  it('lets the allowed arrows through, and a cycle closed only by type imports', () => {
    for (const [path] of [...allowed, ...typeCycle])
      expect({ path, rules: rulesOn(path) }).toEqual({ path, rules: [] });
  });

  it('expresses every layer block of biome.json', () => {
    const biome = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8')) as {
      overrides: { includes: string[]; linter?: { rules?: { style?: { noRestrictedImports?: unknown } } } }[];
    };
    const blocks = biome.overrides.filter((o) => o.linter?.rules?.style?.noRestrictedImports);
    const layerOf = (include: string) => /^(?:src\/)?([a-z-]+)\/\*\*$/.exec(include)?.[1] ?? include;
    const named = new Set(violations.map(([, , rule]) => rule.replace(/-packages$/, '')));
    named.add('app-is-the-top');
    const biomeLayers = blocks.map((b) => layerOf(b.includes[0] ?? ''));
    expect(biomeLayers.length).toBeGreaterThanOrEqual(14);
    for (const layer of biomeLayers)
      expect(layer === 'app' ? named.has('app-is-the-top') : named.has(layer), layer).toBe(true);
  });
});
