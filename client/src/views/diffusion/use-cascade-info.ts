import { useEffect, useState } from 'react';
import { CascadeInitiativeDocument } from '../../api/generated/graphql';
import { request } from '../../api/request';
import type { CascadeInfo } from '../../graph/cascade';

/** Above this many initiatives, names and dates are not fetched one by one (ids are shown). */
export const INFO_LIMIT = 1000;
const PARALLEL = 12;

/**
 * Names, start dates and amplification dates of a cascade's initiatives (for labels and playback),
 * fetched a few at a time; `ready` once all have answered.
 */
export function useCascadeInfo(ids: readonly string[]): { info: Map<string, CascadeInfo>; ready: boolean } {
  const key = ids.join('\n');
  const [state, setState] = useState<{ key: string; info: Map<string, CascadeInfo>; ready: boolean }>({
    key: '',
    info: new Map(),
    ready: false,
  });
  useEffect(() => {
    const list = key ? key.split('\n') : [];
    if (list.length === 0 || list.length > INFO_LIMIT) {
      setState({ key, info: new Map(), ready: true });
      return;
    }
    const controller = new AbortController();
    const info = new Map<string, CascadeInfo>();
    setState({ key, info, ready: false });
    let next = 0;
    const worker = async () => {
      while (next < list.length && !controller.signal.aborted) {
        const id = list[next++] ?? '';
        try {
          const data = await request(CascadeInitiativeDocument, { id }, controller.signal);
          const i = data.initiative;
          if (!i) continue;
          const edgeDates: Record<string, string | null> = {};
          for (const a of i.amplificationsIn) {
            const k = `${a.from.id}:${a.mode}`;
            const on = a.on ?? null;
            // two amplifications of one mode between the same pair: the first counts
            if (!(k in edgeDates) || (on !== null && (edgeDates[k] === null || on < (edgeDates[k] ?? ''))))
              edgeDates[k] = on;
          }
          info.set(i.id, { name: i.name, startedOn: i.startedOn ?? null, edgeDates });
        } catch {
          // one unknown initiative leaves its id as label; aborts end the loop
        }
      }
    };
    void Promise.all(Array.from({ length: Math.min(PARALLEL, list.length) }, worker)).then(() => {
      if (!controller.signal.aborted) setState({ key, info: new Map(info), ready: true });
    });
    return () => controller.abort();
  }, [key]);
  return state.key === key ? { info: state.info, ready: state.ready } : { info: new Map(), ready: false };
}
