"""Judge's counts for the 40 sampled paragraphs: state-actor/politician sources and their country."""
import json
import sys

# paragraph -> list of (coder's state/political source, found by dateline?, country right?, note)
J = {
    4: [("regulators (RUS)", True, True, "")],
    8: [("BEA (FRA)", True, True, "")],
    11: [("United States federal government", True, True, "")],
    12: [("Sergei Ignatiev (RUS)", True, True, "'We' inside the quote also made a Central Bank speaker")],
    13: [("John Howard (AUS)", True, True, ""),
         ("Ian MacDonald (AUS)", False, False, "merged into the Howard speaker span"),
         ("federal government (AUS)", True, True, "")],
    15: [("the (US) government giving loans", False, False, "no AID event")],
    18: [("German government", True, True, "")],
    20: [("main opposition group (JOR)", True, True, "'Jordan' added as a second, spurious source")],
    21: [("United States military", True, True, ""), ("diplomats (USA)", True, False, "country null"),
         ("U.S. official", True, True, "")],
    22: [("Golding (politician)", False, False, "speaker 'Radio Bermuda' resolved to United Kingdom")],
    23: [("Lars Loekke Rasmussen (DNK)", True, True, "")],
    24: [("Indonesian Foreign Ministry official", True, True, "kind organization")],
    25: [("African and local Sudanese leaders", True, True, "")],
    26: [("the opposition (JOR)", True, False, "'France opposition', FRA in a Jordan story")],
    27: [("California police department (USA)", True, True, "")],
    28: [("Maros Sefcovic (EUR)", True, True, "")],
    33: [("CPPCC (CHN)", True, True, "resolved to the country 'China'")],
    34: [("Arnaud Montebourg (FRA)", False, False, "only the paper Le Figaro is a source")],
    37: [("EU leaders at the summit", True, False, "coded GBR"),
         ("London (GBR) indicated its desire", False, False, "")],
    38: [("the president of the army (CMR)", True, False, "country null")],
    39: [("police officers (KOR) using a water cannon", False, False, "no COERCE event")],
}
SPURIOUS = {12: "'We' -> Central Bank", 19: "'the U.S. government wants' as a quote speaker",
            20: "Jordan as a second source", 22: "Radio Bermuda -> United Kingdom (country)",
            26: "'it' -> cabinet (JOR)", 29: "'A local news channel in Nigeria' -> Nigeria"}
paras = json.load(open(sys.argv[1]))
for k, p in enumerate(paras):
    p["n"] = k
    p["coder_state_sources"] = [{"actor": a, "found": f, "country_right": c, "note": n}
                                for a, f, c, n in J.get(k, [])]
    p["spurious_state_source"] = SPURIOUS.get(k)
json.dump(paras, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
rows = [x for v in J.values() for x in v]
print("coder state/political sources", len(rows), "found", sum(r[1] for r in rows),
      "country right", sum(r[2] for r in rows), "spurious", len(SPURIOUS))
