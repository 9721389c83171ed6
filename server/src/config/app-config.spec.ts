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

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4jUri).toBe('bolt://127.0.0.1:7687');
    expect(config.readsRequireToken).toBe(false);
    expect(config.seedDemo).toBe(true);
    expect(config.workerThreads).toBe(2);
    expect(config.apiTokens).toEqual([]);
  });

  it('lists every bad variable in one error, each with what was wrong', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', READS_REQUIRE_TOKEN: 'maybe', NEO4J_URI: 'http://x', API_TOKENS: 'boss:abcdefgh' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(problems).toEqual(['API_TOKENS', 'NEO4J_URI', 'PORT', 'READS_REQUIRE_TOKEN']);
    expect((error as ConfigError).message).toContain("PORT: 'eighty' is not a whole number from 1 to 65535");
  });

  it('reads API_TOKENS as role:token pairs, or role:token:name, names the unnamed ones and refuses short tokens', () => {
    expect(loadConfig({ API_TOKENS: 'viewer:abcdefgh, editor:12345678:Alice de Vries' }).apiTokens).toEqual([
      { role: 'viewer', token: 'abcdefgh', name: 'API_TOKENS viewer #1' },
      { role: 'editor', token: '12345678', name: 'Alice de Vries' },
    ]);
    expect(() => loadConfig({ API_TOKENS: 'editor:short' })).toThrow(/shorter than 8 characters/);
  });
});
