#!/usr/bin/env node
// The explorer in headless Chromium on a large slice of the 10k demo: time from navigation to the
// first drawn network, and frame times (requestAnimationFrame deltas) while panning and zooming by
// wheel and drag, with Cytoscape's canvas renderer and its WebGL renderer side by side in one run.
//
// Run by scripts/bench.mjs against its bench server (the 10k demo loaded); standalone:
//   node scripts/bench-browser.mjs http://127.0.0.1:4000   (prints the results as JSON)
// Env: BENCH_BROWSER_SLICES overrides the slices (URL query strings, separated by `;`).
/* global window, document, requestAnimationFrame, URLSearchParams -- page functions run in Chromium */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { untilIdle } from './bench-util.mjs';
import { clientWeight, clientWeightMarkdown } from './client-weight.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The slices measured, both drawn with server-computed positions (more than 1,500 nodes):
 * 5,000 nodes (2,663 initiatives of two regions and 2,337 of their actors, ~10k edges), and,
 * since the demo has about two edges per node, 10,000 nodes of four regions for ~21k edges.
 */
export const BROWSER_SLICES = (
  process.env.BENCH_BROWSER_SLICES ??
  'region=Utrecht;region=Gelderland,Noord-Brabant&limit=5000;region=Gelderland,Noord-Brabant,Noord-Holland,Zuid-Holland&limit=10000'
)
  .split(';')
  .filter(Boolean);

/** Canvas by default (the aims are for it); BENCH_BROWSER_RENDERERS=canvas,webgl adds Cytoscape's WebGL renderer. */
const RENDERERS = (process.env.BENCH_BROWSER_RENDERERS ?? 'canvas').split(',').filter(Boolean);
// SwiftShader gives headless Chromium a (software) WebGL2 where there is no GPU
// Without a GPU, Chromium rasterises 2D canvas on the CPU (--disable-gpu, as the tests run) and
// still gives WebGL2 through SwiftShader; both renderers run in the same browser.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'];
/** The pan-and-zoom script stops after this long, however slow the frames (a slow renderer gets fewer steps). */
const INTERACTION_BUDGET_MS = 12_000;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null;
const round1 = (v) => (v === null ? null : Math.round(v * 10) / 10);

/** Panning and zooming as a person does: wheel in, drag around, wheel out; returns the frame deltas. */
async function panAndZoom(page) {
  const box = await page.getByTestId('network-canvas').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    window.__stopFrames = false;
    requestAnimationFrame(tick);
  });
  const until = performance.now() + INTERACTION_BUDGET_MS;
  const steps = [
    ...Array.from({ length: 12 }, () => async () => page.mouse.wheel(0, -120)),
    async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
    },
    ...Array.from({ length: 60 }, (_, i) => async () => {
      const a = ((i + 1) / 30) * Math.PI * 2;
      await page.mouse.move(cx + Math.cos(a) * 160, cy + Math.sin(a) * 100);
    }),
    async () => page.mouse.up(),
    ...Array.from({ length: 12 }, () => async () => page.mouse.wheel(0, 120)),
  ];
  await page.mouse.move(cx, cy);
  let done = 0;
  for (const step of steps) {
    if (performance.now() > until) break;
    await step();
    await page.waitForTimeout(16);
    done++;
  }
  if (done < steps.length) await page.mouse.up();
  await page.waitForTimeout(200);
  const frames = await page.evaluate(() => {
    window.__stopFrames = true;
    return window.__frames.slice(1); // the first delta starts before the interaction
  });
  return { frames, steps: done, of: steps.length };
}

/**
 * Where the first draw's time went, from the page's performance marks (client/src: api/request.ts
 * marks each GraphQL request's start, answer, body and parse; the explorer marks its code loaded,
 * elements built, added, styled, laid out and painted). For each mark the last one at or before
 * the drawn mark counts: the chain of work that led to the first picture.
 */
function collectMarks() {
  // a big slice drawn in two steps (client/src/canvas/ElementsEffect.tsx): the chain up to its first picture
  const drawnAt =
    performance.getEntriesByName('atlas:first-picture')[0]?.startTime ??
    performance.getEntriesByName('atlas:network-drawn')[0]?.startTime ??
    Infinity;
  const marks = {};
  for (const m of performance.getEntriesByType('mark')) if (m.startTime <= drawnAt) marks[m.name] = m.startTime;
  const nav = performance.getEntriesByType('navigation')[0];
  const scripts = performance
    .getEntriesByType('resource')
    .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js') || r.name.endsWith('.css'));
  return {
    marks,
    htmlMs: nav ? nav.responseEnd : null,
    domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null,
    assetsBytes: scripts.reduce((s, r) => s + (r.encodedBodySize || 0), 0),
    assetsEndMs: scripts.reduce((s, r) => Math.max(s, r.responseEnd), 0),
  };
}

/** The phases of the first draw, in ms, from collectMarks' output (null where a phase did not happen). */
export function breakdown({ marks, htmlMs, assetsEndMs }, firstDrawMs) {
  const m = (name) => marks[name] ?? null;
  const span = (a, b) => (m(a) !== null && m(b) !== null ? Math.round(m(b) - m(a)) : null);
  const requests = Object.keys(marks)
    .filter((k) => k.startsWith('gql:') && k.endsWith(':start'))
    .map((k) => k.slice(4, -6));
  const req = (op) => ({
    op,
    startMs: Math.round(m(`gql:${op}:start`)),
    answerMs: span(`gql:${op}:start`, `gql:${op}:answer`),
    bodyMs: span(`gql:${op}:answer`, `gql:${op}:body`),
    parseMs: span(`gql:${op}:body`, `gql:${op}:parsed`),
    doneMs: m(`gql:${op}:parsed`) === null ? null : Math.round(m(`gql:${op}:parsed`)),
  });
  // the slice with its positions in one answer (ExplorerSlice), or the slice alone
  const sliceOp = ['ExplorerSlice', 'NetworkSlice'].find((op) => requests.includes(op));
  const slice = sliceOp ? req(sliceOp) : null;
  const positions = requests.find((r) => r === 'ExplorerSlice' || r === 'LayoutSlice');
  return {
    htmlMs: htmlMs === null ? null : Math.round(htmlMs),
    assetsMs: Math.round(assetsEndMs),
    codeMs: m('atlas:explorer-module') === null ? null : Math.round(m('atlas:explorer-module')),
    slice,
    positions: positions ? req(positions) : null,
    elementsMs: span('atlas:elements-start', 'atlas:elements-end'),
    addMs: span('atlas:add-start', 'atlas:add-end'),
    styleMs: span('atlas:add-end', 'atlas:style-end'),
    layoutMs: span('atlas:layout-start', 'atlas:layout-end'),
    paintMs: span(
      marks['atlas:layout-end'] !== undefined ? 'atlas:layout-end' : 'atlas:style-end',
      marks['atlas:first-picture'] !== undefined ? 'atlas:first-picture' : 'atlas:network-drawn',
    ),
    firstDrawMs,
    requests: requests.map(req),
  };
}

/** CPU seconds every Chromium process has used so far, by process id (CDP SystemInfo). */
async function browserCpu(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return new Map(processInfo.map((p) => [p.id, p.cpuTime]));
  } finally {
    await cdp.detach();
  }
}

/** CPU ms a process (the server) has used so far, from /proc (Linux; null elsewhere). */
function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, at 100 ticks/s
  } catch {
    return null;
  }
}

/** Page loads per slice and renderer: the median first picture counts (every load is in results.json). */
const LOADS = Number(process.env.BENCH_BROWSER_LOADS ?? 5);

/** One fresh page load of the explorer until its whole drawing: the page (still open), what it drew, its phases and CPU. */
async function loadOnce(browser, url, serverPid) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // CPU used until the first draw, by Chromium (all its processes) and the server: unlike the
  // times, it does not grow when other work on the machine makes this wait for a core
  const cpuBefore = await browserCpu(browser);
  const serverCpuBefore = serverPid ? processCpuMs(serverPid) : null;
  const response = await page.goto(url);
  // a server started before the client was built answers 404 here: say so rather than wait
  if (!response?.ok()) throw new Error(`${url} answered HTTP ${response?.status()}: is the client built?`);
  await page.waitForFunction(() => (window.__atlas?.drawn ?? 0) > 0, null, { timeout: 300_000 });
  const cpuAfter = await browserCpu(browser);
  const serverCpuAfter = serverPid ? processCpuMs(serverPid) : null;
  const drawn = await page.evaluate(() => window.__atlas);
  let chromiumCpuMs = 0;
  for (const [id, cpu] of cpuAfter) chromiumCpuMs += (cpu - (cpuBefore.get(id) ?? 0)) * 1000;
  // the first picture: of a big slice drawn in two steps, its first step; otherwise the whole drawing
  const firstPictureMs = Math.round(drawn.firstPictureMs ?? drawn.firstDrawnMs);
  const phases = breakdown(await page.evaluate(collectMarks), firstPictureMs);
  const serverCpuMs =
    serverCpuBefore === null || serverCpuAfter === null ? null : Math.round(serverCpuAfter - serverCpuBefore);
  return { page, errors, drawn, firstPictureMs, phases, chromiumCpuMs, serverCpuMs };
}

async function measure(browser, baseUrl, query, renderer, serverPid) {
  const probe = await browser.newPage();
  const webgl2 = await probe.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
  });
  await probe.close();
  const url = `${baseUrl}/explorer?${query ? `${query}&` : ''}renderer=${renderer}`;
  // the first draw is noisy on a shared machine: LOADS fresh page loads, the median one kept open for pan and zoom
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const load = await loadOnce(browser, url, serverPid);
    if (load.errors.length) throw new Error(`the explorer failed in Chromium (${renderer}): ${load.errors.join('; ')}`);
    loads.push(load);
  }
  const median = [...loads].sort((a, b) => a.firstPictureMs - b.firstPictureMs)[Math.floor((loads.length - 1) / 2)];
  for (const load of loads) if (load !== median) await load.page.close();
  const { page, errors, drawn, firstPictureMs, phases, chromiumCpuMs, serverCpuMs } = median;
  if (process.env.BENCH_SCREENSHOTS) {
    await page.waitForTimeout(300);
    await page.screenshot({
      path: path.join(process.env.BENCH_SCREENSHOTS, `explorer-${drawn.nodes}-${renderer}.png`),
    });
  }
  await page.waitForTimeout(500);
  const interaction = await panAndZoom(page);
  const frames = interaction.frames.sort((a, b) => a - b);
  await page.close();
  if (errors.length) throw new Error(`the explorer failed in Chromium (${renderer}): ${errors.join('; ')}`);
  return {
    slice: query,
    network: null,
    renderer,
    phases,
    chromiumCpuMs: Math.round(chromiumCpuMs),
    serverCpuMs,
    drawnWith: drawn.renderer,
    webgl2,
    nodes: drawn.nodes,
    edges: drawn.edges,
    layout: drawn.layout,
    firstDrawMs: Math.round(drawn.firstDrawnMs),
    firstPictureMs,
    firstPictureNodes: drawn.firstPictureNodes ?? drawn.nodes,
    loads: loads.map((l) => ({ firstPictureMs: l.firstPictureMs, firstDrawMs: Math.round(l.drawn.firstDrawnMs) })),
    frames: frames.length,
    interactionSteps: `${interaction.steps}/${interaction.of}`,
    frameMedianMs: round1(percentile(frames, 50)),
    frameP95Ms: round1(percentile(frames, 95)),
    fps: frames.length ? round1(1000 / (frames.reduce((s, f) => s + f, 0) / frames.length)) : null,
  };
}

async function gql(baseUrl, query, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}

/** The server's layout of a slice (its cache, or computed now). */
async function layoutOf(baseUrl, filter, limit) {
  const query = 'query($f: SliceFilter, $l: Int) { sliceLayout(filter: $f, limit: $l) { nodeCount millis } }';
  return (await gql(baseUrl, query, { f: filter, l: limit })).sliceLayout;
}

/**
 * Builds the client when client/dist has none. The server decides at start whether it serves the
 * dashboard (server/src/main.ts), so on a clean clone this must run before the bench server starts.
 */
export function ensureClientBuilt() {
  if (existsSync(path.join(root, 'client/dist/index.html'))) return;
  const build = spawnSync('npm', ['run', 'build', '-w', 'client'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('bench-browser: the client build failed');
}

/** Runs every slice with both renderers; the server layout is warmed first so both draw from the same cache. */
export async function benchBrowser(
  baseUrl,
  { slices = BROWSER_SLICES, network = 10000, serverPid = null, log = console.log } = {},
) {
  ensureClientBuilt();
  const started = performance.now();
  // the machine is shared: what else ran shows in the load average (2 cores: above 2, work waits)
  const loadAverage = Math.round(os.loadavg()[0] * 10) / 10;
  const results = [];
  const serverLayouts = [];
  let defaultViews;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    // the server lays out the default views (the whole network, each region) after a write, in
    // the background; asking for them here waits for that round (shared, not computed twice), so
    // the pages are measured in the steady state and not beside the warm-up's work
    const warmStarted = performance.now();
    const { regions } = await gql(baseUrl, '{ regions }');
    for (const filter of [{}, ...regions.map((r) => ({ regions: [r] }))]) await layoutOf(baseUrl, filter, 1500);
    defaultViews = { views: 1 + regions.length, ms: Math.round(performance.now() - warmStarted) };
    // and the rest of that work (the analytics recomputed after the write, in worker threads): a
    // run on 2026-12-02 measured the demo's first picture beside it, its slice answered in 810 ms
    await untilIdle(baseUrl);
    for (const query of slices) {
      // warm the server-side layout (and note what it cost cold) so both renderers measure the same path
      const params = new URLSearchParams(query);
      const filter = { regions: (params.get('region') ?? '').split(',').filter(Boolean) };
      const limit = Number(params.get('limit') ?? 1500);
      const t0 = performance.now();
      const layout = await layoutOf(baseUrl, filter, limit);
      serverLayouts.push({
        network,
        slice: query,
        nodes: layout.nodeCount,
        layoutMs: layout.millis,
        requestMs: Math.round(performance.now() - t0),
      });
      for (const renderer of RENDERERS) {
        const r = { ...(await measure(browser, baseUrl, query, renderer, serverPid)), network };
        results.push(r);
        log(
          `bench: explorer ${r.nodes} nodes / ${r.edges} edges, ${r.renderer} (drawn with ${r.drawnWith}): first draw ${r.firstDrawMs} ms, frames median ${r.frameMedianMs} ms, p95 ${r.frameP95Ms} ms`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return {
    results,
    serverLayouts,
    clientWeight: clientWeight(),
    defaultViews: [{ network, ...defaultViews }],
    loadAverages: [loadAverage],
    seconds: Math.round((performance.now() - started) / 1000),
  };
}

/** The first-draw aim for a slice of this many nodes (issue 10): 1 s up to 1,500, 2.5 s up to 5,000, 4 s up to 10,000. */
export function firstDrawAim(nodes) {
  return nodes <= 1500 ? 1000 : nodes <= 5000 ? 2500 : 4000;
}

const ms = (v) => (v === null || v === undefined ? '–' : Math.round(v).toLocaleString('en'));
const sliceName = (r) => `${r.network.toLocaleString('en')}: \`${r.slice || '(default view)'}\``;

/** The largest phase of a breakdown, in words: what limits the first draw. */
function largestPhase(p) {
  const phases = [
    ['page and code (HTML, scripts, the explorer module run)', p.codeMs],
    ['slice request (server and transfer)', p.slice ? (p.slice.answerMs ?? 0) + (p.slice.bodyMs ?? 0) : null],
    ['JSON parse', p.slice?.parseMs ?? null],
    ['element data', p.elementsMs],
    ['cy.add', p.addMs],
    ['style', p.styleMs],
    ['layout in the browser', p.layoutMs],
    ['first paint', p.paintMs],
  ].filter(([, v]) => v !== null && v !== undefined);
  const [name, v] = phases.sort((a, b) => b[1] - a[1])[0] ?? ['–', 0];
  return `${name}, ${ms(v)} ms`;
}

/** The markdown section for bench/results.md. */
export function browserMarkdown(browserBench) {
  const { results, serverLayouts, seconds, loadAverages = [] } = browserBench;
  const webgl = results.find((r) => r.webgl2)?.webgl2;
  // judged on the first picture (for a slice drawn in two steps, its first step), the whole drawing said beside it
  const aim = (r) => {
    const limit = firstDrawAim(r.nodes);
    const picture = r.firstPictureMs ?? r.firstDrawMs;
    const whole =
      picture === r.firstDrawMs
        ? ''
        : `; the whole drawing ${r.firstDrawMs <= limit ? 'too' : `over by ${ms(r.firstDrawMs - limit)} ms`}`;
    return picture <= limit
      ? `≤ ${ms(limit)}: met${whole}`
      : `≤ ${ms(limit)}: over by ${ms(picture - limit)} ms (largest part: ${largestPhase(r.phases)})${whole}`;
  };
  const picture = (r) =>
    `${ms(r.firstPictureMs ?? r.firstDrawMs)}${(r.firstPictureNodes ?? r.nodes) === r.nodes ? '' : ` (${r.firstPictureNodes.toLocaleString('en')} nodes)`}`;
  const canvas10k = results.filter((r) => r.renderer === 'canvas' && r.nodes > 5000);
  return [
    '## The explorer in headless Chromium (300- and 10,000-initiative demo networks)',
    '',
    `Time from navigation to the first picture and to the whole drawing (\`window.__atlas\`, set the frame after each is painted; the median of ${LOADS} page loads by first picture, that load's figures throughout (every load is in results.json); a slice over 400 nodes is drawn in two steps, its initiatives and amplifications first, the rest once that picture is on screen, so its first picture has fewer nodes (in brackets); a smaller one in one step; a fresh browser context per page, so the page's scripts load too; positions warm in the server's cache, as the server computes the default views' layouts in the background), and frame times (requestAnimationFrame deltas) while zooming by wheel and panning by drag, at 1440×900; the script (12 wheel steps in, a 60-step drag, 12 steps out) stops after ${INTERACTION_BUDGET_MS / 1000} s, so a slow renderer gets through fewer steps.${webgl ? ` WebGL: Chromium's software WebGL2 (${webgl}; no GPU on this machine).` : ''} CPU ms: what Chromium (all its processes: page, raster, GPU) and the server used from navigation to the whole drawing, which waiting for a core does not inflate; where it is well under the time, the rest is waiting (for the server, or for a core). Aims (issue 10), for the first picture: first draw ≤ 1 s up to 1,500 nodes, ≤ 2.5 s at 5,000, ≤ 4 s at 10,000; frame p95 ≤ 100 ms at 10,000. This part took ${seconds} s; the load average (1 min, ${os.cpus().length} cores) was ${loadAverages.join(' and ') || 'not recorded'} when its runs started: above the core count, every figure here includes waiting for a core.`,
    '',
    '| network: slice | nodes | edges | renderer | first picture ms | whole drawing ms | aim | Chromium CPU ms | server CPU ms | steps done | frames | frame median ms | frame p95 ms | fps |',
    '|---|---:|---:|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${sliceName(r)} | ${r.nodes.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${r.renderer}${r.drawnWith !== r.renderer ? ` (drawn with ${r.drawnWith})` : ''} | ${picture(r)} | ${ms(r.firstDrawMs)} | ${aim(r)} | ${ms(r.chromiumCpuMs)} | ${ms(r.serverCpuMs)} | ${r.interactionSteps} | ${r.frames} | ${r.frameMedianMs} | ${r.frameP95Ms} | ${r.fps} |`,
    ),
    '',
    ...(canvas10k.length
      ? [
          `Pan/zoom at 10,000 nodes (canvas): frame p95 ${canvas10k.map((r) => `${r.frameP95Ms} ms`).join(', ')} (aim ≤ 100 ms: ${canvas10k.every((r) => r.frameP95Ms <= 100) ? 'met' : `over by ${ms(Math.max(...canvas10k.map((r) => r.frameP95Ms)) - 100)} ms`}).`,
          '',
        ]
      : []),
    'Where the time to the first picture goes (ms from navigation; performance marks in the page, the last of each before the picture). Page and code: the explorer module has run (HTML, the scripts downloaded, parsed and run). Slice: the networkSlice request sent at, then its answer (server time and first byte), body transfer and JSON parse; positions: the request that brought them (sliceLayout), answered at. Then building the element data, `cy.add` inside one batch, the style (computed at the batch end), a layout run in the browser (none when positions came from the server: the view fitted from them), and the first paint.',
    '',
    '| network: slice | nodes | renderer | page and code | slice sent at | answer | body | parse | positions done at | element data | cy.add | style | layout | first paint | first picture |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => {
      const p = r.phases;
      return `| ${sliceName(r)} | ${r.nodes.toLocaleString('en')} | ${r.renderer} | ${ms(p.codeMs)} | ${ms(p.slice?.startMs)} | ${ms(p.slice?.answerMs)} | ${ms(p.slice?.bodyMs)} | ${ms(p.slice?.parseMs)} | ${ms(p.positions?.doneMs)} | ${ms(p.elementsMs)} | ${ms(p.addMs)} | ${ms(p.styleMs)} | ${ms(p.layoutMs)} | ${ms(p.paintMs)} | ${ms(p.firstDrawMs)} |`;
    }),
    '',
    `The default views laid out ahead (the whole network and each region at 1,500 nodes; the server starts this round after every write, the bench waited for it before the pages): ${(browserBench.defaultViews ?? []).map((d) => `${d.network.toLocaleString('en')}-initiative demo, ${d.views} views in ${ms(d.ms)} ms`).join('; ') || 'not recorded'}.`,
    '',
    'Server-computed positions (sliceLayout: ForceAtlas2 with Barnes–Hut in a worker thread): the layout time when it was computed, and the request the bench made before the pages (cached by then when the background warm-up had reached it):',
    '',
    '| network: slice | nodes | layout ms | request ms |',
    '|---|---:|---:|---:|',
    ...serverLayouts.map(
      (s) => `| ${sliceName(s)} | ${s.nodes.toLocaleString('en')} | ${s.layoutMs} | ${s.requestMs} |`,
    ),
    '',
    ...beforeMarkdown(),
    ...(browserBench.clientWeight ? clientWeightMarkdown(browserBench.clientWeight, before()?.clientWeight) : []),
  ];
}

/** The same measures before this work (bench/browser-before.json, from the same bench), or null. */
function before() {
  const file = path.join(root, 'bench/browser-before.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** The first draw before this work, from the same bench, for comparison. */
function beforeMarkdown() {
  const was = before();
  if (!was) return [];
  return [
    `Before (${was.when}: ${was.note}):`,
    '',
    '| network: slice | nodes | first draw ms | page and code | slice answer | layout in the browser | first paint | frame p95 ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...was.results.map(
      (r) =>
        `| ${sliceName(r)} | ${r.nodes.toLocaleString('en')} | ${ms(r.firstDrawMs)} | ${ms(r.phases.codeMs)} | ${ms(r.phases.slice?.answerMs)} | ${ms(r.phases.layoutMs)} | ${ms(r.phases.paintMs)} | ${r.frameP95Ms} |`,
    ),
    '',
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const baseUrl = process.argv[2] ?? 'http://127.0.0.1:4000';
  const out = await benchBrowser(baseUrl);
  console.log(JSON.stringify(out, null, 2));
  console.log(browserMarkdown(out).join('\n'));
}
