// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each row: a file in a layer, an import that breaks the arrows, and words of the rule that must fire.
const violations: [string, string, RegExp][] = [
  ['src/framework/zz-v1.ts', "import { assess } from '@/engine/assess';", /framework imports none/],
  [
    'src/framework/zz-v2.ts',
    "import type { Assessment } from '@/schema/assessment-schema';",
    /framework imports none/,
  ],
  ['src/schema/zz-v3.ts', "import { assess } from '@/engine/assess';", /schema sits on the framework/],
  ['src/engine/zz-v4.ts', "import { buildReport } from '@/report/build-report';", /never the report/],
  ['src/engine/zz-v5.ts', "import { useState } from 'react';", /pure: no React/],
  [
    'src/report/zz-v6.ts',
    "import { useAssessmentsStore } from '@/store/assessments-store';",
    /pure read model/,
  ],
  [
    'src/features/results/zz-v7.ts',
    "import { x } from '@/features/share/share-link';",
    /never imports another feature/,
  ],
  ['src/features/results/zz-v8.ts', "import { x } from '../share/share-link';", /Leave a folder through @\//],
  [
    'src/features/results/zz-v9.ts',
    "import { x } from '../../features/share/share-link';",
    /Leave a folder through/,
  ],
  ['src/features/results/zz-v10.ts', "import { assess } from '@/engine/assess';", /go through src\/report/],
  [
    'src/features/results/zz-v11.ts',
    "import { App } from '@/app/app';",
    /never imports another feature, the app/,
  ],
  [
    'src/components/zz-v12.ts',
    "import { x } from '@/store/assessments-store';",
    /Shared components are dumb/,
  ],
  [
    'scripts/zz-v13.ts',
    "import { makePdf } from '../src/features/export-summary/make-pdf';",
    /never on the UI/,
  ],
  ['src/live-room/zz-v14.ts', "import { useState } from 'react';", /no React, so the relay/],
  ['src/live-room/zz-v15.ts', "import { buildReport } from '@/report/build-report';", /no app layer/],
  [
    'src/join/zz-v16.ts',
    "import { useAssessmentsStore } from '@/store/assessments-store';",
    /phone page stays light/,
  ],
  ['src/report/zz-v17.ts', "import { distribution } from '@/live-room/tally';", /only the presenter feature/],
  [
    'server/zz-v18.ts',
    "import { makePdf } from '../src/features/export-summary/make-pdf';",
    /never loads the app/,
  ],
];
const cycle = ['src/lib/zz-cycle-a.ts', 'src/lib/zz-cycle-b.ts'] as const;
const allowed = [
  ['src/features/results/zz-ok1.ts', "import { buildReport } from '@/report/build-report';"],
  ['src/report/zz-ok2.ts', "import { assess } from '@/engine/assess';"],
  ['src/features/present/zz-ok3.ts', "import { distribution } from '@/live-room/tally';"],
  ['src/join/zz-ok4.ts', "import { roomCode } from '@/live-room/protocol';"],
  ['server/zz-ok5.ts', "import { relayLimits } from '../src/live-room/protocol';"],
] as const;

/** Diagnostics by file, from one Biome run over every file written for the purpose. */
let byFile = new Map<string, string>();

beforeAll(() => {
  for (const [path, line] of [...violations, ...allowed])
    writeFileSync(path, `${line}\nexport const used = 1;\n`);
  writeFileSync(cycle[0], "import { b } from './zz-cycle-b';\nexport const a = () => b;\n");
  writeFileSync(cycle[1], "import { a } from './zz-cycle-a';\nexport const b = () => a;\n");
  const files = [...violations.map((v) => v[0]), ...allowed.map((a) => a[0]), ...cycle];
  let output = '';
  try {
    execFileSync('npx', ['biome', 'lint', '--max-diagnostics=200', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}\n${e.stderr ?? ''}`;
  }
  byFile = new Map();
  for (const block of output.split(/\n(?=\S+\.ts:\d+:\d+ )/)) {
    const file = /^(\S+\.ts):\d+:\d+ /.exec(block.trim())?.[1];
    if (file) byFile.set(file, `${byFile.get(file) ?? ''}\n${block.replace(/\s+/g, ' ')}`);
  }
}, 120_000);

afterAll(() => {
  for (const path of [...violations.map((v) => v[0]), ...allowed.map((a) => a[0]), ...cycle])
    rmSync(path, { force: true });
});

describe('the layer boundaries (by resolved layer, not by import string)', () => {
  it.each(violations)('%s: "%s" is refused by the lint', (path, _line, rule) => {
    const found = byFile.get(path) ?? '';
    expect(found).toMatch(/noRestrictedImports/);
    expect(found).toMatch(rule);
  });

  it('refuses an import cycle', () => {
    expect(byFile.get(cycle[0]) ?? '').toMatch(/noImportCycles/);
  });

  it('lets the allowed arrows through', () => {
    for (const [path] of allowed) expect(byFile.get(path) ?? '').not.toMatch(/noRestrictedImports/);
  });
});
