import { rankActors, rankInitiatives, type CentralityMeasure } from './engine/centrality.js';
import { actorCommunities, initiativeCommunities } from './engine/communities.js';
import { isolatedInitiatives, weaklyTiedInitiatives, type IsolatedOptions } from './engine/isolation.js';
import type { NetworkProjection } from './engine/projection.js';
import { analyzeTieStructure } from './engine/tie-structure.js';
import { networkSeries, type Period } from './engine/timeline.js';

/**
 * The analytics computations that can take seconds on a large network, by name: they run in the
 * worker pool (server/src/workers), off the request thread.
 */
export const ANALYTICS_TASKS = {
  rankActors: (projection: NetworkProjection, measure: CentralityMeasure) =>
    rankActors(projection, measure, projection.actors.length),
  rankInitiatives: (projection: NetworkProjection, measure: CentralityMeasure) =>
    rankInitiatives(projection, measure, projection.initiatives.length),
  isolated: (projection: NetworkProjection, options: Omit<IsolatedOptions, 'context'>) =>
    isolatedInitiatives(projection, options),
  weaklyTied: (projection: NetworkProjection, options: Omit<IsolatedOptions, 'context'>) =>
    weaklyTiedInitiatives(projection, options),
  tieStructure: (projection: NetworkProjection) => analyzeTieStructure(projection),
  communities: (projection: NetworkProjection, graph: 'TIE' | 'ACTOR') =>
    graph === 'TIE' ? initiativeCommunities(projection) : actorCommunities(projection),
  series: (projection: NetworkProjection, period: Period) => networkSeries(projection, { period }),
};
