#!/usr/bin/env node
// The naive baseline for `npm run bench`: imports a JSON network one row per transaction, with the
// same queries and row mapping as the bulk import (each transaction bumps the data version and
// writes an empty change set, as every write does). Prints the elapsed milliseconds.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'server/dist', p);
const { NestFactory } = await import('@nestjs/core');
const { AppModule } = await import(dist('app.module.js'));
const { loadConfig } = await import(dist('config/app-config.js'));
const { Neo4jService } = await import(dist('database/neo4j.service.js'));
const { NetworkRepository } = await import(dist('modules/network/network.repository.js'));
const { NETWORK_SECTIONS } = await import(dist('domain/network.types.js'));

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const config = { ...loadConfig(), seedDemo: false };
const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
const db = app.get(Neo4jService);
const repository = app.get(NetworkRepository);
const started = performance.now();
for (const section of NETWORK_SECTIONS) {
  for (const row of input[section] ?? []) {
    await db.writeTx({ who: 'bench (naive)', operation: 'IMPORT_NETWORK' }, (w) =>
      repository.upsertNetwork(w.tx, { [section]: [row] }, w.seq),
    );
  }
}
console.log(Math.round(performance.now() - started));
await app.close();
