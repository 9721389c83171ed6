import { describe, expect, it } from '@jest/globals';
import { fieldLabel, keyLabel, valueText } from './proposal-view';

describe('the review screen', () => {
  it('shows values as text', () => {
    expect(valueText('null')).toBe('—');
    expect(valueText('"solar"')).toBe('solar');
    expect(valueText('["energy","care"]')).toBe('energy, care');
    expect(valueText('3')).toBe('3');
  });

  it('names entities by their labels', () => {
    const labels = new Map([
      ['actor:a1', 'Gemeente Assen'],
      ['initiative:i1', 'Zonnedak'],
      ['initiative:i2', 'Windcoop'],
    ]);
    expect(keyLabel('initiative:i1', labels)).toBe('Zonnedak');
    expect(keyLabel('INVOLVED_IN:actor:a1->initiative:i1', labels)).toBe('Gemeente Assen → Zonnedak');
    expect(keyLabel('AMPLIFIES:SPREADING:initiative:i1->initiative:i2', labels)).toBe(
      'Zonnedak → Windcoop (spreading)',
    );
    expect(keyLabel('FACES:initiative:i1->barrier:REGULATION', labels)).toBe('Zonnedak → regulation');
    expect(keyLabel('ACHIEVES:initiative:i1->outcome:LAW:Solar act', labels)).toBe('Zonnedak → law: Solar act');
  });

  it('splits characteristic fields', () => {
    expect(fieldLabel('characteristic.DEEP_CHANGE.score')).toEqual({
      characteristic: 'DEEP_CHANGE',
      part: 'score',
      field: 'characteristic.DEEP_CHANGE.score',
    });
    expect(fieldLabel('description')).toEqual({ field: 'description' });
  });
});
