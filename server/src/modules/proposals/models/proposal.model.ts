import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EntityKind } from '../../../domain/change.types.js';
import { ChangeEntityKindEnum } from '../../history/models/change-set.model.js';
import { DateTimeScalar } from '../../history/models/date-time.scalar.js';
import type { ProposalStatus as Status } from '../proposals.repository.js';
import type { ProposalAction as Action } from '../utils/proposal-diff.js';

export const ProposalStatusEnum = { PENDING: 'PENDING', ACCEPTED: 'ACCEPTED', REJECTED: 'REJECTED' } as const;
registerEnumType(ProposalStatusEnum, {
  name: 'ProposalStatus',
  description: 'PENDING: waits for an editor; ACCEPTED: applied as one change set; REJECTED: with a note',
});

export const ProposalActionEnum = { ADDED: 'ADDED', REMOVED: 'REMOVED', CHANGED: 'CHANGED' } as const;
registerEnumType(ProposalActionEnum, {
  name: 'ProposalAction',
  description: 'What a proposal does to one entity: ADDED (absent now), REMOVED, CHANGED (some fields)',
});

export const DuplicateKindEnum = { ACTOR: 'ACTOR', INITIATIVE: 'INITIATIVE' } as const;
registerEnumType(DuplicateKindEnum, { name: 'ProposalNodeKind', description: 'An actor or an initiative' });

@ObjectType({
  description:
    'An update link: a token bound to one initiative that may only read its form and propose changes to it (GET /api/update, POST /api/update/proposals). Stored as a hash.',
})
export class UpdateLink {
  @Field(() => ID) id: string;
  @Field(() => ID) initiativeId: string;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field(() => String, { description: 'the editor who created it' }) createdBy: string;
  @Field(() => DateTimeScalar) expiresAt: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'to the minute' }) lastUsedAt: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt: string | null;
  @Field(() => String, { nullable: true }) revokedBy: string | null;
  @Field(() => Boolean, { description: 'neither revoked nor expired' }) active: boolean;
}

@ObjectType({ description: 'A new update link: the token is shown this once and never again.' })
export class CreatedUpdateLink {
  @Field(() => UpdateLink) link: UpdateLink;
  @Field(() => String, {
    description: 'the link is <dashboard>/update#<token>; give it to the contact now, it is not kept',
  })
  token: string;
}

@ObjectType({ description: 'One field of a proposed change, each value as JSON text (null: not set).' })
export class ProposalField {
  @Field(() => String, { description: 'the field; characteristics as characteristic.<NAME>.score / .evidence' })
  field: string;
  @Field(() => String, { description: 'what the contact saw' }) base: string;
  @Field(() => String, { description: 'what is stored now' }) current: string;
  @Field(() => String, { description: 'what the contact proposes' }) proposed: string;
  @Field(() => Boolean, { description: 'changed by someone else since the proposal was made' }) stale: boolean;
}

@ObjectType({ description: 'What a proposal does to one initiative, actor or relation, against the state now.' })
export class ProposalChange {
  @Field(() => ChangeEntityKindEnum) kind: EntityKind;
  @Field(() => String, {
    description: "the entity's key, as in the change log (initiative:<id>, INVOLVED_IN:actor:<a>->initiative:<i>, …)",
  })
  key: string;
  @Field(() => ProposalActionEnum) action: Action;
  @Field(() => String, { nullable: true, description: 'the state now, JSON (null: absent)' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'the state accepting writes, JSON (null: deleted)' })
  after: string | null;
  @Field(() => [ProposalField]) fields: ProposalField[];
  @Field(() => Boolean) stale: boolean;
}

@ObjectType({ description: 'An existing actor or initiative.' })
export class NamedNode {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) region: string | null;
}

@ObjectType({
  description:
    'A new actor or initiative a proposal names that looks like existing ones (the same name once normalised: case, accents, punctuation and words such as Stichting or Foundation left out; the same region when both have one).',
})
export class ProposalDuplicate {
  @Field(() => ID, { description: "the proposal's id for it (new:…)" }) newId: string;
  @Field(() => DuplicateKindEnum) kind: 'ACTOR' | 'INITIATIVE';
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => [NamedNode]) candidates: NamedNode[];
}

@ObjectType({ description: 'A name for a node key (actor:<id>, initiative:<id>) the changes mention.' })
export class NodeLabel {
  @Field(() => String) key: string;
  @Field(() => String) name: string;
}

@ObjectType({ description: 'A proposal against the state now.' })
export class ProposalReview {
  @Field(() => Boolean, {
    description: 'something changed the initiative or its relations since the proposal was made',
  })
  stale: boolean;
  @Field(() => [String], { description: 'the keys of what changed since' }) laterEdits: string[];
  @Field(() => Boolean) initiativeDeleted: boolean;
  @Field(() => [ProposalChange]) changes: ProposalChange[];
  @Field(() => [ProposalDuplicate]) duplicates: ProposalDuplicate[];
  @Field(() => [NodeLabel]) labels: NodeLabel[];
}

@ObjectType({
  description: 'Changes to one initiative proposed through an update link, for an editor to accept or reject.',
})
export class Proposal {
  @Field(() => ID) id: string;
  @Field(() => ID) initiativeId: string;
  @Field(() => ID) linkId: string;
  @Field(() => String, { description: 'the name the contact typed' }) contactName: string;
  @Field(() => String, { nullable: true }) contactEmail: string | null;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => ProposalStatusEnum) status: Status;
  @Field(() => DateTimeScalar) submittedAt: string;
  @Field(() => DateTimeScalar, { nullable: true }) reviewedAt: string | null;
  @Field(() => String, { nullable: true }) reviewedBy: string | null;
  @Field(() => String, { nullable: true, description: "the editor's note (a rejection's reason)" }) note: string | null;
  @Field(() => Int, { nullable: true, description: 'the change set that applied it' }) appliedSeq: number | null;
  /** the stored JSON, for the review field */
  base: string;
  proposed: string;
}

@InputType({ description: 'Use an existing actor or initiative instead of one a proposal brings in.' })
export class ProposalMergeInput {
  @Field(() => ID, { description: "the proposal's id for the new one (new:…)" }) newId: string;
  @Field(() => ID, { description: 'the existing actor or initiative' }) existingId: string;
}

@ObjectType()
export class AcceptedProposal {
  @Field(() => Proposal) proposal: Proposal;
  @Field(() => Int, { nullable: true, description: 'the change set (null: nothing was left to change)' })
  changeSeq: number | null;
}
