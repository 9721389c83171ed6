// Uniqueness constraints: ids are the keys imports upsert by. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_name IF NOT EXISTS FOR (n:Region) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT theme_name IF NOT EXISTS FOR (n:Theme) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT outcome_key IF NOT EXISTS FOR (n:Outcome) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT barrier_kind IF NOT EXISTS FOR (n:Barrier) REQUIRE n.kind IS UNIQUE;
CREATE CONSTRAINT mechanism_kind IF NOT EXISTS FOR (n:Mechanism) REQUIRE n.kind IS UNIQUE;
