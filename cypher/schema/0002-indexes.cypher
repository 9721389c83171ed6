// Indexes for the list filters, text search and time slices. Idempotent (IF NOT EXISTS).
CREATE INDEX initiative_region IF NOT EXISTS FOR (n:Initiative) ON (n.region);
CREATE INDEX initiative_status IF NOT EXISTS FOR (n:Initiative) ON (n.status);
CREATE INDEX initiative_started IF NOT EXISTS FOR (n:Initiative) ON (n.startedOn);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_region IF NOT EXISTS FOR (n:Actor) ON (n.region);
CREATE FULLTEXT INDEX initiative_text IF NOT EXISTS FOR (n:Initiative) ON EACH [n.name, n.description];
CREATE FULLTEXT INDEX actor_text IF NOT EXISTS FOR (n:Actor) ON EACH [n.name];
// No index on AMPLIFIES.mode: with only three values it made the import's MERGE scan every
// amplification of a mode (quadratic); the MERGE starts from the two initiatives instead.
DROP INDEX amplifies_mode IF EXISTS;
