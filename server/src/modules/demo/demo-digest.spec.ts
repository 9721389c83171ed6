import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { generateDemoNetwork } from './demo-generator.js';

/**
 * The generator's output, pinned: SHA-256 of the JSON for a few sizes and seeds, taken from the
 * generator as it was before it was split into files by concern. A refactoring that keeps these
 * digests keeps every demo network (and so every screenshot, bench and test built on one) as it was.
 * Change a digest only for a deliberate change of the generated network, and say so in the commit.
 */
const PINNED: [initiatives: number, seed: number, sha256: string][] = [
  [0, 1984, 'c550300445af5ea68c3ab11156df2fa6391b5ec628fa84ea9f1dd8a9a99895ff'],
  [1, 1, 'ac8fd5e58094e1d6f935934b351281cfbec403ee09a416ad7c30f32acf23422d'],
  [45, 3, 'a9c7f435f3eaf75119abb9dadac889f5ecc4ea35752f5e7c0a8f0d430622beae'],
  [300, 1984, '6af49ab10a9279d8b51a58339b1025cb476a582eeadb781088a59af9dd15f917'],
  [2000, 7, 'c3bcaa4087896ae1282590357fb50d1e2a8eee5df07364e1ca81c1dca2cadea7'],
  [5000, -1.5, 'cd5ef1f413e34b447983a4e780abab6e0e5c99de8307b89464a85ef8f95aca4a'],
];

const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('generateDemoNetwork output', () => {
  it.each(PINNED)('%i initiatives, seed %d: the same JSON as before', (initiatives, seed, digest) => {
    expect(sha256(generateDemoNetwork({ initiatives, seed }))).toBe(digest);
  });

  it('the defaults are 300 initiatives with seed 1984', () => {
    expect(sha256(generateDemoNetwork())).toBe(PINNED[3]![2]);
  });
});
