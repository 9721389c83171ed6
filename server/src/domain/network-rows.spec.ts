import { edgeIds } from '../modules/entities/utils/slice.js';
import {
  canonicalRow,
  entityKey,
  initiativeFromProps,
  initiativeProps,
  nodeKeysOf,
  stateText,
} from './network-rows.js';

describe('canonical rows', () => {
  it('reads an initiative the same from its input and from the node properties the import writes', () => {
    const input = {
      id: 'a',
      name: '  Zonnedorp ',
      region: ' Drenthe ',
      themes: ['energy', ' energy', 'food'],
      startedOn: '2016-04-01',
      characteristics: [
        { characteristic: 'AMPLIFICATION_POTENTIAL' as const, score: 3 },
        { characteristic: 'SYSTEM_STEP' as const, score: 2, evidence: 'eerste' },
      ],
    };
    const stored = { ...initiativeProps(input), startedOn: '2016-04-01', _seq: 12 };
    const fromInput = canonicalRow.initiatives(input);
    expect(fromInput).toEqual({
      id: 'a',
      name: 'Zonnedorp',
      region: 'Drenthe',
      themes: ['energy', 'food'],
      startedOn: '2016-04-01',
      // in the fixed order of the seven characteristics, whatever the input's order
      characteristics: [
        { characteristic: 'SYSTEM_STEP', score: 2, evidence: 'eerste' },
        { characteristic: 'AMPLIFICATION_POTENTIAL', score: 3 },
      ],
    });
    // as the repository reads a node back
    expect(stateText(canonicalRow.initiatives(initiativeFromProps(stored)))).toBe(stateText(fromInput));
  });

  it('applies the defaults the import applies and leaves out what is not stored', () => {
    expect(canonicalRow.influences({ fromActorId: 'x', toActorId: 'y' })).toEqual({
      fromActorId: 'x',
      toActorId: 'y',
      weight: 1,
    });
    // the date of a barrier is on its OVERCOMES link: not kept when it is not overcome
    expect(
      canonicalRow.barriers({ initiativeId: 'a', barrier: 'FINANCING', overcome: false, on: '2020-01-01' }),
    ).toEqual({ initiativeId: 'a', barrier: 'FINANCING' });
    expect(
      canonicalRow.amplifications({ fromInitiativeId: 'a', toInitiativeId: 'b', mode: 'SPREADING', mechanisms: [] }),
    ).toEqual({
      fromInitiativeId: 'a',
      toInitiativeId: 'b',
      mode: 'SPREADING',
    });
  });

  it('keys relations as the API ids them, and names the nodes they belong to', () => {
    expect(entityKey.involvements({ actorId: 'x', initiativeId: 'a' })).toBe(edgeIds.involvement('x', 'a'));
    expect(entityKey.influences({ fromActorId: 'x', toActorId: 'y' })).toBe(edgeIds.influence('x', 'y'));
    expect(entityKey.amplifications({ fromInitiativeId: 'a', toInitiativeId: 'b', mode: 'DEEPENING' })).toBe(
      edgeIds.amplification('a', 'b', 'DEEPENING'),
    );
    expect(entityKey.outcomes({ initiativeId: 'a', kind: 'LAW', name: ' Wet ' })).toBe(
      'ACHIEVES:initiative:a->outcome:LAW:Wet',
    );
    expect(nodeKeysOf.influences({ fromActorId: 'x', toActorId: 'y' })).toEqual(['actor:x', 'actor:y']);
  });
});
