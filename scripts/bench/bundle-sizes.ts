import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { projectRoot } from '../stack/paths';

/**
 * The production bundle's JavaScript as a browser fetches it, shared by `npm run bench:bundle` and
 * `npm run size` (size-limit). Sizes are gzip at level 9, file by file, as @size-limit/file measures.
 *
 * - first load: the `index.html` entry chunk and its static imports (what index.html preloads);
 * - a route: a dynamic entry (a page loaded by React Router's `lazy`) and its static imports that the
 *   first load has not already fetched.
 */

/** The budget for the first load and for each route, in kB (1,000 bytes) of gzip. */
export const BUDGET_KB = 150;

/**
 * The SPA refuses to build without these (vite.config.ts). Their values do not change the bundle's
 * size: a measurement needs no running stack, so placeholders stand in when they are unset.
 */
const PLACEHOLDER_ENV = {
  VITE_SUPABASE_URL: 'http://127.0.0.1:54321',
  // The Supabase CLI's public demo anon key: the length of a real one.
  VITE_SUPABASE_ANON_KEY:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0',
};

export interface JsFile {
  file: string;
  gzipBytes: number;
}

export interface JsGroup {
  files: JsFile[];
  gzipBytes: number;
}

export interface RouteChunk extends JsGroup {
  /** The page module, as the manifest names it (src/features/…/x-page.tsx). */
  source: string;
}

export interface BundleSizes {
  firstLoad: JsGroup;
  /** Heaviest first. */
  routes: RouteChunk[];
  /** Every JavaScript file of the build, workers included. */
  total: JsGroup;
}

/** `vite build` of the SPA into outDir, with the manifest that measureBundle reads. */
export async function buildBundle(outDir: string): Promise<void> {
  for (const [name, value] of Object.entries(PLACEHOLDER_ENV)) process.env[name] ||= value;
  await build({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    root: projectRoot,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
}

export function measureBundle(outDir: string): BundleSizes {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const sizes = new Map<string, number>();
  const sizeOf = (file: string): number => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
      sizes.set(file, size);
    }
    return size;
  };
  const group = (files: Iterable<string>): JsGroup => {
    const measured = [...files]
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ file, gzipBytes: sizeOf(file) }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    return {
      files: measured,
      gzipBytes: measured.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0),
    };
  };
  /** The chunk of `key` and those it imports statically, transitively. */
  const staticClosure = (key: string, files = new Set<string>(), seen = new Set<string>()) => {
    if (seen.has(key)) return files;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} n'est pas dans le manifeste de Vite`);
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) staticClosure(imported, files, seen);
    return files;
  };

  const entry = Object.entries(manifest).find(
    ([, chunk]) => chunk.isEntry && chunk.src === 'index.html',
  );
  if (!entry) throw new Error("Le manifeste de Vite n'a pas d'entrée index.html");
  const firstLoadFiles = staticClosure(entry[0]);
  const routes = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([key, chunk]) => {
      const files = [...staticClosure(key)].filter((file) => !firstLoadFiles.has(file));
      return { source: chunk.src ?? key, ...group(files) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const allJs = fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'));
  return { firstLoad: group(firstLoadFiles), routes, total: group(allJs) };
}

export const kB = (bytes: number): number => Math.round(bytes / 100) / 10;

/** A readable table of the measurement, for stderr. */
export function describeBundle({ firstLoad, routes, total }: BundleSizes): string {
  const line = (label: string, bytes: number) => `${kB(bytes).toFixed(1).padStart(7)} kB  ${label}`;
  return [
    'JavaScript (gzip) :',
    line('premier chargement', firstLoad.gzipBytes),
    ...firstLoad.files.map(({ file, gzipBytes }) => line(`  ${file}`, gzipBytes)),
    'Routes (en plus du premier chargement) :',
    ...routes.map(({ source, gzipBytes }) => line(source, gzipBytes)),
    line('total (toutes les routes, workers compris)', total.gzipBytes),
  ].join('\n');
}
