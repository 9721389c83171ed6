import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Slider,
  Text,
  useComputedColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  CommunitiesDocument,
  FilterOptionsDocument,
  IsolatedInitiativesDocument,
  LayoutAsOfDocument,
  LayoutSliceDocument,
  LayoutTimelineDocument,
  NetworkSliceDocument,
} from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { ElementsEffect } from '../../canvas/ElementsEffect';
import { EventsEffect } from '../../canvas/EventsEffect';
import { LabelZoomEffect } from '../../canvas/LabelZoomEffect';
import { NetworkCanvas } from '../../canvas/NetworkCanvas';
import { SelectionEffect } from '../../canvas/SelectionEffect';
import { StyleEffect } from '../../canvas/StyleEffect';
import { hasHardwareWebgl2, hasWebgl2 } from '../../canvas/webgl';
import { ZoomControls } from '../../canvas/ZoomControls';
import { Shell } from '../../components/Shell';
import { legendCategories, sliceToElements, type Slice } from '../../graph/elements';
import type { LayoutName } from '../../graph/encoding';
import { useI18n } from '../../i18n';
import { DetailsDrawer } from './details/DetailsDrawer';
import { AddNodeButton } from './edit/AddNodeButton';
import { SERVER_LAYOUT_FROM, sliceFilter, useExplorerState, useNeighbourhoods } from './explorer-state';
import { FiltersPanel } from './FiltersPanel';
import { Legend } from './Legend';
import { SliceTable } from './SliceTable';

/** The network explorer: filters left, canvas (or table) in the middle, details right; state in the URL. */
export function ExplorerPage() {
  const { t } = useI18n();
  const scheme = useComputedColorScheme('light');
  const { state, actions } = useExplorerState();
  const [filtersOpen, filters] = useDisclosure(false);
  const [layingOut, setLayingOut] = useState(false);
  const tooltip = useRef<HTMLDivElement>(null);

  const options = useQuery(FilterOptionsDocument, {});
  const focusing = state.focus.length > 0;
  const whole = useQuery(NetworkSliceDocument, { filter: sliceFilter(state), limit: state.limit }, focusing);
  const near = useNeighbourhoods(state.focus);
  // server positions are asked for alongside the slice when it may be large, or when picked
  const wantServer =
    !focusing && (state.layout === 'server' || (state.layout === 'fcose' && state.limit > SERVER_LAYOUT_FROM));
  const serverLayout = useQuery(LayoutSliceDocument, { filter: sliceFilter(state), limit: state.limit }, !wantServer);
  const communities = useQuery(CommunitiesDocument, {}, state.colourBy !== 'community');
  const isolates = useQuery(IsolatedInitiativesDocument, {});

  const current = focusing ? near : whole;
  const slice: Slice | undefined = focusing ? near.data : whole.data?.networkSlice;
  const nodeCount = slice?.nodes.length ?? 0;
  const large = nodeCount > SERVER_LAYOUT_FROM;
  const useServer = wantServer && (state.layout === 'server' || large) && serverLayout.status !== 'error';
  const layout: LayoutName = useServer ? 'server' : state.layout === 'server' ? 'fcose' : state.layout;
  const positions = useMemo(
    () =>
      serverLayout.status === 'ready'
        ? new Map(serverLayout.data.sliceLayout.positions.map((p) => [p.id, { x: p.x, y: p.y }]))
        : null,
    [serverLayout.status, serverLayout.data],
  );
  // auto: WebGL for large slices where it runs on a GPU (software WebGL is slower than canvas)
  const webgl = state.renderer === 'webgl' || (state.renderer === 'auto' && large && hasHardwareWebgl2());

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
    const all = sliceToElements(slice, context);
    if (!focusKey) return all;
    // the focused nodes are marked (a double ring), so the merged neighbourhoods show whose they are
    const focused = new Set(focusKey.split(','));
    return all.map((e) => (e.data.id && focused.has(e.data.id) ? { ...e, data: { ...e.data, focused: 1 } } : e));
  }, [slice, context, focusKey]);
  const categories = useMemo(() => (slice ? legendCategories(slice, context) : []), [slice, context]);

  const onLayout = useCallback((running: boolean) => setLayingOut(running), []);
  const select = useCallback((id: string | null) => actions.select(id), [actions]);
  const focus = useCallback((id: string) => actions.focus(id), [actions]);

  const initiatives = slice?.nodes.filter((n) => n.kind === 'INITIATIVE').length ?? 0;
  const actorCount = (slice?.nodes.length ?? 0) - initiatives;
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

  return (
    <Shell
      fixed
      navbar={
        <FiltersPanel
          state={state}
          actions={actions}
          regions={options.data?.regions ?? []}
          themes={options.data?.themes ?? []}
          slice={slice}
        />
      }
      navbarOpen={filtersOpen}
      onToggleNavbar={filters.toggle}
      aside={
        <DetailsDrawer
          selected={state.selected}
          onSelect={select}
          onFocus={focus}
          onClose={() => actions.select(null)}
        />
      }
      asideOpen={state.selected !== null}
    >
      <div className="explorer">
        <Group className="explorer-toolbar" gap="xs" px="sm" py={6} wrap="wrap">
          <AddNodeButton onCreated={select} />
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
              {t('nodes', {
                n: initiatives.toLocaleString('en'),
                a: actorCount.toLocaleString('en'),
                e: slice.edges.length.toLocaleString('en'),
              })}
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
          {focusing && (
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
                  : layout === 'server' && serverLayout.status === 'loading'
                    ? t('canvas.serverLayout', { n: nodeCount.toLocaleString('en') })
                    : t('canvas.layingOut', { n: nodeCount.toLocaleString('en') })}
              </Text>
            </Group>
          )}
          {state.renderer === 'webgl' && !hasWebgl2() && (
            <Text size="xs" c="dimmed" data-testid="no-webgl">
              {t('canvas.noWebgl')}
            </Text>
          )}
        </Group>
        {slice?.truncated && (
          <Alert color="yellow" py={4} radius={0} data-testid="truncated">
            <Text size="xs">{t('truncated', { n: state.limit.toLocaleString('en') })}</Text>
          </Alert>
        )}
        {wantServer && serverLayout.status === 'error' && (
          <Alert color="yellow" py={4} radius={0} role="alert" data-testid="layout-error">
            <Text size="xs">{t('canvas.layoutError', { message: serverLayout.message })}</Text>
          </Alert>
        )}
        <div className="explorer-stage">
          {current.status === 'error' && (
            <Alert color="red" role="alert" title={t('error')} className="stage-message">
              {current.message}
            </Alert>
          )}
          {current.status === 'ready' && initiatives === 0 && (
            <Alert color="gray" role="status" className="stage-message" data-testid="empty">
              {t('empty')}
              <div>
                <Button size="xs" variant="light" mt="xs" onClick={actions.clearFilters}>
                  {t('clearFilters')}
                </Button>
              </div>
            </Alert>
          )}
          {state.view === 'table' && slice && <SliceTable slice={slice} selected={state.selected} onSelect={select} />}
          <div className="canvas-wrap" hidden={state.view === 'table'}>
            <NetworkCanvas label={t('graph')} webgl={webgl} large={large}>
              <StyleEffect scheme={scheme} large={large} />
              <ElementsEffect elements={elements} layout={layout} onLayout={onLayout} positions={positions} />
              <LabelZoomEffect />
              <SelectionEffect selected={state.selected} />
              <EventsEffect onSelect={select} onFocus={focus} tooltip={tooltip} />
              <ZoomControls
                labels={{ in: t('zoomIn'), out: t('zoomOut'), fit: t('fit'), png: t('png'), svg: t('canvas.svg') }}
              />
            </NetworkCanvas>
            <div ref={tooltip} className="node-tooltip" role="tooltip" data-testid="node-tooltip" hidden />
            <Legend categories={categories} colourByLabel={`${t('colourBy')}: ${t(`colourBy.${state.colourBy}`)}`} />
          </div>
        </div>
        <TimeFooter asOf={state.asOf} onChange={(asOf) => actions.update({ asOf })} />
      </div>
    </Shell>
  );
}

/**
 * The footer under the canvas: an "as of" date picked on a slider of year ends (the last stop is
 * today), with the number of initiatives the whole network had then. Arrow keys move the slider;
 * ◀ ▶ step a year. The date is in the URL (`asOf=`) and filters the slice.
 */
function TimeFooter({ asOf, onChange }: { asOf: string | null; onChange: (asOf: string | null) => void }) {
  const { t } = useI18n();
  const timeline = useQuery(LayoutTimelineDocument, {});
  const then = useQuery(LayoutAsOfDocument, { date: asOf ?? '' }, asOf === null);
  const today = new Date().toISOString().slice(0, 10);
  // the year ends before today, then today (null)
  const stops = useMemo(
    () => [...(timeline.data?.networkSeries.points ?? []).filter((p) => p.asOf < today).map((p) => p.asOf), null],
    [timeline.data, today],
  );
  // a hand-edited date sits at the last stop on or before it
  const index =
    asOf === null
      ? stops.length - 1
      : Math.max(
          0,
          stops.findLastIndex((d) => d !== null && d <= asOf),
        );
  const [dragged, setDragged] = useState<number | null>(null);
  const shown = dragged ?? index;
  const label = (i: number) => {
    const d = stops[i];
    return d === undefined || d === null ? t('canvas.today') : d.slice(0, 4);
  };
  const go = (i: number) => {
    setDragged(null);
    const clamped = Math.min(stops.length - 1, Math.max(0, i));
    onChange(stops[clamped] ?? null);
  };
  const count =
    asOf === null
      ? timeline.data && t('canvas.todayCount', { n: timeline.data.networkStats.initiatives.toLocaleString('en') })
      : then.status === 'ready' &&
        t('canvas.asOfCount', { n: then.data.networkStatsAsOf.initiatives.toLocaleString('en'), date: asOf });
  const shortCount =
    asOf === null
      ? timeline.data?.networkStats.initiatives.toLocaleString('en')
      : then.status === 'ready' && `${then.data.networkStatsAsOf.initiatives.toLocaleString('en')} · ${asOf}`;
  return (
    <Group
      className="explorer-time"
      gap="xs"
      px="sm"
      py={6}
      wrap="nowrap"
      data-testid="time-footer"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)', flex: 'none' }}
    >
      <Text size="xs" fw={500} style={{ whiteSpace: 'nowrap' }} visibleFrom="sm">
        {t('canvas.time')}
      </Text>
      {timeline.status === 'error' ? (
        <Text size="xs" c="red" role="alert">
          {t('canvas.timeError', { message: timeline.message })}
        </Text>
      ) : timeline.status === 'loading' ? (
        <Text size="xs" c="dimmed">
          {t('canvas.timeLoading')}
        </Text>
      ) : stops.length < 2 ? (
        <Text size="xs" c="dimmed">
          {t('canvas.timeEmpty')}
        </Text>
      ) : (
        <>
          <ActionIcon
            variant="subtle"
            size="sm"
            onClick={() => go(index - 1)}
            disabled={index <= 0}
            aria-label={t('canvas.earlier')}
            title={t('canvas.earlier')}
          >
            ◀
          </ActionIcon>
          <Text size="xs" c="dimmed" visibleFrom="sm">
            {label(0)}
          </Text>
          <Slider
            style={{ flex: 1, minWidth: 80 }}
            min={0}
            max={stops.length - 1}
            step={1}
            value={shown}
            onChange={setDragged}
            onChangeEnd={go}
            label={label}
            thumbLabel={t('canvas.timeLabel')}
            aria-valuetext={asOf ?? t('canvas.today')}
            data-testid="time-slider"
          />
          <Text size="xs" c="dimmed" visibleFrom="sm">
            {t('canvas.today')}
          </Text>
          <ActionIcon
            variant="subtle"
            size="sm"
            onClick={() => go(index + 1)}
            disabled={index >= stops.length - 1}
            aria-label={t('canvas.later')}
            title={t('canvas.later')}
          >
            ▶
          </ActionIcon>
          {asOf !== null && (
            <Button size="compact-xs" variant="subtle" onClick={() => onChange(null)}>
              {t('canvas.showToday')}
            </Button>
          )}
        </>
      )}
      <Text size="xs" data-testid="time-count" style={{ whiteSpace: 'nowrap' }} visibleFrom="sm">
        {count || ''}
      </Text>
      {/* narrow screens: the number alone, the sentence as its title */}
      <Text size="xs" style={{ whiteSpace: 'nowrap' }} hiddenFrom="sm" title={count || undefined}>
        {shortCount || ''}
      </Text>
    </Group>
  );
}
