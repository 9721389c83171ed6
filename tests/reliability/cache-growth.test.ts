import { startServer, type ServerProcess } from '../support/server-process.js';

/**
 * The results caches are bounded whatever arguments callers send: before the hardening, 100
 * anonymous cascades(region: <4 MB string>) grew the server from 591 to 992 MB until the next write.
 */
describe('cache growth', () => {
  let s: ServerProcess;
  let before: number;
  beforeAll(async () => {
    s = await startServer({ CACHE_MAX_MB: '16' });
    expect((await s.gql('{ cascades { size } }')).body.errors).toBeUndefined();
    before = s.usage().rssMb;
  });
  afterAll(async () => {
    await s.stop();
  });

  it('100 cascades(region: <4 MB string>) leave the memory where it was', async () => {
    for (let i = 0; i < 100; i++) {
      const region = `${i}-${'x'.repeat(4 * 1024 * 1024)}`;
      for (const token of [null, 'editor'] as const) {
        const answer = await s.gql('query($r: String) { cascades(region: $r) { size } }', { r: region }, token);
        // anonymous: the body is over the limit for callers who may not write; editor: the region is too long
        expect([400, 413, 200]).toContain(answer.status);
        expect(answer.body.data?.cascades ?? undefined).toBeUndefined();
      }
    }
    // 100 cached 4 MB keys alone would be 400 MB; the bodies parsed for the editor (800 MB read in
    // all) leave up to about 120 MB of garbage that V8 has not handed back yet
    expect(s.usage().rssMb).toBeLessThan(before + 200);
  });

  it('thousands of distinct valid arguments stay within the cache bounds', async () => {
    const regions = (await s.gql('{ regions }')).body.data?.regions as string[];
    // measured from here: the bodies of the test above can leave ~120 MB that V8 has not handed
    // back yet (a CI run: 127 MB over the RSS before both tests, which this one did not add)
    const start = s.usage().rssMb;
    for (let i = 0; i < 1500; i++) {
      const answer = await s.gql(
        'query($r: String, $m: Int) { cascades(region: $r, minSize: $m, first: 1000) { size } }',
        {
          r: regions[i % regions.length],
          m: 2 + (i % 400),
        },
      );
      expect(answer.body.errors).toBeUndefined();
    }
    expect(s.usage().rssMb).toBeLessThan(start + 120);
  });
});
