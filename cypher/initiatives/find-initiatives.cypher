// name: initiatives/find-initiatives
// purpose: several initiatives by id at once (their node properties); absent ids give no row
// params: $ids: [string]
// returns: props: map
UNWIND $ids AS id
MATCH (i:Initiative {id: id})
RETURN i {.*} AS props
