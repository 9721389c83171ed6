import { Injectable } from '@nestjs/common';
import { Warmer } from '../../database/warmer.js';
import { NetworkService } from '../network/network.service.js';
import { AnalyticsResolver } from './analytics.resolver.js';

/**
 * The dashboard's default answers, recomputed in the background after a write (database/warmer.ts)
 * so the next visitor finds them cached: networkStats, the default cascades list,
 * isolatedInitiatives without filters, actorRanking by PageRank and by degree, the tie structure
 * (the radar's regions) and the yearly series. The heavy parts run in the worker pool as for a
 * request.
 */
@Injectable()
export class DashboardTasks {
  constructor(warmer: Warmer, network: NetworkService, analytics: AnalyticsResolver) {
    warmer.register('networkStats', () => network.stats());
    warmer.register('cascades', () => analytics.cascades());
    warmer.register('isolatedInitiatives', () => analytics.isolatedInitiatives());
    warmer.register('actorRanking PAGERANK', () => analytics.actorRanking('PAGERANK'));
    warmer.register('actorRanking DEGREE', () => analytics.actorRanking('DEGREE'));
    warmer.register('tieStructure', () => analytics.tieStructure());
    warmer.register('networkSeries YEAR', () => analytics.networkSeries());
  }
}
