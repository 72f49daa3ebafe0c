#!/usr/bin/env python3
"""Build networks/japan-ashiya-city.yaml: Ashiya City (芦屋市, Hyogo) - its disaster management council
(防災会議) and disaster countermeasures headquarters (災害対策本部): the headquarters' chief and deputies,
its headquarters meeting, its seven divisions, its response room and the Board of Education's disaster
division with its sections, as the city's rules set them out.

Rerunnable and deterministic. Every node and tie cites the article it comes from (networks/SOURCES.md lists
the documents and where they were read); what is our reading says so in its attribute `sourcing`.
"""
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from yamlout import document, flow  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
JURISDICTIONS = {"zh": "日本兵库县芦屋市（市级）", "ja": "兵庫県芦屋市（市レベル）"}

ACT = "Disaster Countermeasures Basic Act (災害対策基本法, Act No. 223 of 1961)"
RULE = "芦屋市災害対策本部の組織に関する規則 (Ashiya City rule on the organisation of the disaster countermeasures headquarters, 1967 Rule No. 25, as amended to 2023)"
EDU = "芦屋市教育委員会災害対策部の組織に関する要綱 (Ashiya Board of Education guideline on its disaster countermeasures division, as amended to 2024)"
COUNCIL_ORD = "芦屋市防災会議条例 (Ashiya City disaster management council ordinance, 1963 Ordinance No. 15)"

V = "verified: the article cited"
R = "our reading of the article cited"
I = "inferred"

# id, English, Japanese, kind, sourcing/citation, extra attributes
NODES = [
    ("COUNCIL", "Ashiya City Disaster Management Council", "芦屋市防災会議", "coordinating-body",
     f"{COUNCIL_ORD}, Arts. 1-2", {"tasks": "prepares the Ashiya regional disaster management plan and promotes its "
                                   "implementation; gathers information when a disaster strikes the city; water defence matters",
                                   "members": "not transcribed (the ordinance's member categories and the council's member list were not read)"}),
    ("HQ", "Ashiya City Disaster Countermeasures Headquarters", "芦屋市災害対策本部", "headquarters",
     f"{RULE}, Art. 1 (under the city's headquarters ordinance, 1963 Ordinance No. 16)", {"set_up": "by the mayor for a disaster"}),
    ("MAYOR", "Mayor of Ashiya (chief of the headquarters)", "芦屋市長(災害対策本部長)", "government",
     f"{ACT}, Art. 23-2 (a municipal headquarters is headed by the mayor)", {}),
    ("VMAYOR", "Deputy mayor", "副市長", "government", f"{RULE}, Art. 2", {"hq_role": "deputy chief"}),
    ("EDUSUP", "Superintendent of education", "教育長", "education", f"{RULE}, Art. 2; {EDU}, Art. 2",
     {"hq_role": "deputy chief; heads the Board of Education's disaster division"}),
    ("ENGCHIEF", "Chief engineer (技監)", "技監", "public-works", f"{RULE}, Art. 2", {"hq_role": "deputy chief"}),
    ("HOSPMGR", "Manager of the municipal hospital enterprise", "病院事業管理者", "health", f"{RULE}, Art. 2",
     {"hq_role": "deputy chief"}),
    ("HQMEET", "Headquarters meeting", "本部会議", "coordinating-body", f"{RULE}, Art. 3",
     {"decides": "basic policy on relief and rescue, staffing levels, requests to the Self-Defense Forces and to other "
                 "municipalities, liaison with the prefecture and other bodies, other response measures"}),
    ("RESPROOM", "Disaster response room", "災害対応室", "coordinating-body", f"{RULE}, Art. 5",
     {"set_up": "when wind, flood or other disaster threatens or strikes", "task": "advises issuing the disaster directive (防災指令)"}),
    ("D-GEN", "General coordination division", "統括部", "emergency-management", f"{RULE}, Art. 4", {}),
    ("D-SUPPORT", "Support measures division", "支援対策部", "social-services", f"{RULE}, Art. 4", {}),
    ("D-EVAC", "Evacuation measures division", "避難対策部", "civil-affairs", f"{RULE}, Art. 4", {}),
    ("D-SHELTER", "Evacuation shelter management division", "避難所管理部", "civil-affairs", f"{RULE}, Art. 4", {}),
    ("D-CONSTR", "Construction division", "建設部", "public-works", f"{RULE}, Art. 4", {}),
    ("D-WATER", "Water and sewerage division", "上下水道部", "utility", f"{RULE}, Art. 4", {}),
    ("D-FIRE", "Fire division", "消防部", "fire-rescue", f"{RULE}, Art. 4", {}),
    ("EDUHQ", "Board of Education disaster countermeasures division", "芦屋市教育委員会災害対策部", "education",
     f"{EDU}, Arts. 1-5", {"deputies": "the education department head and the school education department head (Art. 3)",
                           "decides": "safety of pupils of the city's schools, protection and restoration of school "
                                      "facilities, liaison with the city headquarters, schools as local disaster bases, staffing (Art. 4)"}),
    ("E-GEN", "Education general coordination section", "教育統括部", "education", f"{EDU}, Art. 5", {}),
    ("E-SCHOOL", "School education section", "学校教育部", "education", f"{EDU}, Art. 5", {}),
]
# The education division's teams (班), listed after their section in Art. 5 (which team belongs to which
# section is our reading of the order of the list).
TEAMS = [
    ("E-ADM1", "Administration team 1", "管理第1班", "E-GEN"),
    ("E-ADM2", "Administration team 2", "管理第2班", "E-GEN"),
    ("E-ADM3", "Administration team 3", "管理第3班", "E-GEN"),
    ("E-ADM4", "Administration team 4", "管理第4班", "E-GEN"),
    ("E-SCHMGT", "School management team", "学校管理班", "E-SCHOOL"),
    ("E-UCHIDE", "Uchide education and culture centre team", "打出教育文化センター管理班", "E-SCHOOL"),
    ("E-YOUTH", "Youth welfare centre team", "青少年愛護センター班", "E-SCHOOL"),
]
DIVISIONS = ["D-GEN", "D-SUPPORT", "D-EVAC", "D-SHELTER", "D-CONSTR", "D-WATER", "D-FIRE"]
RESPONSE_ROOM = ["D-GEN", "D-CONSTR", "D-WATER", "D-FIRE"]
DEPUTIES = ["VMAYOR", "EDUSUP", "ENGCHIEF", "HOSPMGR"]


def member(a, body, role, citation, sourcing, relation):
    return {"from": a, "to": body, "mechanism": "membership", "role": role, "basis": "regulation",
            "source": "document" if sourcing != I else "inferred", "citation": citation,
            "attributes": {"relation": relation, "sourcing": sourcing}}


def build():
    deps = []
    for i, en, ja, kind, cite, extra in NODES:
        dep = {"id": i, "name": en, "names": {"ja": ja}, "kind": kind, "level": "municipal"}
        if i == "D-GEN":
            dep["coordinator"] = True
        dep["attributes"] = {**extra, "source": "document", "citation": cite}
        deps.append(dep)
    for i, en, ja, _ in TEAMS:
        deps.append({"id": i, "name": en, "names": {"ja": ja}, "kind": "education", "level": "municipal",
                     "attributes": {"source": "document", "citation": f"{EDU}, Art. 5"}})
    ties = [
        member("MAYOR", "HQ", "chair", f"{ACT}, Art. 23-2", V, "the mayor is the chief of the headquarters"),
        member("MAYOR", "COUNCIL", "chair", f"{ACT}, Arts. 15-16", I,
               "chair: a municipal council is organised on the model of the prefectural council, which the governor "
               "chairs; Ashiya's ordinance was not read on this point"),
    ]
    ties += [member(d, "HQ", "deputy", f"{RULE}, Art. 2", V, "deputy chief of the headquarters") for d in DEPUTIES]
    ties += [member(d, "HQ", "member", f"{RULE}, Art. 4", V, "division of the headquarters") for d in DIVISIONS]
    ties.append(member("MAYOR", "HQMEET", "member", f"{RULE}, Art. 3", V, "the chief sits on the headquarters meeting"))
    ties += [member(d, "HQMEET", "member", f"{RULE}, Art. 3", V, "deputy chiefs sit on the headquarters meeting")
             for d in DEPUTIES]
    ties += [member(d, "HQMEET", "member", f"{RULE}, Art. 3", V, "its division head sits on the headquarters meeting")
             for d in DIVISIONS]
    ties += [member(d, "RESPROOM", "member", f"{RULE}, Art. 5", V, "its division head sits in the response room")
             for d in RESPONSE_ROOM]
    ties.append(member("EDUSUP", "EDUHQ", "chair", f"{EDU}, Art. 2", V, "heads the education disaster division"))
    ties.append(member("EDUHQ", "HQ", "member", f"{EDU}, Art. 1 (made under Art. 11 of the headquarters rule)", R,
                       "the education division is organised under the headquarters rule"))
    ties += [member(s, "EDUHQ", "member", f"{EDU}, Art. 5", V, "section of the education division") for s in ("E-GEN", "E-SCHOOL")]
    ties += [member(t, sec, "member", f"{EDU}, Art. 5", R, "team of the section") for t, _, _, sec in TEAMS]
    for d in DIVISIONS + ["EDUHQ"]:
        ties.append({"from": "MAYOR", "to": d, "mechanism": "command", "basis": "law", "weight": 2, "relation": "direction",
                     "phase": ["response-rescue"], "source": "document", "citation": f"{ACT}, Art. 23-2",
                     "attributes": {"relation": "the chief of the headquarters directs its staff", "sourcing": V}})
    functions = [
        {"id": "regional-plan", "name": "Regional disaster management plan (preparation and promotion)",
         "names": {"ja": "地域防災計画の作成・推進"},
         "assignments": [{"department": "COUNCIL", "role": "lead", "source": "document", "citation": f"{COUNCIL_ORD}, Art. 2"}]},
        {"id": "response-policy", "name": "Basic policy of the disaster response", "names": {"ja": "災害応急対策の基本方針"},
         "assignments": [{"department": "HQMEET", "role": "lead", "source": "document", "citation": f"{RULE}, Art. 3"}]},
        {"id": "disaster-directive", "name": "Advice on issuing the disaster directive", "names": {"ja": "防災指令の発令の進言"},
         "assignments": [{"department": "RESPROOM", "role": "lead", "source": "document", "citation": f"{RULE}, Art. 5"}]},
        {"id": "school-safety", "name": "Safety of pupils and school facilities", "names": {"ja": "児童・生徒の安全確保と学校施設"},
         "assignments": [{"department": "EDUHQ", "role": "lead", "source": "document", "citation": f"{EDU}, Art. 4"}]},
    ]
    doc = {
        "title": "Ashiya City (Hyogo): disaster management council and disaster countermeasures headquarters",
        "jurisdiction": "Ashiya (芦屋市), Hyogo Prefecture, Japan (municipal level)",
        "period": "2024",
        "source": "Ashiya City rule on the organisation of the disaster countermeasures headquarters (as amended to 2023); "
                  "Board of Education guideline on its disaster division (to 2024); council ordinance; Disaster Countermeasures Basic Act",
        "status": "documentary data",
        "provenance": PROVENANCE,
        "notes": "Names in English with Japanese in names.ja. Nodes are the posts, bodies and divisions the rules "
                 "name; the city departments that staff each division were not read. The general coordination "
                 "division (統括部) is marked coordinator (our reading of its name and of its seat in the response "
                 "room). Tie attribute sourcing says what is verified and what is read or inferred.",
        "departments": deps,
        "ties": ties,
        "functions": functions,
    }
    text = document(doc, "Ashiya City disaster management organisation: generated by scripts/networks/build_ashiya.py.\n"
                         "Do not edit by hand; rerun the script.")
    # Translations of the jurisdiction (read by --lang zh), after the status line.
    text = text.replace("\nstatus: documentary data\n", f"\nstatus: documentary data\njurisdictions: {flow(JURISDICTIONS)}\n", 1)
    assert yaml.safe_load(text)["jurisdictions"] == JURISDICTIONS
    return text


PROVENANCE = """\
Documentary data from Ashiya City's own rules (sources and where each was read: networks/SOURCES.md).

Headquarters. The Ashiya City disaster countermeasures headquarters is headed by the mayor (Disaster
Countermeasures Basic Act, Art. 23-2), who directs its staff (command, relation direction, phase
response-rescue, to each division). Its deputy chiefs are the deputy mayor, the superintendent of
education, the chief engineer and the manager of the municipal hospital enterprise (rule Art. 2). The
headquarters meeting - the chief, the deputy chiefs and the heads of the divisions - decides the
basic policy of the response (Art. 3). The headquarters has seven divisions (部): general
coordination, support measures, evacuation measures, evacuation shelter management, construction,
water and sewerage, and fire (Art. 4), each with teams (班) whose names and duties (the rule's
appendix) were not read. A disaster response room of the heads of the general coordination,
construction, water and sewerage and fire divisions advises issuing the disaster directive when wind,
flood or other disaster threatens (Art. 5). The Board of Education's disaster division, headed by the
superintendent, has a general coordination section with four administration teams and a school
education section with three teams (guideline Arts. 2-5; which team belongs to which section is our
reading of the order of the list).

Council. The Ashiya City disaster management council prepares the city's regional disaster management
plan and promotes it, and gathers information when a disaster strikes (ordinance Art. 2). Its member
categories and member list were not read: only its chair is modelled, the mayor, inferred from the
Act (a municipal council follows the prefectural council, chaired by the governor) and marked so.

Modelling. Membership is GovNet's two-mode mechanism (member -> body; roles chair, deputy, member). A
post stands for its holder and a division for its head. Nothing here is observed practice.
"""


if __name__ == "__main__":
    out = ROOT / "networks" / "japan-ashiya-city.yaml"
    out.write_text(build(), encoding="utf-8")
    print(f"{out.relative_to(ROOT)} written")
