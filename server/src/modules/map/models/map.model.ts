import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'where an initiative is (WGS84 degrees)' })
export class InitiativePlace {
  @Field(() => ID, { description: 'the initiative id' }) id: string;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
}

@ObjectType({ description: "the map's configuration" })
export class MapSettings {
  @Field(() => String, {
    nullable: true,
    description: 'a MapLibre style URL for the basemap (MAP_STYLE_URL); null: a plain background',
  })
  styleUrl: string | null;
  @Field(() => Boolean, {
    description: 'true when region boundaries are configured (REGIONS_GEOJSON), served at GET /api/map/regions',
  })
  regionBoundaries: boolean;
}
