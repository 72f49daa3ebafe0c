"""A GovNet YAML network read with PyYAML alone (no GovNet code), for the oracle scripts.

Directions follow GovNet's rules: a tie's own `directed`, else its mechanism's declared `directed`, else
the standard mechanisms' defaults (every standard mechanism is directed except `operation`).
"""
import yaml

UNDIRECTED_MECHANISMS = {"operation"}


def read_network(path):
    """(department ids in file order, ties as (from, to, mechanism, directed)) of the YAML file `path`."""
    doc = yaml.safe_load(path.read_text())
    declared = {m["id"]: m.get("directed", True) for m in doc.get("mechanisms") or []}

    def directed(tie):
        if "directed" in tie:
            return bool(tie["directed"])
        m = tie["mechanism"]
        if m in declared:
            return declared[m]
        return m not in UNDIRECTED_MECHANISMS

    departments = [str(d["id"]) for d in doc["departments"]]
    ties = [(str(t["from"]), str(t["to"]), str(t["mechanism"]), directed(t)) for t in doc.get("ties") or []]
    return departments, ties
