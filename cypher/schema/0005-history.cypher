// The change log (docs/history.md): the data version counter, change sets, their chunks and the
// index from initiatives and actors to the change sets that touched them. Idempotent.
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_set_seq IF NOT EXISTS FOR (n:ChangeSet) REQUIRE n.seq IS UNIQUE;
CREATE INDEX change_set_at IF NOT EXISTS FOR (n:ChangeSet) ON (n.at);
CREATE INDEX change_chunk_seq IF NOT EXISTS FOR (n:ChangeChunk) ON (n.seq);
CREATE INDEX change_touch_key IF NOT EXISTS FOR (n:ChangeTouch) ON (n.key);
CREATE INDEX change_touch_seq IF NOT EXISTS FOR (n:ChangeTouch) ON (n.seq);
// the one counter every write transaction bumps first
MERGE (v:DataVersion {id: 'atlas'})
  ON CREATE SET v.seq = 0, v.epoch = randomUUID();
