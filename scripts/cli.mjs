#!/usr/bin/env node
// `npm run import|export|seed -- …`: the server's command line, with the database up; `import
// --offline` without it (it needs the embedded database stopped, and starts what it needs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode, withDatabase } from './with-database.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = [path.join(root, 'server', 'dist', 'cli', 'main.js'), ...process.argv.slice(2)];
const offline = process.argv[2] === 'import' && process.argv.includes('--offline');
process.exit(offline ? await runNode(args) : await withDatabase(args));
