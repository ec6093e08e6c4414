/**
 * The layer arrows, checked on RESOLVED files (`npm run lint:layers`, part of `npm run lint` and so of `npm test`).
 * Biome's noRestrictedImports in biome.json reads the import text, so `@/report/../engine/assess`, `./../` climbs
 * and package subpaths (`react/jsx-runtime`) walk round it; here every import is first resolved to the file it
 * loads (tsconfig paths, relative paths, package exports) and the rule is matched against that file.
 * Every rule of biome.json's layer blocks is here, plus the live room, the phone page, the server and the
 * scripts/test direction; test/scripts/layers.test.ts writes one violation per rule and proves each fires.
 *
 * Data flows one way (docs: /work/shared/conventions.md):
 *   lib ← framework ← schema ← engine ← report ← renderers
 *                                   ↖ questionnaire-flow
 *   store, components ← features ← app;  live-room ← join page, relay (server/), features/present
 *   team (beside the live room: schema, lib) ← relay (server/), features
 */

/** A folder of src as a path pattern on resolved files. */
const layer = (...names) => `^src/(${names.join('|')})/`;
/** An npm package (or any subpath of it) as a pattern on resolved files. */
const pkg = (...names) => `(^|/)node_modules/(${names.join('|')})/`;

const app = '^src/(app/|[^/]+\\.tsx?$)';
const pureNo = ['react', 'react-dom', 'zustand', 'recharts', 'wouter', 'pdfkit', 'docx'];
const livePure = ['react', 'react-dom', 'zustand', 'recharts'];

const liveRoomOnly = 'The live room is its own layer: only the presenter feature and the phone page use it.';
const joinIsAnEntry = 'The phone page is its own entry: nothing imports it.';

/**
 * One block per layer, as in biome.json: the layers it must not reach, the packages it must not load, and why.
 * Each becomes two dependency-cruiser rules: `<name>` (layers) and `<name>-packages`.
 */
const blocks = [
  {
    name: 'lib',
    from: layer('lib'),
    layers: [
      'framework',
      'schema',
      'engine',
      'report',
      'store',
      'components',
      'features',
      'app',
      'renderers',
    ],
    packages: pureNo,
    why: 'src/lib holds helpers that know nothing of the product: it imports no other layer.',
  },
  {
    name: 'framework',
    from: layer('framework'),
    layers: ['schema', 'engine', 'report', 'store', 'components', 'features', 'app', 'renderers'],
    packages: pureNo,
    why: 'Data flows one way: framework ← schema ← engine ← report ← store/features ← app. The framework imports none of them.',
  },
  {
    name: 'schema',
    from: layer('schema'),
    layers: ['engine', 'report', 'store', 'components', 'features', 'app', 'renderers'],
    packages: pureNo,
    why: 'Data flows one way: the schema sits on the framework only.',
  },
  {
    name: 'engine',
    from: layer('engine'),
    layers: ['report', 'store', 'components', 'features', 'app', 'renderers', 'questionnaire-flow'],
    packages: pureNo,
    why: 'Data flows one way: the engine knows the framework and the schema, never the report or the UI.',
  },
  {
    name: 'report',
    from: layer('report'),
    layers: ['store', 'components', 'features', 'app', 'renderers', 'questionnaire-flow'],
    packages: pureNo,
    why: 'The report is the pure read model: it sits on the engine, never on the store or the UI.',
  },
  {
    name: 'questionnaire-flow',
    from: layer('questionnaire-flow'),
    layers: ['report', 'store', 'components', 'features', 'app', 'renderers'],
    packages: pureNo,
    why: 'Questionnaire navigation and progress are pure: they read the framework pages and the answers, never the report or the UI.',
  },
  {
    name: 'renderers',
    from: layer('renderers'),
    layers: ['engine', 'store', 'components', 'features', 'app', 'questionnaire-flow'],
    packages: ['react', 'react-dom', 'zustand', 'recharts', 'wouter'],
    why: 'A renderer draws a report: it never reaches back into the engine or the UI.',
  },
  {
    name: 'store',
    from: layer('store'),
    layers: ['engine', 'report', 'components', 'features', 'app', 'renderers', 'questionnaire-flow'],
    packages: [],
    why: 'The store keeps answers; results are derived by the report, not stored.',
  },
  {
    name: 'components',
    from: layer('components'),
    layers: ['engine', 'store', 'features', 'app', 'renderers'],
    packages: [],
    why: 'Shared components are dumb: they render report data and never read the store, the engine or a feature.',
  },
  {
    name: 'features',
    from: layer('features'),
    layers: ['engine', 'app'],
    packages: [],
    why: 'A feature renders reports and calls the store: it never imports another feature, the app or the engine (go through src/report).',
  },
  {
    name: 'scripts',
    from: '^scripts/',
    layers: ['features', 'app', 'components', 'store'],
    packages: [],
    why: 'Headless tools build on the report and renderers, never on the UI or the store.',
  },
  {
    name: 'live-room',
    from: layer('live-room'),
    layers: [
      'framework',
      'schema',
      'engine',
      'report',
      'store',
      'components',
      'features',
      'app',
      'renderers',
      'questionnaire-flow',
    ],
    packages: livePure,
    why: 'The live room knows only messages, sealing and counting: no app layer, no React, so the relay, the phone page and Node clients share it.',
  },
  {
    name: 'team',
    from: layer('team'),
    layers: ['engine', 'report', 'store', 'components', 'features', 'app', 'renderers', 'questionnaire-flow'],
    packages: pureNo,
    why: 'Team editing sits beside the live room: saved-assessment data, sealing and sync, shared with the relay; no app layer, no React.',
  },
];

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const forbidden = [];
for (const block of blocks) {
  forbidden.push({
    name: block.name,
    comment: block.why,
    severity: 'error',
    from: { path: block.from },
    to: { path: block.layers.includes('app') ? [layer(...block.layers), app] : layer(...block.layers) },
  });
  if (block.packages.length > 0)
    forbidden.push({
      name: `${block.name}-packages`,
      comment: block.why,
      severity: 'error',
      from: { path: block.from },
      to: { path: pkg(...block.packages) },
    });
}

forbidden.push(
  {
    name: 'features-each-other',
    comment: 'Features do not import each other: compose them in src/app.',
    severity: 'error',
    from: { path: '^src/features/([^/]+)/' },
    to: { path: '^src/features/', pathNot: '^src/features/$1/' },
  },
  {
    name: 'live-room-reached',
    comment: liveRoomOnly,
    severity: 'error',
    from: {
      path: '^src/',
      pathNot: ['^src/(live-room|join|app)/', '^src/features/present/', '^src/[^/]+\\.tsx?$'],
    },
    to: { path: layer('live-room') },
  },
  {
    name: 'join-is-an-entry',
    comment: joinIsAnEntry,
    severity: 'error',
    from: { pathNot: layer('join') },
    to: { path: layer('join') },
  },
  {
    name: 'app-is-the-top',
    comment: 'The app composes the features: only the entry file (src/main.tsx) imports it.',
    severity: 'error',
    from: { pathNot: ['^src/(app/|main\\.tsx$)', '^test/'] },
    to: { path: '^src/app/' },
  },
  {
    name: 'join',
    comment: 'The phone page stays light: the live room and helpers only, no React, charts, store or app.',
    severity: 'error',
    from: { path: layer('join') },
    to: { path: '^src/', pathNot: layer('join', 'live-room', 'lib') },
  },
  {
    name: 'join-packages',
    comment: 'The phone page stays light: the live room and helpers only, no React, charts, store or app.',
    severity: 'error',
    from: { path: layer('join') },
    to: { path: pkg(...livePure, 'wouter', 'pdfkit', 'docx') },
  },
  {
    name: 'server',
    comment:
      'The relay shares only the live room’s and the team’s messages (and helpers) with the app: it never loads the app’s code.',
    severity: 'error',
    from: { path: '^server/' },
    to: { path: '^src/', pathNot: layer('live-room', 'team', 'lib') },
  },
  {
    name: 'server-packages',
    comment: 'The relay shares only the live room’s messages with the app: it never loads the app’s code.',
    severity: 'error',
    from: { path: '^server/' },
    to: { path: pkg(...pureNo) },
  },
  {
    name: 'src-not-to-tools',
    comment: 'The app never loads the tools, the relay or the tests.',
    severity: 'error',
    from: { path: '^src/' },
    to: { path: '^(scripts|server|test)/' },
  },
  {
    name: 'scripts-not-to-test',
    comment:
      'Tests may run the scripts, never the other way round (no scripts ↔ test cycle): a fixture a script needs lives in scripts/fixtures.',
    severity: 'error',
    from: { path: '^scripts/' },
    to: { path: '^test/' },
  },
  {
    name: 'no-circular',
    comment:
      'No import cycles: every arrow goes one way. A cycle closed only by `import type` is erased at build time and allowed, as by Biome’s noImportCycles.',
    severity: 'error',
    from: {},
    to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
  },
  {
    name: 'not-resolvable',
    comment: 'An import that resolves to no file cannot be checked against the layers.',
    severity: 'error',
    from: {},
    to: { couldNotResolve: true, pathNot: '^virtual:' },
  },
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: ['^dist/'] },
    // test/scripts/boundaries.test.ts cruises a copy whose node_modules is a link to this one.
    preserveSymlinks: true,
    // Type-only imports count: a type from another layer ties the layers together just the same.
    tsPreCompilationDeps: true,
    // Only the `paths` ("@/*") of tsconfig.json are read (by enhanced-resolve's tsconfig-paths plugin).
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'browser', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
