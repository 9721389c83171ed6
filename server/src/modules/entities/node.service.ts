import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../common/app-error.js';
import type { ChangeOperation } from '../../domain/change.types.js';
import type { NetworkInput } from '../../domain/network.types.js';
import type { NetworkService } from '../network/network.service.js';
import type { DeleteOutcome, Page, RelationCount } from './models/entities.types.js';
import { checkPageSize, decodeCursor, encodeCursor } from './utils/cursor.js';
import { locateIn } from './utils/locate.js';

export interface ConnectionResult<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

/** What the shared rules need of a node kind's repository. */
export interface NodeRepository<TRecord, TFilter> {
  findById(id: string): Promise<TRecord | null>;
  findByIds(ids: readonly string[]): Promise<Map<string, TRecord>>;
  list(params: { filter: TFilter; after: string | null; first: number }): Promise<Page<TRecord>>;
  /** deletes inside the given write transaction; null when there was nothing to delete */
  delete(tx: ManagedTransaction, id: string): Promise<{ id: string; removed: RelationCount[] } | null>;
}

/** How one node kind is named in messages, cursors and the import it writes through. */
export interface NodeKindConfig<TInput, TPatch> {
  /** 'initiative' | 'actor': messages and cursors */
  kind: string;
  /** 'Initiative' | 'Actor': the delete outcome's kind and the update mutation's name */
  label: string;
  /** the NetworkInput section a one-row import writes */
  section: 'initiatives' | 'actors';
  /** the patchable fields (all but id) */
  patchFields: readonly (keyof TPatch & keyof TInput)[];
  /** what the change log records for create, update and delete */
  operations: { create: ChangeOperation; update: ChangeOperation; delete: ChangeOperation };
}

/**
 * Rules shared by initiatives and actors: lookups and pages, and single-node writes validated and
 * written like a one-row import (CONFLICT on create for a taken id, NOT_FOUND for an absent one).
 */
export abstract class NodeService<TRecord extends { id: string }, TInput extends { id: string }, TPatch, TFilter> {
  protected constructor(
    protected readonly repository: NodeRepository<TRecord, TFilter>,
    protected readonly network: NetworkService,
    private readonly config: NodeKindConfig<TInput, TPatch>,
  ) {}

  get(id: string): Promise<TRecord | null> {
    return this.repository.findById(id);
  }

  getMany(ids: readonly string[]): Promise<Map<string, TRecord>> {
    return this.repository.findByIds(ids);
  }

  async list(filter: TFilter, first: number, after: string | null | undefined): Promise<ConnectionResult<TRecord>> {
    checkPageSize(first);
    const { kind } = this.config;
    const page = await this.repository.list({ filter, first, after: decodeCursor(kind, after) });
    const edges = page.items.map((node) => ({ cursor: encodeCursor(kind, node.id), node }));
    return {
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      edges,
    };
  }

  /** CONFLICT when the id is taken; otherwise validated and written as a one-row import. */
  async create(input: TInput, who: string): Promise<TRecord> {
    const { kind, label, section, operations } = this.config;
    if (typeof input.id === 'string' && (await this.repository.findById(input.id))) {
      throw new AppError('CONFLICT', `${kind} '${input.id}' already exists; use update${label} to change it`);
    }
    await this.network.importNetwork(this.rows([input]), {
      who,
      operation: operations.create,
      locate: locateIn(section, 'input'),
      what: kind,
    });
    return this.reload(input.id);
  }

  /** Applies the given patch fields onto the stored node, validated like an import. */
  async update(id: string, patch: TPatch, who: string): Promise<TRecord> {
    const { kind, section, patchFields, operations } = this.config;
    const current = await this.repository.findById(id);
    if (!current) throw AppError.notFound(kind, id);
    const next = { ...current } as unknown as TInput;
    for (const field of patchFields) {
      if (patch[field] !== undefined) (next as Record<string, unknown>)[field as string] = patch[field];
    }
    await this.network.importNetwork(this.rows([next]), {
      who,
      operation: operations.update,
      locate: locateIn(section, 'patch', { id: 'id' }),
      what: `${kind} patch`,
    });
    return this.reload(id);
  }

  /** Deletes the node with every relation it has, recording their states (so an undo restores them). */
  async delete(id: string, who: string): Promise<DeleteOutcome> {
    const { kind, section, operations } = this.config;
    const deleted = await this.network.deleteEntity(
      { who, operation: operations.delete },
      section,
      { id },
      (tx) => this.repository.delete(tx, id),
      () => AppError.notFound(kind, id),
    );
    return {
      id: deleted.id,
      kind: this.config.label,
      removedRelations: [...deleted.removed].sort((a, b) => a.type.localeCompare(b.type)),
    };
  }

  private rows(rows: TInput[]): NetworkInput {
    return { [this.config.section]: rows };
  }

  private async reload(id: string): Promise<TRecord> {
    const saved = await this.repository.findById(id);
    if (!saved) throw AppError.notFound(this.config.kind, id);
    return saved;
  }
}
