import { Alert, Group, Loader, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { explorerLink } from '../../routes/explorer-url';
import { Shell } from '../../components/Shell';
import { TimeFooter } from '../../components/TimeFooter';
import { hasWebgl2 } from '../../canvas/webgl';
import { useI18n } from '../../i18n';
import { DetailsDrawer } from '../../nodes/details/DetailsDrawer';
import { ClusterCountsEffect, FitEffect, MapDataEffect, MapEventsEffect, MapStatusEffect } from './effects';
import { MapCanvas, useMap } from './MapCanvas';
import { useBasemap, useBoundaries, useDrawing, useMapLegend, useMapQueries, type Drawing } from './map-drawing';
import { downloadMapPng, downloadMapSvg } from './map-export';
import { MapLegend } from './MapLegend';
import { parseMapState, writeMapState, type MapState } from './map-url';
import { SHADINGS } from './shading';
import { Unlocated } from './Unlocated';
import type { LegendContent } from '../../graph/legend';
import './map.css';

const PLAIN_BACKGROUND = '#EEF0EC';

type Update = (patch: Partial<MapState>) => void;

/** The map's state from the URL, and its update (a URL change). */
function useMapState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseMapState(params), [params]);
  const update: Update = useCallback((patch) => setParams((p) => writeMapState(p, patch)), [setParams]);
  return { state, update };
}

/** PNG and SVG downloads of the map, with the legend unless "Legend" is cleared. */
function MapExportControls({ legend, background }: { legend: LegendContent; background: string }) {
  const { t } = useI18n();
  const map = useMap();
  const [withLegend, setWithLegend] = useState(true);
  const content = withLegend ? legend : null;
  return (
    <div className="zoom-controls map-export" role="group" aria-label="Download">
      <button
        type="button"
        className="png-button"
        aria-label={t('map.png')}
        title={t('map.png')}
        onClick={() => void downloadMapPng(map, content)}
      >
        PNG
      </button>
      <button
        type="button"
        className="png-button"
        aria-label={t('map.svg')}
        title={t('map.svg')}
        onClick={() => downloadMapSvg(map, background, legend.title, content)}
      >
        SVG
      </button>
      <label className="legend-in-export" title={t('legend.includeHint')}>
        <input
          type="checkbox"
          checked={withLegend}
          onChange={(e) => setWithLegend(e.currentTarget.checked)}
          data-testid="legend-in-export"
        />
        {t('legend.short')}
      </label>
    </div>
  );
}

/** The left panel: what the areas are shaded by, how initiatives are coloured, what is drawn. */
function MapControls({
  state,
  update,
  drawing,
  regions,
  legend,
}: {
  state: MapState;
  update: Update;
  drawing: Drawing;
  regions: string[];
  legend: LegendContent;
}) {
  const { t } = useI18n();
  const cross = drawing.arcs.features.filter((f) => f.properties.cross === 1).length;
  return (
    <Stack gap="sm">
      <Select
        label={t('map.shade')}
        data={SHADINGS.map((s) => ({ value: s, label: t(`map.shade.${s}`) }))}
        value={state.shade}
        onChange={(v) => {
          const shade = SHADINGS.find((x) => x === v);
          if (shade) update({ shade });
        }}
        allowDeselect={false}
        size="xs"
        data-testid="shade-select"
      />
      <div>
        <Text size="xs" fw={500} mb={4}>
          {t('map.colourBy')}
        </Text>
        <SegmentedControl
          size="xs"
          value={state.colourBy}
          onChange={(v) => update({ colourBy: v === 'region' ? 'region' : 'theme' })}
          data={[
            { value: 'theme', label: t('colourBy.theme') },
            { value: 'region', label: t('colourBy.region') },
          ]}
        />
      </div>
      <Select
        label={t('region')}
        placeholder={t('anyRegion')}
        data={regions}
        value={state.region}
        onChange={(v) => update({ region: v })}
        clearable
        searchable
        size="xs"
        data-testid="map-region"
      />
      <Text size="xs" data-testid="map-counts">
        {t('map.counts', { points: drawing.points.features.length, arcs: drawing.arcs.features.length, cross })}
      </Text>
      <MapLegend content={legend} />
    </Stack>
  );
}

/** The map with its effects, legend and downloads. */
function MapStage({
  drawing,
  legend,
  style,
  onSelect,
}: {
  drawing: Drawing;
  legend: LegendContent;
  style: ReturnType<typeof useBasemap>['style'];
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  const colours = useMemo(() => drawing.colours.map(([, c]) => c), [drawing.colours]);
  return (
    <div className="map-stage">
      <MapCanvas style={style} label={t('map.canvas')}>
        <MapDataEffect
          points={drawing.points}
          arcs={drawing.arcs}
          arrows={drawing.arrows}
          areas={drawing.areas}
          colours={colours}
        />
        <FitEffect bounds={drawing.bounds} />
        <MapEventsEffect onSelect={onSelect} />
        <ClusterCountsEffect />
        <MapStatusEffect />
        <MapExportControls legend={legend} background={PLAIN_BACKGROUND} />
      </MapCanvas>
    </div>
  );
}

/** Map: initiatives at their places, amplifications as arcs, regions shaded by a measure; state in the URL. */
export function MapPage() {
  const { t } = useI18n();
  const { state, update } = useMapState();
  const [panelOpen, panel] = useDisclosure(false);
  const { data, slice, figures } = useMapQueries(state);
  const boundaries = useBoundaries(data.data?.mapSettings);
  const basemap = useBasemap(data.data?.mapSettings.styleUrl, PLAIN_BACKGROUND);
  const drawing = useDrawing(
    slice.data?.networkSlice,
    data.data?.initiativePlaces,
    boundaries,
    figures.data?.periodOverview,
    state,
  );
  const legend = useMapLegend(drawing, figures.data?.periodOverview, state, boundaries !== null);
  const select = useCallback((id: string | null) => update({ selected: id }), [update]);
  const navigate = useNavigate();
  // "focus neighbourhood" in the drawer opens the explorer on that node
  const focus = useCallback(
    (id: string) => {
      const [kind, ...rest] = id.split(':');
      const node = { kind: kind === 'actor' ? ('actor' as const) : ('initiative' as const), id: rest.join(':') };
      void navigate(explorerLink({ focus: [node], selected: node }));
    },
    [navigate],
  );
  const regions = useMemo(() => (figures.data?.periodOverview.regions ?? []).map((r) => r.region), [figures.data]);
  const loading = data.status === 'loading' || slice.status === 'loading' || basemap.waiting;
  const error = data.status === 'error' ? data.message : slice.status === 'error' ? slice.message : null;
  return (
    <Shell
      fixed
      navbar={<MapControls state={state} update={update} drawing={drawing} regions={regions} legend={legend} />}
      navbarOpen={panelOpen}
      onToggleNavbar={panel.toggle}
      aside={<DetailsDrawer selected={state.selected} onSelect={select} onFocus={focus} onClose={() => select(null)} />}
      asideOpen={state.selected !== null}
    >
      <div className="map-page">
        {loading && (
          <Group gap={6} px="sm" py={4} role="status" data-testid="loading">
            <Loader size="xs" />
            <Text size="xs">{t('map.loading')}</Text>
          </Group>
        )}
        {error !== null && (
          <Alert color="red" role="alert" title={t('map.error')} radius={0}>
            {error}
          </Alert>
        )}
        {basemap.failed && (
          <Alert color="yellow" py={4} radius={0} role="status">
            <Text size="xs">{t('map.basemapOffline', { message: basemap.failed })}</Text>
          </Alert>
        )}
        {data.status === 'ready' && data.data.initiativePlaces.length === 0 && (
          <Alert color="gray" py={4} radius={0} role="status" data-testid="map-empty">
            <Text size="xs">{t('map.empty')}</Text>
          </Alert>
        )}
        <div className="map-body">
          {hasWebgl2() ? (
            !basemap.waiting && <MapStage drawing={drawing} legend={legend} style={basemap.style} onSelect={select} />
          ) : (
            <Alert color="yellow" m="md">
              {t('map.noWebgl')}
            </Alert>
          )}
          {drawing.unlocated.length > 0 && (
            <Unlocated list={drawing.unlocated} selected={state.selected} onSelect={select} />
          )}
        </div>
        <TimeFooter asOf={state.asOf} onChange={(asOf) => update({ asOf })} />
      </div>
    </Shell>
  );
}
