import { useState } from 'react';
import { INFLUENCE_COLOUR, INVOLVEMENT_COLOUR, ISOLATED_RING, MODE_COLOURS } from '../../graph/encoding';
import { useI18n } from '../../i18n';

function Line({
  colour,
  width,
  dashed = false,
  arrow = false,
}: {
  colour: string;
  width: number;
  dashed?: boolean;
  arrow?: boolean;
}) {
  return (
    <svg width="34" height="12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2={arrow ? 26 : 33}
        y2="6"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dashed ? '5 3' : undefined}
      />
      {arrow && <polygon points="25,1 33,6 25,11" fill={colour} />}
    </svg>
  );
}

/** The encoding in a corner of the canvas: node shapes, the colouring in use, every edge kind. */
export function Legend({ categories, colourByLabel }: { categories: [string, string][]; colourByLabel: string }) {
  const { t } = useI18n();
  // closed by default on narrow screens, where it would cover the network
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= 768);
  const shown = categories.slice(0, 12);
  return (
    <aside className="legend" aria-label={t('legend')} data-testid="legend">
      <button type="button" className="legend-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t('legend')} {open ? '▾' : '▸'}
      </button>
      {open && (
        <div className="legend-body">
          <ul>
            <li>
              <span className="swatch rect" /> {t('initiative')}
            </li>
            <li>
              <span className="swatch ellipse">M</span> {t('actor')}
            </li>
            <li>
              <span className="swatch rect" style={{ outline: `3px solid ${ISOLATED_RING}` }} /> {t('isolated')}
            </li>
          </ul>
          <ul>
            <li>
              <Line colour={MODE_COLOURS.DEEPENING} width={4} /> {t('mode.DEEPENING')}
            </li>
            <li>
              <Line colour={MODE_COLOURS.BROADENING} width={2.5} dashed /> {t('mode.BROADENING')}
            </li>
            <li>
              <Line colour={MODE_COLOURS.SPREADING} width={2.5} arrow /> {t('mode.SPREADING')}
            </li>
            <li>
              <Line colour={INVOLVEMENT_COLOUR} width={1} /> {t('involvement')}
            </li>
            <li>
              <Line colour={INFLUENCE_COLOUR} width={1.5} arrow /> {t('influence')}
            </li>
          </ul>
          {shown.length > 0 && (
            <>
              <div className="legend-heading">{colourByLabel}</div>
              <ul className="legend-categories">
                {shown.map(([name, colour]) => (
                  <li key={name}>
                    <span className="swatch rect" style={{ background: colour }} /> {name}
                  </li>
                ))}
                {categories.length > shown.length && <li>… +{categories.length - shown.length}</li>}
              </ul>
            </>
          )}
        </div>
      )}
    </aside>
  );
}
