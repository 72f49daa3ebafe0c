#!/usr/bin/env python3
"""Generate the catalogue of curated networks from the YAML files themselves, so it cannot go stale.

Writes networks/catalogue.json (file -> counts, compared by the Swift test CuratedNetworksTests) and
the table between the markers <!-- catalogue:begin --> and <!-- catalogue:end --> in
networks/README.md. `--check` writes nothing and exits 1 when either is out of date.

Counts: departments; ties (all, and per mechanism id, every tie counted once whatever its direction);
functions; assignments (department-function pairs).
"""
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NET = ROOT / "networks"
BEGIN, END = "<!-- catalogue:begin -->", "<!-- catalogue:end -->"
MECH_ORDER = ["command", "information", "material", "supervision", "operation"]


def entries():
    out = {}
    for path in sorted(NET.rglob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        ties = doc.get("ties") or []
        per = Counter(t["mechanism"] for t in ties)
        mechs = [m for m in MECH_ORDER if m in per] + sorted(m for m in per if m not in MECH_ORDER)
        out[str(path.relative_to(ROOT))] = {
            "title": doc.get("title"),
            "jurisdiction": doc.get("jurisdiction"),
            "period": str(doc.get("period", "")),
            "status": doc.get("status"),
            "source": doc.get("source"),
            "departments": len(doc.get("departments") or []),
            "ties": len(ties),
            "ties_per_mechanism": {m: per[m] for m in mechs},
            "functions": len(doc.get("functions") or []),
            "assignments": sum(len(f.get("assignments") or []) for f in doc.get("functions") or []),
        }
    return out


def table(cat):
    rows = ["| file | jurisdiction | period | departments | ties per mechanism | functions | source | status |",
            "|---|---|---|---:|---|---:|---|---|"]
    for f, e in cat.items():
        per = ", ".join(f"{m} {n}" for m, n in e["ties_per_mechanism"].items())
        rel = f[len("networks/"):]
        rows.append(f"| [`{rel}`]({rel}) | {e['jurisdiction']} | {e['period']} | {e['departments']} | "
                    f"{per} ({e['ties']}) | {e['functions']} | {e['source']} | **{e['status']}** |")
    return "\n".join(rows)


def main(argv):
    check = "--check" in argv
    cat = entries()
    js = json.dumps({f: {k: e[k] for k in ("departments", "ties", "ties_per_mechanism", "functions", "assignments",
                                             "status")} for f, e in cat.items()},
                    indent=2, ensure_ascii=False) + "\n"
    readme_path = NET / "README.md"
    readme = readme_path.read_text(encoding="utf-8")
    a, b = readme.index(BEGIN) + len(BEGIN), readme.index(END)
    new_readme = readme[:a] + "\n" + table(cat) + "\n" + readme[b:]
    json_path = NET / "catalogue.json"
    stale = [p for p, text in ((json_path, js), (readme_path, new_readme))
             if not p.exists() or p.read_text(encoding="utf-8") != text]
    if check:
        for p in stale:
            print(f"{p.relative_to(ROOT)} is out of date: run scripts/networks/catalogue.py")
        return 1 if stale else 0
    json_path.write_text(js, encoding="utf-8")
    readme_path.write_text(new_readme, encoding="utf-8")
    print(f"catalogue: {len(cat)} networks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
