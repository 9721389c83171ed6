import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../config/app-config.js';
import { AppError } from '../app-error.js';
import { InputHygienePipe } from './input-hygiene.pipe.js';

const pipe = new InputHygienePipe(loadConfig({ UPLOAD_MAX_ROWS: '3' }));
const asArgs = (data: string) => ({ type: 'body' as const, data });

describe('InputHygienePipe', () => {
  it('turns the prototype-less objects of inline arguments into plain objects, lists and all', () => {
    const inline = Object.assign(Object.create(null) as object, {
      actorId: 'a',
      characteristics: [Object.assign(Object.create(null) as object, { characteristic: 'DEEP_CHANGE', score: 2 })],
    });
    const plain = pipe.transform(inline, asArgs('input')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.getPrototypeOf((plain.characteristics as object[])[0])).toBe(Object.prototype);
    expect(plain).toEqual({ actorId: 'a', characteristics: [{ characteristic: 'DEEP_CHANGE', score: 2 }] });
  });

  it('lists every text and list over its limit, and every control character, with its path', () => {
    const input = {
      name: 'x'.repeat(301),
      description: 'ok\nfine',
      themes: ['ok', 'bad\u0000'],
      characteristics: [{ evidence: 'y'.repeat(10_001) }],
    };
    try {
      pipe.transform(input, asArgs('input'));
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).problems.map((p) => p.path)).toEqual([
        'input.name',
        'input.themes[1]',
        'input.characteristics[0].evidence',
      ]);
    }
    expect(() => pipe.transform('r'.repeat(301), asArgs('region'))).toThrow('region: is 301 characters long');
    expect(() => pipe.transform({ initiatives: [{}, {}, {}, {}] }, asArgs('input'))).toThrow(
      'input.initiatives: has 4 items; at most 3 are allowed',
    );
  });

  it('passes everything that is not a named argument (parent, context, info) untouched', () => {
    const context = { req: { body: 'x'.repeat(1000) } };
    expect(pipe.transform(context, { type: 'custom' })).toBe(context);
    expect(pipe.transform(5, asArgs('first'))).toBe(5);
    expect(pipe.transform(null, asArgs('filter'))).toBeNull();
  });
});
