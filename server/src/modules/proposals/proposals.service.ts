import { Injectable } from '@nestjs/common';
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../common/app-error.js';
import { Neo4jService } from '../../database/neo4j.service.js';
import { describeCounts } from '../../domain/change-entries.js';
import type { StateRow } from '../../domain/change.types.js';
import type { NetworkInput, NetworkSection } from '../../domain/network.types.js';
import { NetworkService } from '../network/network.service.js';
import { ProposalsRepository, type NamedRow, type ProposalRow, type ProposalStatus } from './proposals.repository.js';
import { findDuplicates } from './utils/duplicates.js';
import {
  laterEdits,
  proposalChanges,
  proposalWrites,
  type ProposalChange,
  type SnapshotEntity,
} from './utils/proposal-diff.js';
import { NEW_ID_PREFIX, proposedEntities, resolveNewIds } from './utils/proposal-input.js';

/** A proposed actor or initiative that looks like existing ones: the editor may use one of those instead. */
export interface DuplicateGroup {
  newId: string;
  kind: 'ACTOR' | 'INITIATIVE';
  name: string;
  region: string | null;
  candidates: NamedRow[];
}

/** A proposal against the state now: its changes, whether later edits made it stale, the duplicates it may bring. */
export interface ProposalReview {
  stale: boolean;
  laterEdits: string[];
  initiativeDeleted: boolean;
  changes: ProposalChange[];
  duplicates: DuplicateGroup[];
  /** names of the actors and initiatives the changes name, by node key (`actor:<id>`) */
  labels: { key: string; name: string }[];
}

const MAX_CANDIDATES = 10;

/**
 * Proposals for editors: the pending ones with their diff against the state now, accept (ONE
 * change set through the network's write path, recorded as "<editor> (proposal from
 * <contact>)") and reject with a note.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly db: Neo4jService,
    private readonly network: NetworkService,
    private readonly repository: ProposalsRepository,
  ) {}

  /** The initiative and every relation it has now, with their change marks; empty when it is absent. */
  async snapshot(initiativeId: string, tx?: ManagedTransaction): Promise<SnapshotEntity[]> {
    if (!tx) return this.db.readTx((t) => this.snapshot(initiativeId, t));
    const [initiative] = await this.network.states(tx, 'initiatives', [{ id: initiativeId }]);
    if (!initiative) return [];
    const relations = await this.network.relationsOf(tx, 'initiatives', [initiativeId]);
    return [
      { section: 'initiatives', row: initiative.state, seq: initiative.seq },
      ...relations.map((r) => ({ section: r.section, row: r.stored.state, seq: r.stored.seq })),
    ];
  }

  list(status: ProposalStatus | null, first: number): Promise<ProposalRow[]> {
    return this.repository.listProposals(status, first);
  }

  /** The problems of proposed rows as importNetwork would find them (enum values, dates, scores, references). */
  problemsOf(input: NetworkInput) {
    return this.network.findProblems(input);
  }

  countPending(): Promise<number> {
    return this.repository.countPending();
  }

  async get(id: string): Promise<ProposalRow> {
    const found = await this.repository.getProposal(id);
    if (!found) throw AppError.notFound('proposal', id);
    return found;
  }

  async review(proposal: ProposalRow): Promise<ProposalReview> {
    const base = JSON.parse(proposal.base) as SnapshotEntity[];
    const proposed = JSON.parse(proposal.proposed) as NetworkInput;
    const current = await this.snapshot(proposal.initiativeId);
    const changes = proposalChanges(base, proposedEntities(proposed), current);
    const later = laterEdits(base, current);
    return {
      stale: later.length > 0 || changes.some((c) => c.stale),
      laterEdits: later,
      initiativeDeleted: current.length === 0,
      changes,
      duplicates: await this.duplicates(proposed),
      labels: await this.labels(proposal.initiativeId, proposed, current),
    };
  }

  private async duplicates(proposed: NetworkInput): Promise<DuplicateGroup[]> {
    const groups: DuplicateGroup[] = [];
    const kinds = [
      ['ACTOR', 'actor', proposed.actors ?? []],
      ['INITIATIVE', 'initiative', proposed.initiatives ?? []],
    ] as const;
    for (const [kind, name, rows] of kinds) {
      const fresh = rows.filter((r) => r.id.startsWith(NEW_ID_PREFIX));
      if (fresh.length === 0) continue;
      const existing = await this.repository.nameCandidates(name);
      for (const row of fresh) {
        const candidates = findDuplicates(row, existing).slice(0, MAX_CANDIDATES);
        if (candidates.length > 0)
          groups.push({ newId: row.id, kind, name: row.name, region: row.region ?? null, candidates });
      }
    }
    return groups;
  }

  /** Names by node key: the stored ones (the initiative's own name as it is now), and the new ones the proposal brings. */
  private async labels(
    initiativeId: string,
    proposed: NetworkInput,
    current: readonly SnapshotEntity[],
  ): Promise<{ key: string; name: string }[]> {
    const tied = await this.repository.tiedNames(initiativeId);
    const labels = new Map<string, string>();
    const fresh = <T extends { id: string }>(rows: T[] | null | undefined) =>
      (rows ?? []).filter((r) => r.id.startsWith(NEW_ID_PREFIX));
    for (const a of [...tied.actors, ...fresh(proposed.actors)]) labels.set(`actor:${a.id}`, a.name);
    for (const i of [...tied.initiatives, ...fresh(proposed.initiatives)]) labels.set(`initiative:${i.id}`, i.name);
    const own = current.find((e) => e.section === 'initiatives')?.row ?? proposed.initiatives?.[0];
    if (own) labels.set(`initiative:${initiativeId}`, String(own.name));
    return [...labels].map(([key, name]) => ({ key, name }));
  }

  /**
   * Applies a pending proposal as ONE change set (operation APPLY_PROPOSAL) through the network's
   * write path: its own changes onto the state now, with `merges` naming the existing actor or
   * initiative to use instead of a new one it brings in. Returns the proposal and the change's seq
   * (null when nothing was left to change).
   */
  async accept(
    id: string,
    merges: readonly { newId: string; existingId: string }[],
    editor: string,
  ): Promise<{ proposal: ProposalRow; seq: number | null }> {
    const proposal = await this.pending(id);
    const proposedInput = JSON.parse(proposal.proposed) as NetworkInput;
    const resolved = resolveNewIds(proposedInput, await this.checkMerges(proposedInput, merges));
    const problems = await this.network.findProblems(resolved);
    if (problems.length > 0) throw AppError.badInput(problems, 'proposal');
    const base = JSON.parse(proposal.base) as SnapshotEntity[];
    const proposed = proposedEntities(resolved);
    const preview = proposalChanges(base, proposed, await this.current(proposal.initiativeId, proposed));
    if (preview.length === 0)
      return { proposal: await this.mark(proposal.id, 'ACCEPTED', editor, null, null), seq: null };
    const who = `${editor} (proposal from ${proposal.contactName})`;
    return this.db.writeTx({ who, operation: 'APPLY_PROPOSAL' }, async (w) => {
      const changes = proposalChanges(base, proposed, await this.current(proposal.initiativeId, proposed, w.tx));
      const writes = proposalWrites(changes);
      await this.network.deleteRows(w.tx, writes.deletes);
      await this.network.writeRows(w.tx, writes.upserts as NetworkInput, w.seq);
      w.log.record(writes.entries);
      w.summary = `proposal from ${proposal.contactName} for initiative '${proposal.initiativeId}' accepted: ${describeCounts(w.log.countsByKind())}`;
      const reviewed = await this.repository.review(
        { id: proposal.id, status: 'ACCEPTED', reviewedBy: editor, note: null, appliedSeq: w.seq },
        w.tx,
      );
      if (!reviewed) throw new AppError('CONFLICT', `proposal '${id}' was reviewed meanwhile`);
      return { proposal: reviewed, seq: w.seq };
    });
  }

  /** The state now of the initiative's neighbourhood and of the new nodes the proposal writes. */
  private async current(
    initiativeId: string,
    proposed: SnapshotEntity[],
    tx?: ManagedTransaction,
  ): Promise<SnapshotEntity[]> {
    if (!tx) return this.db.readTx((t) => this.current(initiativeId, proposed, t));
    const snapshot = await this.snapshot(initiativeId, tx);
    const own = new Set(snapshot.map((e) => `${e.section}:${JSON.stringify(e.row)}`));
    for (const section of ['actors', 'initiatives'] as const) {
      const rows = proposed.filter((e) => e.section === section && e.row.id !== initiativeId).map((e) => e.row);
      for (const s of await this.network.states(tx, section, rows)) {
        if (!own.has(`${section}:${JSON.stringify(s.state)}`)) snapshot.push({ section, row: s.state, seq: s.seq });
      }
    }
    return snapshot;
  }

  /** The merges as a map; each must name a new entity of the proposal and an existing one of its kind. */
  private async checkMerges(
    proposed: NetworkInput,
    merges: readonly { newId: string; existingId: string }[],
  ): Promise<Map<string, string>> {
    const sectionOf = new Map<string, 'actors' | 'initiatives'>();
    for (const a of proposed.actors ?? []) sectionOf.set(a.id, 'actors');
    for (const i of proposed.initiatives ?? []) if (i.id.startsWith(NEW_ID_PREFIX)) sectionOf.set(i.id, 'initiatives');
    const problems = [];
    const map = new Map<string, string>();
    for (const [i, m] of merges.entries()) {
      const section = sectionOf.get(m.newId);
      if (!section) {
        problems.push({
          path: `merges[${i}].newId`,
          message: `'${m.newId}' is not a new actor or initiative of this proposal`,
        });
        continue;
      }
      const found = await this.db.readTx((tx) => this.network.states(tx, section, [{ id: m.existingId }]));
      if (found.length === 0) {
        problems.push({
          path: `merges[${i}].existingId`,
          message: `there is no ${section.slice(0, -1)} '${m.existingId}'`,
        });
      }
      map.set(m.newId, m.existingId);
    }
    if (problems.length > 0) throw AppError.badInput(problems, 'merges');
    return map;
  }

  async reject(id: string, note: string, editor: string): Promise<ProposalRow> {
    const trimmed = note.trim();
    if (trimmed === '') {
      throw AppError.badInput(
        [{ path: 'note', message: 'say why the proposal is rejected (the note is required)' }],
        'arguments',
      );
    }
    await this.pending(id);
    return this.mark(id, 'REJECTED', editor, trimmed, null);
  }

  private async mark(
    id: string,
    status: 'ACCEPTED' | 'REJECTED',
    editor: string,
    note: string | null,
    appliedSeq: number | null,
  ): Promise<ProposalRow> {
    const reviewed = await this.repository.review({ id, status, reviewedBy: editor, note, appliedSeq });
    if (!reviewed) throw new AppError('CONFLICT', `proposal '${id}' was reviewed meanwhile`);
    return reviewed;
  }

  private async pending(id: string): Promise<ProposalRow> {
    const proposal = await this.get(id);
    if (proposal.status !== 'PENDING') {
      throw new AppError(
        'CONFLICT',
        `proposal '${id}' was ${proposal.status.toLowerCase()} already by ${proposal.reviewedBy ?? 'someone'}`,
      );
    }
    return proposal;
  }
}

/** The rows of a snapshot without their change marks (what a proposal stores as its base). */
export function baseRows(snapshot: readonly SnapshotEntity[]): { section: NetworkSection; row: StateRow }[] {
  return snapshot.map(({ section, row }) => ({ section, row }));
}
