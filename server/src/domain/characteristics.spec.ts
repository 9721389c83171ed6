import { characteristicProperty, characteristicsOf } from './characteristics.js';
import { CHARACTERISTICS } from './network.types.js';

describe('characteristicProperty', () => {
  it('names the score and evidence properties in camel case', () => {
    expect(characteristicProperty('SYSTEM_STEP')).toEqual({ score: 'systemStepScore', evidence: 'systemStepEvidence' });
    expect(characteristicProperty('AMPLIFICATION_POTENTIAL')).toEqual({
      score: 'amplificationPotentialScore',
      evidence: 'amplificationPotentialEvidence',
    });
  });

  it('gives every characteristic properties of its own', () => {
    const names = CHARACTERISTICS.flatMap((c) => Object.values(characteristicProperty(c)));
    expect(new Set(names).size).toBe(CHARACTERISTICS.length * 2);
  });
});

describe('characteristicsOf', () => {
  it('reads back the scored characteristics in the domain order, evidence or null', () => {
    expect(
      characteristicsOf({
        name: 'Energy co-op',
        energyPlaceScore: 2,
        deepChangeScore: 3,
        deepChangeEvidence: 'a new revenue model',
        systemStepScore: 0,
        systemStepEvidence: 42,
      }),
    ).toEqual([
      { characteristic: 'SYSTEM_STEP', score: 0, evidence: null },
      { characteristic: 'DEEP_CHANGE', score: 3, evidence: 'a new revenue model' },
      { characteristic: 'ENERGY_PLACE', score: 2, evidence: null },
    ]);
  });

  it('skips a characteristic without a numeric score, even with evidence', () => {
    expect(characteristicsOf({ tangibleResultsScore: '2', tangibleResultsEvidence: 'a report' })).toEqual([]);
  });
});
