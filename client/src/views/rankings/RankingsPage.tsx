import { ComingNext } from '../placeholder/ComingNext';

/** Rankings and communities (being built). */
export function RankingsPage() {
  return <ComingNext page="rankings" />;
}
