// Keys inside dialogs and popovers stay there: Escape closes the dialog, `/` types, and neither
// reaches a page's own keys (the explorer's Escape clears the selection, `/` jumps to the search).
import { useWindowEvent } from '@mantine/hooks';
import type { KeyboardEvent } from 'react';

/**
 * For keydown inside dialogs and popovers: Escape closes the dialog (Mantine listens in the capture
 * phase) but must not also reach the explorer's page-wide keys (Escape clears the selection, `/`
 * jumps to the search).
 */
export function keepKeysInside(event: KeyboardEvent): void {
  if (event.key === 'Escape' || event.key === '/') event.nativeEvent.stopPropagation();
}

/**
 * While a dialog is open, Escape and `/` stay with it wherever the focus is: Mantine closes the dialog
 * in the capture phase on window, and stopping the event there keeps it from the explorer's page-wide
 * keys (listening on window in the bubble phase), which would clear the selection behind the dialog.
 */
export function useDialogKeys(opened: boolean): void {
  useWindowEvent(
    'keydown',
    (event) => {
      if (opened && (event.key === 'Escape' || event.key === '/')) event.stopPropagation();
    },
    { capture: true },
  );
}
