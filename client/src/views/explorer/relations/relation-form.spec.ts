import { describe, expect, it } from '@jest/globals';
import type { Translate } from '../../../i18n';
import {
  AMPLIFICATIONS_OUT,
  INFLUENCES_IN,
  INITIATIVE_SECTIONS,
  OUTCOMES,
  type InitiativeData,
} from './relation-kinds';
import { checkValues, type WriteRun } from './relation-form';

/** The message key with its values, so a test sees which message and what went into it. */
const t: Translate = (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key);

describe('relation forms', () => {
  it('asks for every required field that is empty, before anything is sent', () => {
    const form = AMPLIFICATIONS_OUT.form;
    expect(checkValues(form, form.empty, t)).toEqual({ other: 'edit.required', mode: 'edit.required' });
    expect(checkValues(form, { ...form.empty, other: 'b' }, t)).toEqual({ mode: 'edit.required' });
    expect(checkValues(form, { ...form.empty, other: 'b', mode: 'SPREADING' }, t)).toBeNull();
  });

  it('refuses a weight that is not a number, and takes a decimal comma', () => {
    const form = INFLUENCES_IN.form;
    const values = { ...form.empty, other: 'a' };
    expect(checkValues(form, { ...values, weight: 'much' }, t)).toEqual({ weight: 'edit.notANumber {"value":"much"}' });
    expect(checkValues(form, { ...values, weight: '2,5' }, t)).toBeNull();
    expect(checkValues(form, { ...values, weight: '' }, t)).toBeNull();
  });

  it('writes the upsert with the input seen from the open node, its fields and aliases for the problems', async () => {
    const calls: unknown[][] = [];
    const run = ((...args: unknown[]) => {
      calls.push(args);
      return Promise.resolve({});
    }) as WriteRun;
    const form = AMPLIFICATIONS_OUT.form;
    const saved = await form.save(run, 'a', { ...form.empty, other: 'b', mode: 'SPREADING', on: ' ', evidence: 'x' });
    expect(saved).toBe(true);
    expect(String(calls[0]?.[0])).toContain('upsertAmplification');
    expect(calls[0]?.[1]).toEqual({
      input: { fromInitiativeId: 'a', toInitiativeId: 'b', mode: 'SPREADING', evidence: 'x' },
    });
    expect(calls[0]?.[2]).toEqual({
      fields: ['other', 'mode', 'on', 'evidence'],
      aliases: { toInitiativeId: 'other' },
    });
  });

  it('says a failed write was not saved', async () => {
    const run = (() => Promise.resolve(null)) as WriteRun;
    expect(await OUTCOMES.form.save(run, 'a', { ...OUTCOMES.form.empty, kind: 'LAW' })).toBe(false);
  });
});

describe('relation sections', () => {
  const initiative: InitiativeData = {
    id: 'a',
    name: 'A',
    description: null,
    region: null,
    status: null,
    startedOn: null,
    themes: [],
    characteristics: [],
    actors: [{ role: 'host', since: '2020-01-01', actor: { id: 'p', name: 'P', kind: 'WATER_BOARD' } }],
    amplificationsIn: [],
    amplificationsOut: [
      { mode: 'SPREADING', on: '2021-05-01', evidence: 'copied', mechanisms: [], to: { id: 'b', name: 'B' } },
    ],
    outcomes: [{ kind: 'NEW_PRACTICE', name: 'Repair days', on: null }],
    barriers: [{ barrier: 'REGULATION', overcome: true, note: null, on: '2022-02-02' }],
  };
  const rows = Object.fromEntries(INITIATIVE_SECTIONS.map((s) => [s.form.testId, s.rows(initiative, t)]));

  it('says what each relation is, where its name leads and how it is removed', () => {
    expect(rows.involvement).toMatchObject([
      { key: 'p', name: 'P', link: 'actor:p', meta: 'water board · host · edit.since {"date":"2020-01-01"}' },
    ]);
    expect(rows['amplification-out']).toMatchObject([
      { key: 'b-SPREADING', name: 'B', link: 'initiative:b', meta: '· 2021-05-01', note: 'copied' },
    ]);
    expect(rows['amplification-out']?.[0]?.badge?.label).toBe('mode.SPREADING');
    expect(rows['amplification-in']).toEqual([]);
    expect(rows.outcome).toMatchObject([{ name: 'new practice: Repair days', meta: undefined }]);
    expect(rows.outcome?.[0]?.remove).toMatchObject({ name: 'Repair days' });
    expect(rows.barrier).toMatchObject([{ name: 'regulation', tag: 'overcome 2022-02-02', note: undefined }]);
  });
});
