/**
 * Test support for the *.spec.ts files of the formats: a small network that uses every column and
 * the characters that break naive CSV and XML writers, and a strict XML well-formedness check.
 */
import { SaxesParser } from 'saxes';
import type { NetworkInput } from '../../../domain/network.types.js';

/** Text with every XML special character, quotes, separators, a line break and non-ASCII. */
export const AWKWARD_TEXT = 'Boer & "Buur" <zon>, \'t Veld; ✓ 🌱\nsecond line';

/** A network filling every column of every section, with awkward values. */
export function sampleNetwork(): NetworkInput {
  return {
    initiatives: [
      {
        id: 'zon-1',
        name: 'Energiecoöperatie Zonnedorp',
        description: AWKWARD_TEXT,
        region: 'Drenthe',
        themes: ['energy', 'housing'],
        startedOn: '2016-04-01',
        status: 'EMBEDDED',
        latitude: 52.8341,
        longitude: 6.3702,
        characteristics: [
          { characteristic: 'SYSTEM_STEP', score: 3, evidence: 'members own the panels' },
          { characteristic: 'AMPLIFICATION_POTENTIAL', score: 0 },
        ],
      },
      {
        id: '0012',
        name: 'Zuid-Holland ✓ <pilot> & "friends"',
        region: 'Zuid-Holland ✓',
        themes: ['water'],
        status: 'EXPERIMENT',
        latitude: -0.5,
        longitude: -179.25,
      },
      { id: 'zon-3', name: 'Zonnedorp Friesland' },
    ],
    actors: [
      { id: 'a-coop', name: 'Coöperatie Zonnedorp U.A.', kind: 'CITIZEN_COLLECTIVE', region: 'Drenthe' },
      { id: 'a-prov', name: 'Provinsje Fryslân', kind: 'PROVINCE', region: 'Friesland' },
      { id: 'a-x', name: 'Stichting "Samen" <Sterk> & Co' },
    ],
    involvements: [
      { actorId: 'a-coop', initiativeId: 'zon-1', role: 'initiator, owner', since: '2016-01-15', until: '2020-12-31' },
      { actorId: 'a-prov', initiativeId: 'zon-3', role: 'funder' },
    ],
    influences: [
      { fromActorId: 'a-prov', toActorId: 'a-coop', weight: 2.5, since: '2018-01-01' },
      { fromActorId: 'a-coop', toActorId: 'a-x' },
    ],
    amplifications: [
      {
        fromInitiativeId: 'zon-1',
        toInitiativeId: 'zon-3',
        mode: 'SPREADING',
        on: '2018-06-01',
        evidence: AWKWARD_TEXT,
        confidence: 0.75,
        mechanisms: ['PROFESSIONALISATION', 'LOGIC_OF_ATTRACTION'],
      },
      { fromInitiativeId: 'zon-1', toInitiativeId: '0012', mode: 'BROADENING', confidence: 1 },
      { fromInitiativeId: 'zon-1', toInitiativeId: 'zon-3', mode: 'DEEPENING' },
    ],
    outcomes: [{ initiativeId: 'zon-1', kind: 'REVENUE_MODEL', name: 'village fund', on: '2017-06-01' }],
    barriers: [
      { initiativeId: 'zon-1', barrier: 'FINANCING', overcome: true, on: '2016-03-01', note: 'bank loan' },
      { initiativeId: '0012', barrier: 'REGULATION', overcome: false },
    ],
  };
}

/** The first well-formedness error of an XML document (strict, namespace-aware), or undefined. */
export function xmlWellFormednessError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let first: string | undefined;
  parser.on('error', (error) => {
    first ??= error.message;
  });
  parser.write(xml).close();
  return first;
}
