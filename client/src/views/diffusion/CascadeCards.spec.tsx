/** @jest-environment ./tests/support/jsdom-environment.mjs */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import type { CascadeQuery } from '../../api/generated/graphql';
import { renderWithProviders } from '../../test/render';
import { CascadeCards } from './CascadeCards';

type Cascade = CascadeQuery['cascade'];

function cascade(extra: Partial<Cascade>): Cascade {
  return {
    size: 10,
    depth: 1,
    maxBreadth: 9,
    structuralVirality: 1.8,
    regionsReached: 4,
    sizeBin: '10–19',
    regions: [
      { name: 'Drenthe', count: 5 },
      { name: 'Utrecht', count: 3 },
      { name: 'Zeeland', count: 1 },
      { name: 'Limburg', count: 1 },
    ],
    ...extra,
  } as Cascade;
}

describe('CascadeCards', () => {
  it('shows the measures, a star of 10 as broadcast-like, and the top regions', () => {
    // a star of 10: SV = 2·9/10 = 1.8
    renderWithProviders(<CascadeCards cascade={cascade({})} listed={[]} />);
    expect(screen.getByTestId('card-size').textContent).toContain('10');
    expect(screen.getByTestId('card-size').textContent).toContain('bin 10–19');
    expect(screen.getByTestId('card-breadth').textContent).toContain('9');
    const sv = screen.getByTestId('card-virality').textContent ?? '';
    expect(sv).toContain('1.80');
    expect(sv).toContain('broadcast-like');
    expect(sv).toContain('compare within the size bin 10–19');
    expect(screen.getByTestId('card-regions').textContent).toContain('Drenthe 5, Utrecht 3, Zeeland 1, …');
  });

  it('calls a path of 10 chain-like and compares it with the median of its own size bin only', () => {
    // a path of 10: SV = 11/3
    const listed = [
      { sizeBin: '10–19', structuralVirality: 2 },
      { sizeBin: '10–19', structuralVirality: 3 },
      { sizeBin: '10–19', structuralVirality: 4 },
      { sizeBin: '2–4', structuralVirality: 1 },
    ];
    renderWithProviders(
      <CascadeCards cascade={cascade({ depth: 9, maxBreadth: 1, structuralVirality: 11 / 3 })} listed={listed} />,
    );
    const sv = screen.getByTestId('card-virality').textContent ?? '';
    expect(sv).toContain('3.67');
    expect(sv).toContain('chain-like');
    expect(sv).toContain('median 3.00');
  });
});
