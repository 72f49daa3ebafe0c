#!/usr/bin/env python3
"""Validate GovNet network YAML files (stand-in until `govnet validate` covers everything).

Usage:
  scripts/networks/check.py [FILE.yaml ...]          # default: every networks/**/*.yaml
  scripts/networks/check.py --mapping OLD.yaml NEW.yaml MAP.csv

Checks (errors): required metadata (title, source, status, provenance), status is 'observed data',
'documentary data' or 'illustrative model', unique ASCII ids (departments, mechanisms, functions), every tie and assignment
references a known department, known mechanism, basis in law/regulation/plan/agreement/informal, weight a
finite number > 0, role in lead/co-lead/support, no self-loops, no duplicate tie (same from, to,
mechanism), no duplicate assignment, only the keys of the file format.
Warnings: isolated departments, ties without a basis.
With --mapping: the header is from,to (then optionally change, functions, citation), every old id appears
in the mapping (unless the new file is documentary data, which names only what its documents name), every pair references known ids, and each new
department's `formerly` equals the set of old ids mapped to it whenever that set is not just its own id.
Exit status 1 when any error is found.
"""
import csv
import math
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
STANDARD = {"command": True, "information": True, "material": True, "supervision": True, "operation": False,
            "membership": True, "drafting": True}
# Roles of affiliation ties, per mechanism; command relations, phases, evidence sources, management.
TIE_ROLES = {"membership": {"chair", "deputy", "office", "member"}, "drafting": {"drafting-lead", "drafting-co"}}
RELATIONS = {"leadership", "guidance", "coordination", "direction"}
PHASES = {"prevention-preparedness", "monitoring-warning", "response-rescue", "recovery-reconstruction"}
SOURCES = {"document", "interview", "survey", "inferred"}
MANAGEMENT = {"local", "vertical", "dual"}
BASES = {"law", "regulation", "plan", "agreement", "informal"}
ROLES = {"lead", "co-lead", "support"}
STATUSES = {"observed data", "documentary data", "illustrative model"}
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
TOP_KEYS = {"title", "jurisdiction", "period", "date", "source", "notes", "status", "provenance", "license",
            "derived_from", "titles", "jurisdictions", "sources", "provenances", "vocabulary",
            "mechanisms", "departments", "ties", "functions"}
DEPT_KEYS = {"id", "name", "names", "kind", "level", "formerly", "attributes", "led_by", "management", "coordinator"}
TIE_KEYS = {"from", "to", "mechanism", "weight", "directed", "basis", "attributes", "relation", "phase", "phases",
            "source", "citation", "confidence", "role", "functions"}
MECH_KEYS = {"id", "name", "names", "directed"}
FUNC_KEYS = {"id", "name", "names", "assignments"}
ASSIGN_KEYS = {"department", "role", "source", "citation"}
MAPPING_EXTRA = {"change", "functions", "citation"}


def check_attributes(attrs, where, errors):
    if attrs is None:
        return
    if not isinstance(attrs, dict):
        errors.append(f"{where}: attributes must be a mapping")
        return
    for k, v in attrs.items():
        if not isinstance(v, (str, int, float, bool)):
            errors.append(f"{where}: attribute {k!r} must be text, a number or true/false")


def check_file(path):
    errors, warnings = [], []
    try:
        doc = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        return [f"malformed YAML: {e}"], []
    if not isinstance(doc, dict):
        return ["the document must be a mapping"], []
    for k in doc:
        if k not in TOP_KEYS:
            errors.append(f"unknown top-level key {k!r}")
    for k in ("title", "source", "status", "provenance"):
        if not doc.get(k):
            errors.append(f"missing {k!r}")
    if doc.get("status") and doc["status"] not in STATUSES:
        errors.append(f"status {doc['status']!r} is not one of {sorted(STATUSES)}")

    mechs = dict(STANDARD)
    for m in doc.get("mechanisms") or []:
        bad = set(m) - MECH_KEYS
        if bad:
            errors.append(f"mechanism {m.get('id')}: unknown keys {sorted(bad)}")
        if not ID_RE.match(str(m.get("id", ""))):
            errors.append(f"mechanism id {m.get('id')!r} is not a short ASCII id")
        mechs[m["id"]] = bool(m.get("directed", True))

    ids = set()
    for d in doc.get("departments") or []:
        i = d.get("id")
        bad = set(d) - DEPT_KEYS
        if bad:
            errors.append(f"department {i}: unknown keys {sorted(bad)}")
        if not isinstance(i, str) or not ID_RE.match(i):
            errors.append(f"department id {i!r} is not a short ASCII id")
        if i in ids:
            errors.append(f"duplicate department id {i!r}")
        ids.add(i)
        if not d.get("name"):
            errors.append(f"department {i}: missing name")
        check_attributes(d.get("attributes"), f"department {i}", errors)
        if "management" in d and d["management"] not in MANAGEMENT:
            errors.append(f"department {i}: management {d['management']!r} not in {sorted(MANAGEMENT)}")

    seen_ties, touched, no_basis = set(), set(), 0
    for n, t in enumerate(doc.get("ties") or [], 1):
        where = f"tie {n} ({t.get('from')}->{t.get('to')} {t.get('mechanism')})"
        bad = set(t) - TIE_KEYS
        if bad:
            errors.append(f"{where}: unknown keys {sorted(bad)}")
        for end in ("from", "to"):
            if t.get(end) not in ids:
                errors.append(f"{where}: unknown department {t.get(end)!r}")
        if t.get("mechanism") not in mechs:
            errors.append(f"{where}: unknown mechanism {t.get('mechanism')!r}")
        if t.get("from") == t.get("to"):
            errors.append(f"{where}: self-loop")
        w = t.get("weight", 1)
        if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w) or w <= 0:
            errors.append(f"{where}: weight {w!r} is not a finite number > 0")
        if "basis" in t:
            if t["basis"] not in BASES:
                errors.append(f"{where}: basis {t['basis']!r} not in {sorted(BASES)}")
        else:
            no_basis += 1
        directed = t.get("directed", mechs.get(t.get("mechanism"), True))
        key = (t.get("from"), t.get("to"), t.get("mechanism")) if directed else \
            (*sorted([str(t.get("from")), str(t.get("to"))]), t.get("mechanism"))
        if key in seen_ties:
            errors.append(f"{where}: duplicate tie")
        seen_ties.add(key)
        touched.update([t.get("from"), t.get("to")])
        check_attributes(t.get("attributes"), where, errors)
        if "role" in t and t["role"] not in TIE_ROLES.get(t.get("mechanism"), set()):
            errors.append(f"{where}: role {t['role']!r} not allowed on {t.get('mechanism')} ties")
        if "relation" in t and (t.get("mechanism") != "command" or t["relation"] not in RELATIONS):
            errors.append(f"{where}: relation {t['relation']!r} (command ties only: {sorted(RELATIONS)})")
        phases = t.get("phase", [])
        for ph in phases if isinstance(phases, list) else [phases]:
            if ph not in PHASES:
                errors.append(f"{where}: phase {ph!r} not in {sorted(PHASES)}")
        if "source" in t and t["source"] not in SOURCES:
            errors.append(f"{where}: source {t['source']!r} not in {sorted(SOURCES)}")

    fids = set()
    for f in doc.get("functions") or []:
        fid = f.get("id")
        bad = set(f) - FUNC_KEYS
        if bad:
            errors.append(f"function {fid}: unknown keys {sorted(bad)}")
        if not isinstance(fid, str) or not ID_RE.match(fid):
            errors.append(f"function id {fid!r} is not a short ASCII id")
        if fid in fids:
            errors.append(f"duplicate function id {fid!r}")
        fids.add(fid)
        seen = set()
        for a in f.get("assignments") or []:
            bad = set(a) - ASSIGN_KEYS
            if bad:
                errors.append(f"function {fid}: assignment keys {sorted(bad)} are not part of the format")
            if a.get("department") not in ids:
                errors.append(f"function {fid}: unknown department {a.get('department')!r}")
            if a.get("role") not in ROLES:
                errors.append(f"function {fid}: role {a.get('role')!r} not in {sorted(ROLES)}")
            if a.get("department") in seen:
                errors.append(f"function {fid}: {a.get('department')} assigned twice")
            seen.add(a.get("department"))
    if no_basis:
        warnings.append(f"{no_basis} of {len(doc.get('ties') or [])} ties have no basis")
    for i in sorted(ids - touched):
        warnings.append(f"department {i} has no ties (isolate)")
    return errors, warnings


def check_mapping(old_path, new_path, map_path):
    errors = []
    old = yaml.safe_load(Path(old_path).read_text(encoding="utf-8"))
    new = yaml.safe_load(Path(new_path).read_text(encoding="utf-8"))
    old_ids = {d["id"] for d in old["departments"]}
    new_deps = {d["id"]: d for d in new["departments"]}
    with open(map_path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        extra = set(reader.fieldnames or []) - {"from", "to"}
        if (reader.fieldnames or [])[:2] != ["from", "to"] or not extra <= MAPPING_EXTRA:
            errors.append(f"header must be from,to then any of {sorted(MAPPING_EXTRA)} (found {reader.fieldnames})")
        rows = [(r["from"], r["to"]) for r in reader]
    if len(set(rows)) != len(rows):
        errors.append("duplicate rows")
    preimage = {}
    for a, b in rows:
        if a not in old_ids:
            errors.append(f"{a}: not a department of {old_path}")
        if b not in new_deps:
            errors.append(f"{b}: not a department of {new_path}")
        preimage.setdefault(b, set()).add(a)
    # Documentary data record only what the documents say: a department the later documents do not name
    # is undocumented after, not known to be abolished, so it needs no row.
    if new.get("status") != "documentary data":
        for a in sorted(old_ids - {a for a, _ in rows}):
            errors.append(f"old department {a} is missing from the mapping")
    for i, d in new_deps.items():
        expected = preimage.get(i, set())
        declared = set(d.get("formerly") or [])
        if expected and expected != {i}:
            if declared != expected:
                errors.append(f"{i}: formerly {sorted(declared)} but the mapping gives {sorted(expected)}")
        elif declared and declared != expected:
            errors.append(f"{i}: formerly {sorted(declared)} but the mapping gives {sorted(expected)}")
    return errors


def main(argv):
    if argv[:1] == ["--mapping"]:
        errs = check_mapping(*argv[1:4])
        for e in errs:
            print(f"{argv[3]}: error: {e}")
        print(f"{argv[3]}: {'FAILED' if errs else 'ok'}")
        return 1 if errs else 0
    files = argv or sorted(str(p.relative_to(ROOT)) for p in (ROOT / "networks").rglob("*.yaml"))
    failed = 0
    for f in files:
        errs, warns = check_file(ROOT / f if not Path(f).is_absolute() else f)
        for e in errs:
            print(f"{f}: error: {e}")
        for w in warns:
            print(f"{f}: warning: {w}")
        print(f"{f}: {'FAILED' if errs else 'ok'} ({len(errs)} errors, {len(warns)} warnings)")
        failed += bool(errs)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
