import type { KeyboardEvent } from 'react';

/**
 * Arrow keys (and Home / End) in a list of buttons: moves the focus to the next button carrying
 * the attribute and returns it (undefined for other keys), so the caller can choose it.
 */
export function moveInList(event: KeyboardEvent<HTMLElement>, attribute: string): HTMLButtonElement | undefined {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return undefined;
  event.preventDefault();
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(`button[${attribute}]`)];
  if (buttons.length === 0) return undefined;
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const index =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : Math.max(0, Math.min(buttons.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1)));
  const next = buttons[index];
  next?.focus();
  return next;
}
