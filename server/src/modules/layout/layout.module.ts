import { Module } from '@nestjs/common';
import { GraphRepository } from '../entities/graph.repository.js';
import { GraphService } from '../entities/graph.service.js';
import { NetworkModule } from '../network/network.module.js';
import { LayoutRepository } from './layout.repository.js';
import { LayoutResolver } from './layout.resolver.js';
import { LayoutService } from './layout.service.js';

/** Server-computed positions for drawing large slices (sliceLayout). */
@Module({
  imports: [NetworkModule],
  providers: [GraphRepository, GraphService, LayoutRepository, LayoutService, LayoutResolver],
})
export class LayoutModule {}
