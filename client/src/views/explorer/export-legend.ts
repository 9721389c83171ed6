// The legend of the explorer's downloads: what the canvas shows, the filters and the dates.
import type { ElementDefinition } from 'cytoscape';
import { useCallback } from 'react';
import { DataDatesDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import type { Slice } from '../../graph/elements';
import { edgeKindsOf, networkLegend, type LegendContent } from '../../graph/legend';
import { useI18n } from '../../i18n';
import type { ExplorerState } from './explorer-state';

/** A function giving the legend of the picture as drawn now (called when a download starts). */
export function useExportLegend(
  state: ExplorerState,
  slice: Slice | undefined,
  elements: readonly ElementDefinition[],
  categories: [string, string][],
): () => LegendContent {
  const { t } = useI18n();
  const dates = useQuery(DataDatesDocument, {});
  const dataDate = dates.data?.dataDates.newest ?? null;
  return useCallback(() => {
    const nodes = slice?.nodes ?? [];
    const filters = [
      ...state.regions,
      ...state.themes,
      ...state.modes.map((m) => t(`mode.${m}`)),
      ...state.statuses.map((s) => s.toLowerCase()),
      ...(state.from || state.to ? [`${state.from ?? '…'} – ${state.to ?? '…'}`] : []),
      ...(state.focus.length ? [t('canvas.focusedMany', { n: state.focus.length })] : []),
    ];
    return networkLegend(
      {
        title: t('legend.networkTitle'),
        initiatives: nodes.some((n) => n.kind === 'INITIATIVE'),
        actors: nodes.some((n) => n.kind === 'ACTOR'),
        isolated: elements.some((e) => (e.data as { isolated?: unknown }).isolated === 1),
        edges: edgeKindsOf(slice?.edges ?? []),
        colourHeading: `${t('colourBy')}: ${t(`colourBy.${state.colourBy}`)}`,
        colours: categories,
        filters,
        asOf: state.asOf,
        dataDate,
      },
      t,
    );
  }, [t, state, slice, elements, categories, dataDate]);
}
