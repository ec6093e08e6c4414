// Preloaded by `npm run lint:layers` (node --import). dependency-cruiser reads TypeScript through the compiler's
// JavaScript API, which TypeScript 7 (the project's compiler) no longer has; without one it silently skips every
// .ts file and reports "no violations" for 0 dependencies. So dependency-cruiser, and only it, is handed
// TypeScript 5.9 (installed as the alias package typescript-5) to parse imports, type-only ones included.
import Module, { register } from 'node:module';

const fromCruiser = (where) =>
  typeof where === 'string' && where.includes('/node_modules/dependency-cruiser/');

// ES modules: `import('typescript')` inside dependency-cruiser.
register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === 'typescript' && (context.parentURL ?? '').includes('/node_modules/dependency-cruiser/'))
    return next('typescript-5', context);
  return next(specifier, context);
}`)}`,
  import.meta.url,
);

// CommonJS: dependency-cruiser checks the version with require('typescript/package.json').
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const redirected =
    (request === 'typescript' || request.startsWith('typescript/')) && fromCruiser(parent?.filename)
      ? request.replace(/^typescript/, 'typescript-5')
      : request;
  return resolveFilename.call(this, redirected, parent, ...rest);
};
