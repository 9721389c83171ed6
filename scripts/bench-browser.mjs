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
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The slices measured, both drawn with server-computed positions (more than 1,500 nodes):
 * 5,000 nodes (2,663 initiatives of two regions and 2,337 of their actors, ~10k edges), and,
 * since the demo has about two edges per node, 10,000 nodes of four regions for ~21k edges.
 */
export const BROWSER_SLICES = (
  process.env.BENCH_BROWSER_SLICES ??
  'region=Gelderland,Noord-Brabant&limit=5000;region=Gelderland,Noord-Brabant,Noord-Holland,Zuid-Holland&limit=10000'
)
  .split(';')
  .filter(Boolean);

const RENDERERS = ['canvas', 'webgl'];
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

async function measure(browser, baseUrl, query, renderer) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const webgl2 = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
  });
  await page.goto(`${baseUrl}/explorer?${query}&renderer=${renderer}`);
  await page.waitForFunction(() => (window.__atlas?.drawn ?? 0) > 0, null, { timeout: 300_000 });
  const drawn = await page.evaluate(() => window.__atlas);
  await page.waitForTimeout(500);
  const interaction = await panAndZoom(page);
  const frames = interaction.frames.sort((a, b) => a - b);
  await page.close();
  if (errors.length) throw new Error(`the explorer failed in Chromium (${renderer}): ${errors.join('; ')}`);
  return {
    slice: query,
    renderer,
    drawnWith: drawn.renderer,
    webgl2,
    nodes: drawn.nodes,
    edges: drawn.edges,
    layout: drawn.layout,
    firstDrawMs: Math.round(drawn.firstDrawnMs),
    frames: frames.length,
    interactionSteps: `${interaction.steps}/${interaction.of}`,
    frameMedianMs: round1(percentile(frames, 50)),
    frameP95Ms: round1(percentile(frames, 95)),
    fps: frames.length ? round1(1000 / (frames.reduce((s, f) => s + f, 0) / frames.length)) : null,
  };
}

/** Runs every slice with both renderers; the server layout is warmed first so both draw from the same cache. */
export async function benchBrowser(baseUrl, { slices = BROWSER_SLICES, log = console.log } = {}) {
  if (!existsSync(path.join(root, 'client/dist/index.html'))) {
    const build = spawnSync('npm', ['run', 'build', '-w', 'client'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('bench-browser: the client build failed');
  }
  const started = performance.now();
  const results = [];
  const serverLayouts = [];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    for (const query of slices) {
      // warm the server-side layout (and note what it cost cold) so both renderers measure the same path
      const params = new URLSearchParams(query);
      const filter = { regions: (params.get('region') ?? '').split(',').filter(Boolean) };
      const limit = Number(params.get('limit') ?? 1500);
      const t0 = performance.now();
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($f: SliceFilter, $l: Int) { sliceLayout(filter: $f, limit: $l) { nodeCount millis } }',
          variables: { f: filter, l: limit },
        }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(`sliceLayout failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
      serverLayouts.push({
        slice: query,
        nodes: body.data.sliceLayout.nodeCount,
        layoutMs: body.data.sliceLayout.millis,
        requestMs: Math.round(performance.now() - t0),
      });
      for (const renderer of RENDERERS) {
        const r = await measure(browser, baseUrl, query, renderer);
        results.push(r);
        log(
          `bench: explorer ${r.nodes} nodes / ${r.edges} edges, ${r.renderer} (drawn with ${r.drawnWith}): first draw ${r.firstDrawMs} ms, frames median ${r.frameMedianMs} ms, p95 ${r.frameP95Ms} ms`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return { results, serverLayouts, seconds: Math.round((performance.now() - started) / 1000) };
}

/** The markdown section for bench/results.md. */
export function browserMarkdown(browserBench) {
  const { results, serverLayouts, seconds } = browserBench;
  const webgl = results.find((r) => r.webgl2)?.webgl2;
  return [
    '## The explorer in headless Chromium (10,000-initiative demo)',
    '',
    `Time from navigation to the first drawn network (\`window.__atlas\`, set the frame after the layout is painted; slice and server-computed positions loaded through GraphQL, positions warm in the server's cache), and frame times (requestAnimationFrame deltas) while zooming by wheel and panning by drag, at 1440×900; the script (12 wheel steps in, a 60-step drag, 12 steps out) stops after ${INTERACTION_BUDGET_MS / 1000} s, so a slow renderer gets through fewer steps. WebGL: ${webgl ? `Chromium's software WebGL2 (${webgl}; no GPU on this machine)` : 'not available in this Chromium: the WebGL rows fell back to canvas'}. Aim: frames under 50 ms (20 fps) at the median. This part took ${seconds} s.`,
    '',
    '| slice | nodes | edges | renderer | first draw ms | steps done | frames | frame median ms | frame p95 ms | fps |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| \`${r.slice}\` | ${r.nodes.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${r.renderer}${r.drawnWith !== r.renderer ? ` (drawn with ${r.drawnWith})` : ''} | ${r.firstDrawMs.toLocaleString('en')} | ${r.interactionSteps} | ${r.frames} | ${r.frameMedianMs} | ${r.frameP95Ms} | ${r.fps} |`,
    ),
    '',
    'Server-computed positions (sliceLayout: ForceAtlas2 with Barnes–Hut in a worker thread), cold:',
    '',
    '| slice | nodes | layout ms | request ms |',
    '|---|---:|---:|---:|',
    ...serverLayouts.map(
      (s) => `| \`${s.slice}\` | ${s.nodes.toLocaleString('en')} | ${s.layoutMs} | ${s.requestMs} |`,
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
