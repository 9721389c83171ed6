import { useComputedColorScheme } from '@mantine/core';
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useCy } from '../../canvas/CyContext';
import { ElementsEffect } from '../../canvas/ElementsEffect';
import { NetworkCanvas } from '../../canvas/NetworkCanvas';
import { ZoomControls } from '../../canvas/ZoomControls';
import { stylesheet } from '../../graph/style';
import { useI18n } from '../../i18n';
import { diffElements, type Diff } from '../../history/diff-model';
import { ADDED_COLOUR, CHANGED_COLOUR, diffStyles, REMOVED_COLOUR } from './diff-style';

/** The explorer's stylesheet with the diff's marks on top. */
function DiffStyleEffect({ scheme }: { scheme: 'light' | 'dark' }) {
  const cy = useCy();
  useLayoutEffect(() => {
    cy.style([...stylesheet(scheme), ...diffStyles(scheme)]);
  }, [cy, scheme]);
  return null;
}

/** What the drawing's marks mean: a symbol, a border or line style, and a colour for each change. */
export function DiffLegend() {
  const { t } = useI18n();
  return (
    <ul className="diff-legend" aria-label={t('legend')} data-testid="diff-legend">
      <li>
        <span className="diff-swatch" style={{ border: `3px solid ${ADDED_COLOUR}` }} aria-hidden />
        <span className="diff-line" style={{ borderTop: `3px solid ${ADDED_COLOUR}` }} aria-hidden />+{' '}
        {t('chg.legend.added')}
      </li>
      <li>
        <span className="diff-swatch" style={{ border: `3px dashed ${REMOVED_COLOUR}`, opacity: 0.8 }} aria-hidden />
        <span className="diff-line" style={{ borderTop: `3px dotted ${REMOVED_COLOUR}` }} aria-hidden />−{' '}
        {t('chg.legend.removed')}
      </li>
      <li>
        <span className="diff-swatch" style={{ border: `4px double ${CHANGED_COLOUR}` }} aria-hidden />~{' '}
        {t('chg.legend.changed')}
      </li>
      <li>
        <span className="diff-swatch" style={{ border: '1px solid #B8BDC4', opacity: 0.6 }} aria-hidden />{' '}
        {t('chg.legend.context')}
      </li>
    </ul>
  );
}

/** The diff drawn in the network: the entities and relations that changed, and the ends they touch. */
export function DiffCanvas({ diff }: { diff: Diff }) {
  const { t } = useI18n();
  const scheme = useComputedColorScheme('light');
  const elements = useMemo(() => diffElements(diff), [diff]);
  const [laying, setLaying] = useState(false);
  const onLayout = useCallback((running: boolean) => setLaying(running), []);
  const nodes = elements.filter((e) => e.group === 'nodes').length;
  return (
    <div className="diff-stage" data-testid="diff-canvas" data-laying={laying ? 1 : 0} data-nodes={nodes}>
      <NetworkCanvas label={t('chg.canvas', { n: nodes })}>
        <DiffStyleEffect scheme={scheme} />
        <ElementsEffect elements={elements} layout="fcose" onLayout={onLayout} />
        <ZoomControls
          labels={{ in: t('zoomIn'), out: t('zoomOut'), fit: t('fit'), png: t('png') }}
          fileName="what-changed"
        />
      </NetworkCanvas>
    </div>
  );
}
