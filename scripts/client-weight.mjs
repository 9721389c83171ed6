#!/usr/bin/env node
// The client's weight per route: the JS and CSS a first visit to each page loads (raw and gzip),
// from the Vite build's manifest (client/dist/.vite/manifest.json) and the routes in
// client/src/routes/pages.ts (each page its own chunk). "Later" is what the page can
// load when it is used (dynamic imports: the details drawer, the editing forms, charts).
//
// Used by the browser section of scripts/bench.mjs; standalone (after `npm run build -w client`):
//   node scripts/client-weight.mjs        (prints the markdown table)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'client/dist');

/** Route path → the page's module in the manifest (`src/views/…/X.tsx`), from client/src/routes/pages.ts. */
export function routesOf(pagesSource) {
  const routes = [];
  const entry = /route\(\s*'([^']+)',\s*\(\) => import\('\.\.\/([^']+)'\),\s*\(m\) => m\.(\w+),?\s*\)/g;
  for (const m of pagesSource.matchAll(entry)) routes.push({ route: m[1], page: m[3], module: `src/${m[2]}.tsx` });
  return routes;
}

/** The files a manifest chunk loads with it (static imports, transitively), and the dynamic imports among them. */
export function closure(manifest, keys) {
  const files = new Set();
  const dynamic = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`client-weight: ${key} is not in the build manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const k of chunk.imports ?? []) visit(k);
    for (const k of chunk.dynamicImports ?? []) dynamic.add(k);
  };
  keys.forEach(visit);
  return { files, dynamic: [...dynamic].filter((k) => !seen.has(k)) };
}

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(path.join(dist, file));
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes).length });
  }
  return sizes.get(file);
}

function total(files, ext) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    if (!f.endsWith(ext)) continue;
    const s = sizeOf(f);
    raw += s.raw;
    gzip += s.gzip;
  }
  return { raw, gzip };
}

/** Per route: the first load's JS and CSS (raw, gzip), and what it may load later. */
export function clientWeight() {
  const manifestFile = path.join(dist, '.vite/manifest.json');
  if (!existsSync(manifestFile))
    throw new Error('client-weight: no client/dist/.vite/manifest.json (build the client)');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const routes = routesOf(readFileSync(path.join(root, 'client/src/routes/pages.ts'), 'utf8'));
  return routes.map(({ route, page, module }) => {
    const first = closure(manifest, [entryKey, module]);
    const later = closure(
      manifest,
      first.dynamic.filter((k) => k !== module && !routes.some((r) => r.module === k)),
    );
    const laterFiles = [...later.files].filter((f) => !first.files.has(f));
    return {
      route,
      page,
      chunks: first.files.size,
      js: total(first.files, '.js'),
      css: total(first.files, '.css'),
      laterJs: total(laterFiles, '.js'),
    };
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)}`;

/** The markdown lines for bench/results.md; `before`: the same per route from an earlier build, compared. */
export function clientWeightMarkdown(weights, before = []) {
  const was = (w) => before.find((b) => b.route === w.route);
  return [
    "The client's weight per route (`scripts/client-weight.mjs`: the Vite build's manifest and the routes in client/src/routes/pages.ts): the JS and CSS a first visit loads (the entry and the page's chunk with their static imports), in KiB, raw and gzip; later: JS the page loads only when used (the details drawer with its chart, the editing forms, charts); before: the first load's JS before this work (bench/browser-before.json).",
    '',
    '| route | page | chunks | JS KiB | JS gzip KiB | CSS KiB | CSS gzip KiB | later JS gzip KiB | before: JS gzip KiB |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...weights.map(
      (w) =>
        `| \`${w.route}\` | ${w.page} | ${w.chunks} | ${kb(w.js.raw)} | ${kb(w.js.gzip)} | ${kb(w.css.raw)} | ${kb(w.css.gzip)} | ${kb(w.laterJs.gzip)} | ${was(w) ? kb(was(w).js.gzip) : '–'} |`,
    ),
    '',
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(clientWeightMarkdown(clientWeight()).join('\n'));
}
