import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { NetworkSlice } from '../../entities/models/graph.model.js';

@ObjectType({ description: 'Where to draw one node of a slice.' })
export class NodePosition {
  @Field(() => ID, { description: 'the GraphNode id (`initiative:<id>` or `actor:<id>`)' }) id: string;
  @Field(() => Float) x: number;
  @Field(() => Float) y: number;
}

@ObjectType({ description: 'Positions for every node of a network slice, computed on the server (ForceAtlas2).' })
export class SliceLayout {
  @Field(() => [NodePosition]) positions: NodePosition[];
  @Field(() => Int, { description: 'nodes laid out (the slice’s nodes, in its order)' }) nodeCount: number;
  @Field(() => Int, { description: 'edges that pulled on them' }) edgeCount: number;
  @Field(() => Int, { description: 'ForceAtlas2 iterations run' }) iterations: number;
  @Field(() => Int, { description: 'milliseconds the layout took when it was computed (cached answers keep it)' })
  millis: number;
  @Field(() => Boolean, { description: 'true when the node limit cut the slice short' }) truncated: boolean;
  @Field(() => NetworkSlice, {
    description:
      'the slice these positions are for (what networkSlice answers for the same filter and limit), from the same cache: slice and positions in one answer',
  })
  slice: NetworkSlice;
}
