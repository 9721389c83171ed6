import { Alert, Button, Group, Loader, Slider, Text, Title, useComputedColorScheme } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  CascadeDocument,
  CascadesDocument,
  FilterOptionsDocument,
  type CascadeQuery,
} from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { Shell } from '../../components/Shell';
import { cascadeElements, hiddenAt, revealTimeline, stepForDate } from '../../graph/cascade';
import { MODES } from '../../domain/values';
import { useI18n } from '../../i18n';
import { NetworkCanvas } from '../../canvas/NetworkCanvas';
import { NodeTooltipEffect } from '../../canvas/NodeTooltipEffect';
import { ZoomControls } from '../../canvas/ZoomControls';
import { CascadeCards } from './CascadeCards';
import { ChanceButton, useCascadeBands } from './ResearchTools';
import { SimulationPanel } from './SimulationPanel';
import { CascadeCharts } from './CascadeCharts';
import { CascadeList } from './CascadeList';
import { parseDiffusionState, writeDiffusionState, type DiffusionState } from './diffusion-url';
import { cascadeNodeText, CascadeElementsEffect, CascadeStyleEffect, RevealEffect } from './effects';
import { useCascadeLegend } from './export-legend';
import './diffusion.css';

const LIST_LENGTH = 50;
const STEP_MS = 700;

type Update = (patch: Partial<DiffusionState>, replace?: boolean) => void;
type Cascade = CascadeQuery['cascade'];
type Timeline = ReturnType<typeof revealTimeline>;

/** The diffusion state from the URL, and its update (a URL change; `replace` for playback frames). */
function useDiffusionState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseDiffusionState(params), [params]);
  const update: Update = useCallback(
    (patch, replace = false) => setParams((p) => writeDiffusionState(p, patch), { replace }),
    [setParams],
  );
  return { state, update };
}

/**
 * Playback: one step per tick, the date in the URL (replaced, so Back leaves the page, not a
 * frame). It plays for one cascade: choosing another stops it.
 */
function usePlayback(timeline: Timeline, step: number, state: DiffusionState, update: Update) {
  const [playingRoot, setPlayingRoot] = useState<string | null>(null);
  const playing = playingRoot !== null && playingRoot === state.root;
  useEffect(() => {
    // at the end only for a moment after Play (the URL has not caught up yet): wait for it
    if (!playing || step >= timeline.length - 1) return;
    const timer = window.setTimeout(() => {
      update({ at: timeline[step + 1]?.date ?? null }, true);
      if (step + 1 >= timeline.length - 1) setPlayingRoot(null);
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, step, timeline, update]);
  const play = () => {
    if (playing) return setPlayingRoot(null);
    // from the start when at the end (or showing the whole cascade)
    if (state.at === null || step >= timeline.length - 1) update({ at: timeline[0]?.date ?? null }, true);
    setPlayingRoot(state.root);
  };
  return { playing, play, stop: () => setPlayingRoot(null) };
}

/** The modes drawn, as in the explorer's legend. */
function ModeLegend() {
  const { t } = useI18n();
  return (
    <div className="diffusion-legend" aria-label={t('legend')}>
      {MODES.map((m) => (
        <span key={m} className={`legend-mode legend-${m.toLowerCase()}`}>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="22" y2="5" />
            {m === 'SPREADING' && <path d="M21 1 L27 5 L21 9 Z" />}
          </svg>
          {t(`mode.${m}`)}
        </span>
      ))}
    </div>
  );
}

/** Play or pause, the time slider, and how many initiatives had joined by the date shown. */
function Playback({
  cascade,
  timeline,
  step,
  state,
  update,
}: {
  cascade: Cascade;
  timeline: Timeline;
  step: number;
  state: DiffusionState;
  update: Update;
}) {
  const { t } = useI18n();
  const { playing, play, stop } = usePlayback(timeline, step, state, update);
  const revealed = timeline.slice(0, step + 1).reduce((n, s) => n + s.nodes.length, 0);
  const dated = timeline.some((s) => s.date !== '');
  return (
    <Group gap="sm" px="sm" py={6} wrap="nowrap" className="playback">
      <Button
        size="xs"
        onClick={play}
        disabled={timeline.length < 2}
        data-testid="play"
        aria-label={playing ? t('dif.pause') : t('dif.play')}
      >
        {playing ? `❚❚ ${t('dif.pause')}` : `▶ ${t('dif.play')}`}
      </Button>
      <Slider
        className="playback-slider"
        min={0}
        max={Math.max(0, timeline.length - 1)}
        step={1}
        value={step}
        disabled={timeline.length < 2}
        label={(i) => timeline[i]?.date || '—'}
        onChange={(i) => {
          stop();
          update({ at: timeline[i]?.date ?? null }, true);
        }}
        thumbLabel={t('dif.time')}
        data-testid="time-slider"
      />
      <Text size="xs" data-testid="reveal-status" className="reveal-status">
        {dated
          ? t('dif.revealed', {
              n: state.at === null ? cascade.size : revealed,
              total: cascade.size,
              date: state.at ?? timeline[timeline.length - 1]?.date ?? '',
            })
          : t('dif.noDates')}
      </Text>
    </Group>
  );
}

/** The chosen cascade drawn by generation, with the mode legend and the playback under it. */
function CascadeStage({ cascade, state, update }: { cascade: Cascade; state: DiffusionState; update: Update }) {
  const { t } = useI18n();
  const scheme = useComputedColorScheme('light');
  const tooltip = useRef<HTMLDivElement>(null);
  const elements = useMemo(() => cascadeElements(cascade.nodes, cascade.edges), [cascade]);
  const legend = useCascadeLegend(cascade, state);
  const timeline = useMemo(() => revealTimeline(cascade.nodes, cascade.edges), [cascade]);
  const step = stepForDate(timeline, state.at);
  const hidden = useMemo(
    () => (state.at === null ? new Set<string>() : hiddenAt(timeline, step)),
    [timeline, step, state.at],
  );
  return (
    <section className="diffusion-stage" aria-label={t('dif.drawing')}>
      <div className="diffusion-canvas">
        <NetworkCanvas label={t('dif.drawing')}>
          <CascadeStyleEffect scheme={scheme} />
          <CascadeElementsEffect elements={elements} />
          <RevealEffect hidden={hidden} />
          <NodeTooltipEffect tooltip={tooltip} text={cascadeNodeText} />
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
            fileName="small-wins-cascade"
          />
        </NetworkCanvas>
        <div ref={tooltip} className="node-tooltip" role="tooltip" hidden />
        <ModeLegend />
      </div>
      <Playback cascade={cascade} timeline={timeline} step={step} state={state} update={update} />
    </section>
  );
}

/** Diffusion (researchers): ranked cascades; the chosen one by generation, its measures, charts and playback. */
export function DiffusionPage() {
  const { t } = useI18n();
  const { state, update } = useDiffusionState();
  const [panelOpen, panel] = useDisclosure(false);
  const options = useQuery(FilterOptionsDocument, {});
  const list = useQuery(CascadesDocument, {
    modes: state.modes.length ? state.modes : null,
    region: state.region,
    theme: state.theme,
    sortBy: state.sort,
    first: LIST_LENGTH,
  });
  const one = useQuery(
    CascadeDocument,
    { rootId: state.root ?? '', modes: state.modes.length ? state.modes : null },
    state.root === null,
  );
  const cascade = state.root && one.data?.cascade.root.id === state.root ? one.data.cascade : undefined;
  const bands = useCascadeBands();
  const roots = useMemo(() => (list.data?.cascades ?? []).map((c) => c.root), [list.data]);
  return (
    <Shell
      navbar={
        <CascadeList
          state={state}
          update={(patch) => update(patch)}
          list={list}
          regions={options.data?.regions ?? []}
          themes={options.data?.themes ?? []}
        />
      }
      navbarOpen={panelOpen}
      onToggleNavbar={panel.toggle}
    >
      <div className="diffusion">
        {state.root === null && (
          <Alert color="gray" role="status" data-testid="pick-cascade" m="md">
            {t('dif.pick')}
          </Alert>
        )}
        {state.root !== null && one.status === 'error' && (
          <Alert color="red" role="alert" title={t('dif.errorCascade')} m="md">
            {one.message}
          </Alert>
        )}
        {state.root !== null && one.status === 'loading' && !cascade && (
          <Group gap={6} role="status" m="md" data-testid="loading">
            <Loader size="xs" />
            <Text size="sm">{t('dif.loadingCascade')}</Text>
          </Group>
        )}
        {cascade && (
          <>
            <Group gap="xs" px="md" pt="sm" wrap="wrap" align="baseline">
              <Title order={2} size="h4" data-testid="cascade-title">
                {cascade.root.name}
              </Title>
              {one.status === 'loading' && <Loader size="xs" aria-label={t('dif.loadingCascade')} />}
              <ChanceButton bands={bands} />
            </Group>
            <CascadeCards
              cascade={cascade}
              listed={list.data?.cascades ?? []}
              bands={bands.state?.data?.nullModel.bands}
            />
            <div className="diffusion-main">
              <CascadeStage cascade={cascade} state={state} update={update} />
              <CascadeCharts cascade={cascade} />
            </div>
            <div className="diffusion-research">
              <SimulationPanel rootId={cascade.root.id} others={roots} />
            </div>
          </>
        )}
      </div>
    </Shell>
  );
}
