#!/usr/bin/env python3
"""Build networks/us-johnson-county-ks.yaml: the Emergency Support Functions (ESFs) of the Johnson County,
Kansas, County Emergency Operations Plan (CEOP, adopted 21 April 2016) as two-mode data - county departments,
jurisdictions' services, state and federal agencies and organisations assigned to an ESF as coordinating or
support agency - with the co-assignment projection as derived ties.

Rerunnable and deterministic. Every row below names the annex whose header it transcribes (networks/SOURCES.md
lists where each was read); an ESF whose annex header was not read has no row, and its node says so.
"""
import sys
from itertools import combinations
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from yamlout import document, flow  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
JURISDICTIONS = {"zh": "美国堪萨斯州约翰逊县（县级）"}

# id, name, kind, level (county: Johnson County government; municipal: the cities' services, named in
# the plan as "jurisdictional"; state, federal, ngo, private)
AGENCIES = [
    ("JCEM", "Johnson County Emergency Management (Department of Emergency Management and Communications)", "emergency-management", "county"),
    ("JCECC", "Johnson County Emergency Communications Center (Department of Emergency Management and Communications)", "dispatch", "county"),
    ("MGR", "Johnson County Manager's Office", "government", "county"),
    ("INFOCOMM", "Johnson County INFOCOMM", "communications", "county"),
    ("TRANSIT", "Johnson County Transit", "transport", "county"),
    ("FAC", "Johnson County Facilities", "logistics", "county"),
    ("PW", "Johnson County Public Works", "public-works", "county"),
    ("WASTEWATER", "Johnson County Wastewater", "utility", "county"),
    ("PARKS", "Johnson County Park and Recreation", "parks", "county"),
    ("PARKPOL", "Johnson County Park Police", "police", "county"),
    ("TFM", "Johnson County Treasury and Financial Management", "finance", "county"),
    ("BUDGET", "Johnson County Budget and Financial Planning", "finance", "county"),
    ("HR", "Johnson County Human Resources", "human-resources", "county"),
    ("JCDHE", "Johnson County Department of Health and Environment", "health", "county"),
    ("MEDACT", "Johnson County Med-Act", "emergency-medical", "county"),
    ("MH", "Johnson County Mental Health", "health", "county"),
    ("CORONER", "Johnson County Coroner", "coroner", "county"),
    ("DEVSUP", "Johnson County Developmental Supports", "social-services", "county"),
    ("HUMSERV", "Johnson County Human Services", "social-services", "county"),
    ("SHERIFF", "Johnson County Sheriff's Office", "police", "county"),
    ("AIRPORT", "Johnson County Airport Commission", "transport", "county"),
    ("EXT", "Johnson County Extension Office", "agriculture", "county"),
    ("APPRAISER", "Johnson County Appraiser", "finance", "county"),
    ("FAIR", "Johnson County Fair Board", "agriculture", "county"),
    ("LEGAL", "Johnson County Legal Department", "justice", "county"),
    ("MUSEUMS", "Johnson County Museums", "culture", "county"),
    ("PLANNING", "Johnson County Planning and Development", "planning", "county"),
    ("JOCART", "Johnson County Animal Response Team (JoCART)", "volunteer-service", "county"),
    ("JLE", "Jurisdictional law enforcement", "police", "municipal"),
    ("JFD", "Jurisdictional fire departments", "fire-rescue", "municipal"),
    ("JPW", "Jurisdictional public works departments", "public-works", "municipal"),
    ("JHAZMAT", "Jurisdictional HAZMAT teams", "fire-rescue", "municipal"),
    ("JACO", "Jurisdictional animal control officers", "animal-control", "municipal"),
    ("JPIO", "Jurisdictional public information officers", "communications", "municipal"),
    ("JHOSP", "Jurisdictional hospitals", "health", "municipal"),
    ("JFUNERAL", "Jurisdictional funeral homes", "funeral-services", "municipal"),
    ("KDOT", "Kansas Department of Transportation", "transport", "provincial"),
    ("KDHE", "Kansas Department of Health and Environment", "health", "provincial"),
    ("KDA", "Kansas Department of Agriculture", "agriculture", "provincial"),
    ("KHP", "Kansas Highway Patrol", "police", "provincial"),
    ("KBI", "Kansas Bureau of Investigation", "police", "provincial"),
    ("KUMC", "University of Kansas Medical Center", "health", "provincial"),
    ("ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "public-security", "national"),
    ("FBI", "Federal Bureau of Investigation", "public-security", "national"),
    ("KCTEW", "Kansas City Terrorism Early Warning Center", "intelligence", "regional"),
    ("KCATA", "Kansas City Area Transportation Authority (KCATA)", "transport", "regional"),
    ("KCSCOUT", "KC Scout (regional traffic management)", "transport", "regional"),
    ("KCVOAD", "Kansas City Regional Voluntary Organizations Active in Disaster (KCVOAD)", "ngo", "regional"),
    ("KCFDA", "Kansas City Funeral Directors Association", "funeral-services", "regional"),
    ("KCVMA", "Kansas City Veterinary Medical Association", "veterinary", "regional"),
    ("KVMA", "Kansas Veterinary Medical Association", "veterinary", "provincial"),
    ("ARC", "American Red Cross", "ngo", "national"),
    ("SALVATION", "The Salvation Army", "ngo", "national"),
    ("UW211", "United Way 211", "ngo", "regional"),
    ("FIRSTTRANSIT", "First Transit / First Student bus service", "private", "regional"),
    ("RAIL", "Railroad companies", "private", "regional"),
    ("ANIMALORG", "Animal emergency response organizations", "ngo", "regional"),
]

CEOP = "Johnson County (Kansas) County Emergency Operations Plan, adopted 21 April 2016 (Resolution 028-16)"

# number, function id, annex title, coordinating agencies (first listed first), support agencies, where the
# header was read (key into SOURCES_READ), note
ESFS = [
    (1, "esf-01-transportation", "Transportation", ["TRANSIT", "FAC"],
     ["FIRSTTRANSIT", "AIRPORT", "DEVSUP", "HR", "MEDACT", "MH", "PARKS", "PW", "SHERIFF", "JLE", "KDOT", "RAIL",
      "KCSCOUT", "KCATA"], "docsbay-esf1",
     "two coordinating agencies: Transit for the movement of people, Facilities for the movement of materials and resources"),
    (2, "esf-02-communications", "Communications", None, None, None, None),
    (3, "esf-03-public-works", "Public Works and Engineering", ["PW"], ["JCDHE", "FAC", "PARKS", "WASTEWATER", "JPW"],
     "docsbay-esf3", None),
    (4, "esf-04-firefighting", "Firefighting", None, None, None, None),
    (5, "esf-05-emergency-management", "Emergency Management", None, None, None, None),
    (6, "esf-06-mass-care", "Mass Care", None, None, None, None),
    (7, "esf-07-resource-management", "Resource Management", ["TFM"],
     ["BUDGET", "JCEM", "FAC", "HR", "TRANSIT", "KCVOAD", "ARC", "SALVATION", "UW211"], "docsbay-esf7", None),
    (8, "esf-08-public-health", "Public Health and Medical Services", ["JCDHE", "MEDACT", "MH", "CORONER"],
     ["ARC", "DEVSUP", "JCECC", "JCEM", "FAC", "HUMSERV", "MGR", "SHERIFF", "TRANSIT", "TFM", "JFUNERAL", "JHOSP",
      "JLE", "KCFDA", "KDHE", "KUMC"], "docsbay-esf8",
     "four coordinating agencies (health, emergency medical services, mental health, mass fatalities); the lead "
     "for an incident follows its main needs, a joint arrangement the annex declares"),
    (9, "esf-09-search-rescue", "Search and Rescue", ["MEDACT"],
     ["ARC", "JCECC", "JCEM", "PW", "JFD", "JLE", "JPW", "SALVATION"], "docsbay-esf9", None),
    (10, "esf-10-oil-hazmat", "Oil and Hazardous Materials", None, None, None, None),
    (11, "esf-11-agriculture", "Agriculture, Animal Welfare, and Natural Resources", ["EXT"],
     ["APPRAISER", "JCDHE", "FAIR", "LEGAL", "MUSEUMS", "PLANNING", "PARKS", "SHERIFF", "PW", "JOCART", "JACO", "JFD",
      "JHAZMAT", "JLE", "KCVMA", "KVMA", "KDA", "KDHE", "KDOT", "KHP", "ANIMALORG"], "docest-esf11", None),
    (12, "esf-12-energy-utilities", "Energy and Utilities", None, None, None, None),
    (13, "esf-13-public-safety", "Public Safety and Security", ["SHERIFF"],
     ["JCECC", "MEDACT", "PARKPOL", "ATF", "FBI", "JLE", "KBI", "KCTEW", "KHP"], "docsbay-esf13", None),
    (14, "esf-14-assessment-recovery", "Assessment and Recovery", None, None, None, None),
    (15, "esf-15-public-information", "Public Information", ["MGR"], ["INFOCOMM", "JCEM", "JPIO"], "docsbay-esf15", None),
]

READ_AT = {
    "docsbay-esf1": "https://docsbay.net/coordinating-agency-johnson-county-transit-movement-of-people",
    "docsbay-esf3": "https://docsbay.net/coordinating-agency-johnson-county-public-works",
    "docsbay-esf7": "https://docsbay.net/coordinating-agency-johnson-county-treasury-and-financial-management-tfm",
    "docsbay-esf8": "https://docsbay.net/coordinating-agency-johnson-county-department-of-health-and-environment",
    "docsbay-esf9": "https://docsbay.net/coordinating-agency-johnson-countymed-act",
    "docest-esf11": "https://docest.com/doc/663367/coordinating-agency-johnson-county-extension-office",
    "docsbay-esf13": "https://docsbay.net/coordinating-agency-johnson-county-sheriff-s-office",
    "docsbay-esf15": "https://docsbay.net/coordinating-agency-johnson-county-manager-s-office",
}

FUNCTION_ROLE = {"coordinating": "lead", "joint-coordinating": "co-lead", "support": "support"}
BODY_ROLE = {"coordinating": "office", "joint-coordinating": "office", "support": "member"}


def build():
    roles_of = {a[0]: [] for a in AGENCIES}
    functions, membership, nodes, members_of = [], [], [], {}
    for num, fid, title, coords, supports, where, note in ESFS:
        body = f"ESF{num:02d}"
        annex = f"{CEOP}, ESF-{num} {title} annex, header"
        attrs = {"esf": num}
        if coords is None:
            members_of[body] = []
            continue
        attrs["read_at"] = READ_AT[where]
        if note:
            attrs["note"] = note
        nodes.append({"id": body, "name": f"ESF-{num} {title}", "kind": "coordinating-body", "level": "county",
                      "attributes": {**attrs, "source": "document", "citation": annex}})
        rows = [(d, "coordinating" if k == 0 else "joint-coordinating") for k, d in enumerate(coords)]
        rows += [(d, "support") for d in supports if d not in coords]
        members_of[body] = [d for d, _ in rows]
        assignments = []
        for d, role in rows:
            label = {"coordinating": "coordinating agency", "joint-coordinating": "coordinating agency (one of several)",
                     "support": "support agency"}[role]
            citation = f"{annex}: {label}"
            assignments.append({"department": d, "role": FUNCTION_ROLE[role], "source": "document", "citation": citation})
            membership.append({"from": d, "to": body, "mechanism": "membership", "role": BODY_ROLE[role], "basis": "plan",
                               "source": "document", "citation": citation, "attributes": {"esf_role": role}})
            roles_of[d].append(f"ESF {num} {role}")
        functions.append({"id": fid, "name": f"ESF-{num} {title}", "assignments": assignments})
    deps = []
    for i, name, kind, level in AGENCIES:
        dep = {"id": i, "name": name, "kind": kind, "level": level,
               "attributes": {"esf_roles": "; ".join(roles_of[i]) or "none in the annexes read"}}
        if i == "JCEM":
            dep["names"] = {"zh": "约翰逊县应急管理处（应急管理与通信局）"}
            dep["coordinator"] = True
            dep["attributes"]["designation"] = "the county's designated disaster agency (Johnson County Resolutions 64-95 and 23-03)"
        deps.append(dep)
    unused = [d["id"] for d in deps if not roles_of[d["id"]]]
    assert not unused, f"agencies without a role: {unused}"
    order = {a[0]: k for k, a in enumerate(AGENCIES)}
    shared = {}
    for num, *_ in ESFS:
        for a, b in combinations(sorted(members_of[f"ESF{num:02d}"], key=order.get), 2):
            shared.setdefault((a, b), []).append(num)
    ties = membership + [
        {"from": a, "to": b, "mechanism": "co-assignment", "weight": len(nums), "basis": "plan", "source": "inferred",
         "attributes": {"esfs": ", ".join(str(n) for n in nums), "derived": True,
                        "derived_from": "; ".join(f"ESF{n:02d}" for n in nums)}}
        for (a, b), nums in sorted(shared.items(), key=lambda kv: (order[kv[0][0]], order[kv[0][1]]))]
    read = [e[0] for e in ESFS if e[3] is not None]
    unread = [e[0] for e in ESFS if e[3] is None]
    doc = {
        "title": "Johnson County, Kansas: Emergency Support Functions of the County Emergency Operations Plan (2016)",
        "jurisdiction": "Johnson County, Kansas, USA (county level)",
        "period": "2016",
        "source": "Johnson County (Kansas) County Emergency Operations Plan, adopted 21 April 2016: ESF annex headers",
        "status": "documentary data",
        "license": "Facts transcribed from a public county plan; the plan's text is not reproduced",
        "provenance": PROVENANCE.format(read=", ".join(map(str, read)), unread=", ".join(map(str, unread)),
                                        n_read=len(read), n_unread=len(unread)),
        "notes": "Departments are the county's departments, the cities' services the plan names as jurisdictional, "
                 "state and federal agencies and organisations, plus one node per ESF (kind coordinating-body). "
                 "The primary data are the membership ties agency -> ESF (role office for a coordinating agency, "
                 "member for a support agency; attribute esf_role). co-assignment ties are DERIVED (derived: true), "
                 "left out of analyses unless asked for. Johnson County Emergency Management (JCEM, the county's "
                 "designated disaster agency) is the coordinator (coordinator: true).",
        "mechanisms": [{"id": "co-assignment", "name": "Shared Emergency Support Function (derived projection)",
                        "directed": False}],
        "departments": deps + nodes,
        "ties": ties,
        "functions": functions,
    }
    text = document(doc, "Johnson County, Kansas, ESFs: generated by scripts/networks/build_johnson_county.py.\n"
                         "Do not edit by hand; rerun the script.")
    # Translations of the jurisdiction (read by --lang zh), after the status line.
    text = text.replace("\nstatus: documentary data\n", f"\nstatus: documentary data\njurisdictions: {flow(JURISDICTIONS)}\n", 1)
    assert yaml.safe_load(text)["jurisdictions"] == JURISDICTIONS
    return text


PROVENANCE = """\
Documentary data: who the Johnson County, Kansas, County Emergency Operations Plan (CEOP, adopted by
the Board of County Commissioners on 21 April 2016, Resolution 028-16) assigns to each of its 15
Emergency Support Functions, as the header of each ESF annex lists them: coordinating agency (or
agencies) and support agencies. The county plan has two roles, not the National Response Framework's
three (no separate primary agencies). Sources and where each annex was read: networks/SOURCES.md.

Transcribed: the {n_read} annexes whose header was read (ESF {read}). Not transcribed: ESF {unread}
(their annex headers were not read); they have no node and no assignment here - a gap in the data, not
a claim that those ESFs have no agencies. In particular the
Emergency Management annex (ESF-5), which the county's emergency management division is expected
to coordinate, was not read, so the coordinator's ties here are its support roles only.

Roles. In the function assignments the first-listed coordinating agency is lead and any further
coordinating agency co-lead (ESF-1: Transit for people, Facilities for materials; ESF-8: health,
Med-Act, mental health and the coroner) - joint arrangements the annexes declare. Support agencies
are support. Each assignment's citation names the annex and the role as written. Names are as the
headers write them; the plan's "Park and Recreation" and "Parks and Recreation" are one node, as are
"Kansas Department of Health and Environment" and its misspelling in ESF-11. The cities' services
("jurisdictional" law enforcement, fire departments, public works and so on) are one node per kind
of service, as the plan names them.

Two-mode data first. Each ESF is a node (kind coordinating-body) and each assignment a membership
tie agency -> ESF (role office for a coordinating agency, member for a support agency; attribute
esf_role). The co-assignment ties are the one-mode projection of this agency x ESF network (two
agencies sharing an ESF, weight = number shared, derived = true); they describe the plan's design,
not observed contact, and GovNet leaves them out of its analyses unless asked.
"""


if __name__ == "__main__":
    out = ROOT / "networks" / "us-johnson-county-ks.yaml"
    out.write_text(build(), encoding="utf-8")
    print(f"{out.relative_to(ROOT)} written")
