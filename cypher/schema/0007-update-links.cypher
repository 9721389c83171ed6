// Update links (a token bound to one initiative, stored hashed) and the proposals made through them. Idempotent.
CREATE CONSTRAINT update_link_id IF NOT EXISTS FOR (n:UpdateLink) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT update_link_hash IF NOT EXISTS FOR (n:UpdateLink) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
CREATE INDEX update_link_initiative IF NOT EXISTS FOR (n:UpdateLink) ON (n.initiativeId);
CREATE INDEX proposal_status IF NOT EXISTS FOR (n:Proposal) ON (n.status);
CREATE INDEX proposal_link IF NOT EXISTS FOR (n:Proposal) ON (n.linkId);
