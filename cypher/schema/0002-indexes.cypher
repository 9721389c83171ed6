// Indexes for the list filters and time slices. Idempotent (IF NOT EXISTS).
CREATE INDEX initiative_region IF NOT EXISTS FOR (n:Initiative) ON (n.region);
CREATE INDEX initiative_status IF NOT EXISTS FOR (n:Initiative) ON (n.status);
CREATE INDEX initiative_started IF NOT EXISTS FOR (n:Initiative) ON (n.startedOn);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_region IF NOT EXISTS FOR (n:Actor) ON (n.region);
