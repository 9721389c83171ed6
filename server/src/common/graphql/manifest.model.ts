import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from './date.scalar.js';

@ObjectType({ description: 'a name and its value, as text' })
export class ManifestEntry {
  @Field(() => String) name: string;
  @Field(() => String) value: string;
}

@ObjectType({
  description:
    'The reproducibility receipt of an answer or an export: the data version, as-of date, filters, algorithm, parameters, seed, software version and a line to cite it by (docs/metrics.md, "Reproducibility receipt").',
})
export class Manifest {
  @Field(() => String, { description: 'the data version the answer was computed on (changes with every write)' })
  dataVersion: string;
  @Field(() => DateScalar, { nullable: true, description: 'the network as of this date, when about the past' })
  asOf: string | null;
  @Field(() => [ManifestEntry], { description: 'which part of the network; empty = all of it' })
  filters: ManifestEntry[];
  @Field(() => String, { description: 'what was computed, by which method' }) algorithm: string;
  @Field(() => [ManifestEntry]) parameters: ManifestEntry[];
  @Field(() => Int, { nullable: true, description: 'the seed of every random choice, when there is one' })
  seed: number | null;
  @Field(() => String, { description: 'name and version of the software' }) software: string;
  @Field(() => String, { description: 'when the receipt was made (ISO 8601)' }) generatedAt: string;
  @Field(() => String, { description: 'a line to cite the figure by' }) citeAs: string;
}
