// A suggestion's reasons in the reader's language, shared by the radar and the region report.
import type { RadarIsolatesQuery } from '../api/generated/graphql';
import { humanize, type Translate } from '../i18n';

/** A reason of a suggestion as the API gives it: a value of the SuggestionReason union. */
export type ReasonDetail =
  RadarIsolatesQuery['isolatedInitiatives'][number]['suggestions'][number]['reasonDetails'][number];

/** How a reason is drawn (its CSS class `radar-reason-<kind>`). */
export type ReasonKind = 'common' | 'influence' | 'themeElsewhere' | 'themeSameRegion' | 'theme' | 'barrier';

/**
 * A reason in the reader's language: its kind and its sentence. A shared theme names the partner's
 * region when that is another region, says "the same region" when both lie in one.
 */
export function phraseReason(reason: ReasonDetail, t: Translate): { kind: ReasonKind; text: string } {
  switch (reason.__typename) {
    case 'CommonPartnersReason':
      return {
        kind: 'common',
        text: reason.count === 1 ? t('radar.reason.common1') : t('radar.reason.common', { n: reason.count }),
      };
    case 'ActorInfluenceReason':
      return {
        kind: 'influence',
        text: t('radar.reason.influence', { here: reason.actorHere, there: reason.actorThere }),
      };
    case 'SharedThemeReason':
      if (reason.region !== null)
        return {
          kind: 'themeElsewhere',
          text: t('radar.reason.themeElsewhere', { theme: reason.theme, region: reason.region }),
        };
      if (reason.sameRegion)
        return { kind: 'themeSameRegion', text: t('radar.reason.themeSameRegion', { theme: reason.theme }) };
      return { kind: 'theme', text: t('radar.reason.theme', { theme: reason.theme }) };
    case 'BarrierMatchReason':
      return { kind: 'barrier', text: t('radar.reason.barrier', { barrier: humanize(reason.barrier) }) };
  }
}
