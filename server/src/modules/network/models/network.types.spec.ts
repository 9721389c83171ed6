import { NETWORK_SECTIONS } from './network.types.js';

describe('network types', () => {
  it('lists the sections in import order', () => {
    expect(NETWORK_SECTIONS[0]).toBe('initiatives');
  });
});
