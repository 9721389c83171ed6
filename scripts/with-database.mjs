// Runs a command with the database up: the embedded Neo4j is started when NEO4J_URI is not set
// (and stopped again afterwards if this script started it). With NEO4J_URI set (Docker, Aura,
// a Neo4j of your own) nothing is started.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startNeo4j, stopNeo4j } from './neo4j.mjs';

// Settings from .env (see .env.example), without overriding the environment.
if (existsSync('.env')) process.loadEnvFile('.env');

/** Starts the embedded database unless NEO4J_URI points elsewhere. */
export async function ensureDatabase() {
  if (process.env.NEO4J_URI) return { started: false };
  return startNeo4j();
}

/** Runs node with args, forwarding SIGINT/SIGTERM; resolves with the exit code. */
export function runNode(args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export async function withDatabase(args) {
  const { started } = await ensureDatabase();
  const code = await runNode(args);
  if (started) await stopNeo4j();
  return code;
}
