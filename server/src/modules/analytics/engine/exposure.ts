import type { AmplificationMode } from '../../../domain/network.types.js';
import { bfs, modeMask, resetScratch, type AmplificationIndex } from './cascade-index.js';
import { compareText } from './core/counts.js';
import { UnknownInitiativeError } from './core/errors.js';
import { quantileSorted, sortedCopy } from './core/stats.js';
import { forEachTieNeighbour, tieCounts, type TieIndex } from './core/tie-index.js';

/**
 * Exposure and thresholds (Valente 1995; netdiffuseR's `exposure` and `threshold`), per cascade.
 * A cascade is the diffusion of one win: its adopters are the initiatives reached from the root
 * along A (of the chosen modes). An adopter's adoption date is its `startedOn`, or, without one,
 * the earliest date of an amplification into it from the cascade; the root's is its `startedOn`.
 *
 * For every adopter v other than the root, with a date:
 *  - exposure at adoption E_v = the tie neighbours of v in T that belong to the same cascade and
 *    adopted strictly before v;
 *  - threshold τ_v = E_v / (ties of v in T), the share of its neighbourhood that had adopted.
 * Per theme of the adopters (an adopter counting once for each of its themes): the distribution of
 * E (0, 1, 2, 3, 4, 5+), its mean and median, the share adopting with one exposed neighbour
 * (what a simple contagion needs) and with two or more (what a complex contagion needs, Centola &
 * Macy 2007), and the mean and median threshold. Undated adopters are counted and left out.
 */

export interface ExposureRow {
  initiativeId: string;
  rootId: string;
  generation: number;
  adoptedOn: string;
  exposure: number;
  ties: number;
  threshold: number;
}

export interface ExposureSummary {
  /** '' = every adopter */
  theme: string;
  adoptions: number;
  meanExposure: number;
  medianExposure: number;
  /** shares of adoptions with exposure 0, exactly 1, and 2 or more */
  noneShare: number;
  singleShare: number;
  multipleShare: number;
  meanThreshold: number;
  medianThreshold: number;
  /** adoptions by exposure: 0, 1, 2, 3, 4 and 5 (= 5 or more) */
  histogram: { exposure: number; adoptions: number }[];
}

export interface ExposureResult {
  cascades: number;
  adoptions: number;
  /** adopters left out for want of a date */
  undated: number;
  overall: ExposureSummary;
  themes: ExposureSummary[];
  /** one row per adoption (the given cascade's, or the first `first` of all) */
  rows: ExposureRow[];
}

export interface ExposureOptions {
  rootId?: string | null;
  modes?: readonly AmplificationMode[] | null;
  /** rows listed at most */
  first?: number;
}

/** Adoption date of each cascade member (scratch holds generations). */
function adoptionDates(index: AmplificationIndex, order: number[], mask: number): (string | null)[] {
  return order.map((v) => {
    const own = index.initiatives[v]!.startedOn;
    if (own !== null || index.scratch[v] === 0) return own;
    let earliest: string | null = null;
    for (let e = index.inStart[v]!; e < index.inStart[v + 1]!; e++) {
      if ((index.inMode[e]! & mask) === 0 || index.scratch[index.inTarget[e]!] === -1) continue;
      const on = index.inOn[e] ?? null;
      if (on !== null && (earliest === null || on < earliest)) earliest = on;
    }
    return earliest;
  });
}

function summary(theme: string, rows: readonly ExposureRow[]): ExposureSummary {
  const n = rows.length;
  const exposures = sortedCopy(rows.map((r) => r.exposure));
  const thresholds = sortedCopy(rows.map((r) => r.threshold));
  const histogram = [0, 1, 2, 3, 4, 5].map((exposure) => ({
    exposure,
    adoptions: rows.filter((r) => (exposure === 5 ? r.exposure >= 5 : r.exposure === exposure)).length,
  }));
  const share = (test: (e: number) => boolean) => (n === 0 ? 0 : rows.filter((r) => test(r.exposure)).length / n);
  const meanOf = (values: Float64Array) => (n === 0 ? 0 : values.reduce((a, b) => a + b, 0) / n);
  return {
    theme,
    adoptions: n,
    meanExposure: meanOf(exposures),
    medianExposure: n === 0 ? 0 : quantileSorted(exposures, 0.5),
    noneShare: share((e) => e === 0),
    singleShare: share((e) => e === 1),
    multipleShare: share((e) => e >= 2),
    meanThreshold: meanOf(thresholds),
    medianThreshold: n === 0 ? 0 : quantileSorted(thresholds, 0.5),
    histogram,
  };
}

/** Exposure at adoption and thresholds of one cascade or all (see the file header). */
export function adoptionExposure(
  amp: AmplificationIndex,
  ties: TieIndex,
  options: ExposureOptions = {},
): ExposureResult {
  const mask = modeMask(options.modes);
  const n = amp.ids.length;
  let roots: number[];
  if (options.rootId) {
    const r = amp.indexOf.get(options.rootId);
    if (r === undefined) throw new UnknownInitiativeError(options.rootId);
    roots = [r];
  } else {
    roots = [];
    for (let r = 0; r < n; r++) {
      let incoming = false;
      for (let e = amp.inStart[r]!; e < amp.inStart[r + 1]! && !incoming; e++) incoming = (amp.inMode[e]! & mask) !== 0;
      let outgoing = false;
      for (let e = amp.outStart[r]!; e < amp.outStart[r + 1]! && !outgoing; e++)
        outgoing = (amp.outMode[e]! & mask) !== 0;
      if (!incoming && outgoing) roots.push(r);
    }
  }
  const degree = tieCounts(ties);
  const mark = new Int32Array(n);
  const dateOf = new Array<string | null>(n).fill(null);
  let stamp = 0;
  const rows: ExposureRow[] = [];
  let undated = 0;
  for (const r of roots) {
    const order = bfs(amp, r, mask);
    const dates = adoptionDates(amp, order, mask);
    order.forEach((v, k) => (dateOf[v] = dates[k]!));
    for (let k = 1; k < order.length; k++) {
      const v = order[k]!;
      const on = dates[k];
      if (on === null || on === undefined) {
        undated += 1;
        continue;
      }
      let exposure = 0;
      forEachTieNeighbour(ties, v, mark, ++stamp, (u) => {
        const when = amp.scratch[u] === -1 ? null : dateOf[u];
        if (when !== null && when !== undefined && when < on) exposure += 1;
      });
      const tieCount = degree[v]!;
      rows.push({
        initiativeId: amp.ids[v]!,
        rootId: amp.ids[r]!,
        generation: amp.scratch[v]!,
        adoptedOn: on,
        exposure,
        ties: tieCount,
        threshold: tieCount === 0 ? 0 : exposure / tieCount,
      });
    }
    resetScratch(amp, order);
  }
  const byTheme = new Map<string, ExposureRow[]>();
  for (const row of rows) {
    for (const theme of new Set(amp.initiatives[amp.indexOf.get(row.initiativeId)!]!.themes)) {
      const list = byTheme.get(theme) ?? [];
      list.push(row);
      byTheme.set(theme, list);
    }
  }
  return {
    cascades: roots.length,
    adoptions: rows.length,
    undated,
    overall: summary('', rows),
    themes: [...byTheme]
      .map(([theme, list]) => summary(theme, list))
      .sort((a, b) => b.adoptions - a.adoptions || compareText(a.theme, b.theme)),
    rows: rows.slice(0, options.first ?? 100),
  };
}
