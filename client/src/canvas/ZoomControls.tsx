import type { Core } from 'cytoscape';
import { svgFromCy } from '../graph/svg';
import { useCy } from './CyContext';

function download(href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

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

function downloadPng(cy: Core) {
  const background = getComputedStyle(cy.container() ?? document.body).backgroundColor;
  download(
    withLabels(cy, () => cy.png({ full: true, scale: 2, bg: background })),
    'small-wins-network.png',
  );
}

function downloadSvg(cy: Core) {
  const background = getComputedStyle(cy.container() ?? document.body).backgroundColor;
  const title = cy.container()?.getAttribute('aria-label') ?? 'network';
  const text = withLabels(cy, () => svgFromCy(cy, background, title));
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  download(url, 'small-wins-network.svg');
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Zoom in / out / fit buttons, PNG (and SVG when labelled) downloads; they act on cy directly. */
export function ZoomControls({
  labels,
}: {
  labels: { in: string; out: string; fit: string; png: string; svg?: string };
}) {
  const cy = useCy();
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
        onClick={() => downloadPng(cy)}
        aria-label={labels.png}
        title={labels.png}
        className="png-button"
      >
        PNG
      </button>
      {labels.svg && (
        <button
          type="button"
          onClick={() => downloadSvg(cy)}
          aria-label={labels.svg}
          title={labels.svg}
          className="png-button"
        >
          SVG
        </button>
      )}
    </div>
  );
}
