import { ComingNext } from '../placeholder/ComingNext';

/** The isolation radar (being built). */
export function RadarPage() {
  return <ComingNext page="radar" />;
}
