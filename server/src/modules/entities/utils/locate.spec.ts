import { locateIn } from './locate.js';

describe('locateIn', () => {
  it('maps a row field to the argument', () => {
    const locate = locateIn('initiatives', 'input');
    expect(locate({ path: 'initiatives[0].name', message: 'm' })).toEqual({ path: 'input.name', message: 'm' });
    expect(locate({ path: 'initiatives[0].characteristics[1].score', message: 'm' }).path).toBe(
      'input.characteristics[1].score',
    );
  });

  it('maps the whole row to the argument and leaves other paths alone', () => {
    const locate = locateIn('involvements', 'input');
    expect(locate({ path: 'involvements[0]', message: 'dup' }).path).toBe('input');
    expect(locate({ path: 'actors[0].name', message: 'm' }).path).toBe('actors[0].name');
    expect(locate({ path: 'involvements[1].role', message: 'm' }).path).toBe('involvements[1].role');
  });

  it('maps chosen fields to other arguments', () => {
    const locate = locateIn('initiatives', 'patch', { id: 'id' });
    expect(locate({ path: 'initiatives[0].id', message: 'm' }).path).toBe('id');
    expect(locate({ path: 'initiatives[0].region', message: 'm' }).path).toBe('patch.region');
  });
});
