// name: actors/find-actor
// purpose: one actor by id (its node properties), no row when absent
// params: $id: string
// returns: props: map
MATCH (a:Actor {id: $id})
RETURN a {.*} AS props
