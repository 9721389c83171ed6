import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

describe('the hardening settings', () => {
  it('have safe defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      workerQueue: 32,
      workerWaitMs: 10_000,
      cacheMaxEntries: 500,
      cacheMaxBytes: 128 * 1024 * 1024,
      graphqlAnalyticsCost: 2500,
      graphqlMaxFields: 2000,
      graphqlMaxTokens: 20_000,
      graphqlIntrospection: true,
      readBodyMaxBytes: 256 * 1024,
      problemsMax: 1000,
      uploadMaxUnzippedBytes: 200 * 1024 * 1024,
      uploadMaxRows: 1_000_000,
      neo4jQueryTimeoutMs: 5000,
      healthTimeoutMs: 1500,
      frameAncestors: ["'none'"],
    });
  });

  it('FRAME_ANCESTORS takes none or self with or without quotes, or origins; anything else is listed', () => {
    expect(loadConfig({ FRAME_ANCESTORS: 'none' }).frameAncestors).toEqual(["'none'"]);
    expect(loadConfig({ FRAME_ANCESTORS: "'self' https://intranet.example.org" }).frameAncestors).toEqual([
      "'self'",
      'https://intranet.example.org',
    ]);
    for (const bad of ['*', "'none' https://a.example", 'javascript:alert(1)']) {
      try {
        loadConfig({ FRAME_ANCESTORS: bad, WORKER_QUEUE: '-1' });
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems.map((p) => p.variable)).toEqual(['WORKER_QUEUE', 'FRAME_ANCESTORS']);
      }
    }
  });
});
