import { Injectable } from '@nestjs/common';
import type { InitiativeInput } from '../../domain/network.types.js';
import { NetworkService } from '../network/network.service.js';
import type { InitiativePatch } from './dto/entities.inputs.js';
import { InitiativesRepository } from './initiatives.repository.js';
import type {
  AmplificationRecord,
  BarrierRecord,
  InitiativeFilterParams,
  InitiativeRecord,
  InvolvementRecord,
  OutcomeRecord,
} from './models/entities.types.js';
import { NodeService } from './node.service.js';

/** Rules for initiatives: lookups and pages, and single-initiative writes validated like an import. */
@Injectable()
export class InitiativesService extends NodeService<
  InitiativeRecord,
  InitiativeInput,
  InitiativePatch,
  InitiativeFilterParams
> {
  constructor(
    protected override readonly repository: InitiativesRepository,
    network: NetworkService,
  ) {
    super(repository, network, {
      kind: 'initiative',
      label: 'Initiative',
      section: 'initiatives',
      patchFields: [
        'name',
        'description',
        'region',
        'themes',
        'startedOn',
        'status',
        'latitude',
        'longitude',
        'characteristics',
      ],
      operations: { create: 'CREATE_INITIATIVE', update: 'UPDATE_INITIATIVE', delete: 'DELETE_INITIATIVE' },
    });
  }

  involvements(ids: readonly string[]): Promise<Map<string, InvolvementRecord[]>> {
    return this.repository.involvements(ids);
  }

  amplificationsOut(ids: readonly string[]): Promise<Map<string, AmplificationRecord[]>> {
    return this.repository.amplificationsOut(ids);
  }

  amplificationsIn(ids: readonly string[]): Promise<Map<string, AmplificationRecord[]>> {
    return this.repository.amplificationsIn(ids);
  }

  outcomes(ids: readonly string[]): Promise<Map<string, OutcomeRecord[]>> {
    return this.repository.outcomes(ids);
  }

  barriers(ids: readonly string[]): Promise<Map<string, BarrierRecord[]>> {
    return this.repository.barriers(ids);
  }

  regions(): Promise<string[]> {
    return this.repository.regions();
  }

  themes(): Promise<string[]> {
    return this.repository.themes();
  }
}
