#!/usr/bin/env python3
"""Build networks/emon/<Name>.yaml from the Drabek et al. (1981) EMON data (statnet `network` package) and
networks/florentine/ from Padgett's Florentine marriage edge list.

Rerunnable and deterministic: same input files, byte-identical output.
Input: data/external/emon/<Name>_nodes.csv, <Name>_edges.csv (see PROVENANCE.md there) and
data/external/florentine/. Usage: scripts/networks/build_emon.py [--source DIR]

Conversion rules (also written into each file's provenance):
- Department id: an acronym of the organisation name (initials of its words, numbers kept, short
  all-capital words kept whole, 'and/of/the/s' dropped), cut to 10 characters, made unique with a
  numeric suffix; attribute source_id keeps the 1-based R vertex id and source_name the original
  vertex.names (misspellings included). name: vertex.names with dots read as spaces ("Sheriff.s" ->
  "Sheriff's").
- Sponsorship -> level: Federal -> national, State -> provincial (a US state is the second tier),
  County and County/City -> county, City -> municipal, Private -> no level. Raw value kept in
  attribute sponsorship.
- kind: our keyword classification of the name (KIND_RULES below, first match wins: Red Cross and
  Salvation Army -> ngo, radio clubs -> telecom, fire -> fire-rescue, armed forces -> military, SAR
  teams -> search-rescue, civil defense/disaster services -> emergency-management, ambulance/medical/
  coroner -> health, police/sheriff/patrol -> public-security, ...); inferred, not in the source.
- Other attributes copied when not NA: paid_staff, volunteer_staff, formalization (0-4), location (L,
  NL, B), decision_rank_score, command_rank_score.
- Arcs: mechanism `contact` (declared, directed): arc (i, j) is i's report of interaction with j.
  weight = strength = 5 - Frequency, so Frequency 1 (continuously) -> 4, 2 (about once an hour) -> 3,
  3 (every few hours) -> 2, 4 (about once a day or less) -> 1; the raw code is kept in attribute
  frequency. No basis is recorded (the source has none).
"""
import argparse
import csv
import re
import shutil
import textwrap
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from yamlout import document  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = ROOT / "data" / "external"

NETWORKS = [  # file stem, Drabek case label (statnet docs), jurisdiction (from the organisations' names), n, arcs
    ("Cheyenne", "Cheyenne SAR EMON", "Cheyenne and Laramie County, Wyoming, USA", 14, 83),
    ("HurrFrederic", "Hurricane Frederic SAR EMON", "Jackson County, Mississippi, USA", 21, 118),
    ("LakePomona", "Lake Pomona SAR EMON", "Osage County, Kansas, USA", 20, 148),
    ("MtSi", "Mt. Si SAR EMON", "King County, Washington, USA", 13, 33),
    ("MtStHelens", "Mt. St. Helens SAR EMON", "Lewis, Cowlitz and Skamania counties, Washington, USA", 27, 123),
    ("Texas", "Texas Hill Country SAR EMON", "Kerr, Kendall and Bandera counties, Texas, USA", 25, 186),
    ("Wichita", "Wichita Falls SAR EMON", "Wichita Falls and Wichita County, Texas, USA", 20, 149),
]

LEVEL = {"Federal": "national", "State": "provincial", "County": "county", "County/City": "county",
         "City": "municipal"}
FREQ_LABEL = {1: "continuously", 2: "about once an hour", 3: "every few hours", 4: "about once a day or less"}
LOCATION_LABEL = {"L": "local", "NL": "non-local", "B": "both"}

# Ordered keyword rules for kind (first match wins); matched on the lower-case cleaned name.
KIND_RULES = [
    ("ngo", ["red cross", "salvation army"]),
    ("telecom", ["radio", "react", "ham "]),
    ("fire-rescue", ["fire", "vfd"]),
    ("military", ["army", "air force", "national guard", "coast guard", "cavalry", "mast", "afb", "air station"]),
    ("search-rescue", ["rescue", "esar", "sar ", "search", "civil air patrol", "helicopter team"]),
    ("emergency-management", ["civil defense", "disaster", "emergency services", "risk management", " cd "]),
    ("health", ["ambulance", "medical", "coroner"]),
    ("public-security", ["police", "sheriff", "patrol", "rangers"]),
    ("justice", ["attorney"]),
    ("forestry", ["forest service"]),
    ("natural-resources", ["parks", "game and fish", "wildlife"]),
    ("transport", ["transportation", "highway department", "traffic", "aeronautics"]),
    ("public-works", ["public works"]),
    ("business", ["works", "body"]),
]
STOP = {"and", "of", "the", "s", "no"}


def clean_name(raw):
    s = re.sub(r"\.s\.", "'s.", raw)            # Sheriff.s.Office -> Sheriff's.Office
    s = re.sub(r"\.+", " ", s).strip()
    return s


def kind_of(name):
    low = " " + name.lower() + " "
    for kind, keys in KIND_RULES:
        if any(k in low for k in keys):
            return kind
    return "other"


def acronym(name):
    out = ""
    for w in re.split(r"[\s'/-]+", name):
        if not w or w.lower() in STOP:
            continue
        digits = re.match(r"\d+", w)
        if digits:
            out += digits.group(0)
        elif w.isupper() and len(w) <= 5:
            if w != out:                         # "... Society BEARS": the acronym is already spelled out
                out += w
        else:
            out += w[0].upper()
    return out[:10] or "ORG"


def number(text):
    if text in ("", "NA"):
        return None
    x = float(text)
    return int(x) if x.is_integer() else x


def build_emon(src, stem, case, jurisdiction, n_expected, arcs_expected):
    nodes = list(csv.DictReader(open(src / "emon" / f"{stem}_nodes.csv", newline="", encoding="utf-8")))
    edges = list(csv.DictReader(open(src / "emon" / f"{stem}_edges.csv", newline="", encoding="utf-8")))
    assert len(nodes) == n_expected and len(edges) == arcs_expected, (stem, len(nodes), len(edges))
    ids, used, deps = {}, set(), []
    for r in nodes:
        name = clean_name(r["vertex.names"])
        base = acronym(name)
        i, k = base, 2
        while i in used:
            i, k = f"{base}{k}", k + 1
        used.add(i)
        ids[r["id"]] = i
        dep = {"id": i, "name": name, "kind": kind_of(name)}
        if r["Sponsorship"] in LEVEL:
            dep["level"] = LEVEL[r["Sponsorship"]]
        attrs = {"source_id": int(r["id"]), "source_name": r["vertex.names"], "sponsorship": r["Sponsorship"]}
        for col, key in (("Paid.Staff", "paid_staff"), ("Volunteer.Staff", "volunteer_staff"),
                         ("Formalization", "formalization"), ("Decision.Rank.Score", "decision_rank_score"),
                         ("Command.Rank.Score", "command_rank_score")):
            v = number(r[col])
            if v is not None:
                attrs[key] = v
        if r["Location"] not in ("", "NA"):
            attrs["location"] = r["Location"]
        dep["attributes"] = attrs
        deps.append(dep)
    ties = []
    for e in edges:
        f = int(e["Frequency"])
        assert f in FREQ_LABEL, (stem, e)
        ties.append({"from": ids[e["from"]], "to": ids[e["to"]], "mechanism": "contact", "weight": 5 - f,
                     "attributes": {"frequency": f}})
    touched = {t["from"] for t in ties} | {t["to"] for t in ties}
    isolates = [d["name"] for d in deps if d["id"] not in touched]
    iso_text = (f" {len(isolates)} organisation(s) appear in no arc (isolates in the source): "
                + "; ".join(isolates) + ".") if isolates else " Every organisation appears in at least one arc."
    freq_counts = {f: sum(1 for e in edges if int(e["Frequency"]) == f) for f in FREQ_LABEL}
    doc = {
        "title": f"{case} (Drabek et al. 1981)",
        "jurisdiction": jurisdiction,
        "period": "1978-1980",
        "source": f"Drabek et al. (1981); statnet R package network, data emon ({stem})",
        "status": "observed data",
        "license": "GPL-2.0-or-later (R package network, which distributes the data); cite Drabek et al. (1981) "
                   "and Butts (2008)",
        "provenance": rewrap(PROVENANCE.format(stem=stem, case=case, n=len(deps), arcs=len(ties),
                                        f1=freq_counts[1], f2=freq_counts[2], f3=freq_counts[3], f4=freq_counts[4],
                                        isolates=iso_text,
                                        check=" (statnet's own tests expect 83 arcs for Cheyenne)" if stem == "Cheyenne" else "")),
        "notes": "Organisations of the search-and-rescue response and their reported contacts. Attributes: "
                 "paid_staff, volunteer_staff, formalization (0 least - 4 most formalized), location (L local to "
                 "the impact area, NL not local, B both), decision_rank_score and command_rank_score (mean "
                 "reversed rank of prominence in decision making and in the command structure, as judged by "
                 "informants; higher = more prominent), sponsorship (raw).",
        "mechanisms": [{"id": "contact", "name": "Reported contact (interaction frequency)", "directed": True}],
        "departments": deps,
        "ties": ties,
    }
    header = (f"{case}: generated by scripts/networks/build_emon.py from the statnet `network` package data.\n"
              "Do not edit by hand; rerun the script.")
    return document(doc, header)


PROVENANCE = """\
Observed data. Drabek, T.E.; Tamminga, H.L.; Kilijanek, T.S.; Adams, C.R. (1981). Data from Managing
Multiorganizational Emergency Responses: Emergent Search and Rescue Networks in Natural Disaster and
Remote Area Settings. Program on Technology, Environment, and Man Monograph 33, Institute of Behavioral
Science, University of Colorado. Distributed in the R package `network` (statnet; Butts, C.T. (2008),
network: a Package for Managing Relational Data in R, Journal of Statistical Software 24(2)), file
data/emon.RData, element {stem} ("{case}"), licence GPL (>= 2); the package asks that the original
authors be cited along with the package. Copied to data/external/emon/ by parsing the R
serialization (PyPI package rdata) with sha1 of emon.RData f27554a68b8f903e65394b1b3a484216fa108d47 (see
PROVENANCE.md there), then converted here by scripts/networks/build_emon.py.

Counts: {n} organisations, {arcs} arcs, as in the source{check}. Frequency codes: 1 continuously ({f1} arcs), 2 about once an hour ({f2}), 3 every few hours
({f3}), 4 about once a day or less ({f4}).{isolates}

Conversion (ours): arc (i, j) is i's report of interaction with j (non-adjacent = no contact reported),
kept as a directed tie of the declared mechanism `contact` rather than `information` because the survey
asked about interaction in general, not about information passed. The source codes Frequency with
1 = most frequent, so weight = strength = 5 - Frequency (1 -> 4, 2 -> 3, 3 -> 2, 4 -> 1); the raw code
is in attribute frequency. No tie basis is recorded (the source has none). Where the source gave
intervals, the package substituted midpoints (statnet documentation). Sponsorship maps to level
Federal -> national, State -> provincial (a US state is the second tier), County and County/City ->
county, City -> municipal, Private -> no level; kind is our keyword classification of the organisation
name (inferred). The period 1978-1980 is the span of the disasters studied (general knowledge, not a
field of the data). Names are vertex.names with dots read as spaces; source_name keeps the original
(including its misspellings), source_id the R vertex id. Missing values (NA) are omitted.
"""


def rewrap(text, width=104):
    """Refill each paragraph so generated text stays within `width` columns."""
    paras = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return "\n\n".join(textwrap.fill(p, width) for p in paras) + "\n"


def build_florentine(src, dst):
    rows = list(csv.DictReader(open(src / "florentine" / "florentine_marriage_edges.csv", newline="", encoding="utf-8")))
    fams = []
    for r in rows:
        for f in (r["source"], r["target"]):
            if f not in fams:
                fams.append(f)
    doc = {
        "title": "Padgett's Florentine families: marriage ties (15-family version)",
        "jurisdiction": "Florence (Renaissance elite families)",
        "period": "1282-1500",
        "source": "Padgett (1994); networkx florentine_families_graph()",
        "status": "observed data",
        "license": "BSD-3-Clause (networkx, which distributes this edge list)",
        "provenance": """\
Observed data, a standard check graph, not an emergency network. Padgett, J.F. (1994), Marriage and
Elite Structure in Renaissance Florence, 1282-1500, paper to the Social Science History Association;
Breiger, R.L. & Pattison, P.E. (1986), Cumulated social roles, Social Networks 8(3). Edge list from
networkx (BSD-3-Clause), networkx/generators/social.py, florentine_families_graph() (networkx 3.6.1):
15 families and 20 undirected marriage ties; the isolate Pucci of the 16-family version is absent.
Copied to data/external/florentine/ (see PROVENANCE.md there) and converted here by
scripts/networks/build_emon.py: one department per family (id = family name, kind family), one
undirected tie of the declared mechanism `marriage` per edge, weight 1, no basis. Reference values
(networkx tests): normalised betweenness of the Medici 0.522 (raw 47.5), closeness 0.560; see
networks/florentine/reference_values.json.
""",
        "notes": "Use as a check graph for centrality: the Medici broker between otherwise separate families.",
        "mechanisms": [{"id": "marriage", "name": "Marriage tie", "directed": False}],
        "departments": [{"id": f, "name": f, "kind": "family"} for f in fams],
        "ties": [{"from": r["source"], "to": r["target"], "mechanism": "marriage"} for r in rows],
    }
    assert len(fams) == 15 and len(rows) == 20
    dst.mkdir(parents=True, exist_ok=True)
    (dst / "florentine.yaml").write_text(document(doc, "Padgett's Florentine marriage network: generated by "
                                                  "scripts/networks/build_emon.py. Do not edit by hand."),
                                         encoding="utf-8")
    for name in ("florentine_marriage_edges.csv", "reference_values.json", "PROVENANCE.md"):
        shutil.copyfile(src / "florentine" / name, dst / name)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = ap.parse_args()
    out = ROOT / "networks" / "emon"
    out.mkdir(parents=True, exist_ok=True)
    for stem, case, jur, n, arcs in NETWORKS:
        (out / f"{stem}.yaml").write_text(build_emon(args.source, stem, case, jur, n, arcs), encoding="utf-8")
        print(f"networks/emon/{stem}.yaml: {n} organisations, {arcs} arcs")
    shutil.copyfile(args.source / "emon" / "PROVENANCE.md", out / "PROVENANCE.md")
    build_florentine(args.source, ROOT / "networks" / "florentine")
    print("networks/florentine/florentine.yaml: 15 families, 20 marriage ties")


if __name__ == "__main__":
    main()
