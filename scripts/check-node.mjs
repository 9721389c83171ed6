#!/usr/bin/env node
// Stops with one clear line when this Node.js is older than package.json's "engines" (">=X.Y.Z"),
// before anything is installed or built. Imported first by ensure-install.mjs, so `npm start`,
// `npm test` and the other scripts that install on demand all check it. Written for old Node
// versions too (no ?. or ??), so that they reach the line instead of a syntax error.
import { readFileSync } from 'node:fs';

/** -1, 0 or 1 as version a (numbers, major first) is older than, equal to or newer than b. */
export function compareVersions(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] || 0) - (b[i] || 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = String((pkg.engines && pkg.engines.node) || '').trim();
const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(wanted);
if (!match) {
  console.error(`node: package.json's engines.node '${wanted}' is not of the form '>=X.Y.Z'`);
  process.exit(1);
}
const need = match.slice(1).map((part) => Number(part || 0));
const have = process.versions.node.split('.').map(Number);
if (compareVersions(have, need) < 0) {
  console.error(`Small Wins Atlas needs Node.js ${wanted} (package.json "engines"); this is ${process.version}.`);
  process.exit(1);
}
