import { describe, expect, it } from '@jest/globals';
import { translator } from '../i18n';
import { conflictText, entryName, fieldValue, operationWords } from './change-format';

const t = translator('en');
const nl = translator('nl');

describe('change sets in words', () => {
  it('names operations in both languages', () => {
    expect(operationWords('CREATE_INITIATIVE', t)).toBe('created initiative');
    expect(operationWords('UPSERT_INVOLVEMENT', t)).toBe('saved involvement');
    expect(operationWords('DELETE_AMPLIFICATION', t)).toBe('deleted amplification');
    expect(operationWords('UNDO', t)).toBe('undo');
    expect(operationWords('CLI_IMPORT', t)).toBe('import (command line)');
    expect(operationWords('UPDATE_ACTOR', nl)).toBe('gewijzigd: actor');
  });

  it('shows field values from their JSON text', () => {
    expect(fieldValue('"Drenthe"')).toBe('Drenthe');
    expect(fieldValue('["energy","water"]')).toBe('energy, water');
    expect(fieldValue('[]')).toBe('—');
    expect(fieldValue(null)).toBe('—');
    expect(fieldValue('3')).toBe('3');
    expect(fieldValue('{"score":2,"evidence":null}')).toBe('score: 2');
    expect(fieldValue('not json')).toBe('not json');
  });

  it('takes an entity name from its rows', () => {
    expect(entryName(null, '{"id":"a","name":"Zonnedorp"}', 'initiative:a')).toBe('Zonnedorp');
    expect(entryName('{"id":"a","name":"Zon 2"}', '{"name":"Zon"}', 'x')).toBe('Zon 2');
    expect(entryName(null, null, 'initiative:a')).toBe('initiative:a');
  });

  it('says what stands in the way of an undo', () => {
    const text = conflictText(
      7,
      [{ path: 'initiative:zon-1', message: 'changed by change #812 (UPDATE_INITIATIVE by Alice)' }],
      'change #7 cannot be undone',
      t,
    );
    expect(text).toContain('Change #7 cannot be undone');
    expect(text).toContain('initiative:zon-1: changed by change #812 (UPDATE_INITIATIVE by Alice)');
    expect(text).toContain('Undo the later change first');
    const many = Array.from({ length: 5 }, (_, i) => ({ path: `actor:${i}`, message: 'deleted' }));
    expect(conflictText(7, many, '', t)).toContain('(2 more)');
    expect(conflictText(7, [], 'NOT_FOUND', t)).toBe('Change #7 could not be undone: NOT_FOUND');
  });
});

describe('the entity a write names', () => {
  it('reads it from the variables of each kind of mutation', async () => {
    const { entityOfVariables } = await import('./undo');
    expect(entityOfVariables({ id: 'zon', patch: {} })).toBe('zon');
    expect(entityOfVariables({ input: { id: 'new', name: 'x' } })).toBe('new');
    expect(entityOfVariables({ input: { fromInitiativeId: 'a', toInitiativeId: 'b' } })).toBe('a');
    expect(entityOfVariables({ input: { actorId: 'p', initiativeId: 'i' } })).toBe('i');
    expect(entityOfVariables({ fromActorId: 'p', toActorId: 'q' })).toBe('p');
    expect(entityOfVariables(null)).toBeUndefined();
  });
});
