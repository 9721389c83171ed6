#!/usr/bin/env node
// Screenshots of the dashboard at desktop and narrow width, for the README (docs/screenshots/).
// Needs a running product with data: `npm start` in another terminal (URL from ATLAS_URL).
// Explorer: one region, so the drawing is readable; a node selected so the details drawer shows.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = (process.env.ATLAS_URL ?? 'http://127.0.0.1:4000/').replace(/\/$/, '');
const region = process.env.SCREENSHOT_REGION ?? 'Drenthe';
// the import screenshot needs an editor token: ATLAS_TOKEN, or the one `npm start` keeps in .data
const tokenFile = path.join(root, '.data', 'api-token');
const token = process.env.ATLAS_TOKEN ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : null);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

async function shoot(page, name, fullPage = false) {
  const file = path.join(root, 'docs', 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(`wrote ${path.relative(root, file)}`);
}

/** Waits until the explorer has its slice and the layout has stopped. */
async function settled(page) {
  await page.getByTestId('slice-summary').waitFor();
  await page.getByTestId('loading').waitFor({ state: 'detached', timeout: 60000 });
  await page.waitForTimeout(300);
}

for (const [name, width, height] of [
  ['desktop', 1440, 900],
  ['narrow', 390, 844],
]) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light' });
  await page.goto(`${base}/explorer?region=${encodeURIComponent(region)}&actors=1`);
  await settled(page);
  // select the initiative with the most amplifications and ties (through the URL, as a shared link would)
  const first = await page.evaluate(async (r) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query($r:[String!]){ networkSlice(filter:{regions:$r}, limit: 1500){ nodes{ id kind } edges{ kind source target } } }',
        variables: { r: [r] },
      }),
    });
    const { data } = await response.json();
    const degree = new Map();
    for (const e of data.networkSlice.edges)
      for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    return data.networkSlice.nodes
      .filter((n) => n.kind === 'INITIATIVE')
      .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))[0]?.id;
  }, region);
  if (width >= 1000 && first) {
    const url = new URL(page.url());
    url.searchParams.set('sel', first);
    await page.goto(url.toString());
    await settled(page);
    await page.getByTestId('initiative-details').waitFor();
  }
  await shoot(page, `explorer-${name}`);
  await page.goto(`${base}/data`);
  await page.getByTestId('figure-initiatives').waitFor();
  await shoot(page, `data-${name}`);
  // Diffusion: a readable cascade (10–60 initiatives) of the region, else of the whole network
  const cascadeOf = (r) =>
    page.evaluate(async (r) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($r:String){ cascades(region:$r, first:50){ root{ id } size } }',
          variables: { r },
        }),
      });
      const { data } = await response.json();
      return (data.cascades.find((c) => c.size >= 10 && c.size <= 60) ?? data.cascades[0])?.root.id;
    }, r);
  const regional = await cascadeOf(region);
  const root = regional ?? (await cascadeOf(null));
  await page.goto(
    `${base}/diffusion?${regional ? `region=${encodeURIComponent(region)}&` : ''}${root ? `root=${root}` : ''}`,
  );
  if (root) {
    await page.getByTestId('card-size').waitFor({ timeout: 60000 });
    await page.getByTestId('reveal-status').filter({ hasText: /\d/ }).waitFor({ timeout: 60000 });
  }
  await page.waitForTimeout(500);
  await shoot(page, `diffusion-${name}`);

  // Isolation radar: a weakly tied initiative with its first suggested partner drawn, in the first
  // region that has one (the explorer's region may have none)
  const pair = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ weaklyTiedInitiatives(suggestions: 1) { initiative { id region } suggestions { initiative { id } } } }',
      }),
    });
    const { data } = await response.json();
    const report = data.weaklyTiedInitiatives.find((w) => w.suggestions.length > 0 && w.initiative.region);
    return report
      ? { region: report.initiative.region, ini: report.initiative.id, partner: report.suggestions[0].initiative.id }
      : null;
  });
  await page.goto(
    pair
      ? `${base}/radar?region=${encodeURIComponent(pair.region)}&list=weak&ini=${pair.ini}&partner=${pair.partner}`
      : `${base}/radar?region=${encodeURIComponent(region)}`,
  );
  await page.getByTestId('suggestion-list').waitFor({ timeout: 60000 });
  if (pair) await page.getByTestId('drawn-summary').waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500);
  await shoot(page, `radar-${name}`);

  // Rankings: actors by betweenness, and the communities
  await page.goto(`${base}/rankings?measure=BETWEENNESS`);
  await page.getByRole('table').first().waitFor({ timeout: 60000 });
  await page.getByTestId('rankings-loading').waitFor({ state: 'detached', timeout: 60000 });
  await shoot(page, `rankings-${name}`);
  await page.goto(`${base}/rankings?tab=communities`);
  await page.getByTestId('community-chart').locator('canvas').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(800);
  await shoot(page, `communities-${name}`);

  // Import with mistakes (nothing is written): the problems by file, row and column
  if (token) {
    await page.addInitScript((tok) => globalThis.localStorage.setItem('atlas.token', tok), token);
    await page.goto(`${base}/data`);
    await page.getByTestId('import-input').setInputFiles([
      {
        name: 'initiatives.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'id,name,region,startedOn\nzz-shot-a,Repair café,Drenthe,2020-13-01\nzz-shot-b,,Drenthe,2021-05-01\n',
        ),
      },
      {
        name: 'amplifications.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('fromInitiativeId,toInitiativeId,mode\nzz-shot-a,zz-shot-nowhere,SPREADING\n'),
      },
    ]);
    await page.getByTestId('import-submit').click();
    const problems = page.getByTestId('import-failed');
    await problems.waitFor({ timeout: 60000 });
    await problems.scrollIntoViewIfNeeded();
    await shoot(page, `import-${name}`);
  }
  await page.close();
}
// The coordinators' views: the overview of the last 365 days of the data, the map of the whole
// network (groups, arcs, regions shaded by isolation share), and a region's report (its whole page)
const reportRegion = process.env.REPORT_REGION ?? 'Noord-Brabant';
for (const [name, width, height] of [
  ['desktop', 1440, 900],
  ['narrow', 390, 844],
]) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light' });
  await page.goto(`${base}/?period=365d`);
  await page.getByTestId('overview-cards').waitFor({ timeout: 60000 });
  await page.getByTestId('modes-chart').locator('canvas').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(800);
  await shoot(page, `overview-${name}`);
  await page.goto(`${base}/map`);
  await page.getByTestId('loading').waitFor({ state: 'detached', timeout: 60000 });
  await page.locator('[data-testid=map-canvas][data-idle="1"]').waitFor({ timeout: 60000 });
  await page.waitForTimeout(800);
  await shoot(page, `map-${name}`);
  await page.goto(`${base}/report/${encodeURIComponent(reportRegion)}?period=365d`);
  await page.getByTestId('report-network').locator('svg').waitFor({ timeout: 60000 });
  await page.waitForTimeout(800);
  await shoot(page, `report-${name}`, true);
  await page.close();
}
await browser.close();
