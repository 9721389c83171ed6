import { aliases, startServer, type ServerProcess } from '../support/server-process.js';

/**
 * One request must not stall the server: aliasing analytics fields is refused before any work,
 * with the server's memory and threads bounded (measured from its own process), and /health
 * answers meanwhile. Before the hardening, 1000 aliases of isolatedInitiatives ran 30 s, ended in
 * INTERNAL_SERVER_ERROR and took the server to ~300 threads and 4 GB.
 */
describe('alias bombs on analytics fields', () => {
  let s: ServerProcess;
  let before: { rssMb: number; threads: number };

  beforeAll(async () => {
    s = await startServer();
    // warm: the projection loaded, the worker threads started, one answer cached
    const warm = await s.gql('{ isolatedInitiatives { initiative { id } } tieStructure { ties } }');
    expect(warm.body.errors).toBeUndefined();
    before = s.usage();
  });
  afterAll(async () => {
    await s.stop();
  });

  it('refuses 1000 aliases of isolatedInitiatives in under 1 s with 400, with RSS and threads bounded', async () => {
    const health = fetch(`${s.url}/health`, { signal: AbortSignal.timeout(10_000) });
    const bomb = await s.gql(aliases(1000, (i) => `isolatedInitiatives(region: "r${i}") { initiative { id } }`));
    expect(bomb.status).toBe(400);
    expect(bomb.ms).toBeLessThan(1000);
    expect(bomb.body.errors?.[0]?.message).toMatch(/fields|cost/);
    expect(bomb.body.data).toBeUndefined();
    expect((await health).status).toBe(200);
    const after = s.usage();
    expect(after.threads).toBeLessThanOrEqual(before.threads + 2);
    expect(after.rssMb).toBeLessThan(before.rssMb + 150);
  });

  it.each([
    ['isolatedInitiatives', (i: number) => `isolatedInitiatives(region: "r${i}") { initiative { id } }`],
    ['actorRanking', () => 'actorRanking(measure: BETWEENNESS) { rank }'],
    [
      'networkStatsAsOf',
      (i: number) => `networkStatsAsOf(date: "20${String(i % 25).padStart(2, '0')}-01-01") { initiatives }`,
    ],
    ['tieStructure', () => 'tieStructure { ties }'],
    ['cascades', (i: number) => `cascades(minSize: ${i + 2}) { size }`],
  ])('refuses 30 aliases of %s by the cost limit, before any work', async (_name, field) => {
    const bomb = await s.gql(aliases(30, field));
    expect(bomb.status).toBe(400);
    expect(bomb.body.errors?.[0]?.message).toMatch(/query cost \d+ exceeds the limit 50000/);
    expect(bomb.ms).toBeLessThan(1000);
  });

  it('a few aliases are fine (the dashboard asks for one or two analytics fields at a time)', async () => {
    const few = await s.gql(aliases(3, (i) => `isolatedInitiatives(region: "r${i}") { initiative { id } }`));
    expect(few.status).toBe(200);
    expect(few.body.errors).toBeUndefined();
  });

  it('a burst of parallel analytics requests is answered or refused as SERVICE_BUSY, never an internal error, with the threads fixed', async () => {
    const regions = await s.gql('{ regions }');
    const names = (regions.body.data?.regions as string[]).slice(0, 12);
    const themes = ((await s.gql('{ themes }')).body.data?.themes as string[]).slice(0, 5);
    // distinct arguments, so nothing is cached: 60 computations at once on 2 threads
    const requests = names.flatMap((region) =>
      themes.map((theme) =>
        s.gql(
          `query($r: String, $t: String) { weaklyTiedInitiatives(region: $r, theme: $t, suggestions: 7) { initiative { id } } }`,
          {
            r: region,
            t: theme,
          },
        ),
      ),
    );
    const answers = await Promise.all(requests);
    const codes = answers.map((a) => (a.body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK');
    expect(codes.filter((c) => c !== 'OK' && c !== 'SERVICE_BUSY')).toEqual([]);
    expect(codes.filter((c) => c === 'OK').length).toBeGreaterThan(0);
    const after = s.usage();
    expect(after.threads).toBeLessThanOrEqual(before.threads + 2);
    expect(after.rssMb).toBeLessThan(before.rssMb + 300);
  });
});
