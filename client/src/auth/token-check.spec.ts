import { describe, expect, it } from '@jest/globals';
import { tokenVerdict } from './token-check';

describe('token check verdict', () => {
  it('reads the error code of the probe', () => {
    expect(tokenVerdict(200, [{ extensions: { code: 'NOT_FOUND' } }])).toBe('editor');
    expect(tokenVerdict(403, [{ extensions: { code: 'FORBIDDEN' } }])).toBe('viewer');
    expect(tokenVerdict(401, [{ extensions: { code: 'UNAUTHENTICATED' } }])).toBe('invalid');
    expect(tokenVerdict(500, undefined)).toEqual({ unreachable: 'the API answered HTTP 500' });
    expect(tokenVerdict(200, [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }])).toEqual({
      unreachable: 'the API answered INTERNAL_SERVER_ERROR',
    });
  });
});
