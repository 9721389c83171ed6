import 'reflect-metadata';
import { Command, Option } from 'commander';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppModule } from '../app.module.js';
import { AppError } from '../common/app-error.js';
import { ConfigError, ROLES, loadConfig, type Role } from '../config/app-config.js';
import { CredentialsService } from '../modules/credentials/credentials.service.js';
import { DemoSeeder } from '../modules/demo/demo-seeder.service.js';
import { TransferService } from '../modules/transfer/transfer.service.js';
import { parseExportQuery } from '../modules/transfer/dto/export-query.js';
import { readLimits } from '../modules/transfer/formats/upload-limits.js';
import type { NamedFile } from '../modules/transfer/transfer.types.js';
import { offlineImport } from './offline-import.js';

const IMPORTABLE = new Set(['.csv', '.xlsx', '.json']);

/** Who the change log records for the command line: `cli (<os user>)`. */
export function cliWho(): string {
  let user: string;
  try {
    user = os.userInfo().username;
  } catch {
    user = process.env.USER ?? process.env.USERNAME ?? 'unknown user';
  }
  return `cli (${user})`;
}

/** A file, or every .csv/.xlsx/.json file in a folder. */
export function collectFiles(target: string): NamedFile[] {
  const stat = statSync(target);
  const paths = stat.isDirectory()
    ? readdirSync(target)
        .filter((name) => IMPORTABLE.has(path.extname(name).toLowerCase()))
        .sort()
        .map((name) => path.join(target, name))
    : [target];
  return paths.map((p) => ({ name: path.basename(p), data: readFileSync(p) }));
}

/** Runs `work` with the application's services, without the HTTP server and without demo seeding. */
async function withApp<T>(work: (get: <S>(type: new (...args: never[]) => S) => S) => Promise<T>): Promise<T> {
  const config = { ...loadConfig(), seedDemo: false };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    return await work((type) => app.get(type));
  } finally {
    await app.close();
  }
}

function report(counts: Record<string, number>, ms: number): void {
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = Object.entries(counts).map(([k, v]) => `${v} ${k}`);
  console.log(
    `imported ${rows} rows in ${(ms / 1000).toFixed(1)} s (${Math.round(rows / Math.max(ms / 1000, 0.001))} rows/s): ${parts.join(', ')}`,
  );
}

const program = new Command('atlas').description('Small Wins Atlas command line');

program
  .command('import')
  .description('import CSV files / a folder of them, an XLSX workbook, or a JSON export; all or nothing')
  .argument('<paths...>', 'files or folders')
  .option(
    '--offline',
    'into an EMPTY embedded database, stopped, with Neo4j’s offline importer (neo4j-admin database import): same checks, faster for large networks',
  )
  .action(async (paths: string[], options: { offline?: boolean }) => {
    const files = paths.flatMap(collectFiles);
    if (files.length === 0) throw new AppError('BAD_USER_INPUT', `no .csv, .xlsx or .json file in ${paths.join(', ')}`);
    const started = Date.now();
    const as = { who: cliWho(), operation: 'CLI_IMPORT' } as const;
    const counts = options.offline
      ? await offlineImport(files, readLimits(loadConfig()), as)
      : await withApp((get) => get(TransferService).importFiles(files, { as }));
    report(counts, Date.now() - started);
  });

program
  .command('export')
  .description('export the network or a filtered slice')
  .addOption(
    new Option(
      '-f, --format <format>',
      'json, csv, xlsx, gexf or graphml; temporal: gexf-dynamic, diffusion (netdiffuseR table, zip) or waves (zip)',
    ).default('json'),
  )
  .option('--period <period>', 'temporal exports: year or month', 'year')
  .requiredOption('-o, --out <path>', 'output file (a folder for csv)')
  .option('--region <names>', 'only these regions (comma-separated)')
  .option('--theme <names>', 'only these themes (comma-separated)')
  .option('--mode <modes>', 'only these amplification modes (comma-separated)')
  .option('--status <statuses>', 'only these statuses (comma-separated)')
  .option('--from <date>', 'started on or after (YYYY-MM-DD)')
  .option('--to <date>', 'started on or before (YYYY-MM-DD)')
  .action(async (options: Record<string, string | undefined>) => {
    const { format, filter, period } = parseExportQuery(options);
    const out = path.resolve(options.out!);
    await withApp(async (get) => {
      const transfer = get(TransferService);
      if (format === 'csv') {
        mkdirSync(out, { recursive: true });
        for (const file of await transfer.exportCsvFiles(filter)) writeFileSync(path.join(out, file.name), file.data);
        console.log(`wrote CSV files to ${out}`);
      } else {
        const file = await transfer.exportNetwork(format, filter, period);
        mkdirSync(path.dirname(out), { recursive: true });
        writeFileSync(out, file.data);
        console.log(`wrote ${out} (${file.data.length} bytes)`);
      }
    });
  });

program
  .command('seed')
  .description('load the synthetic demo network (upsert by id; safe to repeat)')
  .option('-n, --initiatives <count>', 'number of initiatives', '300')
  .option('-s, --seed <seed>', 'random seed (default: the demo network of `npm start`)')
  .action(async (options: { initiatives: string; seed?: string }) => {
    const started = Date.now();
    const seed = options.seed === undefined ? undefined : Number(options.seed);
    const counts = await withApp((get) => get(DemoSeeder).seed(Number(options.initiatives), seed, cliWho()));
    report(counts, Date.now() - started);
  });

const tokens = program
  .command('token')
  .description('personal tokens (stored hashed in Neo4j): create one for a person, list, revoke');

tokens
  .command('create')
  .description('create a token; it is printed once and never stored')
  .requiredOption('--name <name>', 'the person or purpose (what the change log records as who)')
  .addOption(new Option('--role <role>', 'viewer, editor or admin').choices(ROLES).default('editor'))
  .action(async (options: { name: string; role: Role }) => {
    const created = await withApp((get) => get(CredentialsService).create(options.name, options.role, cliWho()));
    console.log(`created ${options.role} token '${created.credential.name}' (id ${created.credential.id}):`);
    console.log(created.token);
  });

tokens
  .command('list')
  .description('the personal tokens: id, role, name, created, last used, revoked')
  .option('--all', 'include revoked tokens')
  .action(async (options: { all?: boolean }) => {
    const list = await withApp((get) => get(CredentialsService).list(options.all === true));
    const time = (ms: number | null) => (ms === null ? '-' : new Date(ms).toISOString());
    for (const c of list) {
      console.log(
        [
          c.id,
          c.role,
          c.name,
          `created ${time(c.createdAt)}`,
          `used ${time(c.lastUsedAt)}`,
          `revoked ${time(c.revokedAt)}`,
        ].join('\t'),
      );
    }
  });

tokens
  .command('revoke')
  .description('revoke a personal token: every server refuses it from the next request on')
  .argument('<id>', 'the token id (from token list)')
  .action(async (id: string) => {
    const revoked = await withApp((get) => get(CredentialsService).revoke(id, cliWho()));
    console.log(`revoked '${revoked.name}' (${revoked.id})`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof AppError) {
    console.error(
      `error (${error.code}): ${error.problems.length > 0 ? `${error.problems.length} problem(s), nothing was written` : error.message}`,
    );
    for (const p of error.problems) console.error(`  ${p.path}: ${p.message}`);
  } else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
