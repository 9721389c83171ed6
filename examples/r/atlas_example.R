# Small Wins Atlas from R: pull a cascade over GraphQL, load the temporal exports into igraph,
# netdiffuseR and networkDynamic/tsna, and reproduce the Atlas's figures of that cascade.
#
#   install.packages(c("httr2", "jsonlite", "igraph", "netdiffuseR", "networkDynamic", "tsna"))
#   Rscript examples/r/atlas_example.R http://127.0.0.1:4000 [TOKEN] [REGION]
#
# Not run in CI (see examples/r/README.md); the Python example (examples/python/) is, and checks
# the same figures.

suppressPackageStartupMessages({
  library(httr2)
  library(jsonlite)
  library(igraph)
})

args <- commandArgs(trailingOnly = TRUE)
url <- if (length(args) >= 1) args[[1]] else "http://127.0.0.1:4000"
token <- if (length(args) >= 2 && nzchar(args[[2]])) args[[2]] else Sys.getenv("ATLAS_TOKEN")
region <- if (length(args) >= 3) args[[3]] else NULL

with_token <- function(req) if (nzchar(token)) req_auth_bearer_token(req, token) else req

graphql <- function(query, variables = list()) {
  answer <- request(paste0(url, "/graphql")) |>
    with_token() |>
    req_body_json(list(query = query, variables = variables), auto_unbox = TRUE) |>
    req_perform() |>
    resp_body_json(simplifyVector = TRUE)
  if (!is.null(answer$errors)) stop(answer$errors$message[[1]])
  answer$data
}

download <- function(format, ...) {
  path <- tempfile(fileext = if (format == "gexf-dynamic") ".gexf" else ".zip")
  request(paste0(url, "/api/export")) |>
    with_token() |>
    req_url_query(format = format, region = region, ...) |>
    req_perform(path = path)
  path
}

# 1. the largest cascade over GraphQL, with its receipt
found <- graphql(
  "query($region: String) { cascades(region: $region, first: 1) { root { id name } size } }",
  list(region = region)
)$cascades
if (length(found$size) == 0) stop("no cascade of two or more initiatives: import or seed a network first")
root <- found$root$id[[1]]
cascade <- graphql(
  "query($root: ID!) { cascade(rootId: $root) { size depth structuralVirality manifest { citeAs } } }",
  list(root = root)
)$cascade
cat("largest cascade:", found$root$name[[1]], "-", cascade$size, "initiatives\n")
cat("receipt:", cascade$manifest$citeAs, "\n")

# 2. the netdiffuseR table: T as an igraph, A from the amplification ties
folder <- tempfile()
unzip(download("diffusion", period = "year"), exdir = folder)
adoptions <- read.csv(file.path(folder, "adoptions.csv"), stringsAsFactors = FALSE)
edges <- read.csv(file.path(folder, "edges.csv"), stringsAsFactors = FALSE)
manifest <- fromJSON(file.path(folder, "manifest.json"))
cat("data version", manifest$dataVersion, "\n")

# the cascade again, from the GEXF's amplification edges (directed), and its structural virality
gexf <- download("gexf-dynamic")
xml <- readLines(gexf, warn = FALSE)
amp <- regmatches(xml, regexec('source="i:([^"]+)" target="i:([^"]+)" label="AMPLIFIES"', xml))
amp <- do.call(rbind, lapply(Filter(length, amp), function(m) m[2:3]))
a <- graph_from_edgelist(amp, directed = TRUE)
members <- names(subcomponent(a, root, mode = "out"))
h <- as_undirected(induced_subgraph(a, members), mode = "collapse")
virality <- if (length(members) > 1) mean_distance(h, directed = FALSE) else 0
depth <- max(distances(a, root, members, mode = "out"))
cat(sprintf("size       Atlas %d, igraph %d\n", cascade$size, length(members)))
cat(sprintf("depth      Atlas %d, igraph %d\n", cascade$depth, depth))
cat(sprintf("virality   Atlas %.6f, igraph %.6f\n", cascade$structuralVirality, virality))

# 3. exposure and thresholds with netdiffuseR (Valente's definitions, as the Atlas's adoptionExposure)
if (requireNamespace("netdiffuseR", quietly = TRUE)) {
  library(netdiffuseR)
  dated <- adoptions[!is.na(adoptions$toa), ]
  ties <- edges[edges$ego %in% dated$id & edges$alter %in% dated$id, ]
  ties$t0[is.na(ties$t0)] <- 1
  periods <- max(dated$toa)
  graph <- edgelist_to_adjmat(
    ties[, c("ego", "alter")],
    t0 = ties$t0, t1 = rep(periods, nrow(ties)),
    undirected = TRUE, keep.isolates = TRUE
  )
  diffnet <- new_diffnet(graph, toa = dated$toa[match(rownames(graph[[1]]), dated$id)])
  print(summary(diffnet))
  cat("mean threshold:", mean(threshold(diffnet), na.rm = TRUE), "\n")
}

# 4. the as-of waves with networkDynamic / tsna: T's ties per year
if (requireNamespace("tsna", quietly = TRUE)) {
  library(networkDynamic)
  folder <- tempfile()
  unzip(download("waves"), exdir = folder)
  waves <- read.csv(file.path(folder, "waves.csv"), stringsAsFactors = FALSE)
  nets <- lapply(waves$period, function(p) {
    e <- read.csv(file.path(folder, "waves", paste0(p, ".csv")), stringsAsFactors = FALSE)
    network::network(e, directed = FALSE, matrix.type = "edgelist")
  })
  print(waves)
  cat("waves read:", length(nets), "\n")
}
