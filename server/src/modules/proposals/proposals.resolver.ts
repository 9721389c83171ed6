import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, writerName, type Principal } from '../../auth/principal.js';
import { RequireRole } from '../../auth/roles.decorator.js';
import { KIND_OF_SECTION } from '../../domain/change.types.js';
import {
  AcceptedProposal,
  CreatedUpdateLink,
  Proposal,
  ProposalMergeInput,
  ProposalReview,
  ProposalStatusEnum,
  UpdateLink,
} from './models/proposal.model.js';
import type { ProposalRow, ProposalStatus, UpdateLinkRow } from './proposals.repository.js';
import { ProposalsService } from './proposals.service.js';
import { LINK_DEFAULT_DAYS, UpdateLinksService } from './update-links.service.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const json = (v: unknown) => JSON.stringify(v ?? null);

function linkOf(row: UpdateLinkRow): UpdateLink {
  return {
    ...row,
    createdAt: iso(row.createdAt)!,
    expiresAt: iso(row.expiresAt)!,
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
    active: row.revokedAt === null && row.expiresAt > Date.now(),
  };
}

function proposalOf(row: ProposalRow): Proposal {
  return { ...row, submittedAt: iso(row.submittedAt)!, reviewedAt: iso(row.reviewedAt) };
}

/** Update links and proposals for editors: create, list and revoke links; review, accept and reject proposals. */
@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly links: UpdateLinksService,
    private readonly service: ProposalsService,
  ) {}

  @Mutation(() => CreatedUpdateLink, {
    description: `Creates an update link for an initiative (expires after expiresInDays, default ${LINK_DEFAULT_DAYS}, at most 365). The token is in the answer only. Needs the editor role.`,
  })
  @RequireRole('editor')
  async createUpdateLink(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('expiresInDays', { type: () => Int, defaultValue: LINK_DEFAULT_DAYS }) days: number,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<CreatedUpdateLink> {
    const created = await this.links.create(initiativeId, days, writerName(principal));
    return { link: linkOf(created.link), token: created.token };
  }

  @Query(() => [UpdateLink], { description: "An initiative's update links, newest first. Needs the editor role." })
  @RequireRole('editor')
  async updateLinks(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('includeRevoked', { type: () => Boolean, defaultValue: true }) includeRevoked: boolean,
  ): Promise<UpdateLink[]> {
    return (await this.links.list(initiativeId, includeRevoked)).map(linkOf);
  }

  @Mutation(() => UpdateLink, {
    description: 'Revokes an update link at once. NOT_FOUND when absent. Needs the editor role.',
  })
  @RequireRole('editor')
  async revokeUpdateLink(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<UpdateLink> {
    return linkOf(await this.links.revoke(id, writerName(principal)));
  }

  @Query(() => [Proposal], {
    name: 'proposals',
    description: 'Proposals, newest first (status null: all). Needs the editor role.',
  })
  @RequireRole('editor')
  async proposalList(
    @Args('status', { type: () => ProposalStatusEnum, nullable: true, defaultValue: 'PENDING' })
    status: ProposalStatus | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<Proposal[]> {
    return (await this.service.list(status, Math.min(Math.max(first, 1), 500))).map(proposalOf);
  }

  @Query(() => Proposal, { description: 'One proposal. NOT_FOUND when absent. Needs the editor role.' })
  @RequireRole('editor')
  async proposal(@Args('id', { type: () => ID }) id: string): Promise<Proposal> {
    return proposalOf(await this.service.get(id));
  }

  @Query(() => Int, { description: 'How many proposals wait for an editor. Needs the editor role.' })
  @RequireRole('editor')
  pendingProposalCount(): Promise<number> {
    return this.service.countPending();
  }

  @ResolveField(() => ProposalReview, {
    description: 'The proposal against the state now: its changes per entity and field, staleness, likely duplicates.',
    complexity: 200,
  })
  async review(@Parent() proposal: Proposal): Promise<ProposalReview> {
    const review = await this.service.review(proposal as unknown as ProposalRow);
    return {
      ...review,
      changes: review.changes.map((c) => ({
        kind: KIND_OF_SECTION[c.section],
        key: c.key,
        action: c.action,
        before: c.before ? json(c.before) : null,
        after: c.after ? json(c.after) : null,
        stale: c.stale,
        fields: c.fields.map((f) => ({
          field: f.field,
          base: json(f.base),
          current: json(f.current),
          proposed: json(f.proposed),
          stale: f.stale,
        })),
      })),
    };
  }

  @Mutation(() => AcceptedProposal, {
    description:
      "Applies a pending proposal as ONE change set (operation APPLY_PROPOSAL, who '<editor> (proposal from <contact>)'); merges name existing actors or initiatives to use instead of new ones it brings in. CONFLICT when already reviewed. Needs the editor role.",
  })
  @RequireRole('editor')
  async acceptProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('merges', { type: () => [ProposalMergeInput], defaultValue: [] }) merges: ProposalMergeInput[],
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<AcceptedProposal> {
    const accepted = await this.service.accept(id, merges, writerName(principal));
    return { proposal: proposalOf(accepted.proposal), changeSeq: accepted.seq };
  }

  @Mutation(() => Proposal, {
    description: 'Rejects a pending proposal with a note (required). Needs the editor role.',
  })
  @RequireRole('editor')
  async rejectProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String }) note: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<Proposal> {
    return proposalOf(await this.service.reject(id, note, writerName(principal)));
  }
}
