#!/usr/bin/env node
// For `npm run bench` (bench-history.mjs): the analytics projection's size in a server process's
// heap. Loads it once through AnalyticsService (as a server does per data version) in a fresh
// process run with --expose-gc, and prints the retained heap and the load time as JSON.
import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'server/dist', p);
const { NestFactory } = await import('@nestjs/core');
const { AppModule } = await import(dist('app.module.js'));
const { loadConfig } = await import(dist('config/app-config.js'));
const { AnalyticsService } = await import(dist('modules/analytics/analytics.service.js'));

if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...loadConfig(), seedDemo: false }), {
  logger: ['error'],
});
const analytics = app.get(AnalyticsService);
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const started = performance.now();
const projection = await analytics.snapshot();
const loadSeconds = +((performance.now() - started) / 1000).toFixed(2);
globalThis.gc();
const after = process.memoryUsage().heapUsed;
console.log(
  JSON.stringify({
    heapMB: +((after - before) / 2 ** 20).toFixed(1),
    loadSeconds,
    initiatives: projection.initiatives.length,
    actors: projection.actors.length,
  }),
);
await app.close();
