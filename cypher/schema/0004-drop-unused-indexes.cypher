// Indexes that cost more on import than they gave. Idempotent (IF EXISTS).
// AMPLIFIES.mode has three values: the index made the import's MERGE scan every amplification of
// a mode (quadratic); the MERGE starts from the two initiatives instead.
DROP INDEX amplifies_mode IF EXISTS;
// Full-text indexes: text search is a case-insensitive substring match on name and description,
// which needs no index at these sizes, and the Lucene updates slowed bulk imports.
DROP INDEX initiative_text IF EXISTS;
DROP INDEX actor_text IF EXISTS;
