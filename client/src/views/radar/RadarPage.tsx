import { Alert, Paper, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  RadarIsolatesDocument,
  RadarRegionsDocument,
  RadarWeakTiesDocument,
  type RadarIsolatesQuery,
  type RadarWeakTiesQuery,
} from '../../api/generated/graphql';
import { useQuery, type QueryState } from '../../api/useQuery';
import { Shell } from '../../components/Shell';
import { useI18n } from '../../i18n';
import { HealthChart } from './HealthChart';
import { IsolateList, type ListedReport, type ListStatus } from './IsolateList';
import { PairNetwork } from './PairNetwork';
import { byInitiativeName, isolateShare, percent, type RegionSummary } from './radar-data';
import { parseRadarState, writeRadarState, type RadarState } from './radar-url';
import { RegionList } from './RegionList';
import { RegionTable } from './RegionTable';
import { Suggestions } from './Suggestions';
import './radar.css';

const SUGGESTIONS = 5;

/** The region's figures, each with its meaning. */
function RegionFigures({ summary }: { summary: RegionSummary }) {
  const { t } = useI18n();
  const figures = [
    { id: 'initiatives', value: String(summary.initiatives), label: t('radar.fig.initiatives'), hint: '' },
    {
      id: 'isolates',
      value: String(summary.isolates),
      label: t('radar.fig.isolates'),
      hint: t('radar.fig.isolatesHint', { share: percent(isolateShare(summary)) }),
    },
    {
      id: 'pendants',
      value: String(summary.pendants),
      label: t('radar.fig.pendants'),
      hint: t('radar.fig.pendantsHint'),
    },
    {
      id: 'components',
      value: String(summary.components),
      label: t('radar.fig.components'),
      hint: t('radar.fig.componentsHint'),
    },
    {
      id: 'largest',
      value: percent(summary.largestComponentShare),
      label: t('radar.fig.largest'),
      hint: t('radar.fig.largestHint'),
    },
  ];
  return (
    <dl className="radar-figures">
      {figures.map((f) => (
        <Paper
          key={f.id}
          withBorder
          className={`radar-figure radar-figure-${f.id}`}
          data-testid={`figure-${f.id}`}
          title={f.hint || undefined}
        >
          <dt>{f.label}</dt>
          <dd>
            <span className="radar-figure-value">{f.value}</span>
            {f.hint && <span className="radar-figure-hint">{f.hint}</span>}
          </dd>
        </Paper>
      ))}
    </dl>
  );
}

/** The radar's state from the URL, and its update (a URL change). */
function useRadarState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseRadarState(params), [params]);
  const update = useCallback((patch: Partial<RadarState>) => setParams((p) => writeRadarState(p, patch)), [setParams]);
  return { state, update };
}

/**
 * The region's isolated and weakly tied initiatives, each list by name. The previous region's
 * answer stays in a query while the next loads: it is never shown under this region.
 */
function useRegionReports(region: string | null) {
  const variables = { region: region ?? '', suggestions: SUGGESTIONS };
  const isolateQuery = useQuery(RadarIsolatesDocument, variables, region === null);
  const weakQuery = useQuery(RadarWeakTiesDocument, variables, region === null);
  const isolates: QueryState<RadarIsolatesQuery> =
    isolateQuery.status === 'loading' ? { status: 'loading' } : isolateQuery;
  const weakTies: QueryState<RadarWeakTiesQuery> = weakQuery.status === 'loading' ? { status: 'loading' } : weakQuery;
  const isolateReports = useMemo(
    () => (isolateQuery.status === 'ready' ? byInitiativeName(isolateQuery.data.isolatedInitiatives) : []),
    [isolateQuery],
  );
  const weakReports = useMemo(
    () => (weakQuery.status === 'ready' ? byInitiativeName(weakQuery.data.weaklyTiedInitiatives) : []),
    [weakQuery],
  );
  const isolated = useMemo(() => new Set(isolateReports.map((r) => r.initiative.id)), [isolateReports]);
  return { isolates, weakTies, isolateReports, weakReports, isolated };
}

/** Where the suggestions go before an initiative is chosen: what to do (or that the one in the link is not listed). */
function PickPlaceholder({ state, ready }: { state: RadarState; ready: boolean }) {
  const { t } = useI18n();
  const weak = state.list === 'weak';
  return (
    <div className="radar-card radar-placeholder">
      <Text size="sm" c="dimmed" role="status" data-testid="pick-isolate">
        {state.ini !== null && ready
          ? t(weak ? 'radar.unknownWeak' : 'radar.unknownIsolate', { id: state.ini, region: state.region ?? '' })
          : t(weak ? 'radar.pickWeak' : 'radar.pickIsolate')}
      </Text>
    </div>
  );
}

/** One region: its figures, the list (isolated or weakly tied), the chosen one's partners and drawing, its health. */
function RegionView({
  state,
  update,
  summary,
}: {
  state: RadarState & { region: string };
  update: (patch: Partial<RadarState>) => void;
  summary: RegionSummary | undefined;
}) {
  const { isolates, weakTies, isolateReports, weakReports, isolated } = useRegionReports(state.region);
  const weak = state.list === 'weak';
  const shown = weak ? weakTies : isolates;
  const listStatus: ListStatus = shown.status === 'error' ? shown : { status: shown.status };
  const reports: readonly ListedReport[] = weak ? weakReports : isolateReports;
  const report = reports.find((r) => r.initiative.id === state.ini);
  const tiedTo = report?.tiedTo ?? null;
  const partner = report?.suggestions.find((s) => s.initiative.id === state.partner);
  const grid = report
    ? 'radar-grid'
    : reports.length > 0
      ? 'radar-grid radar-grid-pick'
      : 'radar-grid radar-grid-single';
  return (
    <>
      {summary && <RegionFigures summary={summary} />}
      <div className={grid}>
        <IsolateList
          region={state.region}
          list={state.list}
          counts={{
            isolated: isolates.status === 'ready' ? isolateReports.length : null,
            weak: weakTies.status === 'ready' ? weakReports.length : null,
          }}
          onList={(list) => update({ list })}
          isolates={listStatus}
          rows={reports}
          chosen={state.ini}
          onChoose={(ini) => update({ ini })}
        />
        {report ? (
          <>
            <Suggestions report={report} partner={state.partner} onShow={(p) => update({ partner: p })} />
            <PairNetwork
              isolateId={report.initiative.id}
              isolateName={report.initiative.name}
              partnerId={partner?.initiative.id ?? null}
              partnerName={partner?.initiative.name ?? null}
              tiedId={tiedTo?.id ?? null}
              tiedName={tiedTo?.name ?? null}
              isolated={isolated}
            />
          </>
        ) : (
          reports.length > 0 && <PickPlaceholder state={state} ready={shown.status === 'ready'} />
        )}
      </div>
      <HealthChart region={state.region} />
    </>
  );
}

/**
 * Isolation radar (coordinators): per region the isolated and the weakly tied initiatives,
 * suggested partners with reasons, both in the network, health over time.
 */
export function RadarPage() {
  const { t } = useI18n();
  const { state, update } = useRadarState();
  const [panelOpen, panel] = useDisclosure(false);
  const regions = useQuery(RadarRegionsDocument, {});
  const summary = regions.data?.tieStructure.regions.find((r) => r.region === state.region);
  const unknownRegion = state.region !== null && regions.status === 'ready' && !summary;
  const chooseRegion = (region: string) => {
    update({ region });
    panel.close();
  };
  return (
    <Shell
      navbar={<RegionList regions={regions} chosen={state.region} onChoose={chooseRegion} />}
      navbarOpen={panelOpen || state.region === null}
      onToggleNavbar={panel.toggle}
    >
      <div className="radar">
        <Title order={2} size="h4" className="radar-title" data-testid="radar-title">
          {t('radar.title')}
          {state.region !== null && <span className="radar-title-region"> · {state.region}</span>}
        </Title>
        {state.region === null && (
          <>
            <Alert color="gray" role="status" data-testid="pick-region">
              {t('radar.pickRegion')}
            </Alert>
            <RegionTable data={regions.data} onChoose={chooseRegion} />
            <HealthChart region={null} />
          </>
        )}
        {unknownRegion && (
          <Alert color="yellow" role="alert" data-testid="unknown-region">
            {t('radar.unknownRegion', { region: state.region ?? '' })}
          </Alert>
        )}
        {state.region !== null && !unknownRegion && (
          <RegionView state={{ ...state, region: state.region }} update={update} summary={summary} />
        )}
      </div>
    </Shell>
  );
}
