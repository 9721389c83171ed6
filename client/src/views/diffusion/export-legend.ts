// The legend of a cascade's downloads: its modes, the root and the joined initiatives, the filters and dates.
import { useCallback } from 'react';
import { DataDatesDocument, type CascadeQuery } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { edgeKindsOf, networkLegend, type LegendContent } from '../../graph/legend';
import { useI18n } from '../../i18n';
import type { DiffusionState } from './diffusion-url';

/** A function giving the legend of the cascade as drawn now (called when a download starts). */
export function useCascadeLegend(cascade: CascadeQuery['cascade'], state: DiffusionState): () => LegendContent {
  const { t } = useI18n();
  const dates = useQuery(DataDatesDocument, {});
  const dataDate = dates.data?.dataDates.newest ?? null;
  return useCallback(
    () =>
      networkLegend(
        {
          title: t('legend.cascadeTitle', { name: cascade.root.name }),
          initiatives: true,
          actors: false,
          isolated: false,
          edges: edgeKindsOf(cascade.edges),
          colourHeading: t('legend.cascadeColours'),
          colours: [
            [t('legend.root'), '#0072B2'],
            [t('legend.joined'), '#56B4E9'],
          ],
          filters: [...state.modes.map((m) => t(`mode.${m}`)), t('legend.generations')],
          asOf: state.at,
          dataDate,
        },
        t,
      ),
    [t, cascade, state.modes, state.at, dataDate],
  );
}
