// Named credentials: personal tokens stored hashed (SHA-256 of the token), looked up by hash. Idempotent.
CREATE CONSTRAINT credential_id IF NOT EXISTS FOR (n:Credential) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT credential_hash IF NOT EXISTS FOR (n:Credential) REQUIRE n.hash IS UNIQUE;
