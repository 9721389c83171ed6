import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importNetwork, ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';

const PERIOD = `query($days: Int, $year: Int, $region: String) {
  periodOverview(days: $days, year: $year, region: $region) {
    from to region months
    dates { newest years today }
    start { asOf initiatives amplifications isolated components largestComponent }
    end { asOf initiatives amplifications isolated components largestComponent }
    modesByMonth { month deepening broadening spreading }
    regions { region start { initiatives isolated components } end { initiatives isolated components } }
    largestCascades { root { id } size sizeAtStart joined depth regionsReached }
    fastestCascades { root { id } size joined }
  }
}`;

interface Period {
  from: string;
  to: string;
  region: string | null;
  months: number;
  dates: { newest: string | null; years: number[]; today: string };
  start: Record<string, number | string>;
  end: Record<string, number | string>;
  modesByMonth: { month: string; deepening: number; broadening: number; spreading: number }[];
  regions: { region: string; start: Record<string, number>; end: Record<string, number> }[];
  largestCascades: { root: { id: string }; size: number; sizeAtStart: number; joined: number; depth: number }[];
  fastestCascades: { root: { id: string }; size: number; joined: number }[];
}

/**
 * The coordinators' figures through GraphQL against the real Neo4j, on a region of this test's
 * own: a cascade that grew in 2023 (r → a in 2022, a → b and r → c in 2023), an isolated
 * initiative started in 2023; the map's places and settings, and the region boundaries endpoint.
 */
describe('period overview and map data', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('overview');
  const REGION = `${p}Noord`;
  const id = (x: string) => `${p}${x}`;
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const i = (x: string, startedOn: string, coords = true) => ({
      id: id(x),
      name: `${p}${x}`,
      region: REGION,
      themes: ['energy'],
      startedOn,
      ...(coords ? { latitude: 53.1, longitude: 6.5 } : {}),
    });
    await importNetwork(t, {
      initiatives: [
        i('r', '2021-01-01'),
        i('a', '2022-01-01'),
        i('b', '2023-03-01'),
        i('c', '2023-04-01', false),
        i('iso', '2023-06-01'),
      ],
      amplifications: [
        { fromInitiativeId: id('r'), toInitiativeId: id('a'), mode: 'SPREADING', on: '2022-02-01' },
        { fromInitiativeId: id('a'), toInitiativeId: id('b'), mode: 'DEEPENING', on: '2023-03-15' },
        { fromInitiativeId: id('r'), toInitiativeId: id('c'), mode: 'BROADENING', on: '2023-04-15' },
      ],
    });
  });
  afterAll(async () => {
    await t.close();
    await owned.cleanup();
  });

  it("gives a region's year: counts at both ends, modes per month, the cascade that grew", async () => {
    const answer = await t.gql<{ periodOverview: Period }>(PERIOD, { year: 2023, region: REGION });
    expect(answer.errors).toBeUndefined();
    const o = answer.data!.periodOverview;
    expect(o).toMatchObject({ from: '2023-01-01', to: '2023-12-31', region: REGION, months: 11.99 });
    expect(o.start.asOf).toBe('2022-12-31');
    expect(o.regions).toEqual([
      {
        region: REGION,
        start: { initiatives: 2, isolated: 0, components: 1 },
        end: { initiatives: 5, isolated: 1, components: 2 },
      },
    ]);
    expect(o.modesByMonth).toHaveLength(12);
    expect(o.modesByMonth[2]).toEqual({ month: '2023-03', deepening: 1, broadening: 0, spreading: 0 });
    expect(o.modesByMonth[3]).toEqual({ month: '2023-04', deepening: 0, broadening: 1, spreading: 0 });
    expect(o.largestCascades).toEqual([
      { root: { id: id('r') }, size: 4, sizeAtStart: 2, joined: 2, depth: 2, regionsReached: 1 },
    ]);
    expect(o.fastestCascades).toEqual([{ root: { id: id('r') }, size: 4, joined: 2 }]);
    expect(o.dates.years).toEqual(expect.arrayContaining([2021, 2022, 2023]));
  });

  it('counts the whole network at both ends and defaults to the last 90 days of the data', async () => {
    const answer = await t.gql<{ periodOverview: Period }>(PERIOD, {});
    expect(answer.errors).toBeUndefined();
    const o = answer.data!.periodOverview;
    expect(o.dates.newest).not.toBeNull();
    expect(o.to).toBe(o.dates.newest);
    const days = (Date.parse(o.to) - Date.parse(o.from)) / 86_400_000 + 1;
    expect(days).toBe(90);
    expect(o.end.initiatives).toBeGreaterThanOrEqual(5);
    expect(o.regions.some((r) => r.region === REGION)).toBe(true);
  });

  it('refuses a period given twice or out of range, saying which argument', async () => {
    const both = await t.gql(PERIOD, { days: 30, year: 2023 });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.message).toContain('days: give days or year, not both');
    const wrong = await t.gql(PERIOD, { days: 0 });
    expect(wrong.errors?.[0]?.message).toContain('days: 0 is not allowed');
  });

  it('lists the places of initiatives with coordinates, and the map settings (no basemap, no boundaries)', async () => {
    const answer = await t.gql<{
      initiativePlaces: { id: string; latitude: number; longitude: number }[];
      mapSettings: { styleUrl: string | null; regionBoundaries: boolean };
    }>('{ initiativePlaces { id latitude longitude } mapSettings { styleUrl regionBoundaries } }');
    const mine = answer.data!.initiativePlaces.filter((x) => x.id.startsWith(p));
    expect(mine.map((x) => x.id)).toEqual([id('a'), id('b'), id('iso'), id('r')]);
    expect(mine[0]).toEqual({ id: id('a'), latitude: 53.1, longitude: 6.5 });
    expect(answer.data!.mapSettings).toEqual({ styleUrl: null, regionBoundaries: false });
    const none = await fetch(`${t.url}/api/map/regions`);
    expect(none.status).toBe(404);
    expect(((await none.json()) as { message: string }).message).toContain('REGIONS_GEOJSON');
  });

  it('serves the configured region boundaries and style URL', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-regions-'));
    const file = path.join(dir, 'regions.geojson');
    const geojson = { type: 'FeatureCollection', features: [] };
    writeFileSync(file, JSON.stringify(geojson));
    const other = await startTestApp({ REGIONS_GEOJSON: file, MAP_STYLE_URL: 'https://tiles.example.org/style.json' });
    try {
      const settings = await other.gql<{ mapSettings: { styleUrl: string; regionBoundaries: boolean } }>(
        '{ mapSettings { styleUrl regionBoundaries } }',
      );
      expect(settings.data!.mapSettings).toEqual({
        styleUrl: 'https://tiles.example.org/style.json',
        regionBoundaries: true,
      });
      const response = await fetch(`${other.url}/api/map/regions`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/geo+json');
      expect(await response.json()).toEqual(geojson);
    } finally {
      await other.close();
    }
  });
});
