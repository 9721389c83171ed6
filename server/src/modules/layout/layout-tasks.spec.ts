import { describe, expect, it } from '@jest/globals';
import { defaultViews, MAX_WARM_REGIONS } from './layout-tasks.js';
import { filterKey } from './layout.service.js';

describe('the default views laid out ahead', () => {
  it('are the whole network, then each region, keyed as the explorer asks for them', () => {
    const views = defaultViews(['Drenthe', 'Utrecht']);
    expect(views).toEqual([{}, { regions: ['Drenthe'] }, { regions: ['Utrecht'] }]);
    // the explorer sends every list (empty), the actors and no dates: the same cache entry
    const asked = {
      regions: ['Utrecht'],
      themes: [],
      modes: [],
      statuses: [],
      from: null,
      to: null,
      includeActors: true,
      asOf: null,
    };
    expect(filterKey(asked, 1500)).toBe(filterKey(views[2]!, 1500));
    expect(filterKey({ ...asked, regions: [] }, 1500)).toBe(filterKey(views[0]!, 1500));
  });

  it('stop at MAX_WARM_REGIONS regions', () => {
    const regions = Array.from({ length: MAX_WARM_REGIONS + 5 }, (_, i) => `r${i}`);
    expect(defaultViews(regions)).toHaveLength(1 + MAX_WARM_REGIONS);
  });
});
