#!/usr/bin/env node
// Screenshots of the page at desktop and narrow width, for the README (docs/screenshots/).
// Needs a running product: `npm start` in another terminal (URL from ATLAS_URL).
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const url = process.env.ATLAS_URL ?? 'http://127.0.0.1:4000/';
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
for (const [name, width, height] of [
  ['desktop', 1440, 900],
  ['narrow', 390, 844],
]) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  await page.getByTestId('figure-initiatives').waitFor();
  const file = path.join(root, 'docs', 'screenshots', `home-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`wrote ${path.relative(root, file)}`);
  await page.close();
}
await browser.close();
