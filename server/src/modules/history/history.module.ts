import { Module } from '@nestjs/common';
import { WorkersModule } from '../../workers/workers.module.js';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { NetworkModule } from '../network/network.module.js';
import { DiffService } from './diff.service.js';
import { ActorHistoryResolver, InitiativeHistoryResolver } from './entity-history.resolver.js';
import { HistoryRepository } from './history.repository.js';
import { HistoryResolver } from './history.resolver.js';
import { HistoryService } from './history.service.js';
import { UndoService } from './undo.service.js';

/** The change log read back (changes, history, networkDiff), undo, and retention (docs/history.md). */
@Module({
  imports: [NetworkModule, AnalyticsModule, WorkersModule],
  providers: [
    HistoryRepository,
    HistoryService,
    UndoService,
    DiffService,
    HistoryResolver,
    InitiativeHistoryResolver,
    ActorHistoryResolver,
  ],
})
export class HistoryModule {}
