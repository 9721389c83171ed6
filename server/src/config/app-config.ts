import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (server/dist/config or server/src/config → ../../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Everything the server reads from the environment, validated once at start. */
export interface AppConfig {
  port: number;
  host: string;
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  /** how long to wait for the database at start, ms */
  neo4jWaitMs: number;
  /**
   * From API_TOKENS: `role:token` or `role:token:name` entries; empty means "create or reuse a
   * stored editor token". The name is who the change log records (default `API_TOKENS <role> #<n>`).
   */
  apiTokens: { role: Role; token: string; name: string }[];
  readsRequireToken: boolean;
  seedDemo: boolean;
  dataDir: string;
  clientDist: string;
  cypherDir: string;
  logLevel: LogLevel;
  graphqlMaxDepth: number;
  graphqlMaxCost: number;
  uploadMaxBytes: number;
  /** threads of the worker pool that runs the long computations (analytics, layout) */
  workerThreads: number;
  /**
   * CHANGE_LOG (default true): record each write's before and after states. false is for the
   * benchmark's baseline only: writes still bump the data version, but undo and history miss them.
   */
  changeLog: boolean;
  /** tasks that may wait for a worker thread; one more is SERVICE_BUSY */
  workerQueue: number;
  /** how long a task may wait for a worker thread, ms; then SERVICE_BUSY */
  workerWaitMs: number;
  /** the analytics results cache: at most this many answers and this many bytes (estimated) */
  cacheMaxEntries: number;
  cacheMaxBytes: number;
  /** the cost of one analytics field in the GraphQL cost limit, so aliasing them is refused */
  graphqlAnalyticsCost: number;
  /** fields in one operation (fragments expanded) and tokens in one document */
  graphqlMaxFields: number;
  graphqlMaxTokens: number;
  /** GraphQL introspection (schema queries) on or off */
  graphqlIntrospection: boolean;
  /** JSON body limit for callers that may not write (no token or a viewer token), bytes */
  readBodyMaxBytes: number;
  /** problems listed in one error (the rest are counted) */
  problemsMax: number;
  /** uploads: total unzipped size of an XLSX workbook, bytes, and rows over all files */
  uploadMaxUnzippedBytes: number;
  uploadMaxRows: number;
  /** a database query of a request gives up after this long, ms (the driver's connection and transaction timeouts) */
  neo4jQueryTimeoutMs: number;
  /** /health answers within this long, ms (503 when the database has not answered by then) */
  healthTimeoutMs: number;
  /** the CSP's frame-ancestors: 'none' (default) or the origins allowed to embed the dashboard */
  frameAncestors: string[];
}

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A variable that could not be used, and why. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * API_TOKENS: comma-separated `role:token` or `role:token:name` entries (a token has no `:` or
 * `,`); the name is who the change log records, `API_TOKENS <role> #<n>` when left out.
 */
function parseApiTokens(raw: string | undefined, problems: ConfigProblem[]): AppConfig['apiTokens'] {
  const apiTokens: AppConfig['apiTokens'] = [];
  const rawTokens = raw?.trim();
  if (!rawTokens) return apiTokens;
  rawTokens.split(',').forEach((pair, index) => {
    const [role, token, ...rest] = pair.trim().split(':');
    const name = rest.join(':').trim();
    if (!role || !token || (rest.length > 0 && !name) || !(ROLES as readonly string[]).includes(role)) {
      problems.push({
        variable: 'API_TOKENS',
        message: `entry ${index + 1} must be role:token or role:token:name with role viewer, editor or admin`,
      });
    } else if (token.length < 8) {
      problems.push({
        variable: 'API_TOKENS',
        message: `entry ${index + 1}: the token is shorter than 8 characters`,
      });
    } else {
      apiTokens.push({ role: role as Role, token, name: name || `API_TOKENS ${role} #${index + 1}` });
    }
  });
  return apiTokens;
}

/**
 * Reads and validates the configuration. Every bad variable is listed in one ConfigError, so a
 * user fixes them all in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: ConfigProblem[] = [];

  const { int, bool, str } = envReaders(env, problems);

  const neo4jPort = int('NEO4J_PORT', 7687, 1, 65535);
  const neo4jUri = str('NEO4J_URI', `bolt://127.0.0.1:${neo4jPort}`);
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(neo4jUri)) {
    problems.push({ variable: 'NEO4J_URI', message: `'${neo4jUri}' is not a bolt:// or neo4j:// address` });
  }

  const apiTokens = parseApiTokens(env.API_TOKENS, problems);

  const logLevel = str('LOG_LEVEL', 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push({ variable: 'LOG_LEVEL', message: `'${logLevel}' is not one of ${LOG_LEVELS.join(', ')}` });
  }

  const config: AppConfig = {
    port: int('PORT', 4000, 1, 65535),
    host: str('HOST', '127.0.0.1'),
    neo4jUri,
    neo4jUser: str('NEO4J_USER', 'neo4j'),
    neo4jPassword: env.NEO4J_PASSWORD ?? '',
    neo4jDatabase: str('NEO4J_DATABASE', 'neo4j'),
    neo4jWaitMs: int('NEO4J_WAIT_TIMEOUT_S', 60, 0, 3600) * 1000,
    apiTokens,
    readsRequireToken: bool('READS_REQUIRE_TOKEN', false),
    seedDemo: bool('SEED_DEMO', true),
    dataDir: path.resolve(REPO_ROOT, str('DATA_DIR', '.data')),
    clientDist: path.resolve(REPO_ROOT, str('CLIENT_DIST', 'client/dist')),
    cypherDir: path.resolve(REPO_ROOT, 'cypher'),
    logLevel,
    graphqlMaxDepth: int('GRAPHQL_MAX_DEPTH', 10, 2, 100),
    graphqlMaxCost: int('GRAPHQL_MAX_COST', 50_000, 100, 100_000_000),
    uploadMaxBytes: int('UPLOAD_MAX_MB', 100, 1, 2048) * 1024 * 1024,
    workerThreads: int('WORKER_THREADS', 2, 1, 64),
    changeLog: bool('CHANGE_LOG', true),
    ...limitSettings({ int, bool, str }, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Readers of one variable each; a bad value is noted in `problems` and the default used. */
function envReaders(env: NodeJS.ProcessEnv, problems: ConfigProblem[]) {
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push({ variable: name, message: `'${raw}' is not a whole number from ${min} to ${max}` });
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    problems.push({ variable: name, message: `'${env[name]}' is not true or false` });
    return fallback;
  };
  const str = (name: string, fallback: string): string => {
    const raw = env[name];
    return raw === undefined || raw.trim() === '' ? fallback : raw.trim();
  };
  return { int, bool, str };
}

type LimitSettings = Pick<
  AppConfig,
  | 'workerQueue'
  | 'workerWaitMs'
  | 'cacheMaxEntries'
  | 'cacheMaxBytes'
  | 'graphqlAnalyticsCost'
  | 'graphqlMaxFields'
  | 'graphqlMaxTokens'
  | 'graphqlIntrospection'
  | 'readBodyMaxBytes'
  | 'problemsMax'
  | 'uploadMaxUnzippedBytes'
  | 'uploadMaxRows'
  | 'neo4jQueryTimeoutMs'
  | 'healthTimeoutMs'
  | 'frameAncestors'
>;

/** The limits that keep one request or one caller from exhausting the server (docs/security.md). */
function limitSettings(read: ReturnType<typeof envReaders>, problems: ConfigProblem[]): LimitSettings {
  const { int, bool, str } = read;
  return {
    workerQueue: int('WORKER_QUEUE', 32, 0, 10_000),
    workerWaitMs: int('WORKER_WAIT_S', 10, 1, 600) * 1000,
    cacheMaxEntries: int('CACHE_MAX_ENTRIES', 500, 1, 1_000_000),
    cacheMaxBytes: int('CACHE_MAX_MB', 128, 1, 65_536) * 1024 * 1024,
    graphqlAnalyticsCost: int('GRAPHQL_ANALYTICS_COST', 2500, 0, 100_000_000),
    graphqlMaxFields: int('GRAPHQL_MAX_FIELDS', 2000, 10, 1_000_000),
    graphqlMaxTokens: int('GRAPHQL_MAX_TOKENS', 20_000, 100, 10_000_000),
    graphqlIntrospection: bool('GRAPHQL_INTROSPECTION', true),
    readBodyMaxBytes: int('READ_BODY_MAX_KB', 256, 1, 1_048_576) * 1024,
    problemsMax: int('PROBLEMS_MAX', 1000, 1, 1_000_000),
    uploadMaxUnzippedBytes: int('UPLOAD_MAX_UNZIPPED_MB', 200, 1, 16_384) * 1024 * 1024,
    uploadMaxRows: int('UPLOAD_MAX_ROWS', 1_000_000, 1, 100_000_000),
    neo4jQueryTimeoutMs: int('NEO4J_QUERY_TIMEOUT_S', 5, 1, 3600) * 1000,
    healthTimeoutMs: int('HEALTH_TIMEOUT_MS', 1500, 100, 60_000),
    frameAncestors: frameAncestors(str('FRAME_ANCESTORS', "'none'"), problems),
  };
}

/** FRAME_ANCESTORS: 'none', 'self' (quoted or not) or space-separated origins (https://example.org). */
function frameAncestors(raw: string, problems: ConfigProblem[]): string[] {
  const items = raw
    .split(/\s+/)
    .filter(Boolean)
    .map((item) => (item === 'none' || item === 'self' ? `'${item}'` : item));
  const ok = (item: string) => ["'none'", "'self'"].includes(item) || /^https?:\/\/[\w.-]+(:\d+)?$/.test(item);
  if (items.length === 0 || !items.every(ok) || (items.includes("'none'") && items.length > 1)) {
    problems.push({
      variable: 'FRAME_ANCESTORS',
      message: `'${raw}' is not 'none', 'self' or a list of origins such as https://example.org`,
    });
    return ["'none'"];
  }
  return items;
}

/** Nest injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
