// name: network/states-initiatives
// purpose: the stored state of the given initiatives (the change log's before and after), absent ones left out
// params: $ids: [string]
// returns: props: map (all node properties, startedOn as a date; a map projection reads them faster than properties()), seq: int|null (the change mark _seq)
UNWIND $ids AS id
MATCH (i:Initiative {id: id})
RETURN i {.*} AS props, i._seq AS seq
