import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Actor, Initiative } from './entity.model.js';

@ObjectType('PageInfo', { description: 'Where a page of a connection starts and ends (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'more items match after this page' }) hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'pass as `after` for the next page; null on an empty page' })
  endCursor: string | null;
  @Field(() => Boolean, {
    description:
      'items matching the filter come before this page (at or before the `after` cursor); false on the first page',
  })
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: "the first edge's cursor; null on an empty page" })
  startCursor: string | null;
}

@ObjectType()
export class InitiativeEdge {
  @Field(() => String) cursor: string;
  @Field(() => Initiative) node: Initiative;
}

@ObjectType({ description: 'A page of initiatives, ordered by id.' })
export class InitiativeConnection {
  @Field(() => Int, { description: 'all initiatives matching the filter' }) totalCount: number;
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => [InitiativeEdge]) edges: InitiativeEdge[];
}

@ObjectType()
export class ActorEdge {
  @Field(() => String) cursor: string;
  @Field(() => Actor) node: Actor;
}

@ObjectType({ description: 'A page of actors, ordered by id.' })
export class ActorConnection {
  @Field(() => Int, { description: 'all actors matching the filter' }) totalCount: number;
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => [ActorEdge]) edges: ActorEdge[];
}
