// name: initiatives/list-regions
// purpose: the distinct non-empty regions of initiatives and actors, sorted (filter pickers)
// params: none
// returns: name: string (one row each)
CALL () {
  MATCH (i:Initiative) WHERE i.region IS NOT NULL AND i.region <> '' RETURN i.region AS name
  UNION
  MATCH (a:Actor) WHERE a.region IS NOT NULL AND a.region <> '' RETURN a.region AS name
}
RETURN name
ORDER BY name
