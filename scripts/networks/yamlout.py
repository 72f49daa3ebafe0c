"""Deterministic, readable YAML writer for GovNet network documents (one flow mapping per department,
tie or assignment; block text for provenance). Used by the build_*.py scripts; every document written is
read back with PyYAML and compared with the data it came from."""
import json
import re

import yaml

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 _.()/'&+-]*")
_RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    s = str(v)
    if _PLAIN.fullmatch(s) and s.lower() not in _RESERVED and not s.endswith(" ") and ": " not in s \
            and " #" not in s:
        return s
    return json.dumps(s, ensure_ascii=False)


def flow(d):
    parts = []
    for k, v in d.items():
        if isinstance(v, dict):
            parts.append(f"{k}: {flow(v)}")
        elif isinstance(v, list):
            parts.append(f"{k}: [{', '.join(scalar(x) for x in v)}]")
        else:
            parts.append(f"{k}: {scalar(v)}")
    return "{" + ", ".join(parts) + "}"


def block_text(key, text, indent=""):
    lines = text.rstrip("\n").split("\n")
    body = "\n".join((indent + "  " + ln) if ln else "" for ln in lines)
    return f"{indent}{key}: |\n{body}\n"


def document(doc, header_comment=""):
    """Render a network document (dict with the format's keys) as YAML text."""
    out = []
    if header_comment:
        out += [f"# {ln}".rstrip() for ln in header_comment.strip().split("\n")]
    for key in ("title", "jurisdiction", "period", "date", "source", "status", "license", "provenance", "notes"):
        if key not in doc:
            continue
        v = doc[key]
        if "\n" in v:
            out.append(block_text(key, v).rstrip("\n"))
        else:
            out.append(f"{key}: {scalar(v) if key != 'period' else json.dumps(v)}")
    if doc.get("mechanisms"):
        out.append("mechanisms:")
        out += [f"  - {flow(m)}" for m in doc["mechanisms"]]
    out.append("departments:")
    out += [f"  - {flow(d)}" for d in doc["departments"]]
    out.append("ties:")
    out += [f"  - {flow(t)}" for t in doc["ties"]]
    if doc.get("functions"):
        out.append("functions:")
        for f in doc["functions"]:
            out.append(f"  - id: {scalar(f['id'])}")
            out.append(f"    name: {scalar(f['name'])}")
            if f.get("names"):
                out.append(f"    names: {flow(f['names'])}")
            out.append("    assignments:")
            out += [f"      - {flow(a)}" for a in f["assignments"]]
    text = "\n".join(out) + "\n"
    back = yaml.safe_load(text)
    for key, v in doc.items():
        if back.get(key) != v and not (isinstance(v, str) and back.get(key) == v.rstrip("\n") + "\n"):
            raise ValueError(f"YAML round trip changed {key!r}")
    return text
