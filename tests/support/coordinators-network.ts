import { importNetwork, type TestApp } from './app.js';

/**
 * A small network of a test's own for the coordinators' views (overview, map, report, exports):
 * North has r (2021), a (2022) and b (2023) with places and an actor shared by r and a, c (2023)
 * without a place, and iso (2023), isolated; South has s (2020). In 2023 a deepens into b, r
 * broadens into c and r spreads to s (across regions).
 */
export function coordinatorsNetwork(p: string) {
  const north = `${p}Noord`;
  const south = `${p}Zuid`;
  const id = (x: string) => `${p}${x}`;
  const name = (x: string) => `${p}${x}`;
  const i = (x: string, region: string, startedOn: string, place: [number, number] | null, themes = ['energy']) => ({
    id: id(x),
    name: name(x),
    region,
    themes,
    startedOn,
    ...(place ? { latitude: place[0], longitude: place[1] } : {}),
  });
  const input = {
    initiatives: [
      i('r', north, '2021-01-01', [53.2, 6.55]),
      i('a', north, '2022-01-01', [53.25, 6.7], ['food']),
      i('b', north, '2023-03-01', [53.1, 6.6]),
      i('c', north, '2023-04-01', null),
      i('iso', north, '2023-06-01', [53.3, 6.45], ['care']),
      i('s', south, '2020-01-01', [51.45, 5.45]),
    ],
    actors: [{ id: id('act'), name: name('Dorpsraad'), kind: 'CITIZEN_COLLECTIVE', region: north }],
    involvements: [
      { actorId: id('act'), initiativeId: id('r') },
      { actorId: id('act'), initiativeId: id('a') },
    ],
    amplifications: [
      { fromInitiativeId: id('a'), toInitiativeId: id('b'), mode: 'DEEPENING', on: '2023-03-15' },
      { fromInitiativeId: id('r'), toInitiativeId: id('c'), mode: 'BROADENING', on: '2023-04-15' },
      { fromInitiativeId: id('r'), toInitiativeId: id('s'), mode: 'SPREADING', on: '2023-05-01' },
    ],
  };
  return { north, south, id, name, input, load: (t: TestApp) => importNetwork(t, input) };
}
