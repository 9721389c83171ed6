/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'mutation AcceptProposal($id: ID!, $merges: [ProposalMergeInput!]!) {\n  acceptProposal(id: $id, merges: $merges) {\n    changeSeq\n    proposal {\n      id\n      status\n    }\n  }\n}': typeof types.AcceptProposalDocument;
  'query ActorDetails($id: ID!) {\n  actor(id: $id) {\n    id\n    name\n    kind\n    region\n    initiatives {\n      role\n      since\n      initiative {\n        id\n        name\n      }\n    }\n    influencesOut {\n      weight\n      since\n      to {\n        id\n        name\n      }\n    }\n    influencesIn {\n      weight\n      since\n      from {\n        id\n        name\n      }\n    }\n  }\n}': typeof types.ActorDetailsDocument;
  'query BrokersRanking($first: Int!) {\n  brokers(first: $first) {\n    rank\n    initiativeCount\n    regions\n    themes\n    actor {\n      id\n      name\n      kind\n    }\n  }\n}': typeof types.BrokersRankingDocument;
  'query Cascade($rootId: ID!, $modes: [AmplificationMode!]) {\n  cascade(rootId: $rootId, modes: $modes) {\n    root {\n      id\n      name\n    }\n    size\n    depth\n    maxBreadth\n    structuralVirality\n    regionsReached\n    sizeBin\n    generations\n    timeToGeneration\n    regions {\n      name\n      count\n    }\n    adoptionCurve {\n      month\n      joined\n      cumulative\n    }\n    nodes {\n      id\n      generation\n      name\n      startedOn\n    }\n    edges {\n      from\n      to\n      mode\n      on\n    }\n  }\n}': typeof types.CascadeDocument;
  'query Cascades($modes: [AmplificationMode!], $region: String, $theme: String, $sortBy: CascadeSort!, $first: Int!) {\n  cascades(\n    modes: $modes\n    region: $region\n    theme: $theme\n    sortBy: $sortBy\n    first: $first\n  ) {\n    root {\n      id\n      name\n      region\n      startedOn\n    }\n    size\n    depth\n    maxBreadth\n    structuralVirality\n    regionsReached\n    sizeBin\n  }\n}': typeof types.CascadesDocument;
  'query Changes($first: Int!, $after: String, $entityId: ID, $by: String, $since: DateTime, $until: DateTime) {\n  changes(\n    first: $first\n    after: $after\n    entityId: $entityId\n    by: $by\n    since: $since\n    until: $until\n  ) {\n    edges {\n      node {\n        seq\n        at\n        who\n        operation\n        summary\n        entryCount\n        undoes\n        undoneBy\n        entries(first: 3) {\n          items {\n            kind\n            nodeIds\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.ChangesDocument;
  'query Communities {\n  communities(graph: TIE) {\n    count\n    members {\n      id\n      community\n    }\n  }\n}': typeof types.CommunitiesDocument;
  'mutation CreateCredential($name: String!, $role: Role!) {\n  createCredential(name: $name, role: $role) {\n    token\n    credential {\n      id\n      name\n      role\n    }\n  }\n}': typeof types.CreateCredentialDocument;
  'mutation CreateUpdateLink($initiativeId: ID!, $expiresInDays: Int!) {\n  createUpdateLink(initiativeId: $initiativeId, expiresInDays: $expiresInDays) {\n    token\n    link {\n      id\n    }\n  }\n}': typeof types.CreateUpdateLinkDocument;
  'query Credentials {\n  credentials(includeRevoked: true) {\n    id\n    name\n    role\n    source\n    createdAt\n    createdBy\n    lastUsedAt\n    revocable\n    revokedAt\n    revokedBy\n  }\n}': typeof types.CredentialsDocument;
  'query DataDates {\n  dataDates {\n    newest\n    today\n  }\n}': typeof types.DataDatesDocument;
  'mutation EditCreateActor($input: ActorInput!) {\n  createActor(input: $input) {\n    id\n    name\n  }\n}': typeof types.EditCreateActorDocument;
  'mutation EditCreateInitiative($input: InitiativeInput!) {\n  createInitiative(input: $input) {\n    id\n    name\n  }\n}': typeof types.EditCreateInitiativeDocument;
  'mutation EditDeleteActor($id: ID!) {\n  deleteActor(id: $id) {\n    id\n    kind\n    removedRelations {\n      type\n      count\n    }\n  }\n}': typeof types.EditDeleteActorDocument;
  'mutation EditDeleteAmplification($fromInitiativeId: ID!, $toInitiativeId: ID!, $mode: AmplificationMode!) {\n  deleteAmplification(\n    fromInitiativeId: $fromInitiativeId\n    toInitiativeId: $toInitiativeId\n    mode: $mode\n  ) {\n    id\n  }\n}': typeof types.EditDeleteAmplificationDocument;
  'mutation EditDeleteBarrier($initiativeId: ID!, $barrier: BarrierKind!) {\n  deleteBarrier(initiativeId: $initiativeId, barrier: $barrier) {\n    id\n  }\n}': typeof types.EditDeleteBarrierDocument;
  'mutation EditDeleteInfluence($fromActorId: ID!, $toActorId: ID!) {\n  deleteInfluence(fromActorId: $fromActorId, toActorId: $toActorId) {\n    id\n  }\n}': typeof types.EditDeleteInfluenceDocument;
  'mutation EditDeleteInitiative($id: ID!) {\n  deleteInitiative(id: $id) {\n    id\n    kind\n    removedRelations {\n      type\n      count\n    }\n  }\n}': typeof types.EditDeleteInitiativeDocument;
  'mutation EditDeleteInvolvement($actorId: ID!, $initiativeId: ID!) {\n  deleteInvolvement(actorId: $actorId, initiativeId: $initiativeId) {\n    id\n  }\n}': typeof types.EditDeleteInvolvementDocument;
  'mutation EditDeleteOutcome($initiativeId: ID!, $kind: OutcomeKind!, $name: String) {\n  deleteOutcome(initiativeId: $initiativeId, kind: $kind, name: $name) {\n    id\n  }\n}': typeof types.EditDeleteOutcomeDocument;
  'query EditSearchNodes($search: String!, $first: Int!) {\n  initiatives(filter: {search: $search}, first: $first) {\n    edges {\n      node {\n        id\n        name\n        region\n      }\n    }\n  }\n  actors(filter: {search: $search}, first: $first) {\n    edges {\n      node {\n        id\n        name\n        region\n      }\n    }\n  }\n}': typeof types.EditSearchNodesDocument;
  'mutation EditUpdateActor($id: ID!, $patch: ActorPatch!) {\n  updateActor(id: $id, patch: $patch) {\n    id\n    name\n  }\n}': typeof types.EditUpdateActorDocument;
  'mutation EditUpdateInitiative($id: ID!, $patch: InitiativePatch!) {\n  updateInitiative(id: $id, patch: $patch) {\n    id\n    name\n  }\n}': typeof types.EditUpdateInitiativeDocument;
  'mutation EditUpsertAmplification($input: AmplificationInput!) {\n  upsertAmplification(input: $input) {\n    mode\n  }\n}': typeof types.EditUpsertAmplificationDocument;
  'mutation EditUpsertBarrier($input: BarrierInput!) {\n  upsertBarrier(input: $input) {\n    barrier\n  }\n}': typeof types.EditUpsertBarrierDocument;
  'mutation EditUpsertInfluence($input: InfluenceInput!) {\n  upsertInfluence(input: $input) {\n    weight\n  }\n}': typeof types.EditUpsertInfluenceDocument;
  'mutation EditUpsertInvolvement($input: InvolvementInput!) {\n  upsertInvolvement(input: $input) {\n    role\n  }\n}': typeof types.EditUpsertInvolvementDocument;
  'mutation EditUpsertOutcome($input: OutcomeInput!) {\n  upsertOutcome(input: $input) {\n    kind\n  }\n}': typeof types.EditUpsertOutcomeDocument;
  'query ExplorerSlice($filter: SliceFilter, $limit: Int) {\n  sliceLayout(filter: $filter, limit: $limit) {\n    nodeCount\n    millis\n    positions {\n      id\n      x\n      y\n    }\n    slice {\n      ...SliceParts\n    }\n  }\n}': typeof types.ExplorerSliceDocument;
  'query FilterOptions {\n  regions\n  themes\n}': typeof types.FilterOptionsDocument;
  'query InitiativeDetails($id: ID!) {\n  initiative(id: $id) {\n    id\n    name\n    description\n    region\n    status\n    startedOn\n    themes\n    characteristics {\n      characteristic\n      score\n      evidence\n    }\n    actors {\n      role\n      since\n      actor {\n        id\n        name\n        kind\n      }\n    }\n    amplificationsIn {\n      mode\n      on\n      evidence\n      mechanisms\n      from {\n        id\n        name\n      }\n    }\n    amplificationsOut {\n      mode\n      on\n      evidence\n      mechanisms\n      to {\n        id\n        name\n      }\n    }\n    outcomes {\n      kind\n      name\n      on\n    }\n    barriers {\n      barrier\n      overcome\n      note\n      on\n    }\n  }\n}': typeof types.InitiativeDetailsDocument;
  'query IntroductionGains($initiativeId: ID!, $candidateIds: [ID!]!, $runs: Int!) {\n  introductionGains(\n    initiativeId: $initiativeId\n    candidateIds: $candidateIds\n    runs: $runs\n  ) {\n    gains {\n      initiative {\n        id\n      }\n      reachWithout\n      reachWith\n      gain {\n        mean\n        low\n        high\n      }\n    }\n    manifest {\n      citeAs\n    }\n  }\n}': typeof types.IntroductionGainsDocument;
  'query IsolatedInitiatives {\n  isolatedInitiatives(suggestions: 1) {\n    initiative {\n      id\n    }\n  }\n}': typeof types.IsolatedInitiativesDocument;
  'query LayoutAsOf($date: Date!) {\n  networkStatsAsOf(date: $date) {\n    initiatives\n  }\n}': typeof types.LayoutAsOfDocument;
  'query LayoutTimeline {\n  networkSeries(period: YEAR) {\n    points {\n      period\n      asOf\n      initiatives\n    }\n  }\n  networkStats {\n    initiatives\n  }\n}': typeof types.LayoutTimelineDocument;
  'query MapData {\n  initiativePlaces {\n    id\n    latitude\n    longitude\n  }\n  mapSettings {\n    styleUrl\n    regionBoundaries\n  }\n}': typeof types.MapDataDocument;
  'query Me {\n  me {\n    name\n    role\n    source\n    credentialId\n  }\n}': typeof types.MeDocument;
  'query Neighbourhood($id: ID!, $kind: NodeKind, $depth: Int) {\n  neighbourhood(id: $id, kind: $kind, depth: $depth) {\n    ...SliceParts\n  }\n}': typeof types.NeighbourhoodDocument;
  'query NetworkDiff($from: ChangePointInput!, $to: ChangePointInput, $limit: Int!) {\n  networkDiff(from: $from, to: $to, limit: $limit) {\n    from {\n      seq\n      at\n    }\n    to {\n      seq\n      at\n    }\n    changeSets\n    figures {\n      initiatives {\n        before\n        after\n      }\n      actors {\n        before\n        after\n      }\n      relations {\n        before\n        after\n      }\n      isolates {\n        before\n        after\n      }\n      components {\n        before\n        after\n      }\n      bridges {\n        before\n        after\n      }\n      brokers {\n        before\n        after\n      }\n    }\n    initiatives {\n      ...DiffSectionParts\n    }\n    actors {\n      ...DiffSectionParts\n    }\n    relations {\n      ...DiffSectionParts\n    }\n    isolatesAppeared {\n      ...DiffNodeParts\n    }\n    isolatesTied {\n      ...DiffNodeParts\n    }\n    componentsMerged {\n      size\n      parts\n      representatives\n    }\n    componentsSplit {\n      size\n      parts\n      representatives\n    }\n    bridgesGained {\n      a\n      b\n    }\n    bridgesLost {\n      a\n      b\n    }\n    brokersGained {\n      ...DiffNodeParts\n    }\n    brokersLost {\n      ...DiffNodeParts\n    }\n  }\n}\n\nfragment DiffSectionParts on DiffSection {\n  added\n  removed\n  changed\n  items {\n    key\n    kind\n    action\n    label\n    nodeIds\n    before\n    after\n    fields {\n      field\n      before\n      after\n    }\n  }\n}\n\nfragment DiffNodeParts on DiffNode {\n  id\n  name\n  region\n}': typeof types.NetworkDiffDocument;
  'query NetworkSlice($filter: SliceFilter, $limit: Int) {\n  networkSlice(filter: $filter, limit: $limit) {\n    ...SliceParts\n  }\n}': typeof types.NetworkSliceDocument;
  'query NetworkStats {\n  networkStats {\n    initiatives\n    actors\n    involvements\n    influences\n    amplifications\n    components\n    isolatedInitiatives\n  }\n}': typeof types.NetworkStatsDocument;
  'query NodeHistory($id: ID!, $first: Int!, $after: String) {\n  changes(entityId: $id, first: $first, after: $after) {\n    edges {\n      node {\n        seq\n        at\n        who\n        operation\n        summary\n        undoes\n        undoneBy\n        entries(entityId: $id, first: 20) {\n          totalCount\n          items {\n            key\n            kind\n            action\n            label\n            fields {\n              field\n              before\n              after\n            }\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.NodeHistoryDocument;
  'query NullModel($graph: NullGraph!, $measures: [NullMeasure!], $replicates: Int!) {\n  nullModel(graph: $graph, measures: $measures, replicates: $replicates) {\n    replicates\n    swapsPerEdge\n    bands {\n      measure\n      observed\n      nullMean\n      low\n      high\n      z\n      p\n      bins {\n        bin\n        cascades\n        observed\n        nullMean\n        low\n        high\n        z\n        p\n      }\n    }\n    manifest {\n      citeAs\n    }\n  }\n}': typeof types.NullModelDocument;
  'query PendingProposalCount {\n  pendingProposalCount\n}': typeof types.PendingProposalCountDocument;
  'query PendingProposals {\n  proposals(status: PENDING, first: 100) {\n    id\n    initiativeId\n    contactName\n    contactEmail\n    message\n    submittedAt\n  }\n}': typeof types.PendingProposalsDocument;
  'query PeriodOverview($days: Int, $year: Int, $region: String) {\n  periodOverview(days: $days, year: $year, region: $region) {\n    from\n    to\n    region\n    months\n    dates {\n      newest\n      years\n      today\n    }\n    start {\n      asOf\n      initiatives\n      amplifications\n      isolated\n      components\n      largestComponent\n    }\n    end {\n      asOf\n      initiatives\n      amplifications\n      isolated\n      components\n      largestComponent\n    }\n    modesByMonth {\n      month\n      deepening\n      broadening\n      spreading\n    }\n    regions {\n      region\n      start {\n        initiatives\n        isolated\n        components\n      }\n      end {\n        initiatives\n        isolated\n        components\n      }\n    }\n    largestCascades {\n      root {\n        id\n        name\n        region\n      }\n      size\n      sizeAtStart\n      joined\n      depth\n      regionsReached\n    }\n    fastestCascades {\n      root {\n        id\n        name\n        region\n      }\n      size\n      sizeAtStart\n      joined\n      depth\n      regionsReached\n    }\n  }\n}': typeof types.PeriodOverviewDocument;
  'query ProposalReview($id: ID!) {\n  proposal(id: $id) {\n    id\n    initiativeId\n    contactName\n    contactEmail\n    message\n    status\n    submittedAt\n    review {\n      stale\n      laterEdits\n      initiativeDeleted\n      changes {\n        kind\n        key\n        action\n        stale\n        fields {\n          field\n          current\n          proposed\n          stale\n        }\n      }\n      duplicates {\n        newId\n        kind\n        name\n        region\n        candidates {\n          id\n          name\n          region\n        }\n      }\n      labels {\n        key\n        name\n      }\n    }\n  }\n}': typeof types.ProposalReviewDocument;
  'query RadarHealth($region: String) {\n  networkSeries(period: YEAR, region: $region) {\n    region\n    points {\n      period\n      asOf\n      initiatives\n      isolates\n      isolateShare\n      components\n      largestComponent\n      largestShare\n    }\n  }\n}': typeof types.RadarHealthDocument;
  'query RadarIsolates($region: String!, $suggestions: Int!) {\n  isolatedInitiatives(region: $region, suggestions: $suggestions) {\n    initiative {\n      id\n      name\n      themes\n      startedOn\n      status\n    }\n    suggestions {\n      score\n      reasonDetails {\n        __typename\n        ... on CommonPartnersReason {\n          count\n        }\n        ... on ActorInfluenceReason {\n          actorHereId\n          actorHere\n          actorThereId\n          actorThere\n        }\n        ... on SharedThemeReason {\n          theme\n          region\n          sameRegion\n        }\n        ... on BarrierMatchReason {\n          barrier\n        }\n      }\n      initiative {\n        id\n        name\n        region\n        themes\n      }\n    }\n  }\n}': typeof types.RadarIsolatesDocument;
  'query RadarRegions {\n  tieStructure {\n    regions {\n      region\n      initiatives\n      isolates\n      pendants\n      components\n      largestComponentShare\n      density\n    }\n  }\n}': typeof types.RadarRegionsDocument;
  'query RadarWeakTies($region: String!, $suggestions: Int!) {\n  weaklyTiedInitiatives(region: $region, suggestions: $suggestions) {\n    initiative {\n      id\n      name\n      themes\n      startedOn\n      status\n    }\n    tiedTo {\n      id\n      name\n      region\n    }\n    suggestions {\n      score\n      reasonDetails {\n        __typename\n        ... on CommonPartnersReason {\n          count\n        }\n        ... on ActorInfluenceReason {\n          actorHereId\n          actorHere\n          actorThereId\n          actorThere\n        }\n        ... on SharedThemeReason {\n          theme\n          region\n          sameRegion\n        }\n        ... on BarrierMatchReason {\n          barrier\n        }\n      }\n      initiative {\n        id\n        name\n        region\n        themes\n      }\n    }\n  }\n}': typeof types.RadarWeakTiesDocument;
  'query RankingActors($first: Int!, $measure: CentralityMeasure!) {\n  actorRankingDetails(first: $first, measure: $measure) {\n    measure\n    exact\n    samples\n    items {\n      rank\n      score\n      actor {\n        id\n        name\n        kind\n        region\n      }\n    }\n  }\n}': typeof types.RankingActorsDocument;
  'query RankingCommunities($graph: CommunityGraph!) {\n  communities(graph: $graph) {\n    graph\n    count\n    modularity\n    communities {\n      id\n      size\n      regions {\n        name\n        count\n      }\n      themes {\n        name\n        count\n      }\n    }\n  }\n}': typeof types.RankingCommunitiesDocument;
  'query RankingInitiatives($first: Int!, $measure: CentralityMeasure!) {\n  initiativeRanking(first: $first, measure: $measure) {\n    measure\n    exact\n    samples\n    items {\n      rank\n      score\n      initiative {\n        id\n        name\n        region\n        themes\n      }\n    }\n  }\n}': typeof types.RankingInitiativesDocument;
  'mutation RejectProposal($id: ID!, $note: String!) {\n  rejectProposal(id: $id, note: $note) {\n    id\n    status\n  }\n}': typeof types.RejectProposalDocument;
  'mutation RevokeCredential($id: ID!) {\n  revokeCredential(id: $id) {\n    id\n    revokedAt\n  }\n}': typeof types.RevokeCredentialDocument;
  'mutation RevokeUpdateLink($id: ID!) {\n  revokeUpdateLink(id: $id) {\n    id\n    active\n  }\n}': typeof types.RevokeUpdateLinkDocument;
  'query SimulateSpread($seeds: [ID!]!, $model: SpreadModel!, $probability: Float, $runs: Int!, $addTies: [TieInput!]) {\n  simulateSpread(\n    seeds: $seeds\n    model: $model\n    probability: $probability\n    runs: $runs\n    addTies: $addTies\n  ) {\n    runs\n    steps\n    probability\n    edges\n    estimated {\n      mode\n      probability\n    }\n    reach {\n      mean\n      low\n      high\n    }\n    curve {\n      step\n      mean\n      low\n      high\n    }\n    regions {\n      region\n      share\n    }\n    comparison {\n      withTies {\n        mean\n        low\n        high\n      }\n      curve {\n        step\n        mean\n        low\n        high\n      }\n      gain {\n        mean\n        low\n        high\n        gainedShare\n      }\n    }\n    manifest {\n      citeAs\n    }\n  }\n}': typeof types.SimulateSpreadDocument;
  'fragment SliceParts on NetworkSlice {\n  truncated\n  nodes {\n    id\n    entityId\n    kind\n    label\n    actorKind\n    region\n    startedOn\n    status\n    themes\n  }\n  edges {\n    id\n    kind\n    source\n    target\n    mode\n    weight\n    role\n    on\n    evidence\n    confidence\n  }\n}': typeof types.SlicePartsFragmentDoc;
  'mutation UndoChange($seq: Int!) {\n  undoChange(seq: $seq) {\n    seq\n    summary\n    undoes\n  }\n}': typeof types.UndoChangeDocument;
  'query UpdateLinks($initiativeId: ID!) {\n  updateLinks(initiativeId: $initiativeId) {\n    id\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n    active\n  }\n}': typeof types.UpdateLinksDocument;
};
const documents: Documents = {
  'mutation AcceptProposal($id: ID!, $merges: [ProposalMergeInput!]!) {\n  acceptProposal(id: $id, merges: $merges) {\n    changeSeq\n    proposal {\n      id\n      status\n    }\n  }\n}':
    types.AcceptProposalDocument,
  'query ActorDetails($id: ID!) {\n  actor(id: $id) {\n    id\n    name\n    kind\n    region\n    initiatives {\n      role\n      since\n      initiative {\n        id\n        name\n      }\n    }\n    influencesOut {\n      weight\n      since\n      to {\n        id\n        name\n      }\n    }\n    influencesIn {\n      weight\n      since\n      from {\n        id\n        name\n      }\n    }\n  }\n}':
    types.ActorDetailsDocument,
  'query BrokersRanking($first: Int!) {\n  brokers(first: $first) {\n    rank\n    initiativeCount\n    regions\n    themes\n    actor {\n      id\n      name\n      kind\n    }\n  }\n}':
    types.BrokersRankingDocument,
  'query Cascade($rootId: ID!, $modes: [AmplificationMode!]) {\n  cascade(rootId: $rootId, modes: $modes) {\n    root {\n      id\n      name\n    }\n    size\n    depth\n    maxBreadth\n    structuralVirality\n    regionsReached\n    sizeBin\n    generations\n    timeToGeneration\n    regions {\n      name\n      count\n    }\n    adoptionCurve {\n      month\n      joined\n      cumulative\n    }\n    nodes {\n      id\n      generation\n      name\n      startedOn\n    }\n    edges {\n      from\n      to\n      mode\n      on\n    }\n  }\n}':
    types.CascadeDocument,
  'query Cascades($modes: [AmplificationMode!], $region: String, $theme: String, $sortBy: CascadeSort!, $first: Int!) {\n  cascades(\n    modes: $modes\n    region: $region\n    theme: $theme\n    sortBy: $sortBy\n    first: $first\n  ) {\n    root {\n      id\n      name\n      region\n      startedOn\n    }\n    size\n    depth\n    maxBreadth\n    structuralVirality\n    regionsReached\n    sizeBin\n  }\n}':
    types.CascadesDocument,
  'query Changes($first: Int!, $after: String, $entityId: ID, $by: String, $since: DateTime, $until: DateTime) {\n  changes(\n    first: $first\n    after: $after\n    entityId: $entityId\n    by: $by\n    since: $since\n    until: $until\n  ) {\n    edges {\n      node {\n        seq\n        at\n        who\n        operation\n        summary\n        entryCount\n        undoes\n        undoneBy\n        entries(first: 3) {\n          items {\n            kind\n            nodeIds\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.ChangesDocument,
  'query Communities {\n  communities(graph: TIE) {\n    count\n    members {\n      id\n      community\n    }\n  }\n}':
    types.CommunitiesDocument,
  'mutation CreateCredential($name: String!, $role: Role!) {\n  createCredential(name: $name, role: $role) {\n    token\n    credential {\n      id\n      name\n      role\n    }\n  }\n}':
    types.CreateCredentialDocument,
  'mutation CreateUpdateLink($initiativeId: ID!, $expiresInDays: Int!) {\n  createUpdateLink(initiativeId: $initiativeId, expiresInDays: $expiresInDays) {\n    token\n    link {\n      id\n    }\n  }\n}':
    types.CreateUpdateLinkDocument,
  'query Credentials {\n  credentials(includeRevoked: true) {\n    id\n    name\n    role\n    source\n    createdAt\n    createdBy\n    lastUsedAt\n    revocable\n    revokedAt\n    revokedBy\n  }\n}':
    types.CredentialsDocument,
  'query DataDates {\n  dataDates {\n    newest\n    today\n  }\n}': types.DataDatesDocument,
  'mutation EditCreateActor($input: ActorInput!) {\n  createActor(input: $input) {\n    id\n    name\n  }\n}':
    types.EditCreateActorDocument,
  'mutation EditCreateInitiative($input: InitiativeInput!) {\n  createInitiative(input: $input) {\n    id\n    name\n  }\n}':
    types.EditCreateInitiativeDocument,
  'mutation EditDeleteActor($id: ID!) {\n  deleteActor(id: $id) {\n    id\n    kind\n    removedRelations {\n      type\n      count\n    }\n  }\n}':
    types.EditDeleteActorDocument,
  'mutation EditDeleteAmplification($fromInitiativeId: ID!, $toInitiativeId: ID!, $mode: AmplificationMode!) {\n  deleteAmplification(\n    fromInitiativeId: $fromInitiativeId\n    toInitiativeId: $toInitiativeId\n    mode: $mode\n  ) {\n    id\n  }\n}':
    types.EditDeleteAmplificationDocument,
  'mutation EditDeleteBarrier($initiativeId: ID!, $barrier: BarrierKind!) {\n  deleteBarrier(initiativeId: $initiativeId, barrier: $barrier) {\n    id\n  }\n}':
    types.EditDeleteBarrierDocument,
  'mutation EditDeleteInfluence($fromActorId: ID!, $toActorId: ID!) {\n  deleteInfluence(fromActorId: $fromActorId, toActorId: $toActorId) {\n    id\n  }\n}':
    types.EditDeleteInfluenceDocument,
  'mutation EditDeleteInitiative($id: ID!) {\n  deleteInitiative(id: $id) {\n    id\n    kind\n    removedRelations {\n      type\n      count\n    }\n  }\n}':
    types.EditDeleteInitiativeDocument,
  'mutation EditDeleteInvolvement($actorId: ID!, $initiativeId: ID!) {\n  deleteInvolvement(actorId: $actorId, initiativeId: $initiativeId) {\n    id\n  }\n}':
    types.EditDeleteInvolvementDocument,
  'mutation EditDeleteOutcome($initiativeId: ID!, $kind: OutcomeKind!, $name: String) {\n  deleteOutcome(initiativeId: $initiativeId, kind: $kind, name: $name) {\n    id\n  }\n}':
    types.EditDeleteOutcomeDocument,
  'query EditSearchNodes($search: String!, $first: Int!) {\n  initiatives(filter: {search: $search}, first: $first) {\n    edges {\n      node {\n        id\n        name\n        region\n      }\n    }\n  }\n  actors(filter: {search: $search}, first: $first) {\n    edges {\n      node {\n        id\n        name\n        region\n      }\n    }\n  }\n}':
    types.EditSearchNodesDocument,
  'mutation EditUpdateActor($id: ID!, $patch: ActorPatch!) {\n  updateActor(id: $id, patch: $patch) {\n    id\n    name\n  }\n}':
    types.EditUpdateActorDocument,
  'mutation EditUpdateInitiative($id: ID!, $patch: InitiativePatch!) {\n  updateInitiative(id: $id, patch: $patch) {\n    id\n    name\n  }\n}':
    types.EditUpdateInitiativeDocument,
  'mutation EditUpsertAmplification($input: AmplificationInput!) {\n  upsertAmplification(input: $input) {\n    mode\n  }\n}':
    types.EditUpsertAmplificationDocument,
  'mutation EditUpsertBarrier($input: BarrierInput!) {\n  upsertBarrier(input: $input) {\n    barrier\n  }\n}':
    types.EditUpsertBarrierDocument,
  'mutation EditUpsertInfluence($input: InfluenceInput!) {\n  upsertInfluence(input: $input) {\n    weight\n  }\n}':
    types.EditUpsertInfluenceDocument,
  'mutation EditUpsertInvolvement($input: InvolvementInput!) {\n  upsertInvolvement(input: $input) {\n    role\n  }\n}':
    types.EditUpsertInvolvementDocument,
  'mutation EditUpsertOutcome($input: OutcomeInput!) {\n  upsertOutcome(input: $input) {\n    kind\n  }\n}':
    types.EditUpsertOutcomeDocument,
  'query ExplorerSlice($filter: SliceFilter, $limit: Int) {\n  sliceLayout(filter: $filter, limit: $limit) {\n    nodeCount\n    millis\n    positions {\n      id\n      x\n      y\n    }\n    slice {\n      ...SliceParts\n    }\n  }\n}':
    types.ExplorerSliceDocument,
  'query FilterOptions {\n  regions\n  themes\n}': types.FilterOptionsDocument,
  'query InitiativeDetails($id: ID!) {\n  initiative(id: $id) {\n    id\n    name\n    description\n    region\n    status\n    startedOn\n    themes\n    characteristics {\n      characteristic\n      score\n      evidence\n    }\n    actors {\n      role\n      since\n      actor {\n        id\n        name\n        kind\n      }\n    }\n    amplificationsIn {\n      mode\n      on\n      evidence\n      mechanisms\n      from {\n        id\n        name\n      }\n    }\n    amplificationsOut {\n      mode\n      on\n      evidence\n      mechanisms\n      to {\n        id\n        name\n      }\n    }\n    outcomes {\n      kind\n      name\n      on\n    }\n    barriers {\n      barrier\n      overcome\n      note\n      on\n    }\n  }\n}':
    types.InitiativeDetailsDocument,
  'query IntroductionGains($initiativeId: ID!, $candidateIds: [ID!]!, $runs: Int!) {\n  introductionGains(\n    initiativeId: $initiativeId\n    candidateIds: $candidateIds\n    runs: $runs\n  ) {\n    gains {\n      initiative {\n        id\n      }\n      reachWithout\n      reachWith\n      gain {\n        mean\n        low\n        high\n      }\n    }\n    manifest {\n      citeAs\n    }\n  }\n}':
    types.IntroductionGainsDocument,
  'query IsolatedInitiatives {\n  isolatedInitiatives(suggestions: 1) {\n    initiative {\n      id\n    }\n  }\n}':
    types.IsolatedInitiativesDocument,
  'query LayoutAsOf($date: Date!) {\n  networkStatsAsOf(date: $date) {\n    initiatives\n  }\n}':
    types.LayoutAsOfDocument,
  'query LayoutTimeline {\n  networkSeries(period: YEAR) {\n    points {\n      period\n      asOf\n      initiatives\n    }\n  }\n  networkStats {\n    initiatives\n  }\n}':
    types.LayoutTimelineDocument,
  'query MapData {\n  initiativePlaces {\n    id\n    latitude\n    longitude\n  }\n  mapSettings {\n    styleUrl\n    regionBoundaries\n  }\n}':
    types.MapDataDocument,
  'query Me {\n  me {\n    name\n    role\n    source\n    credentialId\n  }\n}': types.MeDocument,
  'query Neighbourhood($id: ID!, $kind: NodeKind, $depth: Int) {\n  neighbourhood(id: $id, kind: $kind, depth: $depth) {\n    ...SliceParts\n  }\n}':
    types.NeighbourhoodDocument,
  'query NetworkDiff($from: ChangePointInput!, $to: ChangePointInput, $limit: Int!) {\n  networkDiff(from: $from, to: $to, limit: $limit) {\n    from {\n      seq\n      at\n    }\n    to {\n      seq\n      at\n    }\n    changeSets\n    figures {\n      initiatives {\n        before\n        after\n      }\n      actors {\n        before\n        after\n      }\n      relations {\n        before\n        after\n      }\n      isolates {\n        before\n        after\n      }\n      components {\n        before\n        after\n      }\n      bridges {\n        before\n        after\n      }\n      brokers {\n        before\n        after\n      }\n    }\n    initiatives {\n      ...DiffSectionParts\n    }\n    actors {\n      ...DiffSectionParts\n    }\n    relations {\n      ...DiffSectionParts\n    }\n    isolatesAppeared {\n      ...DiffNodeParts\n    }\n    isolatesTied {\n      ...DiffNodeParts\n    }\n    componentsMerged {\n      size\n      parts\n      representatives\n    }\n    componentsSplit {\n      size\n      parts\n      representatives\n    }\n    bridgesGained {\n      a\n      b\n    }\n    bridgesLost {\n      a\n      b\n    }\n    brokersGained {\n      ...DiffNodeParts\n    }\n    brokersLost {\n      ...DiffNodeParts\n    }\n  }\n}\n\nfragment DiffSectionParts on DiffSection {\n  added\n  removed\n  changed\n  items {\n    key\n    kind\n    action\n    label\n    nodeIds\n    before\n    after\n    fields {\n      field\n      before\n      after\n    }\n  }\n}\n\nfragment DiffNodeParts on DiffNode {\n  id\n  name\n  region\n}':
    types.NetworkDiffDocument,
  'query NetworkSlice($filter: SliceFilter, $limit: Int) {\n  networkSlice(filter: $filter, limit: $limit) {\n    ...SliceParts\n  }\n}':
    types.NetworkSliceDocument,
  'query NetworkStats {\n  networkStats {\n    initiatives\n    actors\n    involvements\n    influences\n    amplifications\n    components\n    isolatedInitiatives\n  }\n}':
    types.NetworkStatsDocument,
  'query NodeHistory($id: ID!, $first: Int!, $after: String) {\n  changes(entityId: $id, first: $first, after: $after) {\n    edges {\n      node {\n        seq\n        at\n        who\n        operation\n        summary\n        undoes\n        undoneBy\n        entries(entityId: $id, first: 20) {\n          totalCount\n          items {\n            key\n            kind\n            action\n            label\n            fields {\n              field\n              before\n              after\n            }\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.NodeHistoryDocument,
  'query NullModel($graph: NullGraph!, $measures: [NullMeasure!], $replicates: Int!) {\n  nullModel(graph: $graph, measures: $measures, replicates: $replicates) {\n    replicates\n    swapsPerEdge\n    bands {\n      measure\n      observed\n      nullMean\n      low\n      high\n      z\n      p\n      bins {\n        bin\n        cascades\n        observed\n        nullMean\n        low\n        high\n        z\n        p\n      }\n    }\n    manifest {\n      citeAs\n    }\n  }\n}':
    types.NullModelDocument,
  'query PendingProposalCount {\n  pendingProposalCount\n}': types.PendingProposalCountDocument,
  'query PendingProposals {\n  proposals(status: PENDING, first: 100) {\n    id\n    initiativeId\n    contactName\n    contactEmail\n    message\n    submittedAt\n  }\n}':
    types.PendingProposalsDocument,
  'query PeriodOverview($days: Int, $year: Int, $region: String) {\n  periodOverview(days: $days, year: $year, region: $region) {\n    from\n    to\n    region\n    months\n    dates {\n      newest\n      years\n      today\n    }\n    start {\n      asOf\n      initiatives\n      amplifications\n      isolated\n      components\n      largestComponent\n    }\n    end {\n      asOf\n      initiatives\n      amplifications\n      isolated\n      components\n      largestComponent\n    }\n    modesByMonth {\n      month\n      deepening\n      broadening\n      spreading\n    }\n    regions {\n      region\n      start {\n        initiatives\n        isolated\n        components\n      }\n      end {\n        initiatives\n        isolated\n        components\n      }\n    }\n    largestCascades {\n      root {\n        id\n        name\n        region\n      }\n      size\n      sizeAtStart\n      joined\n      depth\n      regionsReached\n    }\n    fastestCascades {\n      root {\n        id\n        name\n        region\n      }\n      size\n      sizeAtStart\n      joined\n      depth\n      regionsReached\n    }\n  }\n}':
    types.PeriodOverviewDocument,
  'query ProposalReview($id: ID!) {\n  proposal(id: $id) {\n    id\n    initiativeId\n    contactName\n    contactEmail\n    message\n    status\n    submittedAt\n    review {\n      stale\n      laterEdits\n      initiativeDeleted\n      changes {\n        kind\n        key\n        action\n        stale\n        fields {\n          field\n          current\n          proposed\n          stale\n        }\n      }\n      duplicates {\n        newId\n        kind\n        name\n        region\n        candidates {\n          id\n          name\n          region\n        }\n      }\n      labels {\n        key\n        name\n      }\n    }\n  }\n}':
    types.ProposalReviewDocument,
  'query RadarHealth($region: String) {\n  networkSeries(period: YEAR, region: $region) {\n    region\n    points {\n      period\n      asOf\n      initiatives\n      isolates\n      isolateShare\n      components\n      largestComponent\n      largestShare\n    }\n  }\n}':
    types.RadarHealthDocument,
  'query RadarIsolates($region: String!, $suggestions: Int!) {\n  isolatedInitiatives(region: $region, suggestions: $suggestions) {\n    initiative {\n      id\n      name\n      themes\n      startedOn\n      status\n    }\n    suggestions {\n      score\n      reasonDetails {\n        __typename\n        ... on CommonPartnersReason {\n          count\n        }\n        ... on ActorInfluenceReason {\n          actorHereId\n          actorHere\n          actorThereId\n          actorThere\n        }\n        ... on SharedThemeReason {\n          theme\n          region\n          sameRegion\n        }\n        ... on BarrierMatchReason {\n          barrier\n        }\n      }\n      initiative {\n        id\n        name\n        region\n        themes\n      }\n    }\n  }\n}':
    types.RadarIsolatesDocument,
  'query RadarRegions {\n  tieStructure {\n    regions {\n      region\n      initiatives\n      isolates\n      pendants\n      components\n      largestComponentShare\n      density\n    }\n  }\n}':
    types.RadarRegionsDocument,
  'query RadarWeakTies($region: String!, $suggestions: Int!) {\n  weaklyTiedInitiatives(region: $region, suggestions: $suggestions) {\n    initiative {\n      id\n      name\n      themes\n      startedOn\n      status\n    }\n    tiedTo {\n      id\n      name\n      region\n    }\n    suggestions {\n      score\n      reasonDetails {\n        __typename\n        ... on CommonPartnersReason {\n          count\n        }\n        ... on ActorInfluenceReason {\n          actorHereId\n          actorHere\n          actorThereId\n          actorThere\n        }\n        ... on SharedThemeReason {\n          theme\n          region\n          sameRegion\n        }\n        ... on BarrierMatchReason {\n          barrier\n        }\n      }\n      initiative {\n        id\n        name\n        region\n        themes\n      }\n    }\n  }\n}':
    types.RadarWeakTiesDocument,
  'query RankingActors($first: Int!, $measure: CentralityMeasure!) {\n  actorRankingDetails(first: $first, measure: $measure) {\n    measure\n    exact\n    samples\n    items {\n      rank\n      score\n      actor {\n        id\n        name\n        kind\n        region\n      }\n    }\n  }\n}':
    types.RankingActorsDocument,
  'query RankingCommunities($graph: CommunityGraph!) {\n  communities(graph: $graph) {\n    graph\n    count\n    modularity\n    communities {\n      id\n      size\n      regions {\n        name\n        count\n      }\n      themes {\n        name\n        count\n      }\n    }\n  }\n}':
    types.RankingCommunitiesDocument,
  'query RankingInitiatives($first: Int!, $measure: CentralityMeasure!) {\n  initiativeRanking(first: $first, measure: $measure) {\n    measure\n    exact\n    samples\n    items {\n      rank\n      score\n      initiative {\n        id\n        name\n        region\n        themes\n      }\n    }\n  }\n}':
    types.RankingInitiativesDocument,
  'mutation RejectProposal($id: ID!, $note: String!) {\n  rejectProposal(id: $id, note: $note) {\n    id\n    status\n  }\n}':
    types.RejectProposalDocument,
  'mutation RevokeCredential($id: ID!) {\n  revokeCredential(id: $id) {\n    id\n    revokedAt\n  }\n}':
    types.RevokeCredentialDocument,
  'mutation RevokeUpdateLink($id: ID!) {\n  revokeUpdateLink(id: $id) {\n    id\n    active\n  }\n}':
    types.RevokeUpdateLinkDocument,
  'query SimulateSpread($seeds: [ID!]!, $model: SpreadModel!, $probability: Float, $runs: Int!, $addTies: [TieInput!]) {\n  simulateSpread(\n    seeds: $seeds\n    model: $model\n    probability: $probability\n    runs: $runs\n    addTies: $addTies\n  ) {\n    runs\n    steps\n    probability\n    edges\n    estimated {\n      mode\n      probability\n    }\n    reach {\n      mean\n      low\n      high\n    }\n    curve {\n      step\n      mean\n      low\n      high\n    }\n    regions {\n      region\n      share\n    }\n    comparison {\n      withTies {\n        mean\n        low\n        high\n      }\n      curve {\n        step\n        mean\n        low\n        high\n      }\n      gain {\n        mean\n        low\n        high\n        gainedShare\n      }\n    }\n    manifest {\n      citeAs\n    }\n  }\n}':
    types.SimulateSpreadDocument,
  'fragment SliceParts on NetworkSlice {\n  truncated\n  nodes {\n    id\n    entityId\n    kind\n    label\n    actorKind\n    region\n    startedOn\n    status\n    themes\n  }\n  edges {\n    id\n    kind\n    source\n    target\n    mode\n    weight\n    role\n    on\n    evidence\n    confidence\n  }\n}':
    types.SlicePartsFragmentDoc,
  'mutation UndoChange($seq: Int!) {\n  undoChange(seq: $seq) {\n    seq\n    summary\n    undoes\n  }\n}':
    types.UndoChangeDocument,
  'query UpdateLinks($initiativeId: ID!) {\n  updateLinks(initiativeId: $initiativeId) {\n    id\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n    active\n  }\n}':
    types.UpdateLinksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AcceptProposal($id: ID!, $merges: [ProposalMergeInput!]!) {\n  acceptProposal(id: $id, merges: $merges) {\n    changeSeq\n    proposal {\n      id\n      status\n    }\n  }\n}',
): typeof import('./graphql').AcceptProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ActorDetails($id: ID!) {\n  actor(id: $id) {\n    id\n    name\n    kind\n    region\n    initiatives {\n      role\n      since\n      initiative {\n        id\n        name\n      }\n    }\n    influencesOut {\n      weight\n      since\n      to {\n        id\n        name\n      }\n    }\n    influencesIn {\n      weight\n      since\n      from {\n        id\n        name\n      }\n    }\n  }\n}',
): typeof import('./graphql').ActorDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query BrokersRanking($first: Int!) {\n  brokers(first: $first) {\n    rank\n    initiativeCount\n    regions\n    themes\n    actor {\n      id\n      name\n      kind\n    }\n  }\n}',
): typeof import('./graphql').BrokersRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Cascade($rootId: ID!, $modes: [AmplificationMode!]) {\n  cascade(rootId: $rootId, modes: $modes) {\n    root {\n      id\n      name\n    }\n    size\n    depth\n    maxBreadth\n    structuralVirality\n    regionsReached\n    sizeBin\n    generations\n    timeToGeneration\n    regions {\n      name\n      count\n    }\n    adoptionCurve {\n      month\n      joined\n      cumulative\n    }\n    nodes {\n      id\n      generation\n      name\n      startedOn\n    }\n    edges {\n      from\n      to\n      mode\n      on\n    }\n  }\n}',
): typeof import('./graphql').CascadeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Cascades($modes: [AmplificationMode!], $region: String, $theme: String, $sortBy: CascadeSort!, $first: Int!) {\n  cascades(\n    modes: $modes\n    region: $region\n    theme: $theme\n    sortBy: $sortBy\n    first: $first\n  ) {\n    root {\n      id\n      name\n      region\n      startedOn\n    }\n    size\n    depth\n    maxBreadth\n    structuralVirality\n    regionsReached\n    sizeBin\n  }\n}',
): typeof import('./graphql').CascadesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Changes($first: Int!, $after: String, $entityId: ID, $by: String, $since: DateTime, $until: DateTime) {\n  changes(\n    first: $first\n    after: $after\n    entityId: $entityId\n    by: $by\n    since: $since\n    until: $until\n  ) {\n    edges {\n      node {\n        seq\n        at\n        who\n        operation\n        summary\n        entryCount\n        undoes\n        undoneBy\n        entries(first: 3) {\n          items {\n            kind\n            nodeIds\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): typeof import('./graphql').ChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Communities {\n  communities(graph: TIE) {\n    count\n    members {\n      id\n      community\n    }\n  }\n}',
): typeof import('./graphql').CommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateCredential($name: String!, $role: Role!) {\n  createCredential(name: $name, role: $role) {\n    token\n    credential {\n      id\n      name\n      role\n    }\n  }\n}',
): typeof import('./graphql').CreateCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateUpdateLink($initiativeId: ID!, $expiresInDays: Int!) {\n  createUpdateLink(initiativeId: $initiativeId, expiresInDays: $expiresInDays) {\n    token\n    link {\n      id\n    }\n  }\n}',
): typeof import('./graphql').CreateUpdateLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Credentials {\n  credentials(includeRevoked: true) {\n    id\n    name\n    role\n    source\n    createdAt\n    createdBy\n    lastUsedAt\n    revocable\n    revokedAt\n    revokedBy\n  }\n}',
): typeof import('./graphql').CredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DataDates {\n  dataDates {\n    newest\n    today\n  }\n}',
): typeof import('./graphql').DataDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditCreateActor($input: ActorInput!) {\n  createActor(input: $input) {\n    id\n    name\n  }\n}',
): typeof import('./graphql').EditCreateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditCreateInitiative($input: InitiativeInput!) {\n  createInitiative(input: $input) {\n    id\n    name\n  }\n}',
): typeof import('./graphql').EditCreateInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditDeleteActor($id: ID!) {\n  deleteActor(id: $id) {\n    id\n    kind\n    removedRelations {\n      type\n      count\n    }\n  }\n}',
): typeof import('./graphql').EditDeleteActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditDeleteAmplification($fromInitiativeId: ID!, $toInitiativeId: ID!, $mode: AmplificationMode!) {\n  deleteAmplification(\n    fromInitiativeId: $fromInitiativeId\n    toInitiativeId: $toInitiativeId\n    mode: $mode\n  ) {\n    id\n  }\n}',
): typeof import('./graphql').EditDeleteAmplificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditDeleteBarrier($initiativeId: ID!, $barrier: BarrierKind!) {\n  deleteBarrier(initiativeId: $initiativeId, barrier: $barrier) {\n    id\n  }\n}',
): typeof import('./graphql').EditDeleteBarrierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditDeleteInfluence($fromActorId: ID!, $toActorId: ID!) {\n  deleteInfluence(fromActorId: $fromActorId, toActorId: $toActorId) {\n    id\n  }\n}',
): typeof import('./graphql').EditDeleteInfluenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditDeleteInitiative($id: ID!) {\n  deleteInitiative(id: $id) {\n    id\n    kind\n    removedRelations {\n      type\n      count\n    }\n  }\n}',
): typeof import('./graphql').EditDeleteInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditDeleteInvolvement($actorId: ID!, $initiativeId: ID!) {\n  deleteInvolvement(actorId: $actorId, initiativeId: $initiativeId) {\n    id\n  }\n}',
): typeof import('./graphql').EditDeleteInvolvementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditDeleteOutcome($initiativeId: ID!, $kind: OutcomeKind!, $name: String) {\n  deleteOutcome(initiativeId: $initiativeId, kind: $kind, name: $name) {\n    id\n  }\n}',
): typeof import('./graphql').EditDeleteOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EditSearchNodes($search: String!, $first: Int!) {\n  initiatives(filter: {search: $search}, first: $first) {\n    edges {\n      node {\n        id\n        name\n        region\n      }\n    }\n  }\n  actors(filter: {search: $search}, first: $first) {\n    edges {\n      node {\n        id\n        name\n        region\n      }\n    }\n  }\n}',
): typeof import('./graphql').EditSearchNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditUpdateActor($id: ID!, $patch: ActorPatch!) {\n  updateActor(id: $id, patch: $patch) {\n    id\n    name\n  }\n}',
): typeof import('./graphql').EditUpdateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditUpdateInitiative($id: ID!, $patch: InitiativePatch!) {\n  updateInitiative(id: $id, patch: $patch) {\n    id\n    name\n  }\n}',
): typeof import('./graphql').EditUpdateInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditUpsertAmplification($input: AmplificationInput!) {\n  upsertAmplification(input: $input) {\n    mode\n  }\n}',
): typeof import('./graphql').EditUpsertAmplificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditUpsertBarrier($input: BarrierInput!) {\n  upsertBarrier(input: $input) {\n    barrier\n  }\n}',
): typeof import('./graphql').EditUpsertBarrierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditUpsertInfluence($input: InfluenceInput!) {\n  upsertInfluence(input: $input) {\n    weight\n  }\n}',
): typeof import('./graphql').EditUpsertInfluenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditUpsertInvolvement($input: InvolvementInput!) {\n  upsertInvolvement(input: $input) {\n    role\n  }\n}',
): typeof import('./graphql').EditUpsertInvolvementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditUpsertOutcome($input: OutcomeInput!) {\n  upsertOutcome(input: $input) {\n    kind\n  }\n}',
): typeof import('./graphql').EditUpsertOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ExplorerSlice($filter: SliceFilter, $limit: Int) {\n  sliceLayout(filter: $filter, limit: $limit) {\n    nodeCount\n    millis\n    positions {\n      id\n      x\n      y\n    }\n    slice {\n      ...SliceParts\n    }\n  }\n}',
): typeof import('./graphql').ExplorerSliceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query FilterOptions {\n  regions\n  themes\n}',
): typeof import('./graphql').FilterOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query InitiativeDetails($id: ID!) {\n  initiative(id: $id) {\n    id\n    name\n    description\n    region\n    status\n    startedOn\n    themes\n    characteristics {\n      characteristic\n      score\n      evidence\n    }\n    actors {\n      role\n      since\n      actor {\n        id\n        name\n        kind\n      }\n    }\n    amplificationsIn {\n      mode\n      on\n      evidence\n      mechanisms\n      from {\n        id\n        name\n      }\n    }\n    amplificationsOut {\n      mode\n      on\n      evidence\n      mechanisms\n      to {\n        id\n        name\n      }\n    }\n    outcomes {\n      kind\n      name\n      on\n    }\n    barriers {\n      barrier\n      overcome\n      note\n      on\n    }\n  }\n}',
): typeof import('./graphql').InitiativeDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query IntroductionGains($initiativeId: ID!, $candidateIds: [ID!]!, $runs: Int!) {\n  introductionGains(\n    initiativeId: $initiativeId\n    candidateIds: $candidateIds\n    runs: $runs\n  ) {\n    gains {\n      initiative {\n        id\n      }\n      reachWithout\n      reachWith\n      gain {\n        mean\n        low\n        high\n      }\n    }\n    manifest {\n      citeAs\n    }\n  }\n}',
): typeof import('./graphql').IntroductionGainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query IsolatedInitiatives {\n  isolatedInitiatives(suggestions: 1) {\n    initiative {\n      id\n    }\n  }\n}',
): typeof import('./graphql').IsolatedInitiativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query LayoutAsOf($date: Date!) {\n  networkStatsAsOf(date: $date) {\n    initiatives\n  }\n}',
): typeof import('./graphql').LayoutAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query LayoutTimeline {\n  networkSeries(period: YEAR) {\n    points {\n      period\n      asOf\n      initiatives\n    }\n  }\n  networkStats {\n    initiatives\n  }\n}',
): typeof import('./graphql').LayoutTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MapData {\n  initiativePlaces {\n    id\n    latitude\n    longitude\n  }\n  mapSettings {\n    styleUrl\n    regionBoundaries\n  }\n}',
): typeof import('./graphql').MapDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Me {\n  me {\n    name\n    role\n    source\n    credentialId\n  }\n}',
): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Neighbourhood($id: ID!, $kind: NodeKind, $depth: Int) {\n  neighbourhood(id: $id, kind: $kind, depth: $depth) {\n    ...SliceParts\n  }\n}',
): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query NetworkDiff($from: ChangePointInput!, $to: ChangePointInput, $limit: Int!) {\n  networkDiff(from: $from, to: $to, limit: $limit) {\n    from {\n      seq\n      at\n    }\n    to {\n      seq\n      at\n    }\n    changeSets\n    figures {\n      initiatives {\n        before\n        after\n      }\n      actors {\n        before\n        after\n      }\n      relations {\n        before\n        after\n      }\n      isolates {\n        before\n        after\n      }\n      components {\n        before\n        after\n      }\n      bridges {\n        before\n        after\n      }\n      brokers {\n        before\n        after\n      }\n    }\n    initiatives {\n      ...DiffSectionParts\n    }\n    actors {\n      ...DiffSectionParts\n    }\n    relations {\n      ...DiffSectionParts\n    }\n    isolatesAppeared {\n      ...DiffNodeParts\n    }\n    isolatesTied {\n      ...DiffNodeParts\n    }\n    componentsMerged {\n      size\n      parts\n      representatives\n    }\n    componentsSplit {\n      size\n      parts\n      representatives\n    }\n    bridgesGained {\n      a\n      b\n    }\n    bridgesLost {\n      a\n      b\n    }\n    brokersGained {\n      ...DiffNodeParts\n    }\n    brokersLost {\n      ...DiffNodeParts\n    }\n  }\n}\n\nfragment DiffSectionParts on DiffSection {\n  added\n  removed\n  changed\n  items {\n    key\n    kind\n    action\n    label\n    nodeIds\n    before\n    after\n    fields {\n      field\n      before\n      after\n    }\n  }\n}\n\nfragment DiffNodeParts on DiffNode {\n  id\n  name\n  region\n}',
): typeof import('./graphql').NetworkDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query NetworkSlice($filter: SliceFilter, $limit: Int) {\n  networkSlice(filter: $filter, limit: $limit) {\n    ...SliceParts\n  }\n}',
): typeof import('./graphql').NetworkSliceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query NetworkStats {\n  networkStats {\n    initiatives\n    actors\n    involvements\n    influences\n    amplifications\n    components\n    isolatedInitiatives\n  }\n}',
): typeof import('./graphql').NetworkStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query NodeHistory($id: ID!, $first: Int!, $after: String) {\n  changes(entityId: $id, first: $first, after: $after) {\n    edges {\n      node {\n        seq\n        at\n        who\n        operation\n        summary\n        undoes\n        undoneBy\n        entries(entityId: $id, first: 20) {\n          totalCount\n          items {\n            key\n            kind\n            action\n            label\n            fields {\n              field\n              before\n              after\n            }\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): typeof import('./graphql').NodeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query NullModel($graph: NullGraph!, $measures: [NullMeasure!], $replicates: Int!) {\n  nullModel(graph: $graph, measures: $measures, replicates: $replicates) {\n    replicates\n    swapsPerEdge\n    bands {\n      measure\n      observed\n      nullMean\n      low\n      high\n      z\n      p\n      bins {\n        bin\n        cascades\n        observed\n        nullMean\n        low\n        high\n        z\n        p\n      }\n    }\n    manifest {\n      citeAs\n    }\n  }\n}',
): typeof import('./graphql').NullModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PendingProposalCount {\n  pendingProposalCount\n}',
): typeof import('./graphql').PendingProposalCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PendingProposals {\n  proposals(status: PENDING, first: 100) {\n    id\n    initiativeId\n    contactName\n    contactEmail\n    message\n    submittedAt\n  }\n}',
): typeof import('./graphql').PendingProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PeriodOverview($days: Int, $year: Int, $region: String) {\n  periodOverview(days: $days, year: $year, region: $region) {\n    from\n    to\n    region\n    months\n    dates {\n      newest\n      years\n      today\n    }\n    start {\n      asOf\n      initiatives\n      amplifications\n      isolated\n      components\n      largestComponent\n    }\n    end {\n      asOf\n      initiatives\n      amplifications\n      isolated\n      components\n      largestComponent\n    }\n    modesByMonth {\n      month\n      deepening\n      broadening\n      spreading\n    }\n    regions {\n      region\n      start {\n        initiatives\n        isolated\n        components\n      }\n      end {\n        initiatives\n        isolated\n        components\n      }\n    }\n    largestCascades {\n      root {\n        id\n        name\n        region\n      }\n      size\n      sizeAtStart\n      joined\n      depth\n      regionsReached\n    }\n    fastestCascades {\n      root {\n        id\n        name\n        region\n      }\n      size\n      sizeAtStart\n      joined\n      depth\n      regionsReached\n    }\n  }\n}',
): typeof import('./graphql').PeriodOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ProposalReview($id: ID!) {\n  proposal(id: $id) {\n    id\n    initiativeId\n    contactName\n    contactEmail\n    message\n    status\n    submittedAt\n    review {\n      stale\n      laterEdits\n      initiativeDeleted\n      changes {\n        kind\n        key\n        action\n        stale\n        fields {\n          field\n          current\n          proposed\n          stale\n        }\n      }\n      duplicates {\n        newId\n        kind\n        name\n        region\n        candidates {\n          id\n          name\n          region\n        }\n      }\n      labels {\n        key\n        name\n      }\n    }\n  }\n}',
): typeof import('./graphql').ProposalReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query RadarHealth($region: String) {\n  networkSeries(period: YEAR, region: $region) {\n    region\n    points {\n      period\n      asOf\n      initiatives\n      isolates\n      isolateShare\n      components\n      largestComponent\n      largestShare\n    }\n  }\n}',
): typeof import('./graphql').RadarHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query RadarIsolates($region: String!, $suggestions: Int!) {\n  isolatedInitiatives(region: $region, suggestions: $suggestions) {\n    initiative {\n      id\n      name\n      themes\n      startedOn\n      status\n    }\n    suggestions {\n      score\n      reasonDetails {\n        __typename\n        ... on CommonPartnersReason {\n          count\n        }\n        ... on ActorInfluenceReason {\n          actorHereId\n          actorHere\n          actorThereId\n          actorThere\n        }\n        ... on SharedThemeReason {\n          theme\n          region\n          sameRegion\n        }\n        ... on BarrierMatchReason {\n          barrier\n        }\n      }\n      initiative {\n        id\n        name\n        region\n        themes\n      }\n    }\n  }\n}',
): typeof import('./graphql').RadarIsolatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query RadarRegions {\n  tieStructure {\n    regions {\n      region\n      initiatives\n      isolates\n      pendants\n      components\n      largestComponentShare\n      density\n    }\n  }\n}',
): typeof import('./graphql').RadarRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query RadarWeakTies($region: String!, $suggestions: Int!) {\n  weaklyTiedInitiatives(region: $region, suggestions: $suggestions) {\n    initiative {\n      id\n      name\n      themes\n      startedOn\n      status\n    }\n    tiedTo {\n      id\n      name\n      region\n    }\n    suggestions {\n      score\n      reasonDetails {\n        __typename\n        ... on CommonPartnersReason {\n          count\n        }\n        ... on ActorInfluenceReason {\n          actorHereId\n          actorHere\n          actorThereId\n          actorThere\n        }\n        ... on SharedThemeReason {\n          theme\n          region\n          sameRegion\n        }\n        ... on BarrierMatchReason {\n          barrier\n        }\n      }\n      initiative {\n        id\n        name\n        region\n        themes\n      }\n    }\n  }\n}',
): typeof import('./graphql').RadarWeakTiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query RankingActors($first: Int!, $measure: CentralityMeasure!) {\n  actorRankingDetails(first: $first, measure: $measure) {\n    measure\n    exact\n    samples\n    items {\n      rank\n      score\n      actor {\n        id\n        name\n        kind\n        region\n      }\n    }\n  }\n}',
): typeof import('./graphql').RankingActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query RankingCommunities($graph: CommunityGraph!) {\n  communities(graph: $graph) {\n    graph\n    count\n    modularity\n    communities {\n      id\n      size\n      regions {\n        name\n        count\n      }\n      themes {\n        name\n        count\n      }\n    }\n  }\n}',
): typeof import('./graphql').RankingCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query RankingInitiatives($first: Int!, $measure: CentralityMeasure!) {\n  initiativeRanking(first: $first, measure: $measure) {\n    measure\n    exact\n    samples\n    items {\n      rank\n      score\n      initiative {\n        id\n        name\n        region\n        themes\n      }\n    }\n  }\n}',
): typeof import('./graphql').RankingInitiativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RejectProposal($id: ID!, $note: String!) {\n  rejectProposal(id: $id, note: $note) {\n    id\n    status\n  }\n}',
): typeof import('./graphql').RejectProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RevokeCredential($id: ID!) {\n  revokeCredential(id: $id) {\n    id\n    revokedAt\n  }\n}',
): typeof import('./graphql').RevokeCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RevokeUpdateLink($id: ID!) {\n  revokeUpdateLink(id: $id) {\n    id\n    active\n  }\n}',
): typeof import('./graphql').RevokeUpdateLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query SimulateSpread($seeds: [ID!]!, $model: SpreadModel!, $probability: Float, $runs: Int!, $addTies: [TieInput!]) {\n  simulateSpread(\n    seeds: $seeds\n    model: $model\n    probability: $probability\n    runs: $runs\n    addTies: $addTies\n  ) {\n    runs\n    steps\n    probability\n    edges\n    estimated {\n      mode\n      probability\n    }\n    reach {\n      mean\n      low\n      high\n    }\n    curve {\n      step\n      mean\n      low\n      high\n    }\n    regions {\n      region\n      share\n    }\n    comparison {\n      withTies {\n        mean\n        low\n        high\n      }\n      curve {\n        step\n        mean\n        low\n        high\n      }\n      gain {\n        mean\n        low\n        high\n        gainedShare\n      }\n    }\n    manifest {\n      citeAs\n    }\n  }\n}',
): typeof import('./graphql').SimulateSpreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SliceParts on NetworkSlice {\n  truncated\n  nodes {\n    id\n    entityId\n    kind\n    label\n    actorKind\n    region\n    startedOn\n    status\n    themes\n  }\n  edges {\n    id\n    kind\n    source\n    target\n    mode\n    weight\n    role\n    on\n    evidence\n    confidence\n  }\n}',
): typeof import('./graphql').SlicePartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UndoChange($seq: Int!) {\n  undoChange(seq: $seq) {\n    seq\n    summary\n    undoes\n  }\n}',
): typeof import('./graphql').UndoChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query UpdateLinks($initiativeId: ID!) {\n  updateLinks(initiativeId: $initiativeId) {\n    id\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n    active\n  }\n}',
): typeof import('./graphql').UpdateLinksDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
