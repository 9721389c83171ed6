import type { Core } from 'cytoscape';
import { useState } from 'react';
import type { LegendContent } from '../graph/legend';
import { svgFromCy } from '../graph/svg';
import { useCy } from './CyContext';
import { download, pngWithLegend } from './legend-paint';

/** An export has every label, whatever the zoom on screen (LabelZoomEffect hides them when zoomed out). */
function withLabels<T>(cy: Core, draw: () => T): T {
  const hidden = cy.nodes('.hide-label');
  if (hidden.empty()) return draw();
  cy.batch(() => hidden.removeClass('hide-label'));
  try {
    return draw();
  } finally {
    cy.batch(() => hidden.addClass('hide-label'));
  }
}

function zoomBy(cy: Core, factor: number) {
  const { width, height } = cy.container()?.getBoundingClientRect() ?? { width: 0, height: 0 };
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
}

/** The drawing as PNG at 2×, with the legend painted under it when one is given. */
async function downloadPng(cy: Core, legend: LegendContent | null, name: string) {
  const background = getComputedStyle(cy.container() ?? document.body).backgroundColor;
  const blob = withLabels(cy, () => cy.png({ full: true, scale: 2, bg: background, output: 'blob' }));
  if (!legend) return download(blob, `${name}.png`);
  const picture = await createImageBitmap(blob);
  download(
    await pngWithLegend(picture.width, picture.height, (ctx) => ctx.drawImage(picture, 0, 0), legend),
    `${name}.png`,
  );
}

function downloadSvg(cy: Core, legend: LegendContent | null, name: string) {
  const background = getComputedStyle(cy.container() ?? document.body).backgroundColor;
  const title = legend?.title ?? cy.container()?.getAttribute('aria-label') ?? 'network';
  const text = withLabels(cy, () => svgFromCy(cy, background, title, legend));
  download(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** "Legend in downloads": on by default; the picture alone when off. */
function LegendToggle({
  label,
  hint,
  on,
  onChange,
}: {
  label: string;
  hint: string;
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label className="legend-in-export" title={hint}>
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => onChange(e.currentTarget.checked)}
        data-testid="legend-in-export"
      />
      {label}
    </label>
  );
}

/**
 * Zoom in / out / fit buttons, PNG (and SVG when labelled) downloads; they act on cy directly.
 * With `legend` (what the picture shows, read when a download starts) the downloads carry the
 * legend, the filters and the dates, unless the "legend in downloads" box is cleared.
 */
export function ZoomControls({
  labels,
  legend,
  fileName = 'small-wins-network',
}: {
  labels: { in: string; out: string; fit: string; png: string; svg?: string; legend?: string; legendHint?: string };
  legend?: () => LegendContent;
  fileName?: string;
}) {
  const cy = useCy();
  const [withLegend, setWithLegend] = useState(true);
  const content = () => (legend && withLegend ? legend() : null);
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={() => zoomBy(cy, 1.3)} aria-label={labels.in} title={labels.in}>
        +
      </button>
      <button type="button" onClick={() => zoomBy(cy, 1 / 1.3)} aria-label={labels.out} title={labels.out}>
        −
      </button>
      <button
        type="button"
        onClick={() => cy.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration: 200 })}
        aria-label={labels.fit}
        title={labels.fit}
      >
        ⤢
      </button>
      <button
        type="button"
        onClick={() => void downloadPng(cy, content(), fileName)}
        aria-label={labels.png}
        title={labels.png}
        className="png-button"
      >
        PNG
      </button>
      {labels.svg && (
        <button
          type="button"
          onClick={() => downloadSvg(cy, content(), fileName)}
          aria-label={labels.svg}
          title={labels.svg}
          className="png-button"
        >
          SVG
        </button>
      )}
      {legend && labels.legend && (
        <LegendToggle label={labels.legend} hint={labels.legendHint ?? ''} on={withLegend} onChange={setWithLegend} />
      )}
    </div>
  );
}
