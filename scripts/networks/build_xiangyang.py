#!/usr/bin/env python3
"""Build networks/xiangyang/: Xiangyang (襄阳, called Xiangfan 襄樊 until 2010), Hubei, before and after
the 2018-19 emergency-management reform, from the city's own published plans ("documentary data").

Writes networks/xiangyang/xiangyang-pre-reform.yaml, xiangyang-post-reform.yaml and
xiangyang-reform-mapping.csv. Rerunnable and deterministic.

Every department, tie and assignment carries `source: document` and a `citation` (title, document
number, date, section, where the text was read and whether that is an official text or a third-party
reproduction). The facts are transcribed from the documents listed in networks/xiangyang/SOURCES.md;
what the documents (as far as they could be read) do not say is left out, not filled in.

The primary data are two-mode: department x plan (mechanism `drafting`, role `drafting-lead` for the
承办单位 and `drafting-co` for each 协办单位) and department x headquarters (mechanism `membership`, role
`office` or `member`). The one-mode ties `co-drafting` and `co-membership` are derived from them (the
bipartite projection: one tie per pair of departments named on the same plan or headquarters, weight =
number of plans or headquarters they share) and say so (`derived: true`, `derived_from`).
"""
import csv
import io
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from yamlout import document  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "networks" / "xiangyang"

# ---------------------------------------------------------------------------------------------------
# Sources (see networks/xiangyang/SOURCES.md for the full list and what each does not cover)

DOC2006 = ("襄樊市人民政府办公室关于印发襄樊市突发公共事件应急预案编修目录、工作程序的通知 "
           "(Xiangfan Municipal Government General Office, notice issuing the catalogue and procedure for "
           "drafting and revising emergency plans), 襄樊政办发〔2006〕7号, 13 January 2006")
REPRO2006 = ("third-party reproduction: PKU Law (北大法宝) CLI.1.304262, "
             "https://ncp.pkulaw.com/epidemiclar/f4c1ef6953cb8e9ad2d6a74415d7fdcebdfb.html")

DOC2022 = ("《襄阳市防汛抗旱应急预案》 (Xiangyang Municipal Flood Control and Drought Relief Emergency Plan; "
           "document number and date of issue not shown in the reproduction)")
REPRO2022_P5 = ("third-party reproduction in 《2022年省防汛抗旱应急预案汇编-8篇》, page 5 of 13, 观山文库, "
                "September 2022, https://guanshanwenku.com/jihuafangan/2022/09/33309_5.html")
REPRO2022_P6 = ("third-party reproduction in 《2022年省防汛抗旱应急预案汇编-8篇》, page 6 of 13 (mirror at "
                "sucai198.com), September 2022, https://sucai198.com/jihuafangan/2022/09/33309_6.html")

AGREEMENT = ("Strategic cooperation agreement between 襄阳市应急管理局 and 湖北省地震局襄阳地震监测中心站 "
             "('局站一体' mechanism; agreement text, number and signing date not seen), reported with the "
             "joint work of 2024 and 2025 in a Xiangyang news item republished on China Daily's partner "
             "exchange feed, January 2026 (third-party reproduction), https://ex.chinadaily.com.cn/exchange/"
             "partners/82/rss/channel/cn/columns/sz8srm/stories/WS69733afda310942cc499c975.html")


def c2006(section):
    return f"{DOC2006}, annex 襄樊市突发公共事件应急预案编修目录, {section}; {REPRO2006}"


def c2022(section, page=5):
    return f"{DOC2022}, {section}; {REPRO2022_P5 if page == 5 else REPRO2022_P6}"


# ---------------------------------------------------------------------------------------------------
# Before: the 2006 drafting catalogue (Xiangfan). Plans as nodes of the second mode.

# id, English name, Chinese name as written in the catalogue, kind
DEPTS_2006 = {
    "PLANOFFICE": ("Municipal Emergency Plan Drafting Office", "市应急预案制定工作办公室", "emergency-management"),
    "CIVIL": ("Civil Affairs Bureau", "市民政局", "civil-affairs"),
    "DRC": ("Development and Reform Commission", "市发改委", "development-reform"),
    "PSB": ("Public Security Bureau", "市公安局", "public-security"),
    "FINANCE": ("Finance Bureau", "市财政局", "finance"),
    "LAND": ("Land and Resources Bureau", "市国土资源局", "natural-resources"),
    "WATER": ("Water Resources Bureau", "市水利局", "water"),
    "AGRI": ("Agriculture Bureau", "市农业局", "agriculture"),
    "TRANSPORT": ("Transport Bureau", "市交通局", "transport"),
    "HEALTH": ("Health Bureau", "市卫生局", "health"),
    "CONSTRUCTION": ("Construction Commission", "市建委", "construction"),
    "COMMERCE": ("Commerce Bureau", "市商务局", "commerce"),
    "EQ": ("Earthquake Bureau", "市地震局", "earthquake"),
    "MET": ("Meteorological Bureau", "市气象局", "meteorology"),
    "GRAIN": ("Grain Bureau", "市粮食局", "grain"),
    "MSD": ("Xiangfan Military Sub-district", "襄樊军分区", "military"),
    "APF": ("People's Armed Police Xiangfan Detachment", "武警襄樊市支队", "armed-police"),
    "FORESTRY": ("Forestry Bureau", "市林业局", "forestry"),
}

# plan id, English name, Chinese title, section of the catalogue, drafting lead, co-drafters (catalogue order)
PLANS_2006 = [
    ("PLAN_OVERALL", "Overall emergency plan", "《襄樊市突发公共事件总体应急预案》", "总体应急预案",
     "PLANOFFICE", []),
    ("PLAN_RELIEF", "Natural disaster relief plan", "《襄樊市自然灾害救助应急预案》",
     "专项应急预案 (一) 自然灾害类 item 1", "CIVIL",
     ["DRC", "PSB", "FINANCE", "LAND", "WATER", "AGRI", "TRANSPORT", "HEALTH", "CONSTRUCTION", "COMMERCE",
      "EQ", "MET", "GRAIN"]),
    ("PLAN_FLOOD", "Flood control and drought relief plan", "《襄樊市防汛抗旱应急预案》",
     "专项应急预案 (一) 自然灾害类 item 2", "WATER",
     ["PSB", "CIVIL", "TRANSPORT", "LAND", "MET", "MSD", "APF"]),
    ("PLAN_QUAKE", "Earthquake emergency plan", "《襄樊市地震应急预案》",
     "专项应急预案 (一) 自然灾害类 item 3", "EQ",
     ["PSB", "FINANCE", "CIVIL", "LAND", "CONSTRUCTION", "WATER", "HEALTH", "TRANSPORT", "MSD", "APF"]),
    ("PLAN_GEO", "Geological disaster emergency plan", "《襄樊市突发地质灾害应急预案》",
     "专项应急预案 (一) 自然灾害类 item 4", "LAND",
     ["CIVIL", "FINANCE", "WATER", "TRANSPORT", "MET"]),
    # The reproduction read breaks off after the first co-drafter of this plan: the list is incomplete.
    ("PLAN_FOREST", "Major forest fire plan", "《襄樊市处置重、特大森林火灾应急预案》",
     "专项应急预案 (一) 自然灾害类 item 5 (co-drafters after the first not read)", "FORESTRY", ["PSB"]),
]


DRAFTING_FUNCTION = {"PLAN_OVERALL": "overall-plan-drafting", "PLAN_RELIEF": "relief-plan-drafting",
                     "PLAN_FLOOD": "flood-plan-drafting", "PLAN_QUAKE": "quake-plan-drafting",
                     "PLAN_GEO": "geo-plan-drafting", "PLAN_FOREST": "forest-plan-drafting"}


def build_pre():
    departments, ties = [], []
    cited_in = {}
    for pid, _en, _zh, section, lead, cos in PLANS_2006:
        for d in [lead] + cos:
            cited_in.setdefault(d, []).append(section)
    for did, (en, zh, kind) in DEPTS_2006.items():
        sections = "; ".join(cited_in[did])
        departments.append({"id": did, "name": en, "names": {"zh": zh}, "kind": kind, "level": "municipal",
                            "attributes": {"source": "document", "citation": c2006(sections)}})
    for pid, en, zh, section, _lead, _cos in PLANS_2006:
        departments.append({"id": pid, "name": en, "names": {"zh": zh}, "kind": "emergency-plan",
                            "level": "municipal",
                            "attributes": {"source": "document", "citation": c2006(section)}})
    # Two-mode: department -> plan, drafting roles.
    for pid, _en, _zh, section, lead, cos in PLANS_2006:
        ties.append({"from": lead, "to": pid, "mechanism": "drafting", "basis": "regulation", "role": "drafting-lead",
                     "functions": [DRAFTING_FUNCTION[pid]], "source": "document",
                     "citation": c2006(f"{section}, 承办单位")})
        for d in cos:
            ties.append({"from": d, "to": pid, "mechanism": "drafting", "basis": "regulation", "role": "drafting-co",
                         "functions": [DRAFTING_FUNCTION[pid]], "source": "document",
                         "citation": c2006(f"{section}, 协办单位")})
    # Derived one-mode projection: departments named on the same plan.
    ties += projection([(pid, [lead] + cos) for pid, _e, _z, _s, lead, cos in PLANS_2006], "co-drafting",
                       "襄樊政办发〔2006〕7号 (13 January 2006), 编修目录", "regulation")
    # The same drafting roles as a responsibility matrix (one function per plan: drafting it), so that
    # compare can set the drafting of the flood plan beside its post-reform drafter.
    functions = []
    for pid, en, zh, section, lead, cos in PLANS_2006:
        functions.append({"id": DRAFTING_FUNCTION[pid], "name": f"Drafting the {en[0].lower() + en[1:]}",
                          "names": {"zh": f"编制{zh}"}, "assignments":
                          [{"department": lead, "role": "lead", "source": "document",
                            "citation": c2006(f"{section}, 承办单位")}] +
                          [{"department": d, "role": "support", "source": "document",
                            "citation": c2006(f"{section}, 协办单位")} for d in cos]})
    return {
        "title": "Xiangfan (Xiangyang) emergency plans before the reform: who drafts which plan (2006)",
        "jurisdiction": "Xiangyang (襄阳; Xiangfan 襄樊 until 2010), Hubei Province, China (municipal level)",
        "period": "2006",
        "source": "Xiangfan Municipal Government General Office, 襄樊政办发〔2006〕7号 (13 January 2006), "
                  "reproduced by PKU Law",
        "status": "documentary data",
        "provenance": PRE_PROVENANCE,
        "notes": "Two-mode data: departments and emergency plans (kind emergency-plan) as nodes; drafting "
                 "ties carry the role (drafting-lead = 承办单位, drafting-co = 协办单位). co-drafting ties are "
                 "derived (bipartite projection). The functions restate the drafting roles as a "
                 "responsibility matrix (function = drafting one plan; lead = 承办, support = 协办). Drafting "
                 "roles are not response roles. Sources: networks/xiangyang/SOURCES.md.",
        "mechanisms": MECHANISMS_PRE,
        "departments": departments,
        "ties": ties,
        "functions": functions,
    }


PRE_PROVENANCE = """\
Documentary data, transcribed by the GovNet project from the Xiangfan Municipal Government General
Office notice 襄樊政办发〔2006〕7号 of 13 January 2006 (catalogue of emergency plans to be drafted or
revised), as reproduced by PKU Law (北大法宝, CLI.1.304262; a third-party reproduction, not the official
text). Prescribed by a published document, not observed interaction.

What it records: for the overall plan and the first five special plans of the natural-disaster class,
the unit that drafts each plan (承办单位, role drafting-lead) and the co-drafting units (协办单位, role
drafting-co). These are drafting roles: a strong but indirect sign of which department owned each
hazard before the reform, not the roles the plans themselves give in a response.

Not covered: the rest of the catalogue (accident, public-health and social-security plans) and the
co-drafters of the forest-fire plan after the first (the reproduction could be read only that far);
the plans themselves, their headquarters, member units and offices; anything between 2006 and the
reform. The derived co-drafting ties link every pair of departments named on the same plan (weight =
number of such plans)."""

MECHANISMS_PRE = [
    {"id": "co-drafting", "name": "Named on the same plan (derived)", "directed": False,
     "names": {"zh": "共同编制(派生)"}},
]

# ---------------------------------------------------------------------------------------------------
# After: the Xiangyang flood control and drought relief plan (post-reform text reproduced in 2022), the
# EMB x provincial earthquake bureau monitoring-station agreement (2024-2025).

S_DUTIES = "section on the duties of the municipal flood-control HQ member units (市防指成员单位职责)"
S_LEVEL2 = "section 4.4.2 (Level II response actions, Ⅱ级响应行动)"

# id, English, Chinese as written, kind, level, citation
DEPTS_POST = {
    "FLOODHQ": ("Municipal Flood Control and Drought Relief Headquarters", "市防汛抗旱指挥部(市防指)",
                "coordinating-body", "municipal", c2022(S_DUTIES)),
    "PLAN_FLOOD": ("Flood control and drought relief plan", "《襄阳市防汛抗旱应急预案》", "emergency-plan",
                   "municipal", c2022(f"{S_DUTIES}, item 3")),
    "EMB": ("Emergency Management Bureau (hosts the HQ office)", "市应急管理局(市防办)", "emergency-management",
            "municipal", c2022(f"{S_DUTIES}, item 3")),
    "WATERLAKES": ("Water Resources and Lakes Bureau", "市水利和湖泊局", "water", "municipal",
                   c2022(f"{S_DUTIES}, item 4")),
    "APF": ("People's Armed Police Xiangyang Detachment", "武警襄阳支队", "armed-police", "municipal",
            c2022(f"{S_DUTIES}, item 2")),
    "PROPAGANDA": ("Publicity Department of the CPC Municipal Committee", "市委宣传部", "party", "municipal",
                   c2022(f"{S_DUTIES}, item 5")),
    "DRC": ("Development and Reform Commission", "市发展和改革委员会", "development-reform", "municipal",
            c2022(f"{S_DUTIES}, item 6")),
    "EDU": ("Education Bureau", "市教育局", "education", "municipal", c2022(f"{S_DUTIES}, item 7")),
    "SANDAOHE": ("Sandaohe Hydropower Project Administration", "市三道河水电工程管理局", "water", "municipal",
                 c2022(f"{S_DUTIES}, item 4")),
    "YICHENG": ("Yicheng City (county-level) flood control", "宜城市", "government", "county",
                c2022(f"{S_DUTIES}, item 6")),
    "PROVFLOODOFFICE": ("Provincial Flood Control Office", "省防办", "coordinating-body", "provincial",
                        c2022(S_LEVEL2, page=6)),
    "CPCCOMMITTEE": ("CPC Xiangyang Municipal Committee", "市委", "party", "municipal", c2022(S_LEVEL2, page=6)),
    "PEOPLESCONGRESS": ("Municipal People's Congress", "市人大", "legislature", "municipal",
                        c2022(S_LEVEL2, page=6)),
    "GOV": ("Municipal People's Government", "市政府", "government", "municipal", c2022(S_LEVEL2, page=6)),
    "CPPCC": ("Municipal CPPCC Committee", "市政协", "cppcc", "municipal", c2022(S_LEVEL2, page=6)),
    "MSD": ("Xiangyang Military Sub-district", "襄阳军分区", "military", "municipal", c2022(S_LEVEL2, page=6)),
    "EQSTATION": ("Hubei Earthquake Agency, Xiangyang Seismic Monitoring Centre Station",
                  "湖北省地震局襄阳地震监测中心站", "earthquake", "provincial", AGREEMENT),
}

# What the documents say of a department's place: the bureau is the HQ office (the coordinating
# department of this network); the seismic station is a unit of the provincial earthquake agency (its
# name), i.e. vertically managed.
GOVERNANCE_POST = {"EMB": {"coordinator": True}, "EQSTATION": {"management": "vertical"}}

# member, role, item of the member-duties section
MEMBERS_2022 = [("APF", "member", 2), ("EMB", "office", 3), ("WATERLAKES", "member", 4),
                ("PROPAGANDA", "member", 5), ("DRC", "member", 6), ("EDU", "member", 7)]

# Duties named in the member-duties section (functions); id, English, Chinese gist, [(department, role, item)]
FUNCTIONS_2022 = [
    ("flood-hq-office", "Daily work of the flood-control HQ (its office)", "承担市防指日常工作",
     [("EMB", "lead", 3)]),
    ("flood-plan-drafting", "Drafting the municipal flood control and drought relief plan", "编制市防汛抗旱应急预案",
     [("EMB", "lead", 3)]),
    ("flood-rescue-coordination", "Organising and coordinating flood and drought emergency rescue",
     "组织协调全市水旱灾害应急救援", [("EMB", "lead", 3)]),
    ("flood-disaster-verification", "Verifying and publishing disaster information; relief of affected people",
     "组织核查灾情,统一发布灾情;受灾群众生活救助", [("EMB", "lead", 3)]),
    ("water-project-dispatch", "Flood and drought dispatch of key rivers and water projects",
     "重要江河湖库和重要水工程防御洪水抗御旱灾调度", [("WATERLAKES", "lead", 4), ("EMB", "support", 3)]),
    ("water-monitoring-warning", "Monitoring and warning of water and drought conditions", "水情旱情监测预警",
     [("WATERLAKES", "lead", 4)]),
    ("flood-technical-support", "Technical support to flood emergency rescue", "防御洪水应急抢险的技术支撑",
     [("WATERLAKES", "lead", 4)]),
    ("flood-publicity", "Flood and drought publicity and news coverage", "防汛抗旱宣传报道",
     [("PROPAGANDA", "lead", 5)]),
    ("flood-works-planning", "Flood-control construction, reinforcement and repair plans; power dispatch",
     "防汛抗旱建设、除险加固和水毁修复计划;电力调配", [("DRC", "lead", 6)]),
    ("flood-education-system", "Flood and drought work of the education system", "教育系统防汛抗旱",
     [("EDU", "lead", 7)]),
    ("flood-armed-police-rescue", "Armed police flood rescue and drought relief", "武警部队防汛抢险和抗旱救灾",
     [("APF", "lead", 2)]),
]


def build_post():
    departments = []
    for did, (en, zh, kind, level, cite) in DEPTS_POST.items():
        d = {"id": did, "name": en, "names": {"zh": zh}, "kind": kind, "level": level}
        if did in FORMERLY:
            d["formerly"] = FORMERLY[did]
        d.update(GOVERNANCE_POST.get(did, {}))
        d["attributes"] = {"source": "document", "citation": cite}
        departments.append(d)
    ties = []
    for did, role, item in MEMBERS_2022:
        ties.append({"from": did, "to": "FLOODHQ", "mechanism": "membership", "basis": "plan", "role": role,
                     "source": "document", "citation": c2022(f"{S_DUTIES}, item {item}")})
    ties.append({"from": "EMB", "to": "PLAN_FLOOD", "mechanism": "drafting", "basis": "plan", "role": "drafting-lead",
                 "functions": ["flood-plan-drafting"], "source": "document", "citation": c2022(f"{S_DUTIES}, item 3 (编制市防汛抗旱应急预案)")})
    # Assistance the member-duties section assigns (协助).
    ties.append({"from": "WATERLAKES", "to": "SANDAOHE", "mechanism": "operation", "basis": "plan",
                 "source": "document", "citation": c2022(f"{S_DUTIES}, item 4"),
                 "attributes": {"duty": "assists its flood and drought work (协助)"}})
    ties.append({"from": "DRC", "to": "YICHENG", "mechanism": "operation", "basis": "plan",
                 "source": "document", "citation": c2022(f"{S_DUTIES}, item 6"),
                 "attributes": {"duty": "assists its flood and drought work (协助)"}})
    # Level II response: reports through the HQ office to the provincial office; the HQ informs the city's
    # leading bodies and the military sub-district.
    ties.append({"from": "EMB", "to": "PROVFLOODOFFICE", "mechanism": "information", "basis": "plan",
                 "phase": ["response-rescue"], "source": "document",
                 "citation": c2022(f"{S_LEVEL2}, actions 3 and 4", page=6),
                 "attributes": {"duty": "the HQ office reports to the provincial office (Level II response)"}})
    for to in ("CPCCOMMITTEE", "PEOPLESCONGRESS", "GOV", "CPPCC", "MSD"):
        ties.append({"from": "FLOODHQ", "to": to, "mechanism": "information", "basis": "plan",
                     "phase": ["response-rescue"], "source": "document",
                     "citation": c2022(f"{S_LEVEL2}, action 4", page=6),
                     "attributes": {"duty": "the HQ informs it (通报, Level II response)"}})
    ties.append({"from": "EMB", "to": "EQSTATION", "mechanism": "operation", "basis": "agreement",
                 "source": "document", "citation": AGREEMENT,
                 "attributes": {"duty": "strategic cooperation agreement: joint inspections, station maintenance, "
                                        "joint popular-science work"}})
    ties += projection([("FLOODHQ", [d for d, _r, _i in MEMBERS_2022])], "co-membership",
                       "《襄阳市防汛抗旱应急预案》, member duties items 2-7", "plan")
    functions = []
    for fid, en, zh, assigned in FUNCTIONS_2022:
        functions.append({"id": fid, "name": en, "names": {"zh": zh}, "assignments": [
            {"department": d, "role": r, "source": "document", "citation": c2022(f"{S_DUTIES}, item {i}")}
            for d, r, i in assigned]})
    return {
        "title": "Xiangyang flood-control headquarters after the reform, from the city's flood plan "
                 "(text reproduced in 2022) and the 2024-25 EMB-seismic station agreement",
        "jurisdiction": "Xiangyang (襄阳), Hubei Province, China (municipal level)",
        "period": "2022",
        "source": "《襄阳市防汛抗旱应急预案》 as reproduced in a 2022 compilation of flood plans (观山文库); "
                  "Xiangyang EMB x Hubei Earthquake Agency Xiangyang station agreement (news, January 2026)",
        "status": "documentary data",
        "provenance": POST_PROVENANCE,
        "notes": "Two-mode data: departments and the flood-control HQ (kind coordinating-body) and the flood "
                 "plan (kind emergency-plan) as nodes; membership ties carry the role (office, member), the "
                 "drafting tie role drafting-lead. co-membership ties are derived (bipartite projection). "
                 "Only the HQ members the reproduction shows (items 2-7 of the member list) are present. "
                 "Sources: networks/xiangyang/SOURCES.md.",
        "mechanisms": MECHANISMS_POST,
        "departments": departments,
        "ties": ties,
        "functions": functions,
    }


POST_PROVENANCE = """\
Documentary data, transcribed by the GovNet project from the Xiangyang Municipal Flood Control and
Drought Relief Emergency Plan (《襄阳市防汛抗旱应急预案》, post-reform text: the emergency management
bureau hosts the HQ office) as reproduced in a third-party compilation of 2022 flood plans (观山文库,
pages 5 and 6 of 13; the document number and date of issue are not shown there), and from a news item
(January 2026, republished by China Daily's partner feed) on the strategic cooperation agreement between
the Xiangyang emergency management bureau and the Hubei Earthquake Agency's Xiangyang monitoring centre
station. Prescribed by published documents, not observed interaction.

What it records: members 2 to 7 of the flood-control HQ member list with their duties (the armed
police detachment; the emergency management bureau, which is the HQ office 市防办, carries the HQ's
daily work and compiles the flood plan; the water resources and lakes bureau; the publicity department;
the development and reform commission; the education bureau); the assistance two members give
(协助); who the HQ office reports to and whom the HQ informs in a Level II response (section 4.4.2); the
agreement tie.

Not covered: member 1 and members after item 7 of the list (the reproduction could be read only that
far), the HQ's commander and deputies, the plan's number and date, the other headquarters and
committees (disaster reduction, work safety, forest fire, earthquake relief) and the 2025 merger of
committees, for which no text was found. Derived co-membership ties link every pair of members of the
HQ."""

MECHANISMS_POST = [
    {"id": "co-membership", "name": "Members of the same headquarters (derived)", "directed": False,
     "names": {"zh": "同一指挥部成员(派生)"}},
]

# Post-reform department -> the pre-reform departments it continues (for compare).
FORMERLY = {"WATERLAKES": ["WATER"], "EMB": ["WATER"]}

# Old id -> new id, the kind of change, the duties (function ids, `;`-separated) the row carries to its
# new department, and the citation. The water bureau continues as the water resources and lakes bureau;
# one of its duties, drafting the flood plan, went to the emergency management bureau (a split row with
# that duty: `govnet compare` lists it as lead-moved, and keeps the bureau's other duties with its
# continuation).
MAPPING = [
    ("WATER", "WATERLAKES", "renamed", "",
     "2006: 市水利局 (襄樊政办发〔2006〕7号); after the reform: 市水利和湖泊局 (《襄阳市防汛抗旱应急预案》, member duties "
     "item 4)"),
    ("WATER", "EMB", "duty transferred", "flood-plan-drafting",
     "2006: 市水利局 drafts 《襄樊市防汛抗旱应急预案》 (襄樊政办发〔2006〕7号, item 2, 承办单位); after the reform: "
     "市应急管理局 compiles 市防汛抗旱应急预案 (《襄阳市防汛抗旱应急预案》, member duties item 3)"),
    ("DRC", "DRC", "continued", "", "市发改委 (2006) / 市发展和改革委员会 (after)"),
    ("APF", "APF", "renamed with the city", "", "武警襄樊市支队 (2006) / 武警襄阳支队 (after)"),
    ("MSD", "MSD", "renamed with the city", "", "襄樊军分区 (2006) / 襄阳军分区 (after)"),
    ("PLAN_FLOOD", "PLAN_FLOOD", "continued", "", "《襄樊市防汛抗旱应急预案》 (2006) / 《襄阳市防汛抗旱应急预案》 (after)"),
]


def projection(bodies, mechanism, document_short, basis):
    """One tie per pair of nodes named on the same body (plan or HQ); weight = bodies shared. The
    citation points to the two-mode ties it is derived from (which carry the full citation)."""
    shared = {}
    for body, members in bodies:
        for a, b in combinations(sorted(set(members)), 2):
            shared.setdefault((a, b), []).append(body)
    out = []
    for (a, b), on in sorted(shared.items()):
        out.append({"from": a, "to": b, "mechanism": mechanism, "weight": len(on), "basis": basis,
                    "source": "document",
                    "citation": f"derived from the ties to {', '.join(on)} ({document_short}); see their citations",
                    "attributes": {"derived": True, "derived_from": ";".join(on)}})
    return out


def mapping_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["from", "to", "change", "functions", "citation"])
    for row in MAPPING:
        w.writerow(row)
    return buf.getvalue()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    header = ("Xiangyang (Xiangfan) from its own published plans: generated by "
              "scripts/networks/build_xiangyang.py.\nDo not edit by hand; rerun the script. Sources: SOURCES.md.")
    (OUT / "xiangyang-pre-reform.yaml").write_text(document(build_pre(), header), encoding="utf-8")
    (OUT / "xiangyang-post-reform.yaml").write_text(document(build_post(), header), encoding="utf-8")
    (OUT / "xiangyang-reform-mapping.csv").write_text(mapping_csv(), encoding="utf-8")


if __name__ == "__main__":
    main()
