// name: history/data-version
// purpose: the data version: the last committed sequence number and the counter's epoch (0 and '' before the first write)
// params: none
// returns: seq: int, epoch: string
OPTIONAL MATCH (v:DataVersion {id: 'atlas'})
RETURN coalesce(v.seq, 0) AS seq, coalesce(v.epoch, '') AS epoch
