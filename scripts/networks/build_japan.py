#!/usr/bin/env python3
"""Build networks/japan-disaster-management.yaml: Japan's Central Disaster Management Council, the 24
designated administrative organs and a few designated public corporations under the Disaster
Countermeasures Basic Act (Act No. 223 of 1961).

Rerunnable and deterministic. Organs, council and headquarters are from the sources in networks/SOURCES.md; every tie is
marked verified or inferred in its attribute `sourcing`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from yamlout import document  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

# id, English name, Japanese name, kind, minister-headed (its minister sits on the council), parent organ
ORGANS = [
    ("CAO", "Cabinet Office", "内閣府", "government", True, None),
    ("NPSC", "National Public Safety Commission", "国家公安委員会", "public-security", True, None),
    ("NPA", "National Police Agency", "警察庁", "public-security", False, "NPSC"),
    ("FSA", "Financial Services Agency", "金融庁", "finance", False, "CAO"),
    ("CAA", "Consumer Affairs Agency", "消費者庁", "consumer-affairs", False, "CAO"),
    ("MIC", "Ministry of Internal Affairs and Communications", "総務省", "government", True, None),
    ("FDMA", "Fire and Disaster Management Agency", "消防庁", "fire-rescue", False, "MIC"),
    ("MOJ", "Ministry of Justice", "法務省", "justice", True, None),
    ("MOFA", "Ministry of Foreign Affairs", "外務省", "foreign-affairs", True, None),
    ("MOF", "Ministry of Finance", "財務省", "finance", True, None),
    ("MEXT", "Ministry of Education, Culture, Sports, Science and Technology", "文部科学省", "education", True, None),
    ("ACA", "Agency for Cultural Affairs", "文化庁", "culture", False, "MEXT"),
    ("MHLW", "Ministry of Health, Labour and Welfare", "厚生労働省", "health", True, None),
    ("MAFF", "Ministry of Agriculture, Forestry and Fisheries", "農林水産省", "agriculture", True, None),
    ("METI", "Ministry of Economy, Trade and Industry", "経済産業省", "commerce", True, None),
    ("ANRE", "Agency for Natural Resources and Energy", "資源エネルギー庁", "energy", False, "METI"),
    ("SMEA", "Small and Medium Enterprise Agency", "中小企業庁", "commerce", False, "METI"),
    ("MLIT", "Ministry of Land, Infrastructure, Transport and Tourism", "国土交通省", "transport", True, None),
    ("GSI", "Geospatial Information Authority of Japan", "国土地理院", "natural-resources", False, "MLIT"),
    ("JMA", "Japan Meteorological Agency", "気象庁", "meteorology", False, "MLIT"),
    ("JCG", "Japan Coast Guard", "海上保安庁", "coast-guard", False, "MLIT"),
    ("MOE", "Ministry of the Environment", "環境省", "environment", True, None),
    ("NRA", "Nuclear Regulation Authority", "原子力規制委員会", "nuclear-safety", False, "MOE"),
    ("MOD", "Ministry of Defense", "防衛省", "military", True, None),
]

# Designated public corporations (指定公共機関): id, English, Japanese, kind, council member, sourcing
CORPORATIONS = [
    ("BOJ", "Bank of Japan", "日本銀行", "finance", True, "designated public corporation; its governor is a council member (council member list)"),
    ("JRCS", "Japanese Red Cross Society", "日本赤十字社", "ngo", True, "designated public corporation; its president is a council member (council member list)"),
    ("NHK", "Japan Broadcasting Corporation (NHK)", "日本放送協会", "media", True, "designated public corporation; its president is a council member (council member list)"),
    ("NTT", "Nippon Telegraph and Telephone Corporation (NTT)", "日本電信電話株式会社", "telecom", True,
     "designated public corporation; its president is a council member (council member list)"),
    ("NIED", "National Research Institute for Earth Science and Disaster Resilience", "防災科学技術研究所",
     "research", False, "designated public corporation (example)"),
    ("JMEDA", "Japan Medical Association", "日本医師会", "health", False,
     "designated public corporation (example); not a council member"),
    ("NTTE", "NTT East (Nippon Telegraph and Telephone East)", "東日本電信電話株式会社", "telecom", False,
     "example of the telecom companies among designated public corporations; this company our choice"),
    ("TEPCO", "Tokyo Electric Power Company Holdings", "東京電力ホールディングス株式会社", "utility", False,
     "example of the electric power companies among designated public corporations; this company our choice"),
    ("JREAST", "East Japan Railway Company", "東日本旅客鉄道株式会社", "transport", False,
     "example of the railway companies among designated public corporations; this company our choice"),
    ("NEXCOE", "East Nippon Expressway Company", "東日本高速道路株式会社", "transport", False,
     "example of the expressway companies among designated public corporations; this company our choice"),
    ("JVOAD", "Japan Voluntary Organizations Active in Disaster", "全国災害ボランティア支援団体ネットワーク", "ngo", False,
     "first NPO designated as a public corporation (June 2025)"),
]

# Office holders the Act names on the council or at the head of a headquarters.
OFFICES = [
    ("PM", "Prime Minister", "内閣総理大臣", "government", "chairs the council (Art. 12) and heads the extreme and major disaster management headquarters"),
    ("MINDM", "Minister of State for Disaster Management", "防災担当大臣", "government",
     "council member (Art. 12); heads the specified disaster management headquarters (2021 amendment)"),
    ("CCMO", "Cabinet Crisis Management Officer (Cabinet Secretariat)", "内閣危機管理監", "crisis-management",
     "council member since the 2021 amendment"),
]

# The headquarters of chapter 2 section 3 of the Act (Arts. 23-3 to 28-6, as amended by Act No. 30 of 2021),
# set up by the Prime Minister for a given disaster: id, English, Japanese, head
HEADQUARTERS = [
    ("EDMHQ", "Extreme Disaster Management Headquarters", "緊急災害対策本部", "PM"),
    ("MDMHQ", "Major Disaster Management Headquarters", "非常災害対策本部", "PM"),
    ("SDMHQ", "Specified Disaster Management Headquarters", "特定災害対策本部", "MINDM"),
]

PLAN = "keeps a disaster management operation plan under the Basic Disaster Management Plan the council adopts"
V = "verified: Act No. 223 of 1961 as amended (networks/SOURCES.md)"
L = "verified: list of designated organs and council members (networks/SOURCES.md)"
G = "general knowledge (organisation law)"
I = "inferred, illustrative"


def tie(a, b, mech, basis, weight, sourcing, relation):
    return {"from": a, "to": b, "mechanism": mech, "basis": basis, "weight": weight,
            "attributes": {"relation": relation, "sourcing": sourcing}}


def build():
    deps = [{"id": "CDMC", "name": "Central Disaster Management Council", "names": {"ja": "中央防災会議"},
             "kind": "coordinating-body", "level": "national",
             "attributes": {"chair": "Prime Minister", "secretariat": "CAO", "office_host": "CAO",
                            "role": "adopts the Basic Disaster Management Plan and deliberates; commands no organ",
                            "legal_basis": "Act No. 223 of 1961, Arts. 11-12", "sourcing": V}}]
    for i, en, ja, kind, note in OFFICES:
        deps.append({"id": i, "name": en, "names": {"ja": ja}, "kind": kind, "level": "national",
                     "attributes": {"office": note, "sourcing": V}})
    for i, en, ja, head in HEADQUARTERS:
        deps.append({"id": i, "name": en, "names": {"ja": ja}, "kind": "headquarters", "level": "national",
                     "attributes": {"head": head, "set_up": "by the Prime Minister for a given disaster",
                                    "legal_basis": "Act No. 223 of 1961, chapter 2 section 3 (as amended by Act No. 30 of 2021)",
                                    "sourcing": V}})
    for i, en, ja, kind, minister, parent in ORGANS:
        attrs = {"designation": "designated administrative organ", "operation_plan": PLAN, "sourcing": L}
        if parent:
            attrs["parent"] = parent
        dep = {"id": i, "name": en, "names": {"ja": ja}, "kind": kind, "level": "national"}
        if parent and i != "NRA":
            dep["led_by"] = parent
        dep["attributes"] = attrs
        deps.append(dep)
    for i, en, ja, kind, member, src in CORPORATIONS:
        deps.append({"id": i, "name": en, "names": {"ja": ja}, "kind": kind, "level": "national",
                     "attributes": {"designation": "designated public corporation", "operation_plan": PLAN, "sourcing": src}})
    ties = []

    def member(a, body, role, sourcing, relation):
        ties.append({"from": a, "to": body, "mechanism": "membership", "role": role, "basis": "law",
                     "attributes": {"relation": relation, "sourcing": sourcing}})

    # The council (Arts. 11-12): chaired by the Prime Minister, secretariat in the Cabinet Office, members
    # the minister for disaster management and the other ministers of state, the Cabinet crisis
    # management officer (since 2021), heads of designated public corporations, experts.
    member("PM", "CDMC", "chair", V, "chairs the council")
    member("CAO", "CDMC", "office", V, "secretariat of the council")
    member("MINDM", "CDMC", "member", V, "member")
    member("CCMO", "CDMC", "member", V, "member since the 2021 amendment")
    for i, en, ja, kind, minister, parent in ORGANS:
        if minister and i != "CAO":
            member(i, "CDMC", "member", V, "its minister sits on the council")
    for i, en, ja, kind, is_member, src in CORPORATIONS:
        if is_member:
            member(i, "CDMC", "member", L, "its head sits on the council")
    # The headquarters and their heads (2021 amendment).
    for i, en, ja, head in HEADQUARTERS:
        member(head, i, "chair", V, "heads the headquarters")
    # In a response, the chief of an extreme or major disaster management headquarters may instruct the
    # heads of designated administrative organs (chapter 2 section 3); which organs depends on the disaster.
    for hq in ("EDMHQ", "MDMHQ"):
        for i, *_ in ORGANS:
            t = tie(hq, i, "command", "law", 1, V, "the headquarters' chief may instruct the organ's head in the response")
            t["relation"] = "direction"
            t["phase"] = ["response-rescue"]
            ties.append(t)
    # organisational hierarchy: external agencies under their ministry or commission
    for i, en, ja, kind, minister, parent in ORGANS:
        if parent and i != "NRA":   # the NRA is an independent commission attached to MOE, not directed by it
            t = tie(parent, i, "command", "law", 2, G, "agency under its ministry or commission")
            t["relation"] = "leadership"
            ties.append(t)
    ties.append(tie("NPSC", "NPA", "supervision", "law", 3, G, "the commission administers and supervises the agency"))
    # information flows (illustrative)
    ties += [
        tie("CAO", "CDMC", "information", "law", 3, V, "secretariat of the council"),
        tie("JMA", "CAO", "information", "law", 3, I, "warnings and observations"),
        tie("JMA", "FDMA", "information", "law", 3, I, "warnings relayed to local governments (J-ALERT)"),
        tie("JMA", "NHK", "information", "law", 3, I, "warnings for broadcast"),
        tie("JMA", "NTTE", "information", "law", 2, I, "warnings passed to municipalities"),
        tie("FDMA", "CAO", "information", "law", 3, I, "damage reports from local governments and fire services"),
        tie("NPA", "CAO", "information", "regulation", 2, I, "damage and casualty reports"),
        tie("MOD", "CAO", "information", "regulation", 2, I, "Self-Defense Forces activity reports"),
        tie("MLIT", "CAO", "information", "regulation", 2, I, "infrastructure damage reports"),
        tie("GSI", "CAO", "information", "plan", 2, I, "disaster maps and crustal deformation"),
        tie("NIED", "CAO", "information", "agreement", 2, I, "shared situation picture and hazard observations"),
        tie("NRA", "CAO", "information", "law", 1, I, "nuclear emergency reports"),
        tie("CAO", "FDMA", "information", "plan", 2, I, "government situation and requests"),
        tie("FDMA", "NPA", "information", "plan", 1, I, "rescue coordination"),
        tie("CCMO", "CAO", "information", "regulation", 2, I, "first reports gathered in the Cabinet Secretariat"),
    ]
    # joint operations (illustrative)
    ties += [
        tie("FDMA", "NPA", "operation", "plan", 2, I, "fire, police rescue coordination"),
        tie("FDMA", "MOD", "operation", "plan", 2, I, "fire services and Self-Defense Forces rescue"),
        tie("FDMA", "JCG", "operation", "plan", 1, I, "maritime and coastal rescue"),
        tie("FDMA", "MHLW", "operation", "plan", 2, I, "ambulance and disaster medical teams"),
        tie("NPA", "MOD", "operation", "plan", 1, I, "search and rescue"),
        tie("JCG", "MOD", "operation", "plan", 1, I, "maritime search and rescue"),
        tie("MHLW", "JRCS", "operation", "law", 2, I, "medical relief"),
        tie("MHLW", "JMEDA", "operation", "agreement", 2, I, "medical assistance teams"),
        tie("MLIT", "NEXCOE", "operation", "plan", 2, I, "road clearance"),
        tie("MLIT", "JREAST", "operation", "plan", 1, I, "rail restoration"),
        tie("ANRE", "TEPCO", "operation", "plan", 2, I, "power restoration"),
        tie("MIC", "NTTE", "operation", "plan", 2, I, "telecom restoration"),
        tie("MIC", "NTT", "operation", "plan", 1, I, "telecom restoration"),
        tie("CAO", "JVOAD", "operation", "agreement", 1, I, "coordination of volunteer organisations"),
    ]
    # push-type supply of relief goods to affected prefectures, coordinated by the Cabinet Office (illustrative)
    ties += [
        tie("MOF", "CAO", "material", "law", 2, I, "disaster reserve funds"),
        tie("MAFF", "CAO", "material", "plan", 2, I, "food"),
        tie("METI", "CAO", "material", "plan", 2, I, "daily necessities and fuel"),
        tie("MHLW", "CAO", "material", "plan", 1, I, "medical supplies"),
        tie("MOD", "CAO", "material", "plan", 1, I, "transport of relief goods"),
    ]
    n_inferred = sum(1 for t in ties if t["attributes"]["sourcing"] == I)
    doc = {
        "title": "Japan: Central Disaster Management Council and designated organs (Disaster Countermeasures Basic Act)",
        "jurisdiction": "Japan (national)",
        "period": "2025",
        "source": "Disaster Countermeasures Basic Act (Act No. 223 of 1961, as amended by Act No. 30 of 2021); lists of designated organs and council members",
        "status": "illustrative model",
        "provenance": PROVENANCE.format(n_ties=len(ties), n_inferred=n_inferred),
        "notes": "Names in English with Japanese in names.ja. CDMC is a coordinating body that adopts the Basic "
                 "Disaster Management Plan and commands no organ; command in a response runs from the headquarters. The Cabinet Office "
                 "(its secretariat) is the natural --center for analyses (no department has kind "
                 "emergency-management in Japan's national structure). Tie attribute sourcing says what is "
                 "verified and what inferred.",
        "departments": deps,
        "ties": ties,
    }
    return document(doc, "Japan's national disaster management structure: generated by "
                         "scripts/networks/build_japan.py.\nDo not edit by hand; rerun the script.")


PROVENANCE = """\
Built by scripts/networks/build_japan.py. Illustrative model: the departments, the council's membership,
the headquarters and their heads are verified (sources in networks/SOURCES.md); most working ties are
inferred.

Verified. The Central Disaster Management Council (中央防災会議, Arts. 11-12 of the Disaster
Countermeasures Basic Act, Act No. 223 of 1961) is chaired by the Prime Minister, has its secretariat in
the Cabinet Office, and has as members the minister for disaster management and the other ministers
of state, heads of designated public corporations - the Bank of Japan, the Japanese Red Cross Society,
NHK and NTT - and experts; since the amendment of 2021 (Act No. 30 of 2021, in force 20 May 2021) also
the Cabinet crisis management officer. It adopts the Basic Disaster Management Plan and deliberates on
important matters; it commands no organ. Each designated organ and corporation keeps a disaster
management operation plan under the Basic Plan (attribute operation_plan: a planning basis, not a
tie and not command). Response is headed by headquarters set up for a given disaster: the
extreme and the major disaster management headquarters (緊急災害対策本部, 非常災害対策本部), both
headed by the Prime Minister (the major one since 2021, before by a minister of state), and the
specified disaster management headquarters (特定災害対策本部, new in 2021) headed by the minister for
disaster management. The chiefs of the extreme and major headquarters may instruct the heads of
designated administrative organs in the response (command, relation direction, phase response-rescue;
which organs depends on the disaster); what the specified headquarters may ask of the organs was not
read and is not modelled. The 24 designated administrative organs (指定行政機関) are those of the list
as read (networks/SOURCES.md); whether agencies created since (the Digital Agency, which the Act's
Art. 2 has allowed since 2021, or the Children and Families Agency of 2023) are now designated was not
confirmed from the Cabinet Office's current list, so they are not included.

Modelling (ours). Membership is GovNet's two-mode mechanism: a member -> the council or a headquarters,
role chair (the Prime Minister; the minister for disaster management for the specified headquarters),
office (the Cabinet Office, the council's secretariat) or member; an organ stands for its minister.
`command` ministry -> its external agency (relation leadership) and `supervision` NPSC -> NPA follow
the organisation laws (general knowledge); the Nuclear Regulation Authority is attached to the Ministry
of the Environment but not directed by it (attribute parent only). `information`, `operation` and
`material` (push-type supply of relief goods through the Cabinet Office) are inferred and illustrative.
Of {n_ties} ties, {n_inferred} are inferred; each tie's attribute sourcing says which. Of the designated
public corporations, the four whose heads sit on the council and seven examples are included (the
companies chosen for the telecom, power, railway and expressway categories are our examples). The 23
designated local administrative organs, prefectures and municipalities are not modelled.
"""


if __name__ == "__main__":
    out = ROOT / "networks" / "japan-disaster-management.yaml"
    out.write_text(build(), encoding="utf-8")
    print(f"{out.relative_to(ROOT)} written")
