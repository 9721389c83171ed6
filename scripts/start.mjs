#!/usr/bin/env node
// `npm start`: the embedded Neo4j (unless NEO4J_URI is set), then the API and the dashboard on
// one port (PORT, default 4000). Ctrl-C stops both.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDatabase } from './with-database.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.exit(await withDatabase([path.join(root, 'server', 'dist', 'main.js')]));
