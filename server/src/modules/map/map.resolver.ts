import { Query, Resolver } from '@nestjs/graphql';
import { InitiativePlace, MapSettings } from './models/map.model.js';
import { MapService } from './map.service.js';

/** Thin resolvers over MapService. */
@Resolver()
export class MapResolver {
  constructor(private readonly map: MapService) {}

  @Query(() => [InitiativePlace], {
    description: 'Every initiative with coordinates and where it is, ordered by id (for the map).',
  })
  initiativePlaces(): Promise<InitiativePlace[]> {
    return this.map.places();
  }

  @Query(() => MapSettings, { description: "The map's basemap style and whether region boundaries are configured." })
  mapSettings(): MapSettings {
    return this.map.settings();
  }
}
