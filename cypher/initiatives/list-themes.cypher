// name: initiatives/list-themes
// purpose: the distinct themes initiatives address, sorted (filter pickers)
// params: none
// returns: name: string (one row each)
MATCH (i:Initiative)
UNWIND coalesce(i.themes, []) AS theme
WITH DISTINCT theme AS name
WHERE name <> ''
RETURN name
ORDER BY name
