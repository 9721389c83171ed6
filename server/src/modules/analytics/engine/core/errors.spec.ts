import { describe, expect, it } from '@jest/globals';
import { EngineError, UnknownInitiativeError } from './errors.js';

describe('engine errors', () => {
  it('an unknown initiative names the id and is NOT_FOUND, without the API error class', () => {
    const error = new UnknownInitiativeError('ini-9');
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("initiative 'ini-9' does not exist");
    expect(error.code).toBe('NOT_FOUND');
    expect(error.initiativeId).toBe('ini-9');
    expect(error.name).toBe('UnknownInitiativeError');
  });
});
