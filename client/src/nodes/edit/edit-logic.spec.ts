import { describe, expect, it } from '@jest/globals';
import {
  FORM,
  actorRelations,
  buildActorInput,
  buildActorPatch,
  buildAmplificationInput,
  buildBarrierInput,
  buildInfluenceInput,
  buildInitiativeInput,
  buildInitiativePatch,
  buildInvolvementInput,
  buildOutcomeInput,
  characteristicsInput,
  emptyInitiativeValues,
  initiativeRelations,
  initiativeValuesFrom,
  problemsToFieldErrors,
  type InitiativeFormValues,
} from './edit-logic';

const INITIATIVE_FIELDS = ['id', 'name', 'region', 'themes', 'status', 'startedOn', 'description'];

function values(patch: Partial<InitiativeFormValues> = {}): InitiativeFormValues {
  return { ...emptyInitiativeValues(), id: ' zz-1 ', name: ' Zonnedorp ', ...patch };
}

describe('initiative form → input', () => {
  it('leaves blanks out and trims', () => {
    expect(buildInitiativeInput(values({ region: '  ', themes: [' energy ', ''] }))).toEqual({
      id: 'zz-1',
      name: 'Zonnedorp',
      themes: ['energy'],
    });
  });

  it('sends only scored characteristics, in the fixed order, with evidence where written', () => {
    const v = values();
    v.scores.DEEP_CHANGE = { score: '0', evidence: '' };
    v.scores.TANGIBLE_RESULTS = { score: '3', evidence: ' panels on 40 roofs ' };
    v.scores.SYSTEM_STEP = { score: '', evidence: 'ignored without a score' };
    expect(characteristicsInput(v)).toEqual([
      { characteristic: 'TANGIBLE_RESULTS', score: 3, evidence: 'panels on 40 roofs' },
      { characteristic: 'DEEP_CHANGE', score: 0 },
    ]);
    expect(buildInitiativeInput({ ...v, status: 'RUNNING', startedOn: '2020-02-01' })).toMatchObject({
      status: 'RUNNING',
      startedOn: '2020-02-01',
      characteristics: [{ characteristic: 'TANGIBLE_RESULTS' }, { characteristic: 'DEEP_CHANGE' }],
    });
  });

  it('round-trips the details into form values', () => {
    const v = initiativeValuesFrom({
      id: 'a',
      name: 'A',
      region: null,
      themes: ['water'],
      status: 'IDEA',
      startedOn: '2019-01-01',
      description: null,
      characteristics: [{ characteristic: 'ENERGY_PLACE', score: 2, evidence: 'busy meetings' }],
    });
    expect(v.region).toBe('');
    expect(v.scores.ENERGY_PLACE).toEqual({ score: '2', evidence: 'busy meetings' });
    expect(v.scores.DEEP_CHANGE).toEqual({ score: '', evidence: '' });
  });
});

describe('initiative patch', () => {
  const original = initiativeValuesFrom({
    id: 'a',
    name: 'A',
    region: 'Drenthe',
    themes: ['water'],
    status: 'IDEA',
    startedOn: '2019-01-01',
    description: 'old',
    characteristics: [{ characteristic: 'ENERGY_PLACE', score: 2, evidence: null }],
  });

  it('is empty when nothing changed', () => {
    expect(buildInitiativePatch(structuredClone(original), original)).toEqual({});
  });

  it('holds only the changed fields, null for a cleared one, and all characteristics when one changed', () => {
    const next = structuredClone(original);
    next.name = 'A2';
    next.region = ' ';
    next.status = '';
    next.scores.DEEP_CHANGE = { score: '1', evidence: 'a rule changed' };
    expect(buildInitiativePatch(next, original)).toEqual({
      name: 'A2',
      region: null,
      status: null,
      characteristics: [
        { characteristic: 'ENERGY_PLACE', score: 2 },
        { characteristic: 'DEEP_CHANGE', score: 1, evidence: 'a rule changed' },
      ],
    });
  });
});

describe('actor form', () => {
  it('builds input and patch', () => {
    expect(buildActorInput({ id: ' x ', name: 'Gemeente', kind: '', region: '' })).toEqual({
      id: 'x',
      name: 'Gemeente',
    });
    const original = { id: 'x', name: 'Gemeente', kind: 'MUNICIPALITY' as const, region: 'Drenthe' };
    expect(buildActorPatch({ ...original, kind: '', region: 'Groningen' }, original)).toEqual({
      kind: null,
      region: 'Groningen',
    });
  });
});

describe('relation inputs seen from the open node', () => {
  it('puts this node at the right end', () => {
    const amp = { other: 'b', mode: 'SPREADING' as const, on: '2020-01-01', evidence: ' ' };
    expect(buildAmplificationInput('a', { ...amp, direction: 'out' })).toEqual({
      fromInitiativeId: 'a',
      toInitiativeId: 'b',
      mode: 'SPREADING',
      on: '2020-01-01',
    });
    expect(buildAmplificationInput('a', { ...amp, direction: 'in' })).toMatchObject({
      fromInitiativeId: 'b',
      toInitiativeId: 'a',
    });
    expect(buildInvolvementInput('initiative', 'i', { other: 'x', role: 'funder', since: '' })).toEqual({
      actorId: 'x',
      initiativeId: 'i',
      role: 'funder',
    });
    expect(buildInvolvementInput('actor', 'x', { other: 'i', role: '', since: '' })).toEqual({
      actorId: 'x',
      initiativeId: 'i',
    });
    expect(buildInfluenceInput('x', { direction: 'in', other: 'y', weight: '1,5', since: '' })).toEqual({
      fromActorId: 'y',
      toActorId: 'x',
      weight: 1.5,
    });
    expect(buildOutcomeInput('i', { kind: 'LAW', name: '', on: '' })).toEqual({ initiativeId: 'i', kind: 'LAW' });
    expect(buildBarrierInput('i', { barrier: 'CULTURE', overcome: true, on: '2021-01-01', note: '' })).toEqual({
      initiativeId: 'i',
      barrier: 'CULTURE',
      overcome: true,
      on: '2021-01-01',
    });
  });
});

describe('server problems → form fields', () => {
  it('maps BAD_USER_INPUT problems by path, characteristics by the order they were sent', () => {
    const errors = problemsToFieldErrors(
      {
        message: 'invalid initiative (4 problems): …',
        code: 'BAD_USER_INPUT',
        problems: [
          { path: 'input.characteristics[1].score', message: '7 is not allowed: a score is 0, 1, 2 or 3' },
          { path: 'input.characteristics[0].evidence', message: 'too long' },
          { path: 'input.name', message: 'name must not be empty' },
          { path: 'input.themes[0]', message: 'a theme must not be empty' },
          { path: 'input.latitude', message: '200 is not allowed' },
        ],
      },
      { fields: INITIATIVE_FIELDS, characteristics: ['TANGIBLE_RESULTS', 'DEEP_CHANGE'] },
    );
    expect(errors).toEqual({
      'score.DEEP_CHANGE': '7 is not allowed: a score is 0, 1, 2 or 3',
      'evidence.TANGIBLE_RESULTS': 'too long',
      name: 'name must not be empty',
      themes: 'a theme must not be empty',
      [FORM]: 'input.latitude: 200 is not allowed',
    });
  });

  it('maps patch paths and aliases, and joins several problems of one field', () => {
    expect(
      problemsToFieldErrors(
        {
          message: 'x',
          problems: [
            { path: 'input.toInitiativeId', message: 'self-loop' },
            { path: 'input.toInitiativeId', message: "unknown initiative 'b'" },
            { path: 'patch.on', message: 'bad' },
          ],
        },
        { fields: ['other', 'on'], aliases: { toInitiativeId: 'other' } },
      ),
    ).toEqual({ other: "self-loop; unknown initiative 'b'", on: 'bad' });
  });

  it('maps a rejected variable (a bad date) by its path', () => {
    const message =
      'Variable "$input" got invalid value "2021-02-30" at "input.startedOn"; bad date \'2021-02-30\': use YYYY-MM-DD';
    expect(problemsToFieldErrors({ message, code: 'BAD_USER_INPUT' }, { fields: INITIATIVE_FIELDS })).toEqual({
      startedOn: "bad date '2021-02-30': use YYYY-MM-DD",
    });
  });

  it('puts a CONFLICT on the id field, anything else on the form', () => {
    const conflict = { message: "initiative 'a' already exists", code: 'CONFLICT' };
    expect(problemsToFieldErrors(conflict, { fields: INITIATIVE_FIELDS, conflictField: 'id' })).toEqual({
      id: "initiative 'a' already exists",
    });
    expect(problemsToFieldErrors({ message: 'no token', code: 'UNAUTHENTICATED' }, { fields: ['id'] })).toEqual({
      [FORM]: 'no token',
    });
  });
});

describe('what goes with a delete', () => {
  it('counts the non-empty relation kinds', () => {
    expect(
      initiativeRelations({
        actors: [1, 2],
        amplificationsIn: [1],
        amplificationsOut: [1],
        outcomes: [],
        barriers: [1],
      }),
    ).toEqual([
      ['involvements', 2],
      ['amplifications', 2],
      ['barriers', 1],
    ]);
    expect(actorRelations({ initiatives: [], influencesIn: [], influencesOut: [] })).toEqual([]);
  });
});
