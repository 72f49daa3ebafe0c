#!/usr/bin/env python3
"""Build networks/japan-disaster-management.yaml: Japan's Central Disaster Management Council, the 24
designated administrative organs and a few designated public corporations under the Disaster
Countermeasures Basic Act (Act No. 223 of 1961).

Rerunnable and deterministic. Organs and the council are from shared/domain/FACTS.md; every tie is
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

# Designated public corporations (指定公共機関): id, English, Japanese, kind, sourcing
CORPORATIONS = [
    ("NIED", "National Research Institute for Earth Science and Disaster Resilience", "防災科学技術研究所",
     "research", "named in FACTS.md"),
    ("JRCS", "Japanese Red Cross Society", "日本赤十字社", "ngo", "named in FACTS.md"),
    ("JMEDA", "Japan Medical Association", "日本医師会", "health", "named in FACTS.md"),
    ("NHK", "Japan Broadcasting Corporation (NHK)", "日本放送協会", "media", "inferred (general knowledge)"),
    ("NTTE", "NTT East (Nippon Telegraph and Telephone East)", "東日本電信電話株式会社", "telecom",
     "example of the telecom companies named in FACTS.md; this company inferred"),
    ("TEPCO", "Tokyo Electric Power Company Holdings", "東京電力ホールディングス株式会社", "utility",
     "example of the electric power companies named in FACTS.md; this company inferred"),
    ("JREAST", "East Japan Railway Company", "東日本旅客鉄道株式会社", "transport",
     "example of the railway companies named in FACTS.md; this company inferred"),
    ("NEXCOE", "East Nippon Expressway Company", "東日本高速道路株式会社", "transport",
     "example of the expressway companies named in FACTS.md; this company inferred"),
    ("JVOAD", "Japan Voluntary Organizations Active in Disaster", "全国災害ボランティア支援団体ネットワーク", "ngo",
     "named in FACTS.md (first NPO designated, June 2025)"),
]

V = "verified (FACTS.md)"
G = "general knowledge (organisation law), not in FACTS.md"
I = "inferred, illustrative"


def tie(a, b, mech, basis, weight, sourcing, relation):
    return {"from": a, "to": b, "mechanism": mech, "basis": basis, "weight": weight,
            "attributes": {"relation": relation, "sourcing": sourcing}}


def build():
    deps = [{"id": "CDMC", "name": "Central Disaster Management Council", "names": {"ja": "中央防災会議"},
             "kind": "coordinating-body", "level": "national",
             "attributes": {"chair": "Prime Minister", "secretariat": "CAO", "legal_basis": "Act No. 223 of 1961, Art. 11"}}]
    for i, en, ja, kind, minister, parent in ORGANS:
        attrs = {"designation": "designated administrative organ"}
        if parent:
            attrs["parent"] = parent
        deps.append({"id": i, "name": en, "names": {"ja": ja}, "kind": kind, "level": "national", "attributes": attrs})
    for i, en, ja, kind, src in CORPORATIONS:
        deps.append({"id": i, "name": en, "names": {"ja": ja}, "kind": kind, "level": "national",
                     "attributes": {"designation": "designated public corporation", "sourcing": src}})
    ties = []
    # membership: ministers (heads of minister-led organs) and heads of designated public corporations sit
    # on the council (verified); which corporation heads are members is inferred.
    for i, en, ja, kind, minister, parent in ORGANS:
        if minister:
            ties.append(tie(i, "CDMC", "membership", "law", 2, V, "its minister sits on the council"))
    for i in ("JRCS", "NHK", "JMEDA"):
        ties.append(tie(i, "CDMC", "membership", "law", 1, I, "its head sits on the council"))
    # the Basic Disaster Management Plan binds every designated organ's disaster management operation plan
    for i, *_ in ORGANS:
        ties.append(tie("CDMC", i, "command", "law", 1, V, "Basic Disaster Management Plan -> operation plan"))
    for i, *_ in CORPORATIONS:
        ties.append(tie("CDMC", i, "command", "law", 1, V, "Basic Disaster Management Plan -> operation plan"))
    # organisational hierarchy: external agencies under their ministry or commission
    for i, en, ja, kind, minister, parent in ORGANS:
        if parent and i != "NRA":   # the NRA is an independent commission attached to MOE, not directed by it
            ties.append(tie(parent, i, "command", "law", 2, G, "agency under its ministry or commission"))
    ties.append(tie("NPSC", "NPA", "supervision", "law", 3, G, "the commission administers and supervises the agency"))
    # secretariat and information flows (illustrative)
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
    ]
    # FDMA's coordination of joint operations and joint field operations (illustrative)
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
        "source": "Disaster Countermeasures Basic Act (Act No. 223 of 1961); Cabinet Office lists of designated organs",
        "status": "illustrative model",
        "provenance": PROVENANCE.format(n_ties=len(ties), n_inferred=n_inferred),
        "notes": "Names in English with Japanese in names.ja. CDMC is the coordinating body; the Cabinet Office "
                 "(its secretariat) is the natural --center for analyses (no department has kind "
                 "emergency-management in Japan's national structure). Tie attribute sourcing says what is "
                 "verified and what inferred.",
        "mechanisms": [{"id": "membership", "name": "Council membership", "directed": False}],
        "departments": deps,
        "ties": ties,
    }
    return document(doc, "Japan's national disaster management structure: generated by "
                         "scripts/networks/build_japan.py.\nDo not edit by hand; rerun the script.")


PROVENANCE = """\
Built by scripts/networks/build_japan.py. Illustrative model: the departments are verified, most ties
are inferred.

Verified (shared/domain/FACTS.md, from the Disaster Countermeasures Basic Act, Act No. 223 of 1961,
and the Cabinet Office): the Central Disaster Management Council (中央防災会議, Art. 11) sits in the
Cabinet Office, is chaired by the Prime Minister, includes all ministers, heads of designated public
corporations and experts, and makes the Basic Disaster Management Plan; the 24 designated
administrative organs (指定行政機関) listed here (later additions not checked); designated public
corporations (106 as of May 2025, e.g. NIED, the Japanese Red Cross, expressway, electric power,
railway and telecom companies, the Japan Medical Association; the first NPO, JVOAD, in June 2025);
each organ and corporation must keep a disaster management operation plan.

Modelling (ours): mechanism `membership` (declared, undirected) links an organ to the council when its
minister sits on it (the thirteen minister-led organs; verified through "all ministers") and three
corporations whose heads we assume sit on it (inferred); external agencies are represented on the
council by their ministry. `command` CDMC -> every organ and corporation stands for the binding of
their operation plans by the Basic Plan (verified relation, basis law); `command` ministry -> its
external agency and `supervision` NPSC -> NPA follow the organisation laws (general knowledge, not in
FACTS.md); the Nuclear Regulation Authority is attached to the Ministry of the Environment but not
directed by it (attribute parent only). `information`, `operation` (including the Fire and Disaster
Management Agency's coordination of fire, police, Self-Defense Forces, coast guard and medical
rescue) and `material` (push-type supply of relief goods through the Cabinet Office) are inferred and
illustrative. Of {n_ties} ties, {n_inferred} are inferred; each tie's attribute sourcing says which.
Only nine of the 106 designated public corporations are included, as examples; the companies chosen
for the telecom, power, railway and expressway categories are our examples. The 23 designated local
administrative organs, prefectures and municipalities are not modelled.
"""


if __name__ == "__main__":
    out = ROOT / "networks" / "japan-disaster-management.yaml"
    out.write_text(build(), encoding="utf-8")
    print(f"{out.relative_to(ROOT)} written")
