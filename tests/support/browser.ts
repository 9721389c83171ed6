import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, TOKENS, type TestApp } from './app.js';

/** Debian's Chromium, headless, with the flags this sandbox needs (no background networking). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

/** One test file's test server (real Neo4j) and headless Chromium. */
export interface BrowserTest {
  t: TestApp;
  browser: Browser;
}

/** Starts the test server and Chromium for a file's browser tests (in its beforeAll). */
export async function startBrowserTest(): Promise<BrowserTest> {
  const t = await startTestApp();
  const browser = await launchChromium();
  return { t, browser };
}

/** Closes Chromium and the server, then deletes the data under the file's own prefixes (in its afterAll). */
export async function stopBrowserTest(
  { t, browser }: BrowserTest,
  owned?: { cleanup(): Promise<void> },
): Promise<void> {
  await browser.close();
  await t.close();
  await owned?.cleanup();
}

/** Signs the page in as an editor: the token is in its localStorage before its scripts run. */
export async function withEditorToken(page: Page): Promise<void> {
  await page.addInitScript(
    (token) =>
      (globalThis as unknown as { localStorage: { setItem: (k: string, v: string) => void } }).localStorage.setItem(
        'atlas.token',
        token,
      ),
    TOKENS.editor,
  );
}

/**
 * Waits until a JavaScript expression is true in the page. Evaluated through the debugger
 * protocol, which the page's Content Security Policy does not restrict (playwright's
 * waitForFunction with a string polls with eval inside the page, which the CSP refuses).
 */
export async function waitUntil(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`not true after ${timeoutMs} ms: ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
