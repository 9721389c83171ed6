import type { BarrierKind } from './network.types.js';

/**
 * Why a partner is suggested for an initiative (docs/architecture.md "link suggestions": every suggestion
 * says why). The analytics engine produces these values; the API gives them as they are
 * (`ConnectionSuggestion.reasonDetails`) and as English sentences (`reasons`), phrased by
 * `phraseSuggestionReason` alone so both always say the same.
 */
export type SuggestionReason =
  /** the two initiatives share `count` tie-graph neighbours */
  | { kind: 'COMMON_PARTNERS'; count: number }
  /** an actor of this initiative and an actor of the partner influence each other (either direction) */
  | { kind: 'ACTOR_INFLUENCE'; actorHereId: string; actorHere: string; actorThereId: string; actorThere: string }
  /**
   * both address `theme`; `region` is the partner's region when that is another region (the
   * spreading boost), `sameRegion` tells that both lie in one region
   */
  | { kind: 'SHARED_THEME'; theme: string; region: string | null; sameRegion: boolean }
  /** the partner overcame a barrier that this initiative faces (and has not overcome) */
  | { kind: 'BARRIER_MATCH'; barrier: BarrierKind };

export type SuggestionReasonKind = SuggestionReason['kind'];

/** The English sentence of a reason, e.g. '2 partners in common', 'same theme energy in Drenthe'. */
export function phraseSuggestionReason(reason: SuggestionReason): string {
  switch (reason.kind) {
    case 'COMMON_PARTNERS':
      return `${reason.count} partner${reason.count === 1 ? '' : 's'} in common`;
    case 'ACTOR_INFLUENCE':
      return `actor ${reason.actorHere} (here) and actor ${reason.actorThere} (there) influence each other`;
    case 'SHARED_THEME':
      return reason.region !== null
        ? `same theme ${reason.theme} in ${reason.region}`
        : reason.sameRegion
          ? `same theme ${reason.theme} in the same region`
          : `same theme ${reason.theme}`;
    case 'BARRIER_MATCH':
      return `overcame the barrier ${reason.barrier} that this initiative faces`;
  }
}
