/** @jest-environment ./tests/support/jsdom-environment.mjs */
import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { CascadesQuery } from '../../api/generated/graphql';
import type { QueryState } from '../../api/useQuery';
import { renderWithProviders } from '../../test/render';
import { CascadeList } from './CascadeList';
import { parseDiffusionState, type DiffusionState } from './diffusion-url';

type Row = CascadesQuery['cascades'][number];

function row(id: string, name: string, size: number, sizeBin: string, structuralVirality: number): Row {
  return {
    root: { id, name },
    size,
    depth: 2,
    structuralVirality,
    regionsReached: 3,
    sizeBin,
  } as Row;
}

const ROWS = [row('r1', 'Regentonnen', 12, '10–19', 2.4), row('r2', 'Wadi Wijk', 4, '2–4', 1.5)];

function renderList(list: QueryState<CascadesQuery>, url = '') {
  const update = jest.fn<(patch: Partial<DiffusionState>) => void>();
  const state = parseDiffusionState(new URLSearchParams(url));
  renderWithProviders(
    <CascadeList state={state} update={update} list={list} regions={['Drenthe']} themes={['water']} />,
  );
  return update;
}

describe('CascadeList', () => {
  it('ranks the cascades with their measures and size bin, and marks the chosen one', () => {
    renderList({ status: 'ready', data: { cascades: ROWS } }, 'root=r2');
    const buttons = within(screen.getByTestId('cascade-list')).getAllByRole('button');
    expect(buttons).toHaveLength(2);
    expect(buttons[0]?.textContent).toContain('Regentonnen');
    expect(buttons[0]?.textContent).toContain('size 12 · depth 2 · SV 2.40 · 3 regions');
    expect(buttons[0]?.textContent).toContain('10–19');
    expect(buttons[0]?.getAttribute('aria-current')).toBeNull();
    expect(buttons[1]?.getAttribute('aria-current')).toBe('true');
  });

  it('chooses a cascade by click and moves through the list with the arrow keys', () => {
    const update = renderList({ status: 'ready', data: { cascades: ROWS } });
    const [first, second] = within(screen.getByTestId('cascade-list')).getAllByRole('button');
    fireEvent.click(second!);
    expect(update).toHaveBeenLastCalledWith({ root: 'r2', at: null });
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    expect(update).toHaveBeenLastCalledWith({ root: 'r2', at: null });
    fireEvent.keyDown(second!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
    expect(update).toHaveBeenLastCalledWith({ root: 'r1', at: null });
  });

  it('says what to do when nothing matches, and clears the filters on request', () => {
    const update = renderList(
      { status: 'ready', data: { cascades: [] } as unknown as CascadesQuery },
      'region=Drenthe',
    );
    expect(screen.getByTestId('cascades-empty').textContent).toContain('No cascades match these filters');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(update).toHaveBeenCalledWith({ modes: [], region: null, theme: null, root: null, at: null });
  });

  it('shows the API error as an alert', () => {
    renderList({ status: 'error', message: 'The API did not answer (connection refused)' });
    expect(screen.getByRole('alert').textContent).toContain('connection refused');
  });
});
