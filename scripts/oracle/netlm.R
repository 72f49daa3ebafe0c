#!/usr/bin/env Rscript
# Independent oracle for `govnet qap`: statnet's sna::netlm and sna::netlogit on the bundled networks.
#
# Run from the repository root:  Rscript scripts/oracle/netlm.R
# Needs R with the sna, yaml and jsonlite packages (Debian: apt-get install r-cran-sna r-cran-yaml
# r-cran-jsonlite). Writes Tests/GovNetTests/Fixtures/comparison/netlm-oracle.json, read by
# Tests/GovNetTests/Comparison/NetlmOracleTests.swift (the Swift tests only read the fixture, so CI needs
# no R). Deterministic: set.seed per model; rerunning must leave `git diff` empty.
#
# The matrices are built here from the YAML files, without GovNet code, by the documented rules:
#   MECH         cell [i, j] = tie of MECH from i to j; undirected ties (the tie's `directed`, else the
#                mechanism's: operation and mechanisms declared `directed: false` are undirected) fill
#                both cells; binary = presence, weighted = the largest weight among parallel ties of one
#                key (from, to, mechanism, direction), summed over keys.
#   t:MECH       its transpose.
#   same:ATTR    1 when both departments have ATTR (kind, level, management) and the values are equal.
#   led-by-same  1 when the departments share a leader: `led_by`, else the sources of command ties
#                with relation: leadership into them.
#   co-member    1 when both have a membership tie to the same coordinating body.
#   centre       1 on every dyad involving the department marked `coordinator: true`.
# Node order = the departments in file order. The diagonal is never used (netlm's diag = FALSE,
# mode = "digraph": the n(n-1) off-diagonal cells).
#
# Recorded per model: coefficients, standard errors and t- (z-) values exactly as sna reports them
# (netlm: least squares by QR; netlogit: glm.fit IRLS with binomial family, se from the last iteration's
# QR), R^2 (linear), deviance, AIC, BIC (logistic; netlogit's own null deviance is glm.fit's at mu = 0.5
# because the intercept is passed as a column, so the intercept-only null deviance is recorded as well),
# and the permutation p-values pgreq, pleeq, pgreqabs (k/N) from `reps` replicates.

suppressPackageStartupMessages({
  library(sna)
  library(yaml)
  library(jsonlite)
})

ROOT <- normalizePath(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "..", ".."))
OUT <- file.path(ROOT, "Tests", "GovNetTests", "Fixtures", "comparison", "netlm-oracle.json")
REPS <- 2000L

load_network <- function(path) {
  doc <- yaml::read_yaml(file.path(ROOT, path))
  deps <- doc$departments
  ids <- vapply(deps, function(d) as.character(d$id), "")
  declared <- list()
  for (m in doc$mechanisms) declared[[as.character(m$id)]] <- if (is.null(m$directed)) TRUE else isTRUE(m$directed)
  directed <- function(t) {
    if (!is.null(t$directed)) return(isTRUE(t$directed))
    m <- as.character(t$mechanism)
    if (!is.null(declared[[m]])) return(declared[[m]])
    !(m %in% c("operation"))
  }
  ties <- lapply(doc$ties, function(t) list(from = as.character(t$from), to = as.character(t$to),
                                            mechanism = as.character(t$mechanism),
                                            weight = if (is.null(t$weight)) 1 else as.numeric(t$weight),
                                            directed = directed(t),
                                            relation = if (is.null(t$relation)) "" else as.character(t$relation)))
  list(ids = ids, deps = deps, ties = ties)
}

mechanism_matrix <- function(net, mech, weighted) {
  n <- length(net$ids)
  keys <- list()
  for (t in net$ties) {
    if (t$mechanism != mech || t$from == t$to) next
    a <- t$from; b <- t$to
    if (!t$directed && a > b) { a <- t$to; b <- t$from }
    k <- paste(a, b, t$directed, sep = "\r")
    keys[[k]] <- max(if (is.null(keys[[k]])) -Inf else keys[[k]], t$weight)
  }
  m <- matrix(0, n, n)
  for (k in names(keys)) {
    p <- strsplit(k, "\r")[[1]]
    i <- match(p[1], net$ids); j <- match(p[2], net$ids)
    if (is.na(i) || is.na(j)) next
    w <- if (weighted) keys[[k]] else 1
    m[i, j] <- m[i, j] + w
    if (p[3] == "FALSE") m[j, i] <- m[j, i] + w
  }
  if (!weighted) m[m != 0] <- 1
  m
}

pair_matrix <- function(net, related) {
  n <- length(net$ids)
  m <- matrix(0, n, n)
  for (i in seq_len(n)) for (j in seq_len(n)) if (i != j && related(i, j)) m[i, j] <- 1
  m
}

attribute_of <- function(net, attr) {
  vapply(net$deps, function(d) if (is.null(d[[attr]])) NA_character_ else as.character(d[[attr]]), "")
}

leaders_of <- function(net) {
  out <- lapply(net$deps, function(d) if (is.null(d$led_by)) character(0) else as.character(unlist(d$led_by)))
  for (t in net$ties) {
    if (t$mechanism == "command" && t$relation == "leadership") {
      i <- match(t$to, net$ids)
      if (length(net$deps[[i]]$led_by) == 0) out[[i]] <- union(out[[i]], t$from)
    }
  }
  out
}

bodies_of <- function(net) {
  out <- replicate(length(net$ids), character(0), simplify = FALSE)
  for (t in net$ties) if (t$mechanism == "membership") {
    i <- match(t$from, net$ids)
    out[[i]] <- union(out[[i]], t$to)
  }
  out
}

term_matrix <- function(net, term, weighted) {
  if (startsWith(term, "t:")) return(t(mechanism_matrix(net, substring(term, 3), weighted)))
  if (startsWith(term, "same:")) {
    v <- attribute_of(net, substring(term, 6))
    return(pair_matrix(net, function(i, j) !is.na(v[i]) && !is.na(v[j]) && v[i] == v[j]))
  }
  if (term == "led-by-same") {
    l <- leaders_of(net)
    return(pair_matrix(net, function(i, j) length(intersect(l[[i]], l[[j]])) > 0))
  }
  if (term == "co-member") {
    b <- bodies_of(net)
    return(pair_matrix(net, function(i, j) length(intersect(b[[i]], b[[j]])) > 0))
  }
  if (term == "centre") {
    c <- which(vapply(net$deps, function(d) isTRUE(d$coordinator), TRUE))[1]
    return(pair_matrix(net, function(i, j) i == c || j == c))
  }
  mechanism_matrix(net, term, weighted)
}

MODELS <- list(
  list(name = "post_information_linear", file = "networks/hubei-city-post-reform.yaml", model = "linear", weighted = FALSE,
       dependent = "information",
       predictors = c("command", "t:information", "t:command", "same:kind", "same:level", "led-by-same", "co-member", "centre")),
  list(name = "post_information_linear_qapy", file = "networks/hubei-city-post-reform.yaml", model = "linear", weighted = FALSE,
       null = "qapy", dependent = "information", predictors = c("command", "t:information", "same:kind", "centre")),
  list(name = "post_information_weighted", file = "networks/hubei-city-post-reform.yaml", model = "linear", weighted = TRUE,
       dependent = "information", predictors = c("command", "operation", "supervision", "t:information")),
  list(name = "post_information_logistic", file = "networks/hubei-city-post-reform.yaml", model = "logistic", weighted = FALSE,
       dependent = "information", predictors = c("command", "t:information", "same:kind", "led-by-same", "centre")),
  list(name = "post_supervision_logistic_qapy", file = "networks/hubei-city-post-reform.yaml", model = "logistic", weighted = FALSE,
       null = "qapy", dependent = "supervision", predictors = c("command", "t:information", "same:level")),
  list(name = "pre_command_linear", file = "networks/hubei-city-pre-reform.yaml", model = "linear", weighted = FALSE,
       dependent = "command", predictors = c("t:information", "operation", "same:kind", "led-by-same", "co-member", "centre"))
)

results <- list()
for (spec in MODELS) {
  net <- load_network(spec$file)
  n <- length(net$ids)
  y <- term_matrix(net, spec$dependent, spec$weighted)
  k <- length(spec$predictors)
  x <- array(0, dim = c(k, n, n))
  for (i in seq_len(k)) x[i, , ] <- term_matrix(net, spec$predictors[i], spec$weighted)
  xarg <- if (k == 1) x[1, , ] else x
  null <- if (is.null(spec$null)) "qapspp" else spec$null
  set.seed(20261207)
  entry <- list(name = spec$name, file = spec$file, model = spec$model, null_hypothesis = null, weighted = spec$weighted,
                dependent = spec$dependent, predictors = spec$predictors, nodes = net$ids, reps = REPS,
                software = paste0("R ", R.version$major, ".", R.version$minor, ", sna ", as.character(packageVersion("sna"))))
  if (spec$model == "linear") {
    fit <- netlm(y, xarg, nullhyp = null, reps = REPS)
    entry$coefficients <- unname(fit$coefficients)
    entry$std_errors <- unname(sqrt(diag(chol2inv(fit$qr$qr)) * sum(fit$residuals^2) / fit$df.residual))
    entry$statistic <- unname(fit$tstat)
    yv <- gvectorize(y, mode = "digraph", diag = FALSE, censor.as.na = FALSE)
    entry$r_squared <- 1 - sum(fit$residuals^2) / sum((yv - mean(yv))^2)
    entry$adjusted_r_squared <- 1 - (1 - entry$r_squared) * (fit$n - 1) / fit$df.residual
    entry$observations <- fit$n
  } else {
    fit <- netlogit(y, xarg, nullhyp = null, reps = REPS)
    entry$coefficients <- unname(fit$coefficients)
    entry$std_errors <- unname(fit$se)
    entry$statistic <- unname(fit$tstat)
    entry$deviance <- fit$deviance
    entry$null_deviance_netlogit <- fit$null.deviance
    yv <- gvectorize(y, mode = "digraph", diag = FALSE, censor.as.na = FALSE)
    entry$null_deviance <- glm(yv ~ 1, family = binomial())$deviance
    entry$aic <- fit$aic
    entry$bic <- fit$bic
    entry$observations <- fit$n
  }
  entry$pgreq <- unname(fit$pgreq)
  entry$pleeq <- unname(fit$pleeq)
  entry$pgreqabs <- unname(fit$pgreqabs)
  results[[length(results) + 1]] <- entry
  cat(sprintf("%-32s n=%d  coefficients %s\n", spec$name, n, paste(signif(entry$coefficients, 4), collapse = " ")))
}

writeLines(jsonlite::toJSON(list(generated_by = "scripts/oracle/netlm.R", models = results), auto_unbox = TRUE,
                            digits = I(17), pretty = TRUE), OUT, useBytes = TRUE)
cat("wrote", OUT, "\n")
