import { Inject, Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { AppError } from '../../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MapRepository, type InitiativePlaceRecord } from './map.repository.js';

export interface MapSettingsResult {
  styleUrl: string | null;
  regionBoundaries: boolean;
}

/** The map's data and settings: initiatives' places, the basemap style, the region boundaries file. */
@Injectable()
export class MapService {
  constructor(
    private readonly repository: MapRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  places(): Promise<InitiativePlaceRecord[]> {
    return this.repository.places();
  }

  settings(): MapSettingsResult {
    return { styleUrl: this.config.mapStyleUrl, regionBoundaries: this.config.regionsGeojson !== null };
  }

  /** The REGIONS_GEOJSON file, checked to be a GeoJSON FeatureCollection; NOT_FOUND when none is configured. */
  async regionBoundaries(): Promise<string> {
    const file = this.config.regionsGeojson;
    if (file === null) throw new AppError('NOT_FOUND', 'no region boundaries: set REGIONS_GEOJSON to a GeoJSON file');
    const text = await readFile(file, 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new AppError('BAD_USER_INPUT', `REGIONS_GEOJSON ${file}: not JSON (${(error as Error).message})`);
    }
    if ((parsed as { type?: unknown } | null)?.type !== 'FeatureCollection')
      throw new AppError('BAD_USER_INPUT', `REGIONS_GEOJSON ${file}: not a GeoJSON FeatureCollection`);
    return text;
  }
}
