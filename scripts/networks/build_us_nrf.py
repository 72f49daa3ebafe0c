#!/usr/bin/env python3
"""Build networks/us-nrf-esf.yaml: the US National Response Framework's 15 Emergency Support Functions
(ESFs) as two-mode data — federal agencies assigned to ESFs as coordinator, primary or support agency —
with the agency co-assignment projection as derived ties.

Rerunnable and deterministic. Every row below says which annex it was read from (networks/SOURCES.md
lists the editions and where they were read); edit the rows there and here together, then rerun.
"""
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from yamlout import document  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

# id, name, kind, parent department (None for a department, independent agency or organisation)
AGENCIES = [
    ("DHS", "Department of Homeland Security", "homeland-security", None),
    ("FEMA", "Federal Emergency Management Agency", "emergency-management", "DHS"),
    ("USFA", "U.S. Fire Administration", "fire-rescue", "FEMA"),
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
    ("VA", "Department of Veterans Affairs", "veterans-affairs", None),
    ("SSA", "Social Security Administration", "social-security", None),
    ("USPS", "U.S. Postal Service", "postal", None),
    ("NRC", "Nuclear Regulatory Commission", "nuclear-safety", None),
    ("FCC", "Federal Communications Commission", "telecom-regulation", None),
    ("CNCS", "Corporation for National and Community Service", "volunteer-service", None),
    ("ARC", "American Red Cross", "ngo", None),
    ("NCMEC", "National Center for Missing & Exploited Children", "ngo", None),
    ("NVOAD", "National Voluntary Organizations Active in Disaster", "ngo", None),
]

# Annex editions (networks/SOURCES.md has the addresses where each was read).
A2016 = "ESF #{n} – {name} Annex, National Response Framework, FEMA, June 2016"
A2019 = "ESF #14 – Cross-Sector Business and Infrastructure Annex, National Response Framework, 4th edition, October 2019"
NRF4 = "National Response Framework, 4th edition (DHS/FEMA, October 2019), table of ESFs and ESF coordinators"

# number, function id, name, coordinators, primary agencies, support agencies (None: the annex's
# support list was not read), source of the coordinator/primary rows, source of the support row, note
ESFS = [
    (1, "esf-01-transportation", "Transportation", ["DOT"], ["DOT"], None, NRF4, None, None),
    (2, "esf-02-communications", "Communications", ["CISA"], ["CISA", "FEMA"],
     ["USDA", "DOC", "DOD", "DHS", "DOI", "FCC", "GSA"], A2016, A2016,
     "the June 2016 annex names DHS/National Protection and Programs Directorate/Cybersecurity and Communications "
     "as coordinator and primary agency, with DHS/FEMA; CISA is its successor (2018)"),
    (3, "esf-03-public-works", "Public Works and Engineering", ["USACE"], ["USACE", "FEMA"], None, NRF4, None,
     "DHS/FEMA as a primary agency not read in the annex"),
    (4, "esf-04-firefighting", "Firefighting", ["USFS", "USFA"], ["USFS"],
     ["DOC", "DOD", "USCG", "USFA", "DOI", "DOS", "EPA"], A2016, A2016,
     "two ESF coordinators, USDA/Forest Service and DHS/FEMA/U.S. Fire Administration: a declared joint arrangement; "
     "the annex's two-column header was read from a text extraction, USFA's place in the support column is our reading"),
    (5, "esf-05-information-planning", "Information and Planning", ["FEMA"], ["FEMA"], None, NRF4, None, None),
    (6, "esf-06-mass-care", "Mass Care, Emergency Assistance, Temporary Housing, and Human Services", ["FEMA"], ["FEMA", "ARC"],
     ["CNCS", "USDA", "DOD", "HHS", "DHS", "HUD", "DOI", "DOJ", "DOL", "DOT", "TREAS", "VA", "GSA", "SSA", "USACE", "USPS",
      "SBA", "ARC", "NCMEC", "NVOAD"], A2016, A2016,
     "the annex also lists other nongovernmental organizations as support (not a node)"),
    (7, "esf-07-logistics", "Logistics", ["GSA", "FEMA"], ["GSA", "FEMA"], None, NRF4, None,
     "two ESF coordinators, GSA and DHS/FEMA: a declared joint arrangement"),
    (8, "esf-08-public-health", "Public Health and Medical Services", ["HHS"], ["HHS"],
     ["USDA", "DOC", "DOD", "DOE", "DHS", "DOI", "DOJ", "DOL", "DOS", "DOT", "VA", "EPA", "GSA", "USAID", "USPS", "ARC"],
     A2016, A2016, None),
    (9, "esf-09-search-rescue", "Search and Rescue", ["FEMA"], ["FEMA", "USCG", "NPS", "DOD"],
     ["USDA", "DOC", "DOD", "HHS", "DHS", "DOI", "DOJ", "DOL", "DOT", "NASA", "USAID"], A2016, A2016, None),
    (10, "esf-10-oil-hazmat", "Oil and Hazardous Materials Response", ["EPA"], ["EPA", "USCG"],
     ["USDA", "DOC", "DOD", "DOE", "HHS", "DHS", "DOI", "DOJ", "DOL", "DOS", "DOT", "GSA", "NRC"], A2016, A2016, None),
    (11, "esf-11-agriculture-natural-resources", "Agriculture and Natural Resources", ["USDA"], ["USDA", "DOI"], None, NRF4, None, None),
    (12, "esf-12-energy", "Energy", ["DOE"], ["DOE"], None, NRF4, None, None),
    (13, "esf-13-public-safety", "Public Safety and Security", ["ATF"], ["ATF"], None, NRF4, None,
     "coordinator: DOJ/ATF (managed by ATF on behalf of the Department of Justice)"),
    (14, "esf-14-cross-sector", "Cross-Sector Business and Infrastructure", ["CISA"], ["CISA", "FEMA"],
     ["USDA", "DOC", "DOD", "DOE", "HHS", "DHS", "HUD", "DOL", "DOS", "DOT", "TREAS", "EPA", "GSA", "SBA", "USACE"], A2019, A2019, None),
    (15, "esf-15-external-affairs", "External Affairs", ["DHS"], ["DHS"], None, NRF4, None,
     "coordinator as recorded for the 4th edition (DHS); annex not read"),
]

# The NRF's three roles in GovNet's vocabularies (docs in the provenance below).
FUNCTION_ROLE = {"coordinator": "lead", "joint-coordinator": "co-lead", "primary": "co-lead", "support": "support"}
BODY_ROLE = {"coordinator": "office", "joint-coordinator": "office", "primary": "member", "support": "member"}


def esf_roles(coords, prims, supports):
    """(agency, NRF role) in order: the first coordinator, joint coordinators, other primaries, supports.
    An agency named in two roles keeps the stronger (coordinator > primary > support)."""
    out, seen = [], set()
    for k, d in enumerate(coords):
        out.append((d, "coordinator" if k == 0 else "joint-coordinator"))
        seen.add(d)
    for d in prims:
        if d not in seen:
            out.append((d, "primary"))
            seen.add(d)
    for d in supports or []:
        if d not in seen:
            out.append((d, "support"))
            seen.add(d)
    return out


def build():
    names = {a[0]: a[1] for a in AGENCIES}
    roles_of = {a[0]: [] for a in AGENCIES}
    functions, membership, nodes = [], [], []
    members_of = {}
    for num, fid, name, coords, prims, supports, src, support_src, note in ESFS:
        body = f"ESF{num:02d}"
        title = f"ESF #{num} - {name}"
        head = src.format(n=num, name=name) if "{n}" in src else src
        sup = (support_src.format(n=num, name=name) if support_src and "{n}" in support_src else support_src)
        rows = esf_roles(coords, prims, supports)
        members_of[body] = [d for d, _ in rows]
        assignments = []
        for d, role in rows:
            cite = head if role != "support" else sup
            also = []
            if role in ("coordinator", "joint-coordinator") and d in prims:
                also.append("also a primary agency")
            if supports and d in supports and role != "support":
                also.append("also listed as a support agency")
            label = {"coordinator": "ESF coordinator", "joint-coordinator": "ESF coordinator (joint)",
                     "primary": "primary agency", "support": "support agency"}[role]
            citation = f"{cite}: {label}" + (f" ({'; '.join(also)})" if also else "")
            assignments.append({"department": d, "role": FUNCTION_ROLE[role], "source": "document", "citation": citation})
            membership.append({"from": d, "to": body, "mechanism": "membership", "role": BODY_ROLE[role], "basis": "plan",
                               "source": "document", "citation": citation, "attributes": {"esf_role": role}})
            roles_of[d].append(f"ESF {num} {role}")
        fn = {"id": fid, "name": title, "assignments": assignments}
        functions.append(fn)
        attrs = {"esf": num, "coordinators": ", ".join(coords),
                 "support_list": "transcribed" if supports is not None else "not transcribed (annex not read)"}
        if note:
            attrs["note"] = note
        nodes.append({"id": body, "name": f"Emergency Support Function #{num} ({name})", "kind": "coordinating-body",
                      "level": "national", "attributes": {**attrs, "source": "document", "citation": head}})
    deps = []
    for i, name, kind, parent in AGENCIES:
        attrs = {}
        if parent:
            attrs["parent"] = parent
        attrs["esf_roles"] = "; ".join(roles_of[i])
        dep = {"id": i, "name": name, "kind": kind, "level": "national"}
        if parent:
            dep["led_by"] = parent
        dep["attributes"] = attrs
        deps.append(dep)
    order = {a[0]: k for k, a in enumerate(AGENCIES)}
    shared = {}
    for num, fid, *_ in ESFS:
        for a, b in combinations(sorted(members_of[f"ESF{num:02d}"], key=order.get), 2):
            shared.setdefault((a, b), []).append(num)
    ties = membership + [
        {"from": a, "to": b, "mechanism": "co-assignment", "weight": len(nums), "basis": "plan", "source": "inferred",
         "attributes": {"esfs": ", ".join(str(n) for n in nums), "derived": True,
                        "derived_from": "; ".join(f"ESF{n:02d}" for n in nums)}}
        for (a, b), nums in sorted(shared.items(), key=lambda kv: (order[kv[0][0]], order[kv[0][1]]))]
    table = "\n".join(
        f"  ESF {num:>2} {name[:60]:<60} coordinator {'+'.join(c)}; primary {', '.join(p)}; "
        + (f"support {len(s)} agencies" if s is not None else "support not transcribed")
        for num, _, name, c, p, s, *_ in ESFS)
    read = sum(1 for e in ESFS if e[5] is not None)
    doc = {
        "title": "US National Response Framework: Emergency Support Functions (federal agencies)",
        "jurisdiction": "United States (federal)",
        "period": "2019",
        "source": "National Response Framework, 4th edition (DHS/FEMA, 2019) and its ESF annexes (June 2016; ESF #14 October 2019)",
        "status": "documentary data",
        "license": "Public domain (the NRF and its annexes are works of the U.S. federal government)",
        "provenance": PROVENANCE.format(table=table, read=read, unread=len(ESFS) - read,
                                        read_list="ESF " + ", ".join(str(e[0]) for e in ESFS if e[5] is not None)),
        "notes": "Departments are federal departments, component agencies and the national organisations the annexes "
                 "name, plus one node per ESF (kind coordinating-body). The primary data are the membership ties "
                 "agency -> ESF (role office for a coordinator — the ESF coordinator runs the ESF as an office runs a headquarters —, member otherwise; attribute esf_role keeps the NRF role). "
                 "co-assignment ties are DERIVED (derived: true): the one-mode projection of the agency x ESF data, left "
                 "out of analyses unless asked for (--include-derived or --mechanism co-assignment). FEMA is the "
                 "coordinating department (kind emergency-management).",
        "mechanisms": [{"id": "co-assignment", "name": "Shared Emergency Support Function (derived projection)",
                        "directed": False}],
        "departments": deps + nodes,
        "ties": ties,
        "functions": functions,
    }
    return document(doc, "US NRF Emergency Support Functions: generated by scripts/networks/build_us_nrf.py.\n"
                         "Do not edit by hand; rerun the script.")


PROVENANCE = """\
Documentary data: who the National Response Framework assigns to each Emergency Support Function, as
the ESF annexes write it at the head of each annex (ESF coordinator, primary agencies, support
agencies). Sources, editions and where each was read: networks/SOURCES.md. Per ESF:
{table}
Support lists are transcribed for the {read} annexes whose header was read ({read_list}); for
the other {unread} the coordinator and primary agencies are as the framework's table of ESFs records
them and the support list is absent (not read), which is a gap in the data, not a claim that those
ESFs have no support agencies. Each ESF node says which (attribute support_list).

Roles. The NRF has three: the ESF coordinator (management oversight of the ESF), primary agencies
(significant authorities and resources for its mission) and support agencies. In the function
assignments the coordinator is `lead`, a second coordinator (ESF 4: USDA/Forest Service and
DHS/FEMA/U.S. Fire Administration; ESF 7: GSA and DHS/FEMA) is `co-lead` - a joint arrangement the
annex declares, not two undeclared leads - and the other primary agencies are `co-lead`; support
agencies are `support`. An agency named in two roles keeps the stronger. Every assignment's citation
names the annex and the NRF role as written.

Two-mode data first. Each ESF is a node (kind coordinating-body) and each assignment a membership tie
agency -> ESF (role office for a coordinator, which has management oversight of the ESF as an
office runs a headquarters; member for a primary or support agency; attribute
esf_role keeps coordinator, joint-coordinator, primary or support). The co-assignment ties are the
one-mode projection of this agency x ESF network: two agencies sharing an ESF in any role, weight =
number of ESFs shared, attribute derived = true and derived_from naming the ESFs. They add nothing the
two-mode ties do not say and describe the framework's design, not observed contact; GovNet leaves
derived ties out of its analyses unless asked (--include-derived, or --mechanism co-assignment).
Component agencies are led_by their department (organisation charts).
"""


if __name__ == "__main__":
    out = ROOT / "networks" / "us-nrf-esf.yaml"
    out.write_text(build(), encoding="utf-8")
    print(f"{out.relative_to(ROOT)} written")
