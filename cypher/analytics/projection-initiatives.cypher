// name: analytics/projection-initiatives
// purpose: the initiatives as the analytics engine needs them (graph projections A and T)
// params: none
// returns: id, name, region, themes, startedOn, potential
MATCH (i:Initiative)
RETURN i.id AS id, i.name AS name, i.region AS region, coalesce(i.themes, []) AS themes,
       i.startedOn AS startedOn, i.amplificationPotentialScore AS potential
ORDER BY id
