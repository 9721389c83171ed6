import { Alert, Badge, Button, Group, Loader, SegmentedControl, Text, useComputedColorScheme } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  CommunitiesDocument,
  FilterOptionsDocument,
  ExplorerSliceDocument,
  IsolatedInitiativesDocument,
  NetworkSliceDocument,
} from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { ElementsEffect } from '../../canvas/ElementsEffect';
import { EventsEffect } from '../../canvas/EventsEffect';
import { LabelZoomEffect } from '../../canvas/LabelZoomEffect';
import { NetworkCanvas } from '../../canvas/NetworkCanvas';
import { SelectionEffect } from '../../canvas/SelectionEffect';
import { StyleEffect } from '../../canvas/StyleEffect';
import { useAfterFirstPicture } from '../../canvas/drawn-marker';
import { hasHardwareWebgl2, hasWebgl2 } from '../../canvas/webgl';
import { ZoomControls } from '../../canvas/ZoomControls';
import { Shell } from '../../components/Shell';
import { legendCategories, sliceToElements, type Slice } from '../../graph/elements';
import type { LayoutName } from '../../graph/encoding';
import { useI18n } from '../../i18n';
import {
  SERVER_LAYOUT_FROM,
  serverSliceVariables,
  sliceFilter,
  useExplorerState,
  useNeighbourhoods,
  type ExplorerActions,
  type ExplorerState,
} from './explorer-state';
import { FiltersPanel } from './FiltersPanel';
import { LazyAddNodeButton, LazyDetailsDrawer } from './lazy-parts';
import { useExportLegend } from './export-legend';
import { Legend } from './Legend';
import { SliceTable } from './SliceTable';
import { TimeFooter } from '../../components/TimeFooter';

// for the bench's breakdown: when the explorer's code has loaded and run (scripts/bench-browser.mjs)
performance.mark('atlas:explorer-module');

/**
 * What the explorer draws: the slice (or the merged neighbourhoods of the focused nodes), the
 * layout to draw it with, and the renderer. With server positions (the default) the slice and
 * its positions come in one answer from the server's cache; without them, or when the server
 * cannot lay it out, the slice alone, laid out in the browser.
 */
function useDrawnSlice(state: ExplorerState) {
  const focusing = state.focus.length > 0;
  const variables = { filter: sliceFilter(state), limit: state.limit };
  // server positions are asked for with the slice when picked (the default), or when it may be large
  const wantServer = serverSliceVariables(state) !== null;
  const together = useQuery(ExplorerSliceDocument, variables, !wantServer);
  const serverFailed = wantServer && together.status === 'error';
  const alone = useQuery(NetworkSliceDocument, variables, focusing || (wantServer && !serverFailed));
  const near = useNeighbourhoods(state.focus);
  const withPositions = wantServer && !serverFailed;
  const current = focusing ? near : withPositions ? together : alone;
  const slice: Slice | undefined = focusing
    ? near.data
    : withPositions
      ? together.data?.sliceLayout.slice
      : alone.data?.networkSlice;
  const nodeCount = slice?.nodes.length ?? 0;
  const large = nodeCount > SERVER_LAYOUT_FROM;
  const useServer = withPositions && (state.layout === 'server' || large);
  const layout: LayoutName = useServer ? 'server' : state.layout === 'server' ? 'fcose' : state.layout;
  const positions = useMemo(
    () =>
      together.status === 'ready'
        ? new Map(together.data.sliceLayout.positions.map((p) => [p.id, { x: p.x, y: p.y }]))
        : null,
    [together.status, together.data],
  );
  // auto: WebGL for large slices where it runs on a GPU (software WebGL is slower than canvas)
  const webgl = state.renderer === 'webgl' || (state.renderer === 'auto' && large && hasHardwareWebgl2());
  const layoutError = serverFailed ? together.message : null;
  const serverLoading = layout === 'server' && together.status === 'loading';
  return { current, slice, nodeCount, large, layout, positions, webgl, layoutError, serverLoading };
}

/** The Cytoscape elements of the slice, coloured as chosen, isolated initiatives ringed, focused nodes marked; the legend's categories. */
function useElements(slice: Slice | undefined, state: ExplorerState) {
  const communities = useQuery(CommunitiesDocument, {}, state.colourBy !== 'community');
  // asked once the slice is here, so the server answers the slice first (an analytics answer can
  // take seconds cold); until then isolation is judged within the slice, then the rings update
  const isolates = useQuery(IsolatedInitiativesDocument, {}, !slice);
  const communityMap = useMemo(
    () => new Map((communities.data?.communities.members ?? []).map((m) => [m.id, m.community])),
    [communities.data],
  );
  const isolated = useMemo(
    () => (isolates.data ? new Set(isolates.data.isolatedInitiatives.map((r) => r.initiative.id)) : undefined),
    [isolates.data],
  );
  const context = useMemo(
    () => ({ colourBy: state.colourBy, communities: communityMap, ...(isolated ? { isolated } : {}) }),
    [state.colourBy, communityMap, isolated],
  );
  const focusKey = state.focus.join(',');
  const elements = useMemo(() => {
    if (!slice) return [];
    performance.mark('atlas:elements-start');
    const all = sliceToElements(slice, context);
    performance.mark('atlas:elements-end');
    if (!focusKey) return all;
    // the focused nodes are marked (a double ring), so the merged neighbourhoods show whose they are
    const focused = new Set(focusKey.split(','));
    return all.map((e) => (e.data.id && focused.has(e.data.id) ? { ...e, data: { ...e.data, focused: 1 } } : e));
  }, [slice, context, focusKey]);
  const categories = useMemo(() => (slice ? legendCategories(slice, context) : []), [slice, context]);
  return { elements, categories };
}

type Drawn = ReturnType<typeof useDrawnSlice>;

/** The filters and the focus in words, for the toolbar. */
function useToolbarWords(state: ExplorerState, slice: Slice | undefined) {
  const { t } = useI18n();
  const activeFilters = [
    ...state.regions,
    ...state.themes,
    ...state.modes.map((m) => t(`mode.${m}`)),
    ...state.statuses.map((s) => s.toLowerCase()),
    ...(state.from || state.to ? [`${state.from ?? '…'} – ${state.to ?? '…'}`] : []),
    ...(state.asOf ? [t('canvas.asOfChip', { date: state.asOf })] : []),
  ];
  const focusNames = state.focus.map((id) => slice?.nodes.find((n) => n.id === id)?.label ?? id);
  const focusLabel =
    focusNames.length === 0
      ? null
      : focusNames.length === 1
        ? t('focused', { name: focusNames[0] ?? '' })
        : t('canvas.focusedMany', { n: focusNames.length });
  return { activeFilters, focusNames, focusLabel };
}

/** Above the canvas: Add, graph or table, what is drawn, the filters and focus, progress. */
function Toolbar({
  state,
  actions,
  drawn,
  layingOut,
  onCreated,
}: {
  state: ExplorerState;
  actions: ExplorerActions;
  drawn: Drawn;
  layingOut: boolean;
  onCreated: (nodeId: string) => void;
}) {
  const { t } = useI18n();
  const { slice, current, nodeCount } = drawn;
  const { activeFilters, focusNames, focusLabel } = useToolbarWords(state, slice);
  const initiatives = slice?.nodes.filter((n) => n.kind === 'INITIATIVE').length ?? 0;
  const count = (n: number) => n.toLocaleString('en');
  return (
    <Group className="explorer-toolbar" gap="xs" px="sm" py={6} wrap="wrap">
      <LazyAddNodeButton onCreated={onCreated} />
      <SegmentedControl
        size="xs"
        value={state.view}
        onChange={(v) => actions.update({ view: v === 'table' ? 'table' : 'graph' })}
        data={[
          { value: 'graph', label: t('graph') },
          { value: 'table', label: t('table') },
        ]}
        aria-label="View"
      />
      {slice && (
        <Text size="xs" c="dimmed" data-testid="slice-summary">
          {t('nodes', { n: count(initiatives), a: count(nodeCount - initiatives), e: count(slice.edges.length) })}
        </Text>
      )}
      {activeFilters.length > 0 && (
        <Text size="xs" data-testid="active-filters" className="active-filters">
          {activeFilters.join(' · ')}
        </Text>
      )}
      {focusLabel && (
        <Badge variant="light" rightSection={null} title={focusNames.join(' · ')} data-testid="focus-badge">
          {focusLabel}
        </Badge>
      )}
      {state.focus.length > 0 && (
        <Button size="compact-xs" variant="subtle" onClick={() => actions.update({ focus: [] })}>
          {t('showAll')}
        </Button>
      )}
      {(current.status === 'loading' || layingOut) && (
        <Group gap={4} role="status" data-testid="loading">
          <Loader size="xs" />
          <Text size="xs">
            {current.status === 'loading'
              ? t('loading')
              : drawn.serverLoading
                ? t('canvas.serverLayout', { n: count(nodeCount) })
                : t('canvas.layingOut', { n: count(nodeCount) })}
          </Text>
        </Group>
      )}
      {state.renderer === 'webgl' && !hasWebgl2() && (
        <Text size="xs" c="dimmed" data-testid="no-webgl">
          {t('canvas.noWebgl')}
        </Text>
      )}
    </Group>
  );
}

/** Above the stage: the slice cut short, or the server's layout not to be had. */
function Notices({ limit, drawn }: { limit: number; drawn: Drawn }) {
  const { t } = useI18n();
  return (
    <>
      {drawn.slice?.truncated && (
        <Alert color="yellow" py={4} radius={0} data-testid="truncated">
          <Text size="xs">{t('truncated', { n: limit.toLocaleString('en') })}</Text>
        </Alert>
      )}
      {drawn.layoutError !== null && (
        <Alert color="yellow" py={4} radius={0} role="alert" data-testid="layout-error">
          <Text size="xs">{t('canvas.layoutError', { message: drawn.layoutError })}</Text>
        </Alert>
      )}
    </>
  );
}

/** On the stage instead of a drawing: the error, or that nothing matches the filters (with "clear filters"). */
function StageMessage({ actions, drawn }: { actions: ExplorerActions; drawn: Drawn }) {
  const { t } = useI18n();
  const { current, slice } = drawn;
  const initiatives = slice?.nodes.filter((n) => n.kind === 'INITIATIVE').length ?? 0;
  if (current.status === 'error')
    return (
      <Alert color="red" role="alert" title={t('error')} className="stage-message">
        {current.message}
      </Alert>
    );
  if (current.status === 'ready' && initiatives === 0)
    return (
      <Alert color="gray" role="status" className="stage-message" data-testid="empty">
        {t('empty')}
        <div>
          <Button size="xs" variant="light" mt="xs" onClick={actions.clearFilters}>
            {t('clearFilters')}
          </Button>
        </div>
      </Alert>
    );
  return null;
}

/** The canvas with its effects, the tooltip and the legend (hidden, not unmounted, in the table view). */
function ExplorerCanvas({
  state,
  drawn,
  onLayout,
  select,
  focus,
}: {
  state: ExplorerState;
  drawn: Drawn;
  onLayout: (running: boolean) => void;
  select: (id: string | null) => void;
  focus: (id: string) => void;
}) {
  const { t } = useI18n();
  const scheme = useComputedColorScheme('light');
  const tooltip = useRef<HTMLDivElement>(null);
  const { elements, categories } = useElements(drawn.slice, state);
  const legend = useExportLegend(state, drawn.slice, elements, categories);
  return (
    <div className="canvas-wrap" hidden={state.view === 'table'}>
      <NetworkCanvas label={t('graph')} webgl={drawn.webgl} large={drawn.large} fcose={false}>
        <StyleEffect scheme={scheme} large={drawn.large} />
        <ElementsEffect elements={elements} layout={drawn.layout} onLayout={onLayout} positions={drawn.positions} />
        <LabelZoomEffect />
        <SelectionEffect selected={state.selected} />
        <EventsEffect onSelect={select} onFocus={focus} tooltip={tooltip} />
        <ZoomControls
          labels={{
            in: t('zoomIn'),
            out: t('zoomOut'),
            fit: t('fit'),
            png: t('png'),
            svg: t('canvas.svg'),
            legend: t('legend.short'),
            legendHint: t('legend.includeHint'),
          }}
          legend={legend}
        />
      </NetworkCanvas>
      <div ref={tooltip} className="node-tooltip" role="tooltip" data-testid="node-tooltip" hidden />
      <Legend categories={categories} colourByLabel={`${t('colourBy')}: ${t(`colourBy.${state.colourBy}`)}`} />
    </div>
  );
}

/** The network explorer: filters left, canvas (or table) in the middle, details right; state in the URL. */
export function ExplorerPage() {
  const { state, actions } = useExplorerState();
  const [filtersOpen, filters] = useDisclosure(false);
  const [layingOut, setLayingOut] = useState(false);
  const options = useQuery(FilterOptionsDocument, {});
  const drawn = useDrawnSlice(state);
  const onLayout = useCallback((running: boolean) => setLayingOut(running), []);
  // the filters' eight comboboxes mount once the network's first picture is on screen: in the
  // first render they cost the drawing a tenth of a second or more
  const drawing = state.view === 'graph' && (drawn.current.status === 'loading' || drawn.nodeCount > 0);
  const filtersNow = useAfterFirstPicture(drawing);
  const select = useCallback((id: string | null) => actions.select(id), [actions]);
  const focus = useCallback((id: string) => actions.focus(id), [actions]);
  return (
    <Shell
      fixed
      navbar={
        filtersNow ? (
          <FiltersPanel
            state={state}
            actions={actions}
            regions={options.data?.regions ?? []}
            themes={options.data?.themes ?? []}
            slice={drawn.slice}
          />
        ) : (
          <div aria-busy="true" data-testid="filters-pending" />
        )
      }
      navbarOpen={filtersOpen}
      onToggleNavbar={filters.toggle}
      aside={
        <LazyDetailsDrawer
          selected={state.selected}
          onSelect={select}
          onFocus={focus}
          onClose={() => actions.select(null)}
        />
      }
      asideOpen={state.selected !== null}
    >
      <div className="explorer">
        <Toolbar state={state} actions={actions} drawn={drawn} layingOut={layingOut} onCreated={select} />
        <Notices limit={state.limit} drawn={drawn} />
        <div className="explorer-stage">
          <StageMessage actions={actions} drawn={drawn} />
          {state.view === 'table' && drawn.slice && (
            <SliceTable slice={drawn.slice} selected={state.selected} onSelect={select} />
          )}
          <ExplorerCanvas state={state} drawn={drawn} onLayout={onLayout} select={select} focus={focus} />
        </div>
        <TimeFooter asOf={state.asOf} onChange={(asOf) => actions.update({ asOf })} />
      </div>
    </Shell>
  );
}
