import { Injectable } from '@nestjs/common';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { Neo4jService } from '../../database/neo4j.service.js';

/** An update link as stored (never its hash); times in epoch milliseconds. */
export interface UpdateLinkRow {
  id: string;
  initiativeId: string;
  createdAt: number;
  createdBy: string;
  expiresAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
  revokedBy: string | null;
}

export type ProposalStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/** A proposal as stored: base and proposed are JSON text. */
export interface ProposalRow {
  id: string;
  linkId: string;
  initiativeId: string;
  contactName: string;
  contactEmail: string | null;
  message: string | null;
  base: string;
  proposed: string;
  status: ProposalStatus;
  submittedAt: number;
  reviewedAt: number | null;
  reviewedBy: string | null;
  note: string | null;
  appliedSeq: number | null;
}

export interface NamedRow {
  id: string;
  name: string;
  region: string | null;
  kind?: string | null;
}

/**
 * Plain data access for update links and proposals. They are not network data: their writes go
 * through writeMetadata (no data version, no change set), except marking a proposal accepted,
 * which runs inside the change set that applies it.
 */
@Injectable()
export class ProposalsRepository {
  constructor(private readonly db: Neo4jService) {}

  async createLink(params: {
    id: string;
    initiativeId: string;
    hash: string;
    createdBy: string;
    days: number;
  }): Promise<UpdateLinkRow> {
    const [row] = await this.db.writeMetadata((tx) =>
      this.db.run<{ link: UpdateLinkRow }>(tx, 'proposals/create-update-link', {
        ...params,
        days: neo4j.int(params.days),
      }),
    );
    return row!.link;
  }

  async findLink(hash: string): Promise<UpdateLinkRow | null> {
    const [row] = await this.db.read<{ link: UpdateLinkRow }>('proposals/find-update-link', { hash });
    return row?.link ?? null;
  }

  async listLinks(initiativeId: string, includeRevoked: boolean): Promise<UpdateLinkRow[]> {
    const rows = await this.db.read<{ link: UpdateLinkRow }>('proposals/list-update-links', {
      initiativeId,
      includeRevoked,
    });
    return rows.map((r) => r.link);
  }

  async revokeLink(id: string, revokedBy: string): Promise<UpdateLinkRow | null> {
    const [row] = await this.db.writeMetadata((tx) =>
      this.db.run<{ link: UpdateLinkRow }>(tx, 'proposals/revoke-update-link', { id, revokedBy }),
    );
    return row?.link ?? null;
  }

  async touchLink(id: string): Promise<void> {
    await this.db.writeMetadata((tx) => this.db.run(tx, 'proposals/touch-update-link', { id }));
  }

  /**
   * Stores a proposal unless the link made `limit` or more in the last `minutes` (counted and
   * created in one transaction); null when over the limit.
   */
  async createProposal(
    params: Omit<ProposalRow, 'status' | 'submittedAt' | 'reviewedAt' | 'reviewedBy' | 'note' | 'appliedSeq'>,
    limit: { count: number; minutes: number },
  ): Promise<ProposalRow | null> {
    return this.db.writeMetadata(async (tx) => {
      const [recent] = await this.db.run<{ count: number }>(tx, 'proposals/count-recent-proposals', {
        linkId: params.linkId,
        minutes: neo4j.int(limit.minutes),
      });
      if ((recent?.count ?? 0) >= limit.count) return null;
      const [row] = await this.db.run<{ proposal: ProposalRow }>(tx, 'proposals/create-proposal', params);
      return row!.proposal;
    });
  }

  async getProposal(id: string, tx?: ManagedTransaction): Promise<ProposalRow | null> {
    const [row] = tx
      ? await this.db.run<{ proposal: ProposalRow }>(tx, 'proposals/get-proposal', { id })
      : await this.db.read<{ proposal: ProposalRow }>('proposals/get-proposal', { id });
    return row?.proposal ?? null;
  }

  async listProposals(status: ProposalStatus | null, first: number): Promise<ProposalRow[]> {
    const rows = await this.db.read<{ proposal: ProposalRow }>('proposals/list-proposals', {
      status,
      first: neo4j.int(first),
    });
    return rows.map((r) => r.proposal);
  }

  async countPending(): Promise<number> {
    const [row] = await this.db.read<{ count: number }>('proposals/count-pending-proposals');
    return row?.count ?? 0;
  }

  /** Marks a pending proposal reviewed (in the given transaction, or its own); null when not pending. */
  async review(
    params: {
      id: string;
      status: 'ACCEPTED' | 'REJECTED';
      reviewedBy: string;
      note: string | null;
      appliedSeq: number | null;
    },
    tx?: ManagedTransaction,
  ): Promise<ProposalRow | null> {
    const args = { ...params, appliedSeq: params.appliedSeq === null ? null : neo4j.int(params.appliedSeq) };
    const [row] = tx
      ? await this.db.run<{ proposal: ProposalRow }>(tx, 'proposals/review-proposal', args)
      : await this.db.writeMetadata((t) =>
          this.db.run<{ proposal: ProposalRow }>(t, 'proposals/review-proposal', args),
        );
    return row?.proposal ?? null;
  }

  async nameCandidates(kind: 'actor' | 'initiative'): Promise<NamedRow[]> {
    return this.db.read<NamedRow & Record<string, unknown>>(`proposals/${kind}-name-candidates`);
  }

  async tiedNames(initiativeId: string): Promise<{ actors: NamedRow[]; initiatives: NamedRow[] }> {
    const [row] = await this.db.read<{ actors: NamedRow[]; initiatives: NamedRow[] }>('proposals/tied-names', {
      id: initiativeId,
    });
    return { actors: row?.actors ?? [], initiatives: row?.initiatives ?? [] };
  }
}
