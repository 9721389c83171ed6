import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TOKENS } from './app.js';
import { freePort } from './processes.js';
import { RELIABILITY_NEO4J_URI } from './throwaway-neo4j.js';

/**
 * The built server (server/dist/main.js) as a child process against the reliability database, so
 * that its memory and threads are its own and can be measured (/proc/<pid>/status). Set
 * RELIABILITY_SERVER_ROOT to another checkout's root to run the same tests against its build
 * (that is how each test was seen to fail on the code before the hardening).
 */
const ROOT = process.env.RELIABILITY_SERVER_ROOT ?? path.resolve(import.meta.dirname, '..', '..');

export interface ServerProcess {
  url: string;
  pid: number;
  /** resident memory (MB) and threads of the server process now */
  usage(): { rssMb: number; threads: number };
  /** POST /graphql with a token of a role, or none */
  gql(query: string, variables?: Record<string, unknown>, token?: keyof typeof TOKENS | null): Promise<Answer>;
  stop(): Promise<void>;
}

export interface Answer {
  status: number;
  ms: number;
  body: Record<string, unknown> & {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  text: string;
}

/** Reads an HTTP answer as text and, when it is JSON, as an object. */
export async function answerOf(response: Response, started: number): Promise<Answer> {
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // not JSON: the text says what it is
  }
  return { status: response.status, ms: Date.now() - started, body, text };
}

export async function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'server', 'dist', 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: RELIABILITY_NEO4J_URI,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATA_DIR: '.data/reliability',
      SEED_DEMO: 'true',
      API_TOKENS: Object.entries(TOKENS)
        .map(([role, token]) => `${role}:${token}`)
        .join(','),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) })).status < 500) break;
    } catch {
      // not listening yet
    }
    if (i > 240) throw new Error(`the server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    usage() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
      return { rssMb: Math.round(field('VmRSS') / 1024), threads: field('Threads') };
    },
    async gql(query, variables = {}, token = null) {
      const started = Date.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${TOKENS[token]}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(60_000),
      });
      return answerOf(response, started);
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** `n` aliases of one field, each with its own arguments. */
export function aliases(n: number, field: (i: number) => string): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;
}
