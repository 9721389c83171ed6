import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import type { ActorInput } from '../network/models/network.types.js';
import { NetworkService } from '../network/network.service.js';
import { ActorsRepository } from './actors.repository.js';
import type { ActorPatch } from './dto/entities.inputs.js';
import type { ConnectionResult } from './initiatives.service.js';
import type {
  ActorFilterParams,
  ActorRecord,
  DeleteOutcome,
  InfluenceRecord,
  InvolvementRecord,
} from './models/entities.types.js';
import { checkPageSize, decodeCursor, encodeCursor } from './utils/cursor.js';
import { locateIn } from './utils/locate.js';

const CURSOR_KIND = 'actor';
const PATCH_FIELDS = ['name', 'kind', 'region'] as const satisfies readonly (keyof ActorPatch & keyof ActorInput)[];

/** Rules for actors: lookups and pages, and single-actor writes validated like an import. */
@Injectable()
export class ActorsService {
  constructor(
    private readonly repository: ActorsRepository,
    private readonly network: NetworkService,
  ) {}

  get(id: string): Promise<ActorRecord | null> {
    return this.repository.findById(id);
  }

  getMany(ids: readonly string[]): Promise<Map<string, ActorRecord>> {
    return this.repository.findByIds(ids);
  }

  async list(
    filter: ActorFilterParams,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionResult<ActorRecord>> {
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

  influencesOut(ids: readonly string[]): Promise<Map<string, InfluenceRecord[]>> {
    return this.repository.influencesOut(ids);
  }

  influencesIn(ids: readonly string[]): Promise<Map<string, InfluenceRecord[]>> {
    return this.repository.influencesIn(ids);
  }

  async create(input: ActorInput): Promise<ActorRecord> {
    if (typeof input.id === 'string' && (await this.repository.findById(input.id))) {
      throw new AppError('CONFLICT', `actor '${input.id}' already exists; use updateActor to change it`);
    }
    await this.network.importNetwork({ actors: [input] }, locateIn('actors', 'input'), 'actor');
    return this.reload(input.id);
  }

  async update(id: string, patch: ActorPatch): Promise<ActorRecord> {
    const current = await this.repository.findById(id);
    if (!current) throw AppError.notFound('actor', id);
    const next: ActorInput = { ...current };
    for (const field of PATCH_FIELDS) {
      if (patch[field] !== undefined) (next as unknown as Record<string, unknown>)[field] = patch[field];
    }
    await this.network.importNetwork({ actors: [next] }, locateIn('actors', 'patch', { id: 'id' }), 'actor patch');
    return this.reload(id);
  }

  async delete(id: string): Promise<DeleteOutcome> {
    const deleted = await this.repository.delete(id);
    if (!deleted) throw AppError.notFound('actor', id);
    this.network.markChanged();
    return {
      id: deleted.id,
      kind: 'Actor',
      removedRelations: [...deleted.removed].sort((a, b) => a.type.localeCompare(b.type)),
    };
  }

  private async reload(id: string): Promise<ActorRecord> {
    const saved = await this.repository.findById(id);
    if (!saved) throw AppError.notFound('actor', id);
    return saved;
  }
}
