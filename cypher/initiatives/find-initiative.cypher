// name: initiatives/find-initiative
// purpose: one initiative by id (its node properties), no row when absent
// params: $id: string
// returns: props: map
MATCH (i:Initiative {id: $id})
RETURN i {.*} AS props
