#!/usr/bin/env node
// `npm run import|export|seed -- …`: the server's command line, with the database up.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDatabase } from './with-database.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.exit(await withDatabase([path.join(root, 'server', 'dist', 'cli', 'main.js'), ...process.argv.slice(2)]));
