import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import type { InitiativeInput } from '../network/models/network.types.js';
import { NetworkService } from '../network/network.service.js';
import type { InitiativePatch } from './dto/entities.inputs.js';
import { InitiativesRepository } from './initiatives.repository.js';
import type {
  AmplificationRecord,
  BarrierRecord,
  DeleteOutcome,
  InitiativeFilterParams,
  InitiativeRecord,
  InvolvementRecord,
  OutcomeRecord,
} from './models/entities.types.js';
import { checkPageSize, decodeCursor, encodeCursor } from './utils/cursor.js';
import { locateIn } from './utils/locate.js';

export interface ConnectionResult<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

const CURSOR_KIND = 'initiative';

/** The patchable fields of an initiative (all but id). */
const PATCH_FIELDS = [
  'name',
  'description',
  'region',
  'themes',
  'startedOn',
  'status',
  'latitude',
  'longitude',
  'characteristics',
] as const satisfies readonly (keyof InitiativePatch & keyof InitiativeInput)[];

/** Rules for initiatives: lookups and pages, and single-initiative writes validated like an import. */
@Injectable()
export class InitiativesService {
  constructor(
    private readonly repository: InitiativesRepository,
    private readonly network: NetworkService,
  ) {}

  get(id: string): Promise<InitiativeRecord | null> {
    return this.repository.findById(id);
  }

  getMany(ids: readonly string[]): Promise<Map<string, InitiativeRecord>> {
    return this.repository.findByIds(ids);
  }

  async list(
    filter: InitiativeFilterParams,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionResult<InitiativeRecord>> {
    checkPageSize(first);
    const page = await this.repository.list({ filter, first, after: decodeCursor(CURSOR_KIND, after) });
    const edges = page.items.map((node) => ({ cursor: encodeCursor(CURSOR_KIND, node.id), node }));
    return {
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
    };
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

  /** CONFLICT when the id is taken; otherwise validated and written as a one-row import. */
  async create(input: InitiativeInput): Promise<InitiativeRecord> {
    if (typeof input.id === 'string' && (await this.repository.findById(input.id))) {
      throw new AppError('CONFLICT', `initiative '${input.id}' already exists; use updateInitiative to change it`);
    }
    await this.network.importNetwork({ initiatives: [input] }, locateIn('initiatives', 'input'), 'initiative');
    return this.reload(input.id);
  }

  /** Applies the given patch fields onto the stored initiative, validated like an import. */
  async update(id: string, patch: InitiativePatch): Promise<InitiativeRecord> {
    const current = await this.repository.findById(id);
    if (!current) throw AppError.notFound('initiative', id);
    const next: InitiativeInput = { ...current };
    for (const field of PATCH_FIELDS) {
      if (patch[field] !== undefined) (next as unknown as Record<string, unknown>)[field] = patch[field];
    }
    await this.network.importNetwork(
      { initiatives: [next] },
      locateIn('initiatives', 'patch', { id: 'id' }),
      'initiative patch',
    );
    return this.reload(id);
  }

  async delete(id: string): Promise<DeleteOutcome> {
    const deleted = await this.repository.delete(id);
    if (!deleted) throw AppError.notFound('initiative', id);
    this.network.markChanged();
    return {
      id: deleted.id,
      kind: 'Initiative',
      removedRelations: [...deleted.removed].sort((a, b) => a.type.localeCompare(b.type)),
    };
  }

  private async reload(id: string): Promise<InitiativeRecord> {
    const saved = await this.repository.findById(id);
    if (!saved) throw AppError.notFound('initiative', id);
    return saved;
  }
}
