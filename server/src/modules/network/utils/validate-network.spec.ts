import { fieldOf, sortProblems, unknownReferenceProblems, validateNetworkInput } from './validate-network.js';

const paths = (input: Parameters<typeof validateNetworkInput>[0]) =>
  validateNetworkInput(input).problems.map((p) => `${p.path}: ${p.message}`);

describe('validateNetworkInput', () => {
  it('accepts a valid network and reports references it does not define', () => {
    const result = validateNetworkInput({
      initiatives: [
        { id: 'a', name: 'A', startedOn: '2020-01-01', characteristics: [{ characteristic: 'DEEP_CHANGE', score: 3 }] },
      ],
      actors: [{ id: 'x', name: 'X', kind: 'NGO' }],
      involvements: [
        { actorId: 'x', initiativeId: 'a' },
        { actorId: 'y', initiativeId: 'a' },
      ],
      amplifications: [
        { fromInitiativeId: 'a', toInitiativeId: 'b', mode: 'SPREADING', confidence: 0.8, mechanisms: ['BANDWAGON'] },
      ],
    });
    expect(result.problems).toEqual([]);
    expect([...result.external.initiatives.entries()]).toEqual([['b', ['amplifications[0].toInitiativeId']]]);
    expect([...result.external.actors.entries()]).toEqual([['y', ['involvements[1].actorId']]]);
  });

  it('lists every problem with its path', () => {
    expect(
      paths({
        initiatives: [
          { id: 'a', name: '', status: 'DONE' as never, startedOn: '2020-02-30', latitude: 91 },
          { id: 'a', name: 'again', themes: [''], characteristics: [{ characteristic: 'DEEP_CHANGE', score: 4 }] },
        ],
        actors: [{ id: 'x', name: 'X', kind: 'ALIEN' as never }],
        involvements: [
          { actorId: 'x', initiativeId: 'a', since: '2021-01-01', until: '2020-01-01' },
          { actorId: 'x', initiativeId: 'a' },
        ],
        influences: [{ fromActorId: 'x', toActorId: 'x', weight: 0 }],
        amplifications: [
          { fromInitiativeId: 'a', toInitiativeId: 'a', mode: 'SPREADING' },
          { fromInitiativeId: 'a', toInitiativeId: 'a', mode: 'LEAPING' as never, confidence: 2 },
        ],
        outcomes: [{ initiativeId: 'a', kind: 'MIRACLE' as never }],
        barriers: [
          { initiativeId: 'a', barrier: 'ROUTINES' },
          { initiativeId: 'a', barrier: 'ROUTINES', on: 'soon' },
        ],
      }),
    ).toEqual([
      'initiatives[0].name: name must not be empty',
      "initiatives[0].startedOn: bad date '2020-02-30': use YYYY-MM-DD",
      "initiatives[0].status: unknown status 'DONE' (one of IDEA, EXPERIMENT, RUNNING, EMBEDDED, STOPPED)",
      'initiatives[0].latitude: 91 is not allowed: latitude is from -90 to 90',
      "initiatives[1].id: duplicate initiative id 'a' (also initiatives[0])",
      'initiatives[1].themes[0]: a theme must not be empty',
      'initiatives[1].characteristics[0].score: 4 is not allowed: a score is 0, 1, 2 or 3',
      expect.stringMatching(/^actors\[0\]\.kind: unknown actor kind 'ALIEN'/),
      'involvements[0].until: 2020-01-01 is before since 2021-01-01',
      "involvements[1]: duplicate involvement of 'x' in 'a' (also involvements[0])",
      "influences[0].toActorId: self-loop: actor 'x' cannot influence itself",
      'influences[0].weight: 0 is not allowed: weight must be greater than 0',
      "amplifications[0].toInitiativeId: self-loop: initiative 'a' cannot amplify itself",
      expect.stringMatching(/^amplifications\[1\]\.mode: unknown amplification mode 'LEAPING'/),
      "amplifications[1].toInitiativeId: self-loop: initiative 'a' cannot amplify itself",
      'amplifications[1].confidence: 2 is not allowed: confidence is from 0 to 1',
      expect.stringMatching(/^outcomes\[0\]\.kind: unknown outcome kind 'MIRACLE'/),
      "barriers[1].on: bad date 'soon': use YYYY-MM-DD",
      "barriers[1]: duplicate barrier ROUTINES of 'a' (also barriers[0])",
    ]);
  });
});

describe('validateNetworkInput: duplicate keys', () => {
  it('keeps the same triple in different modes apart', () => {
    expect(
      paths({
        initiatives: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        amplifications: [
          { fromInitiativeId: 'a', toInitiativeId: 'b', mode: 'DEEPENING' },
          { fromInitiativeId: 'a', toInitiativeId: 'b', mode: 'BROADENING' },
          { fromInitiativeId: 'a', toInitiativeId: 'b', mode: 'DEEPENING' },
        ],
      }),
    ).toEqual(["amplifications[2]: duplicate amplification 'a' → 'b' (DEEPENING) (also amplifications[0])"]);
  });
});

describe('unknownReferenceProblems and sortProblems', () => {
  it('names each unknown reference at every path, in input order', () => {
    const { external } = validateNetworkInput({
      involvements: [{ actorId: 'ghost', initiativeId: 'known' }],
      amplifications: [{ fromInitiativeId: 'known', toInitiativeId: 'nowhere', mode: 'SPREADING' }],
    });
    const problems = unknownReferenceProblems(external, { initiatives: new Set(['known']), actors: new Set() });
    expect(sortProblems(problems)).toEqual([
      { path: 'involvements[0].actorId', message: "unknown actor 'ghost'" },
      { path: 'amplifications[0].toInitiativeId', message: "unknown initiative 'nowhere'" },
    ]);
  });
});

describe('fieldOf', () => {
  it('names the field a path ends in, as the regular expression it replaces', () => {
    const paths = ['initiatives[3].themes[1]', 'initiatives[0].name', 'actors[2]', 'name', 'a.b[10].c_d[0]'];
    for (const path of paths) expect(fieldOf(path)).toBe(/(\w+)(?:\[\d+\])?$/.exec(path)?.[1]);
  });
});
