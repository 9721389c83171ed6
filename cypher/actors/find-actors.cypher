// name: actors/find-actors
// purpose: several actors by id at once (their node properties); absent ids give no row
// params: $ids: [string]
// returns: props: map
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.*} AS props
