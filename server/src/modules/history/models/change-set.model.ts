import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CHANGE_OPERATIONS,
  ENTITY_KINDS,
  type ChangeAction,
  type ChangeOperation,
  type EntityKind,
} from '../../../domain/change.types.js';
import { PageInfo } from '../../entities/models/connection.model.js';
import { DateTimeScalar } from './date-time.scalar.js';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ChangeOperationEnum = asEnum(CHANGE_OPERATIONS);
registerEnumType(ChangeOperationEnum, {
  name: 'ChangeOperation',
  description:
    'What wrote a change set: IMPORT_NETWORK (the mutation), UPLOAD (POST /api/import), CLI_IMPORT (npm run import), SEED (the demo network), one value per create, update, upsert and delete mutation, UNDO, and APPLY_PROPOSAL (an editor accepted a proposal made through an update link)',
});
export const ChangeEntityKindEnum = asEnum(ENTITY_KINDS);
registerEnumType(ChangeEntityKindEnum, {
  name: 'ChangeEntityKind',
  description: 'The kinds of entity the change log records',
});
export const ChangeActionEnum = asEnum<ChangeAction>(['CREATED', 'UPDATED', 'DELETED']);
registerEnumType(ChangeActionEnum, {
  name: 'ChangeAction',
  description: 'CREATED: absent before; DELETED: absent after; UPDATED: present both times, some fields differ',
});

@ObjectType({ description: 'How many entities of one kind a change set created, updated and deleted.' })
export class ChangeCount {
  @Field(() => ChangeEntityKindEnum) kind: EntityKind;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) deleted: number;
}

@ObjectType({ description: 'One field of an entity before and after, each as JSON text (null: not set).' })
export class FieldChange {
  @Field(() => String) field: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

@ObjectType({ description: 'One node or relation a change touched: its state before and after.' })
export class EntityChange {
  @Field(() => ChangeEntityKindEnum) kind: EntityKind;
  @Field(() => ChangeActionEnum) action: ChangeAction;
  @Field(() => ID, {
    description:
      'the entity: GraphNode.id for initiatives and actors (initiative:<id>, actor:<id>), GraphEdge.id for relations (INVOLVED_IN:actor:<a>->initiative:<i> …), DeleteResult.id for outcomes and barriers',
  })
  key: string;
  @Field(() => [ID], { description: 'the GraphNode ids of the initiatives and actors it belongs to' })
  nodeIds: string[];
  @Field(() => String, { description: "in words: initiative 'x' (Name), involvement of actor 'a' in 'x', …" })
  label: string;
  @Field(() => [FieldChange], { description: 'the fields that differ (every field set, for CREATED and DELETED)' })
  fields: FieldChange[];
  @Field(() => String, {
    nullable: true,
    description: 'the whole state before as JSON (a row of the JSON export); null when absent',
  })
  before: string | null;
  @Field(() => String, { nullable: true, description: 'the whole state after as JSON; null when absent' })
  after: string | null;
}

@ObjectType({ description: 'A page of the entities a change set touched, in the order they were written.' })
export class EntityChangePage {
  @Field(() => Int, { description: 'all entities of the change set (matching entityId, when given)' })
  totalCount: number;
  @Field(() => [EntityChange]) items: EntityChange[];
}

@ObjectType({
  description:
    'One write: a sequence number from the database (the data version it made), when, who, the operation, a one-line summary, and the state before and after of every entity it changed.',
})
export class ChangeSet {
  @Field(() => Int, { description: 'the sequence number; change sets are numbered in commit order' }) seq: number;
  @Field(() => DateTimeScalar, { description: 'when it committed (the database clock)' }) at: string;
  @Field(() => String, { description: 'the name of the token that wrote it, `cli (<os user>)` or `demo seed`' })
  who: string;
  @Field(() => ChangeOperationEnum) operation: ChangeOperation;
  @Field(() => String) summary: string;
  @Field(() => [ChangeCount], { description: 'per kind, only kinds it changed' }) counts: ChangeCount[];
  @Field(() => Int, { description: 'entities changed' }) entryCount: number;
  @Field(() => Boolean, { description: 'a bulk change set (more than 1000 initiatives and actors touched)' })
  bulk: boolean;
  @Field(() => Int, { nullable: true, description: 'the change set this one undid (operation UNDO)' })
  undoes: number | null;
  @Field(() => Int, { nullable: true, description: 'the change set that undid this one, if any' })
  undoneBy: number | null;
}

@ObjectType()
export class ChangeSetEdge {
  @Field(() => String) cursor: string;
  @Field(() => ChangeSet) node: ChangeSet;
}

@ObjectType({ description: 'A page of change sets, newest first.' })
export class ChangeSetConnection {
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => [ChangeSetEdge]) edges: ChangeSetEdge[];
}

@ObjectType({ description: 'What compactHistory removed.' })
export class CompactionReport {
  @Field(() => Int) changeSets: number;
  @Field(() => Int) chunks: number;
  @Field(() => Int, { description: 'compressed entries removed, in bytes' }) bytes: number;
  @Field(() => Int, { description: 'the oldest sequence number still kept (history reaches back to it)' })
  historyFrom: number;
}

@InputType({
  description: 'A point in the history: a sequence number, or an instant (the last change set at or before it).',
})
export class ChangePointInput {
  @Field(() => Int, { nullable: true, description: 'after change set seq (0: before the first change set)' })
  seq?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) at?: string | null;
}
