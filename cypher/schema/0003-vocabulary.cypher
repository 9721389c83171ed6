// The fixed vocabularies as nodes: barriers and propelling mechanisms. Idempotent (MERGE).
UNWIND ['VESTED_INTERESTS', 'ROUTINES', 'DOMINANT_BUSINESS_MODEL', 'REGULATION', 'FINANCING', 'KNOWLEDGE', 'CULTURE'] AS kind
MERGE (:Barrier {kind: kind});
UNWIND ['ENERGIZING', 'LEARNING_BY_DOING', 'LOGIC_OF_ATTRACTION', 'BANDWAGON', 'COUPLING', 'ROBUSTNESS', 'PROFESSIONALISATION', 'PARTNERING'] AS kind
MERGE (:Mechanism {kind: kind});
