import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module.js';
import { ActorsRepository } from './actors.repository.js';
import { ActorsResolver } from './actors.resolver.js';
import { ActorsService } from './actors.service.js';
import { GraphRepository } from './graph.repository.js';
import { GraphResolver } from './graph.resolver.js';
import { GraphService } from './graph.service.js';
import { InitiativesRepository } from './initiatives.repository.js';
import { InitiativesResolver } from './initiatives.resolver.js';
import { InitiativesService } from './initiatives.service.js';
import { RelationsRepository } from './relations.repository.js';
import { RelationsResolver } from './relations.resolver.js';
import { RelationsService } from './relations.service.js';

/** Initiatives and actors one at a time: lookups, pages, edits of nodes and relations, drawn slices. */
@Module({
  imports: [NetworkModule],
  providers: [
    InitiativesRepository,
    ActorsRepository,
    RelationsRepository,
    GraphRepository,
    InitiativesService,
    ActorsService,
    RelationsService,
    GraphService,
    InitiativesResolver,
    ActorsResolver,
    RelationsResolver,
    GraphResolver,
  ],
  exports: [InitiativesService, ActorsService, GraphService],
})
export class EntitiesModule {}
