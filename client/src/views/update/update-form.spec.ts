import { describe, expect, it } from '@jest/globals';
import { draftOf, proposalOf, tokenOfHash, type UpdateForm } from './update-form';

const form: UpdateForm = {
  initiativeId: 'zon',
  expiresAt: '2026-01-01T00:00:00.000Z',
  initiative: {
    id: 'zon',
    name: 'Zonnedak',
    region: 'Drenthe',
    themes: ['energy', 'schools'],
    latitude: 52.9,
    characteristics: [{ characteristic: 'DEEP_CHANGE', score: 2, evidence: 'a pilot' }],
  },
  involvements: [{ actorId: 'gem', initiativeId: 'zon', role: 'funder' }],
  amplifications: [{ fromInitiativeId: 'zon', toInitiativeId: 'wind', mode: 'SPREADING' }],
  outcomes: [],
  barriers: [{ initiativeId: 'zon', barrier: 'REGULATION', overcome: false }],
  actors: [{ id: 'gem', name: 'Gemeente Assen' }],
  initiatives: [{ id: 'wind', name: 'Windcoop' }],
};

describe('the update form', () => {
  it('sends back what it was given when nothing is edited', () => {
    const body = proposalOf('zon', { ...draftOf(form), contactName: ' Carla ' });
    expect(body).toEqual({
      contactName: 'Carla',
      initiative: form.initiative,
      involvements: form.involvements,
      amplifications: form.amplifications,
      outcomes: [],
      barriers: form.barriers,
      newActors: [],
      newInitiatives: [],
    });
  });

  it('sends edits, removals and new actors and initiatives with new: ids', () => {
    const draft = draftOf(form);
    draft.contactName = 'Carla';
    draft.details.themes = 'energy, ';
    draft.details.latitude = '';
    draft.details.scores.SYSTEM_STEP = { score: '3', evidence: '' };
    draft.involvements[0]!.removed = true;
    draft.newActors.push({ id: 'new:1', name: 'Buurtbatterij', kind: 'CITIZEN_COLLECTIVE', role: '' });
    draft.newAmplifications.push({
      id: 'new:2',
      name: 'Zonnedak Zuid',
      region: 'Limburg',
      mode: 'SPREADING',
      evidence: 'copied',
    });
    const body = proposalOf('zon', draft);
    expect(body.initiative).toEqual({
      id: 'zon',
      name: 'Zonnedak',
      region: 'Drenthe',
      themes: ['energy'],
      characteristics: [
        { characteristic: 'SYSTEM_STEP', score: 3 },
        { characteristic: 'DEEP_CHANGE', score: 2, evidence: 'a pilot' },
      ],
    });
    expect(body.newActors).toEqual([{ id: 'new:1', name: 'Buurtbatterij', kind: 'CITIZEN_COLLECTIVE' }]);
    expect(body.newInitiatives).toEqual([{ id: 'new:2', name: 'Zonnedak Zuid', region: 'Limburg' }]);
    expect(body.involvements).toEqual([{ actorId: 'new:1', initiativeId: 'zon' }]);
    expect(body.amplifications).toEqual([
      form.amplifications[0],
      { fromInitiativeId: 'zon', toInitiativeId: 'new:2', mode: 'SPREADING', evidence: 'copied' },
    ]);
  });

  it('reads the token from the fragment only when it looks like one', () => {
    expect(tokenOfHash('#swu_abc-DEF_1')).toBe('swu_abc-DEF_1');
    expect(tokenOfHash('#swa_abc')).toBeNull();
    expect(tokenOfHash('')).toBeNull();
  });
});
