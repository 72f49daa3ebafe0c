#!/usr/bin/env python3
"""Build networks/us-nrf-esf.yaml: the US National Response Framework's 15 Emergency Support Functions
(ESFs) as functions, federal agencies as departments, and the co-assignment ties the matrix implies.

Rerunnable and deterministic. The matrix below is transcribed from shared/domain/FACTS.md (NRF 4th
edition, 2019); edit it there first, then here, then rerun.
"""
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from yamlout import document  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

# id, name, kind, parent department (None for a department or independent agency)
AGENCIES = [
    ("DHS", "Department of Homeland Security", "homeland-security", None),
    ("FEMA", "Federal Emergency Management Agency", "emergency-management", "DHS"),
    ("CISA", "Cybersecurity and Infrastructure Security Agency", "infrastructure-security", "DHS"),
    ("USCG", "United States Coast Guard", "military", "DHS"),
    ("DOT", "Department of Transportation", "transport", None),
    ("DOD", "Department of Defense", "military", None),
    ("USACE", "U.S. Army Corps of Engineers", "public-works", "DOD"),
    ("USDA", "Department of Agriculture", "agriculture", None),
    ("USFS", "USDA Forest Service", "forestry", "USDA"),
    ("HHS", "Department of Health and Human Services", "health", None),
    ("GSA", "General Services Administration", "logistics", None),
    ("DOI", "Department of the Interior", "natural-resources", None),
    ("NPS", "National Park Service", "natural-resources", "DOI"),
    ("EPA", "Environmental Protection Agency", "environment", None),
    ("DOE", "Department of Energy", "energy", None),
    ("DOJ", "Department of Justice", "justice", None),
    ("ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "public-security", "DOJ"),
    ("DOC", "Department of Commerce", "commerce", None),
    ("DOL", "Department of Labor", "labor", None),
    ("NASA", "National Aeronautics and Space Administration", "science", None),
    ("USAID", "U.S. Agency for International Development", "foreign-aid", None),
    ("HUD", "Department of Housing and Urban Development", "housing", None),
    ("DOS", "Department of State", "foreign-affairs", None),
    ("TREAS", "Department of the Treasury", "finance", None),
    ("SBA", "Small Business Administration", "commerce", None),
]

# ESF number, function id, name, coordinators, primary agencies, support agencies (only where verified),
# sourcing note (None = verified in the NRF 4th edition as recorded in FACTS.md)
ESFS = [
    (1, "esf-01-transportation", "Transportation", ["DOT"], ["DOT"], [], None),
    (2, "esf-02-communications", "Communications", ["CISA"], ["CISA", "FEMA"], [],
     "coordinator verified (DHS/CISA); primary agencies inferred"),
    (3, "esf-03-public-works", "Public Works and Engineering", ["USACE"], ["USACE", "FEMA"], [],
     "DHS/FEMA as primary inferred"),
    (4, "esf-04-firefighting", "Firefighting", ["USFS"], ["USFS"], [], None),
    (5, "esf-05-information-planning", "Information and Planning", ["FEMA"], ["FEMA"], [], None),
    (6, "esf-06-mass-care", "Mass Care, Emergency Assistance, Temporary Housing, and Human Services",
     ["FEMA"], ["FEMA"], [], None),
    (7, "esf-07-logistics", "Logistics", ["GSA", "FEMA"], ["GSA", "FEMA"], [], None),
    (8, "esf-08-public-health", "Public Health and Medical Services", ["HHS"], ["HHS"], [], None),
    (9, "esf-09-search-rescue", "Search and Rescue", ["FEMA"], ["FEMA", "USCG", "NPS", "DOD"],
     ["USDA", "DOC", "DOD", "HHS", "DHS", "DOI", "DOJ", "DOL", "DOT", "NASA", "USAID"], None),
    (10, "esf-10-oil-hazmat", "Oil and Hazardous Materials Response", ["EPA"], ["EPA", "USCG"], [],
     "coordinator weakly sourced"),
    (11, "esf-11-agriculture-natural-resources", "Agriculture and Natural Resources", ["USDA"], ["USDA", "DOI"], [],
     None),
    (12, "esf-12-energy", "Energy", ["DOE"], ["DOE"], [], "coordinator weakly sourced"),
    (13, "esf-13-public-safety", "Public Safety and Security", ["ATF"], ["ATF"], [], "coordinator weakly sourced"),
    (14, "esf-14-cross-sector", "Cross-Sector Business and Infrastructure", ["CISA"], ["CISA", "FEMA"],
     ["USDA", "DOC", "DOD", "DOE", "HHS", "DHS", "HUD", "DOL", "DOS", "DOT", "TREAS", "EPA", "GSA", "SBA", "USACE"],
     None),
    (15, "esf-15-external-affairs", "External Affairs", ["DHS"], ["DHS"], [], "coordinator inferred"),
]

PRIMARY_ROLE = "lead"   # coordinator and primary agencies are both `lead` (issue 5); support -> `support`


def build():
    assignments = {}   # function id -> [(dept, role)]
    roles_of = {a[0]: [] for a in AGENCIES}
    sourcing = {a[0]: [] for a in AGENCIES}
    functions = []
    for num, fid, name, coords, prims, supports, note in ESFS:
        rows, seen = [], set()
        for d in coords + [p for p in prims if p not in coords]:
            if d not in seen:
                rows.append({"department": d, "role": PRIMARY_ROLE})
                seen.add(d)
                roles_of[d].append(f"ESF {num} " + ("coordinator" if d in coords else "primary"))
        for d in supports:
            if d not in seen:   # an agency both primary and support (DOD in ESF 9) keeps the stronger role
                rows.append({"department": d, "role": "support"})
                seen.add(d)
                roles_of[d].append(f"ESF {num} support")
        if note:
            for d in coords + prims:
                if ("inferred" in note and (d not in coords or "coordinator inferred" in note)) or \
                        ("weakly" in note and d in coords) or ("verified (DHS/CISA)" in note and d not in coords):
                    sourcing[d].append(f"ESF {num}: {note}")
        functions.append({"id": fid, "name": f"ESF #{num} - {name}", "assignments": rows})
        assignments[fid] = [r["department"] for r in rows]
    deps = []
    for i, name, kind, parent in AGENCIES:
        attrs = {}
        if parent:
            attrs["parent"] = parent
        attrs["esf_roles"] = "; ".join(roles_of[i])
        if sourcing[i]:
            attrs["sourcing"] = "; ".join(dict.fromkeys(sourcing[i]))
        deps.append({"id": i, "name": name, "kind": kind, "level": "national", "attributes": attrs})
    order = {a[0]: k for k, a in enumerate(AGENCIES)}
    shared = {}
    for num, fid, *_ in ESFS:
        for a, b in combinations(sorted(assignments[fid], key=order.get), 2):
            shared.setdefault((a, b), []).append(num)
    ties = [{"from": a, "to": b, "mechanism": "co-assignment", "weight": len(nums), "basis": "plan",
             "attributes": {"esfs": ", ".join(str(n) for n in nums), "derived": True}}
            for (a, b), nums in sorted(shared.items(), key=lambda kv: (order[kv[0][0]], order[kv[0][1]]))]
    table = "\n".join(
        f"  ESF {num:>2} {name:<72} coordinator {'+'.join(c)}; primary {', '.join(p)}"
        + (f"; support {len(s)} agencies" if s else "") + (f"  [{note}]" if note else "")
        for num, _, name, c, p, s, note in ESFS)
    doc = {
        "title": "US National Response Framework: Emergency Support Functions (federal agencies)",
        "jurisdiction": "United States (federal)",
        "period": "2019",
        "source": "National Response Framework, 4th edition (DHS/FEMA, 2019), ESF annexes",
        "status": "observed data",
        "license": "Public domain (the NRF is a work of the U.S. federal government)",
        "provenance": PROVENANCE.format(table=table),
        "notes": "Departments are federal departments and the component agencies named in the ESF annexes "
                 "(attribute parent names the department of a component). FEMA is the coordinating department "
                 "(kind emergency-management). Ties are all of the derived mechanism co-assignment. ATF and the Forest "
                 "Service lead single-agency ESFs (13 and 4) with no support agencies transcribed, so they "
                 "have no co-assignment tie.",
        "mechanisms": [{"id": "co-assignment", "name": "Shared Emergency Support Function (derived co-assignment)",
                        "directed": False}],
        "departments": deps,
        "ties": ties,
        "functions": functions,
    }
    return document(doc, "US NRF Emergency Support Functions: generated by scripts/networks/build_us_nrf.py.\n"
                         "Do not edit by hand; rerun the script.")


PROVENANCE = """\
Responsibility matrix: observed data, transcribed from the National Response Framework, 4th edition
(2019), as recorded in shared/domain/FACTS.md, which marks each row verified, weakly sourced or
inferred:
{table}
Roles: the ESF coordinator and the primary agencies are `lead`, support agencies `support` (an agency
listed as both primary and support, DOD in ESF 9, keeps `lead`). Support agencies are included only
for the two annexes whose support lists were verified (ESF 9 and ESF 14); the other thirteen ESFs list
only their coordinator and primary agencies. This is a gap in our transcription, not a claim that
those ESFs have no support agencies. Attribute sourcing on a department says which of its roles are
weakly sourced or inferred; esf_roles lists all its roles; parent is the department of a component
agency (organisation charts, general knowledge).

Ties: DERIVED, not observed. Mechanism co-assignment (declared, undirected) links every two agencies
assigned to the same ESF in any role; weight = number of ESFs they share; attribute esfs lists them and
derived = true. basis: plan (the NRF is a plan). It measures who is expected to work together under
the framework, not observed contact; analyses of it describe the design of the framework.
"""


if __name__ == "__main__":
    out = ROOT / "networks" / "us-nrf-esf.yaml"
    out.write_text(build(), encoding="utf-8")
    print(f"{out.relative_to(ROOT)} written")
