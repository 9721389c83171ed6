#!/usr/bin/env node
// graphql-codegen afterAllFileWrite hook: the generated files pass `npm run lint` (no unused
// eslint-disable directive in the re-export index) and `npm run format:check` (Prettier).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const files = process.argv.slice(2);
for (const file of files) {
  if (path.basename(file) !== 'index.ts') continue;
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^\/\* eslint-disable \*\/\n/m, ''));
}
const prettier = path.resolve(import.meta.dirname, '../../node_modules/prettier/bin/prettier.cjs');
execFileSync(process.execPath, [prettier, '--write', '--log-level', 'warn', ...files], { stdio: 'inherit' });
