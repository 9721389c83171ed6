import { Injectable } from '@nestjs/common';
import type { ActorInput } from '../../domain/network.types.js';
import { NetworkService } from '../network/network.service.js';
import { ActorsRepository } from './actors.repository.js';
import type { ActorPatch } from './dto/entities.inputs.js';
import type { ActorFilterParams, ActorRecord, InfluenceRecord, InvolvementRecord } from './models/entities.types.js';
import { NodeService } from './node.service.js';

/** Rules for actors: lookups and pages, and single-actor writes validated like an import. */
@Injectable()
export class ActorsService extends NodeService<ActorRecord, ActorInput, ActorPatch, ActorFilterParams> {
  constructor(
    protected override readonly repository: ActorsRepository,
    network: NetworkService,
  ) {
    super(repository, network, {
      kind: 'actor',
      label: 'Actor',
      section: 'actors',
      patchFields: ['name', 'kind', 'region'],
      operations: { create: 'CREATE_ACTOR', update: 'UPDATE_ACTOR', delete: 'DELETE_ACTOR' },
    });
  }

  involvements(ids: readonly string[]): Promise<Map<string, InvolvementRecord[]>> {
    return this.repository.involvements(ids);
  }

  influencesOut(ids: readonly string[]): Promise<Map<string, InfluenceRecord[]>> {
    return this.repository.influencesOut(ids);
  }

  influencesIn(ids: readonly string[]): Promise<Map<string, InfluenceRecord[]>> {
    return this.repository.influencesIn(ids);
  }
}
