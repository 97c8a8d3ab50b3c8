"""Write paragraphs-d-verdicts.jsonl (the judge's coding of the 6 sampled first paragraphs).
usage (from docs/judged/round178): python events-d-tools/write_paragraphs.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h67-x263-09": (["ASSAULT: gunmen (unknown, BDI) -> Gen. Adolphe Nshimirimana (BDI), killed in an attack on his car in Bujumbura, 2015-08-02"],
                 1, 0, "Dateline's one event is this killing with the right type, parties and date (Sunday 2015-08-02)."),
 "h67-x261-18": (["PROTEST: much of the opposition (SRB) -> Serbian parliamentary election / government (SRB), boycott of the ballot, 2020-06-21"],
                 0, 0, "The election win itself is no PLOVER act; the opposition boycott (CAMEO 143 boycott) was missed."),
 "h67-x262-24": (["ASSAULT: Israel (ISR) -> Hezbollah / Lebanon (LBN), bombed a building in Beirut's southern suburbs, 2025-03-28",
                  "ASSAULT: unknown (from Lebanon) -> Israel (ISR), rockets fired toward Kiryat Shmona, 2025-03-28"],
                 1, 0, "Dateline found the Beirut bombing (ASSAULT, Friday 2025-03-28; its target 'Lebanon government' is doubtful, Hezbollah's facility was hit) but not the rocket fire from Lebanon. The November ceasefire is a background mention and not counted."),
 "h67-x262-07": ([], 0, 0, "An election with results: no PLOVER act in the paragraph; dateline coded none."),
 "h67-x261-07": (["AGREE: Greek Cypriot leaders (CYP) <-> Turkish Cypriot leaders (CYP, Turkish Cypriot), agreed to resume reunification negotiations, issuing a joint statement, 2014-02-11"],
                 1, 0, "Dateline's mutual AGREE on Tuesday is right in type and date; it codes the Turkish Cypriot leaders as TUR (Turkey), a wrong country, which does not count against recall. The joint statement is the same act."),
 "h67-x262-02": (["SANCTION: al-Wefaq (BHR) -> Bahrain government / King Hamad's national dialogue (BHR), pulled out of the national dialogue (CAMEO 164 halt negotiations), 2011-07-17"],
                 0, 0, "Dateline found no event in the lead; the walkout from the dialogue was missed. The dialogue's launch and the crushed protests are background noun phrases, not counted."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
assert [p["doc"] for p in paras] == list(P)
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
    tot = [0, 0, 0, 0]
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        row = {"doc": p["doc"], "coder_events": ev, "found": found,
               "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
        for i, x in enumerate((len(ev), found, len(p["events"]), spur)): tot[i] += x
print("coded acts, found, dateline events, spurious:", tot)
