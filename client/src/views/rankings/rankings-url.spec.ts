import { describe, expect, it } from '@jest/globals';
import { parseExplorerState } from '../../routes/explorer-url';
import { ariaSort, nextSort, parseRankingsState, writeRankingsState, showInExplorer } from './rankings-url';

describe('rankings state in the URL', () => {
  it('reads defaults from an empty URL and ignores bad values', () => {
    const defaults = { tab: 'actors', measure: 'DEGREE', graph: 'TIE', top: 25, sort: 'rank', dir: 'asc' };
    expect(parseRankingsState(new URLSearchParams())).toEqual(defaults);
    expect(parseRankingsState(new URLSearchParams('tab=nope&measure=FAME&graph=X&top=30&sort=size&dir=up'))).toEqual(
      defaults,
    );
  });

  it('reads a full state; a column of another tab falls back to the tab’s first column', () => {
    expect(
      parseRankingsState(new URLSearchParams('tab=initiatives&measure=BETWEENNESS&top=500&sort=score&dir=asc')),
    ).toEqual({ tab: 'initiatives', measure: 'BETWEENNESS', graph: 'TIE', top: 500, sort: 'score', dir: 'asc' });
    expect(parseRankingsState(new URLSearchParams('tab=communities&sort=score')).sort).toBe('community');
    // numbers sort high to low unless the URL says otherwise
    expect(parseRankingsState(new URLSearchParams('tab=communities&sort=size')).dir).toBe('desc');
  });

  it('writes only what differs from the defaults and round-trips', () => {
    const params = writeRankingsState(new URLSearchParams(), {
      tab: 'brokers',
      sort: 'initiatives',
      top: 100,
      measure: 'PAGERANK',
    });
    expect(params.toString()).toBe('tab=brokers&measure=PAGERANK&top=100&sort=initiatives');
    expect(parseRankingsState(params)).toMatchObject({ tab: 'brokers', sort: 'initiatives', dir: 'desc', top: 100 });
    const back = writeRankingsState(params, { top: 25, measure: 'DEGREE', sort: 'rank' });
    expect(back.toString()).toBe('tab=brokers');
  });

  it('keeps a non-natural direction and resets the sort when the tab changes', () => {
    const sorted = writeRankingsState(new URLSearchParams(), { sort: 'score', dir: 'asc' });
    expect(sorted.toString()).toBe('sort=score&dir=asc');
    const flipped = writeRankingsState(sorted, { dir: 'desc' });
    expect(flipped.toString()).toBe('sort=score');
    expect(writeRankingsState(sorted, { tab: 'initiatives' }).toString()).toBe('tab=initiatives');
  });

  it('flips the same column and starts another in its natural direction', () => {
    expect(nextSort({ sort: 'rank', dir: 'asc' }, 'rank')).toEqual({ sort: 'rank', dir: 'desc' });
    expect(nextSort({ sort: 'rank', dir: 'asc' }, 'score')).toEqual({ sort: 'score', dir: 'desc' });
    expect(nextSort({ sort: 'score', dir: 'desc' }, 'name')).toEqual({ sort: 'name', dir: 'asc' });
    expect(ariaSort({ sort: 'name', dir: 'asc' }, 'name')).toBe('ascending');
    expect(ariaSort({ sort: 'name', dir: 'desc' }, 'name')).toBe('descending');
    expect(ariaSort({ sort: 'name', dir: 'asc' }, 'score')).toBe('none');
  });

  it('links a row to the explorer with the node selected and focused, as the explorer reads it', () => {
    const initiative = parseExplorerState(new URL(showInExplorer('initiative', 'ini 1&x'), 'http://x').searchParams);
    expect(initiative.selected).toBe('initiative:ini 1&x');
    // focus is one node id or a list of them, depending on the explorer's version
    expect([initiative.focus].flat()).toEqual(['initiative:ini 1&x']);
    const actor = parseExplorerState(new URL(showInExplorer('actor', 'act-1'), 'http://x').searchParams);
    expect(actor).toMatchObject({ selected: 'actor:act-1', actors: true });
    expect([actor.focus].flat()).toEqual(['actor:act-1']);
  });
});
