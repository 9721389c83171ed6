import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many of each kind the import created or updated.' })
export class ImportReport {
  @Field(() => Int) initiatives: number;
  @Field(() => Int) actors: number;
  @Field(() => Int) involvements: number;
  @Field(() => Int) influences: number;
  @Field(() => Int) amplifications: number;
  @Field(() => Int) outcomes: number;
  @Field(() => Int) barriers: number;
}

@ObjectType()
export class NetworkStats {
  @Field(() => Int) initiatives: number;
  @Field(() => Int) actors: number;
  @Field(() => Int) involvements: number;
  @Field(() => Int) influences: number;
  @Field(() => Int) amplifications: number;
  @Field(() => Int, { description: 'connected components of T, an isolated initiative counting as one' })
  components: number;
  @Field(() => Int, { description: 'initiatives with no tie in T' })
  isolatedInitiatives: number;
  @Field(() => Int, { description: 'initiatives in the largest component of T' })
  largestComponent: number;
  @Field(() => Int, {
    description:
      'the data version: the sequence number of the last change set (the same in every server process); it grows with every write',
  })
  dataVersion: number;
}
