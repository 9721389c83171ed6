import { Alert, Badge, Button, Group, Loader, SegmentedControl, Text, useComputedColorScheme } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  CommunitiesDocument,
  FilterOptionsDocument,
  IsolatedInitiativesDocument,
  NeighbourhoodDocument,
  NetworkSliceDocument,
  type NodeKind,
} from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { Shell } from '../../components/Shell';
import { legendCategories, sliceToElements, type Slice } from '../../graph/elements';
import { useI18n } from '../../i18n';
import { DetailsDrawer } from './DetailsDrawer';
import { AddNodeButton } from './edit/AddNodeButton';
import { DEFAULT_LIMIT, sliceFilter, useExplorerState } from './explorer-state';
import { ElementsEffect, EventsEffect, SelectionEffect, StyleEffect, ZoomControls } from './effects';
import { FiltersPanel } from './FiltersPanel';
import { Legend } from './Legend';
import { NetworkCanvas } from './NetworkCanvas';
import { SliceTable } from './SliceTable';

function focusVariables(focus: string | null) {
  const [kind, ...rest] = (focus ?? '').split(':');
  const nodeKind: NodeKind = kind === 'actor' ? 'ACTOR' : 'INITIATIVE';
  return { id: rest.join(':'), kind: nodeKind, depth: 1 };
}

/** The network explorer: filters left, canvas (or table) in the middle, details right; state in the URL. */
export function ExplorerPage() {
  const { t } = useI18n();
  const scheme = useComputedColorScheme('light');
  const { state, actions } = useExplorerState();
  const [filtersOpen, filters] = useDisclosure(false);
  const [layingOut, setLayingOut] = useState(false);
  const tooltip = useRef<HTMLDivElement>(null);

  const options = useQuery(FilterOptionsDocument, {});
  const whole = useQuery(
    NetworkSliceDocument,
    { filter: sliceFilter(state), limit: DEFAULT_LIMIT },
    state.focus !== null,
  );
  const near = useQuery(NeighbourhoodDocument, focusVariables(state.focus), state.focus === null);
  const communities = useQuery(CommunitiesDocument, {}, state.colourBy !== 'community');
  const isolates = useQuery(IsolatedInitiativesDocument, {});

  const current = state.focus ? near : whole;
  const slice: Slice | undefined = state.focus ? near.data?.neighbourhood : whole.data?.networkSlice;

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
  const elements = useMemo(() => (slice ? sliceToElements(slice, context) : []), [slice, context]);
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
  ];
  const focusLabel = state.focus ? (slice?.nodes.find((n) => n.id === state.focus)?.label ?? state.focus) : null;

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
            <Badge variant="light" rightSection={null}>
              {t('focused', { name: focusLabel })}
            </Badge>
          )}
          {state.focus && (
            <Button size="compact-xs" variant="subtle" onClick={() => actions.update({ focus: null })}>
              {t('showAll')}
            </Button>
          )}
          {(current.status === 'loading' || layingOut) && (
            <Group gap={4} role="status" data-testid="loading">
              <Loader size="xs" />
              <Text size="xs">{t('loading')}</Text>
            </Group>
          )}
        </Group>
        {slice?.truncated && (
          <Alert color="yellow" py={4} radius={0} data-testid="truncated">
            <Text size="xs">{t('truncated', { n: DEFAULT_LIMIT.toLocaleString('en') })}</Text>
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
            <NetworkCanvas label={t('graph')}>
              <StyleEffect scheme={scheme} />
              <ElementsEffect elements={elements} layout={state.layout} onLayout={onLayout} />
              <SelectionEffect selected={state.selected} />
              <EventsEffect onSelect={select} onFocus={focus} tooltip={tooltip} />
              <ZoomControls labels={{ in: t('zoomIn'), out: t('zoomOut'), fit: t('fit'), png: t('png') }} />
            </NetworkCanvas>
            <div ref={tooltip} className="node-tooltip" role="tooltip" data-testid="node-tooltip" hidden />
            <Legend categories={categories} colourByLabel={`${t('colourBy')}: ${t(`colourBy.${state.colourBy}`)}`} />
          </div>
        </div>
      </div>
    </Shell>
  );
}
