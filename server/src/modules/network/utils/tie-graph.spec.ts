import { summarizeTieGraph } from './tie-graph.js';

describe('summarizeTieGraph', () => {
  it('counts an empty network as no components', () => {
    expect(summarizeTieGraph({ initiatives: [], amplifications: [], involvements: [] })).toEqual({
      components: 0,
      isolated: [],
      largestComponent: 0,
    });
  });

  it('ties initiatives through a shared actor but not through an actor of one initiative', () => {
    const summary = summarizeTieGraph({
      initiatives: ['x', 'y', 'z'],
      amplifications: [],
      involvements: [
        ['shared', 'x'],
        ['shared', 'y'],
        ['own', 'z'],
      ],
    });
    expect(summary.components).toBe(2);
    expect(summary.isolated).toEqual(['z']);
    expect(summary.largestComponent).toBe(2);
  });

  it('joins chains of amplifications and actors into one component', () => {
    const summary = summarizeTieGraph({
      initiatives: ['a', 'b', 'c', 'd', 'e'],
      amplifications: [
        ['a', 'b'],
        ['b', 'a'],
      ],
      involvements: [
        ['p', 'b'],
        ['p', 'c'],
        ['q', 'd'],
      ],
    });
    expect(summary).toEqual({ components: 3, isolated: ['d', 'e'], largestComponent: 3 });
  });
});
