import { AppError } from '../../../common/app-error.js';
import { checkPageSize, decodeCursor, encodeCursor } from './cursor.js';

describe('cursors', () => {
  it('round-trips an id, including odd characters', () => {
    for (const id of ['a', 't-x-1', 'with:colon', 'ünïcode/ß']) {
      expect(decodeCursor('initiative', encodeCursor('initiative', id))).toBe(id);
    }
    expect(decodeCursor('initiative', null)).toBeNull();
  });

  it('rejects a cursor of another list or garbage with BAD_USER_INPUT at after', () => {
    for (const bad of [encodeCursor('actor', 'a'), 'not a cursor!', '', encodeCursor('initiative', '')]) {
      try {
        decodeCursor('initiative', bad);
        throw new Error('expected an error');
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('BAD_USER_INPUT');
        expect((error as AppError).problems[0]?.path).toBe('after');
      }
    }
  });

  it('caps the page size at 500', () => {
    expect(checkPageSize(500)).toBe(500);
    expect(checkPageSize(0)).toBe(0);
    expect(() => checkPageSize(501)).toThrow(/first is from 0 to 500/);
    expect(() => checkPageSize(-1)).toThrow(AppError);
  });
});
