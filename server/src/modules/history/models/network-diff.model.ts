import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from './date-time.scalar.js';
import { EntityChange } from './change-set.model.js';

@ObjectType({ description: 'One end of a networkDiff: after which change set, and when it committed.' })
export class DiffPoint {
  @Field(() => Int, { description: '0: before the first change set' }) seq: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when that change set committed; null for 0' })
  at: string | null;
}

@ObjectType({ description: 'Entities of one group added, removed and changed between the two points.' })
export class DiffSection {
  @Field(() => Int) added: number;
  @Field(() => Int) removed: number;
  @Field(() => Int) changed: number;
  @Field(() => [EntityChange], {
    description:
      'each with action CREATED (added), DELETED (removed) or UPDATED (changed, with its fields), by key, cut at limit',
  })
  items: EntityChange[];
}

@ObjectType({ description: 'A count at the two points.' })
export class DiffCount {
  @Field(() => Int) before: number;
  @Field(() => Int) after: number;
}

@ObjectType({ description: 'The figures of the network at the two points.' })
export class DiffFigures {
  @Field(() => DiffCount) initiatives: DiffCount;
  @Field(() => DiffCount) actors: DiffCount;
  @Field(() => DiffCount, { description: 'involvements, influences and amplifications' }) relations: DiffCount;
  @Field(() => DiffCount, { description: 'initiatives with no tie in T' }) isolates: DiffCount;
  @Field(() => DiffCount, { description: 'connected components of T' }) components: DiffCount;
  @Field(() => DiffCount, { description: 'bridges of T' }) bridges: DiffCount;
  @Field(() => DiffCount, { description: 'actors spanning two or more regions or themes' }) brokers: DiffCount;
}

@ObjectType({ description: 'An initiative or actor named in a networkDiff (as it was at the point it is listed for).' })
export class DiffNode {
  @Field(() => ID, { description: 'the initiative or actor id' }) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) region: string | null;
}

@ObjectType({ description: 'A tie of T whose removal would split its component, as two initiative ids (a < b).' })
export class TiePair {
  @Field(() => ID) a: string;
  @Field(() => ID) b: string;
}

@ObjectType({ description: 'A component of T that formed from several (merged) or fell apart into several (split).' })
export class ComponentChange {
  @Field(() => Int, { description: 'initiatives present at both points in it' }) size: number;
  @Field(() => [Int], { description: 'the sizes of the parts, largest first' }) parts: number[];
  @Field(() => [ID], { description: 'one initiative id of each part, in the order of parts' })
  representatives: string[];
}

@ObjectType({
  description:
    'What changed between two points of the history: entities added, removed and changed, and how the structure moved (isolates, components, bridges, brokers).',
})
export class NetworkDiff {
  @Field(() => DiffPoint) from: DiffPoint;
  @Field(() => DiffPoint) to: DiffPoint;
  @Field(() => Int, { description: 'change sets between the points that changed something' }) changeSets: number;
  @Field(() => DiffFigures) figures: DiffFigures;
  @Field(() => DiffSection) initiatives: DiffSection;
  @Field(() => DiffSection) actors: DiffSection;
  @Field(() => DiffSection, { description: 'involvements, influences, amplifications, outcomes and barriers' })
  relations: DiffSection;
  @Field(() => [DiffNode], {
    description: 'initiatives isolated at `to` that were not isolated (or not there) at `from`',
  })
  isolatesAppeared: DiffNode[];
  @Field(() => [DiffNode], { description: 'initiatives isolated at `from` that have a tie at `to`' })
  isolatesTied: DiffNode[];
  @Field(() => [ComponentChange]) componentsMerged: ComponentChange[];
  @Field(() => [ComponentChange]) componentsSplit: ComponentChange[];
  @Field(() => [TiePair]) bridgesGained: TiePair[];
  @Field(() => [TiePair]) bridgesLost: TiePair[];
  @Field(() => [DiffNode], { description: 'actors that became brokers (their initiatives span 2+ regions or themes)' })
  brokersGained: DiffNode[];
  @Field(() => [DiffNode]) brokersLost: DiffNode[];
}
