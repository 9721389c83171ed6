import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { loadConfig, type AppConfig } from '../../server/src/config/app-config.js';
import { createApp } from '../../server/src/main.js';

/** Tokens the test server accepts (API_TOKENS), one per role. */
export const TOKENS = {
  viewer: 'viewer-token-for-tests',
  editor: 'editor-token-for-tests',
  admin: 'admin-token-for-tests',
} as const;

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; problems?: { path: string; message: string }[] };
  }[];
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  config: AppConfig;
  /** POST /graphql; token 'editor' by default for convenience, null for none */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: keyof typeof TOKENS | null,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** A server on a random port against the test Neo4j (NEO4J_URI from scripts/test.mjs). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    ...process.env,
    // never the development database: the test one unless scripts/test.mjs says otherwise
    NEO4J_URI: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    API_TOKENS: Object.entries(TOKENS)
      .map(([role, token]) => `${role}:${token}`)
      .join(','),
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    config,
    async gql(query, variables = {}, token = 'editor') {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${TOKENS[token]}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphqlResponse, 'status'>;
      return { status: response.status, ...body } as never;
    },
    close: () => app.close(),
  };
}

/** Imports a network through GraphQL as the editor; the test fails with the server's errors if it refuses. */
export async function importNetwork(t: TestApp, input: Record<string, unknown>): Promise<void> {
  const result = await t.gql('mutation($input: NetworkInput!) { importNetwork(input: $input) { initiatives } }', {
    input,
  });
  expect(result.errors).toBeUndefined();
}

/** A prefix for ids that only this test uses, so tests clean up exactly their own data. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${randomUUID().slice(0, 8)}-`;
}

export type NetworkStatsFigures = Record<
  'initiatives' | 'actors' | 'involvements' | 'influences' | 'amplifications' | 'components' | 'isolatedInitiatives',
  number
>;

/** networkStats through GraphQL. */
export async function networkStats(t: TestApp): Promise<NetworkStatsFigures> {
  const response = await t.gql<{ networkStats: NetworkStatsFigures }>(
    '{ networkStats { initiatives actors involvements influences amplifications components isolatedInitiatives } }',
  );
  return response.data!.networkStats;
}

/** Prefixes handed out to one test file, and the cleanup of exactly their data. */
export function ownedPrefixes(): { prefix: (label: string) => string; cleanup: () => Promise<void> } {
  const prefixes: string[] = [];
  return {
    prefix: (label) => {
      const p = uniquePrefix(label);
      prefixes.push(p);
      return p;
    },
    cleanup: async () => {
      const { deleteByPrefix } = await import('./cleanup.js');
      for (const p of prefixes) await deleteByPrefix(p);
    },
  };
}
