// name: map/list-initiative-places
// purpose: where each initiative with coordinates is, for the map (initiatives without them are listed beside it)
// params: none
// returns: id: string, latitude: float, longitude: float (one row each, ordered by id)
MATCH (i:Initiative)
WHERE i.latitude IS NOT NULL AND i.longitude IS NOT NULL
RETURN i.id AS id, toFloat(i.latitude) AS latitude, toFloat(i.longitude) AS longitude
ORDER BY id
