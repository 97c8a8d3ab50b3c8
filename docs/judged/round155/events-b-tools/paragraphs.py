"""Write paragraphs-b-verdicts.jsonl: the acts a trained coder would code in each first paragraph."""
import json
P = {
"h54-x212-21": (["RETREAT: Peter O'Neill (PNG) -> none, announced his resignation, 2019-05-26",
                 "SANCTION: lawmakers (PNG) -> O'Neill government (PNG), weeks of defections over the gas deal, weeks before 2019-05-26"],
                0, 0, 0, "Parliament electing Marape is not a PLOVER act and is not counted. dateline coded nothing in this paragraph; it codes O'Neill's announced step-down from paragraph 5 (item 25) instead."),
"h54-x209-08": (["AGREE: George W. Bush (USA) -> Romania (ROU), pledge that Romania would never again face an aggressor alone, 2002-11-23",
                 "AGREE: NATO (NATO) -> Romania (ROU) and six others, invited to join the alliance, 2002-11-21"],
                0, 0, 0, "dateline found neither the pledge nor NATO's invitation (two days before the Saturday speech)."),
"h54-x209-03": (["CONSULT: Glafcos Clerides (CYP) <-> Rauf Denktash (Turkish Cypriot, TUR/CYP), five days of UN-sponsored talks ended in New York, 1997-07-13",
                 "AGREE: Glafcos Clerides (CYP) <-> Rauf Denktash (Turkish Cypriot), agreed to meet again in Europe next month, 1997-07-13"],
                1, 1, 0, "dateline's AGREE (mutual, Sunday 1997-07-13) is right; the talks themselves (CONSULT) were missed."),
"h54-x209-10": (["CONSULT: Viktor Yushchenko (UKR) -> Russia (RUS), flew to Moscow, 2005-01-24",
                 "SUPPORT: Vladimir Putin (RUS) -> Yushchenko's defeated rival Yanukovich (UKR), openly backed him in the election, 2004 (background)"],
                1, 1, 0, "dateline found the visit; Putin's backing of the rival was missed."),
"h54-x209-21": (["ACCUSE: Kyiv / Ukrainian government (UKR) -> Vladimir Putin (RUS), sharp rejoinders to the essay, 2021-07-12"],
                0, 0, 0, "The essay itself is a statement with no PLOVER type (CAMEO 01 is dropped); the Ukrainian rejoinders were missed."),
"h54-x212-23": (["CONSULT: Asia-Pacific leaders (APEC) multilateral summit in Bangkok ended, 2022-11-19",
                 "ACCUSE: most APEC members -> Russia (RUS), declaration 'strongly condemned' the war in Ukraine, 2022-11-19",
                 "MOBILIZE: North Korea (PRK) -> Japan (JPN), ICBM test landed in waters off Japan, 2022-11-18",
                 "CONSULT: leaders at the summit, emergency meeting on the sidelines over the missile, 2022-11-18"],
                0, 0, 0, "dateline coded nothing in the lead paragraph."),
}
docs = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for d in docs:
        ev, found, n, spur, notes = P[d["doc"]]
        assert n == len(d["events"]), d["doc"]
        f.write(json.dumps({"doc": d["doc"], "coder_events": ev, "found": found, "dateline_events": n,
                            "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
print("acts", sum(len(v[0]) for v in P.values()), "found", sum(v[1] for v in P.values()),
      "dateline", sum(v[2] for v in P.values()), "spurious", sum(v[3] for v in P.values()))
