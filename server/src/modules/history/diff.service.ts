import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { actionOf } from '../../domain/change.types.js';
import type { ChangeEntry } from '../../domain/change.types.js';
import { WorkerPool } from '../../workers/worker-pool.js';
import { AnalyticsService } from '../analytics/analytics.service.js';
import type { NetworkProjection } from '../analytics/engine/projection.js';
import { HistoryRepository } from './history.repository.js';
import type { ChangePointInput } from './models/change-set.model.js';
import type { DiffPoint, DiffSection, NetworkDiff } from './models/network-diff.model.js';
import { applyStates, netChanges, statesAt } from './utils/rewind.js';
import { entityChangeOf } from './utils/present.js';

export const MAX_DIFF_LIMIT = 1000;
/** answers kept per process (the same diff asked again, e.g. while the dashboard redraws) */
const KEPT = 16;

function section(entries: ChangeEntry[], limit: number): DiffSection {
  const count = (action: string) => entries.filter((e) => actionOf(e) === action).length;
  return {
    added: count('CREATED'),
    removed: count('DELETED'),
    changed: count('UPDATED'),
    items: entries.slice(0, limit).map(entityChangeOf),
  };
}

const relations = (p: NetworkProjection) => p.involvements.length + p.influences.length + p.amplifications.length;

/**
 * networkDiff: the network at two points of the history, compared. The current projection (the
 * analytics', read at a known data version) is rewound through the change log to each point; the
 * entities added, removed and changed come from the log itself, the structural changes from
 * comparing the two rewound projections in the worker pool.
 */
@Injectable()
export class DiffService {
  private readonly kept = new Map<string, Promise<NetworkDiff>>();

  constructor(
    private readonly repository: HistoryRepository,
    private readonly analytics: AnalyticsService,
    private readonly workers: WorkerPool,
  ) {}

  async diff(from: ChangePointInput, to: ChangePointInput | null, limit: number): Promise<NetworkDiff> {
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_DIFF_LIMIT) {
      throw AppError.badInput(
        [{ path: 'limit', message: `${limit} is not allowed: limit is from 0 to ${MAX_DIFF_LIMIT}` }],
        'networkDiff',
      );
    }
    const snapshot = await this.analytics.snapshot();
    const a = await this.point(from, 'from', snapshot.version);
    const b = to ? await this.point(to, 'to', snapshot.version) : await this.pointOf(snapshot.version);
    const bounds = await this.repository.bounds();
    if (Math.min(a.seq, b.seq) < bounds.historyFrom - 1) {
      throw AppError.badInput(
        [
          {
            path: a.seq <= b.seq ? 'from' : 'to',
            message: `history before #${bounds.historyFrom} was compacted: choose a later point`,
          },
        ],
        'networkDiff',
      );
    }
    const key = `${snapshot.version}:${a.seq}:${b.seq}:${limit}`;
    let answer = this.kept.get(key);
    if (!answer) {
      answer = this.compute(snapshot, a, b, limit);
      this.kept.set(key, answer);
      answer.catch(() => this.kept.delete(key));
      if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
    }
    return answer;
  }

  private async compute(current: NetworkProjection & { version: number }, a: DiffPoint, b: DiffPoint, limit: number) {
    const lowest = Math.min(a.seq, b.seq);
    const logged = await this.repository.entriesBetween(lowest, current.version);
    const net = netChanges(logged, a.seq, b.seq);
    const atFrom = applyStates(current, statesAt(logged, a.seq));
    const atTo = applyStates(current, statesAt(logged, b.seq));
    const structure = await this.workers.run('diffStructure', atFrom, atTo, limit);
    const [lo, hi] = [Math.min(a.seq, b.seq), Math.max(a.seq, b.seq)];
    return {
      from: a,
      to: b,
      changeSets: new Set(logged.filter((l) => l.seq > lo && l.seq <= hi).map((l) => l.seq)).size,
      figures: {
        initiatives: { before: atFrom.initiatives.length, after: atTo.initiatives.length },
        actors: { before: atFrom.actors.length, after: atTo.actors.length },
        relations: { before: relations(atFrom), after: relations(atTo) },
        ...structure.figures,
      },
      initiatives: section(
        net.filter((e) => e.section === 'initiatives'),
        limit,
      ),
      actors: section(
        net.filter((e) => e.section === 'actors'),
        limit,
      ),
      relations: section(
        net.filter((e) => e.section !== 'initiatives' && e.section !== 'actors'),
        limit,
      ),
      isolatesAppeared: structure.isolatesAppeared,
      isolatesTied: structure.isolatesTied,
      componentsMerged: structure.componentsMerged,
      componentsSplit: structure.componentsSplit,
      bridgesGained: structure.bridgesGained.map(([x, y]) => ({ a: x, b: y })),
      bridgesLost: structure.bridgesLost.map(([x, y]) => ({ a: x, b: y })),
      brokersGained: structure.brokersGained,
      brokersLost: structure.brokersLost,
    };
  }

  /** A point given by seq or instant, resolved to a seq no later than the data version. */
  private async point(input: ChangePointInput, path: string, version: number): Promise<DiffPoint> {
    const bySeq = input.seq !== null && input.seq !== undefined;
    const byTime = input.at !== null && input.at !== undefined;
    if (bySeq === byTime) {
      throw AppError.badInput([{ path, message: 'give either seq or at' }], 'networkDiff');
    }
    if (bySeq) {
      const seq = input.seq!;
      if (!Number.isInteger(seq) || seq < 0 || seq > version) {
        throw AppError.badInput(
          [{ path: `${path}.seq`, message: `${seq} is not allowed: from 0 to the data version ${version}` }],
          'networkDiff',
        );
      }
      return this.pointOf(seq);
    }
    const bounds = await this.repository.bounds();
    if (bounds.compactedBefore !== null && new Date(input.at!).getTime() < bounds.compactedBefore) {
      const since = new Date(bounds.compactedBefore).toISOString();
      throw AppError.badInput(
        [{ path: `${path}.at`, message: `history before ${since} was compacted` }],
        'networkDiff',
      );
    }
    const found = await this.repository.seqAt(input.at!);
    if (found) return { seq: Math.min(found.seq, version), at: new Date(found.at).toISOString() };
    return { seq: Math.max(0, bounds.historyFrom - 1), at: null };
  }

  private async pointOf(seq: number): Promise<DiffPoint> {
    if (seq === 0) return { seq, at: null };
    const row = await this.repository.get(seq);
    return { seq, at: row ? new Date(row.at).toISOString() : null };
  }
}
