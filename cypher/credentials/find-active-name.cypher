// name: credentials/find-active-name
// purpose: whether an unrevoked personal token already has this name (names say who changed what, so they stay unique)
// params: $name: string
// returns: taken: boolean
RETURN EXISTS { MATCH (c:Credential {name: $name}) WHERE c.revokedAt IS NULL } AS taken
