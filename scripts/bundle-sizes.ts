import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  initialJs: ChunkSize[];
  initialCss: ChunkSize[];
  lazyJs: ChunkSize[];
  lazyCss: ChunkSize[];
}

const sizeOf = (file: string): ChunkSize => {
  const content = readFileSync(`dist/${file}`);
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
};

/**
 * Splits the built app into what a page loads first (its entry and static imports) and the rest. The
 * app's entry is index.html; the live room's phone page is join.html.
 */
export function bundleSizes(page: 'index.html' | 'join.html' = 'index.html'): BundleSizes {
  const manifestFile = page === 'join.html' ? 'join-manifest.json' : 'manifest.json';
  const manifest = JSON.parse(readFileSync(`dist/.vite/${manifestFile}`, 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.entries(manifest).find(([key, c]) => c.isEntry && key === page);
  if (!entry) throw new Error('No entry chunk in dist/.vite/manifest.json: run npm run build first.');
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const child of manifest[key]?.imports ?? []) visit(child);
  };
  visit(entry[0]);
  const initialFiles = new Set([...initial].map((k) => manifest[k]?.file ?? ''));
  const initialCssFiles = new Set([...initial].flatMap((k) => manifest[k]?.css ?? []));
  const allJs = new Set(
    Object.values(manifest)
      .map((c) => c.file)
      .filter((f) => f.endsWith('.js')),
  );
  // The board-paper worker and the chunks it loads are built apart and are not in the page's manifest:
  // every other script in dist/assets that the other page's manifest does not claim belongs to this page.
  const otherManifest = `dist/.vite/${page === 'join.html' ? 'manifest.json' : 'join-manifest.json'}`;
  const other = existsSync(otherManifest)
    ? new Set(
        Object.values(JSON.parse(readFileSync(otherManifest, 'utf8')) as Record<string, ManifestChunk>).map(
          (c) => c.file,
        ),
      )
    : new Set<string>();
  if (page === 'index.html')
    for (const file of readdirSync('dist/assets'))
      if (file.endsWith('.js') && !other.has(`assets/${file}`)) allJs.add(`assets/${file}`);
  const allCss = new Set(Object.values(manifest).flatMap((c) => c.css ?? []));
  return {
    initialJs: [...initialFiles].filter((f) => f.endsWith('.js')).map(sizeOf),
    initialCss: [...initialCssFiles].map(sizeOf),
    lazyJs: [...allJs].filter((f) => !initialFiles.has(f)).map(sizeOf),
    lazyCss: [...allCss].filter((f) => !initialCssFiles.has(f)).map(sizeOf),
  };
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
export const total = (chunks: readonly ChunkSize[]) => chunks.reduce((sum, c) => sum + c.gzip, 0);
