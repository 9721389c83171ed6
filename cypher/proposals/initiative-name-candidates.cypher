// name: proposals/initiative-name-candidates
// purpose: every initiative's id, name and region: the candidates for duplicate matching (normalised names compared in the service; read only when an editor reviews a proposal that brings in a new initiative)
// params: none
// returns: id, name, region: string|null
MATCH (n:Initiative)
RETURN n.id AS id, n.name AS name, n.region AS region
