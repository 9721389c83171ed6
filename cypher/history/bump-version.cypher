// name: history/bump-version
// purpose: the first statement of every write transaction: bumps the data version, taking the counter node's write lock (writers run one after another, sequence order is commit order)
// params: none
// returns: seq: the new sequence number (this transaction's change set)
MERGE (v:DataVersion {id: 'atlas'})
  ON CREATE SET v.seq = 0, v.epoch = randomUUID()
SET v.seq = v.seq + 1
RETURN v.seq AS seq
