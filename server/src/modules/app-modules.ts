import type { DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { EntitiesModule } from './entities/entities.module.js';
import { DemoModule } from './demo/demo.module.js';
import { TransferModule } from './transfer/transfer.module.js';
import { LayoutModule } from './layout/layout.module.js';
import { MapModule } from './map/map.module.js';
import { OverviewModule } from './overview/overview.module.js';
import { HistoryModule } from './history/history.module.js';
import { ResearchModule } from './research/research.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';

/** The feature modules beside the network core (entities, transfer, demo …). */
export function appModules(_config: AppConfig): NonNullable<DynamicModule['imports']> {
  return [
    TransferModule,
    DemoModule,
    EntitiesModule,
    AnalyticsModule,
    LayoutModule,
    HistoryModule,
    OverviewModule,
    MapModule,
    ResearchModule,
    ProposalsModule,
  ];
}
