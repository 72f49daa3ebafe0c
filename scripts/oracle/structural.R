# Structural measures of the graphs given by scripts/oracle/structural.py, computed by R's sna.
# Usage: Rscript scripts/oracle/structural.R IN.json OUT.json
# IN: [{name, directed, n, matrix}]; OUT: [{name, sna_version, values: {...}}]. Each matrix is the 0/1
# adjacency matrix of the graph (an undirected graph as its symmetric matrix), rows = tails.
suppressPackageStartupMessages({ library(sna); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
graphs <- fromJSON(args[1], simplifyVector = FALSE)
# Numbers travel as "%.17g" strings (jsonlite writes at most 15 significant digits); NA/NaN/Inf as null.
num <- function(x) { x <- as.numeric(x); ifelse(is.finite(x), sprintf("%.17g", x), NA) }
out <- lapply(graphs, function(g) {
  n <- g$n
  m <- matrix(0, n, n)
  if (n > 0) m <- matrix(as.numeric(unlist(g$matrix)), n, n, byrow = TRUE)
  v <- list()
  if (n >= 3) v$triad_census <- num(triad.census(m, mode = "digraph"))
  if (n >= 1) {
    v$krackhardt_connectedness <- num(connectedness(m))
    v$krackhardt_hierarchy <- num(hierarchy(m, measure = "krackhardt"))
    v$hierarchy_reciprocity <- num(hierarchy(m, measure = "reciprocity"))
    v$krackhardt_efficiency <- num(efficiency(m))
    v$krackhardt_lub <- num(lubness(m))
    v$dyad_census <- num(dyad.census(m))
  }
  if (n >= 4) {
    # Structural equivalence as sna::equiv.clust computes it (joint analysis, dissimilarities), its
    # complete-linkage tree cut into k = 2..4 positions, and sna::blockmodel's density image of each.
    for (method in c("euclidean", "hamming", "correlation")) {
      d <- sedist(m, method = method, joint.analysis = TRUE, code.diss = TRUE)
      if (length(dim(d)) == 3) d <- d[1, , ]
      if (method == "correlation") d[is.na(d)] <- 0   # sna leaves NA for constant profiles
      v[[paste0("sedist_", method)]] <- num(t(d))      # row-major
      ec <- equiv.clust(m, equiv.dist = d, cluster.method = "complete", method = method)
      for (k in 2:4) {
        b <- cutree(ec$cluster, k)
        v[[paste0("positions_", method, "_", k)]] <- num(b)
        bm <- blockmodel(m, b)$block.model
        v[[paste0("image_", method, "_", k)]] <- num(t(bm))
      }
    }
  }
  if (length(v) == 0) v <- structure(list(), names = character(0))
  list(name = g$name, sna_version = as.character(packageVersion("sna")), values = v)
})
writeLines(toJSON(out, auto_unbox = TRUE, na = "null", null = "null"), args[2])
