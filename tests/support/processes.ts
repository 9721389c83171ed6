import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export { freePort } from '../../server/src/common/free-port.js';

export interface Finished {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Runs a node script of the checkout to its end, its output collected. Without blocking: a blocked
 * event loop would let a test server's keep-alive timer close the socket the next request reuses
 * (ECONNRESET).
 */
export function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Finished> {
  const child = spawn(process.execPath, args, { env, cwd: ROOT });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** The built command line (`npm run import|export|seed`), against the database `env` names (the test database by default). */
export function cli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Finished> {
  return runNode([path.join(ROOT, 'server/dist/cli/main.js'), ...args], { ...env, LOG_LEVEL: 'warn' });
}
