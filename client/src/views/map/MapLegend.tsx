import { useState } from 'react';
import type { LegendContent, Swatch } from '../../graph/legend';
import { useI18n } from '../../i18n';

/** A legend swatch as a small inline SVG (the same shapes as in the downloads). */
function SwatchIcon({ s }: { s: Swatch }) {
  return (
    <svg width="30" height="14" aria-hidden="true">
      {s.kind === 'node' &&
        (s.shape === 'ellipse' ? (
          <circle cx="15" cy="7" r="6" fill={s.fill} stroke={s.stroke} strokeWidth={s.strokeWidth} />
        ) : (
          <rect x="8" y="1" width="12" height="12" rx="3" fill={s.fill} stroke={s.stroke} strokeWidth={s.strokeWidth} />
        ))}
      {s.kind === 'edge' && (
        <>
          <line
            x1="1"
            y1="7"
            x2={s.arrow ? 22 : 29}
            y2="7"
            stroke={s.colour}
            strokeWidth={s.width}
            strokeDasharray={s.dashed ? '5 3' : undefined}
          />
          {s.arrow && <polygon points="21,2 29,7 21,12" fill={s.colour} />}
        </>
      )}
      {s.kind === 'area' && <rect x="1" y="1" width="28" height="12" fill={s.fill} stroke={s.stroke} />}
    </svg>
  );
}

/** The map's legend in the side panel: the same content as the downloads' legend; collapsible. */
export function MapLegend({ content }: { content: LegendContent }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(true);
  return (
    <aside className="map-legend" aria-label={t('legend')} data-testid="map-legend">
      <button type="button" className="legend-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t('legend')} {open ? '▾' : '▸'}
      </button>
      {open && (
        <div className="legend-body">
          {content.sections.map((section) => (
            <div key={section.heading} className="map-legend-section">
              <div className="legend-heading">{section.heading}</div>
              <ul>
                {section.entries.map((e) => (
                  <li key={e.label}>
                    <SwatchIcon s={e.swatch} /> {e.label}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {content.notes.map((note) => (
            <div key={note} className="map-legend-note">
              {note}
            </div>
          ))}
        </div>
      )}
    </aside>
  );
}
