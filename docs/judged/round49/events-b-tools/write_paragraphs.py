"""Write paragraphs-b-verdicts.jsonl (judge b, round 49)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h3-x6-10": (["PROTEST (boycott): all six rival candidates withdraw from the presidential election, Wednesday 1999-04-14",
               "ACCUSE: the six rivals accuse the army-backed Algerian authorities of rigging the poll, 1999-04-14 (with the withdrawal)"],
              0, 0, "Being declared winner is an election result, not an act between actors. Dateline coded nothing in this lead."),
 "h3-x8-11": (["SANCTION: Australia withdraws its ambassador from Jakarta (Indonesia), 2015-04-29",
               "ASSAULT: Indonesia executes two Australian drug smugglers by firing squad, 2015-04-29",
               "REJECT: Indonesia ignores appeals for mercy from Australia, the UN and rights groups, 2015-04-29",
               "REQUEST: Australia, the UN and rights groups appeal to Indonesia for mercy, over months (no date)"],
              1, 0, "Dateline found the execution (ASSAULT, Indonesia -> Australian smugglers, right). It missed the recall of the ambassador, the central act of the lead, and the appeals/rejection."),
 "h3-x8-13": (["COERCE: federal police push into central Oaxaca, tear down barricades and drive protesters from the main square, Sunday 2006-10-29",
               "PROTEST: protesters occupy the main square for five months in a revolt against the state governor (ongoing span, no single date)"],
              1, 0, "e1 (pushed, COERCE, federal police) matches the police operation (police coded USA, should be MEX). e2 (occupied) is the protesters' occupation, a real act but typed COERCE seize with the federal police as source: wrong type and source, not spurious; the PROTEST is therefore not found."),
 "h3-x6-21": (["AGREE: Rouhani promised (in the campaign) to ease Iran's confrontation with the West and loosen social restrictions, undated",
               "SUPPORT: thousands of supporters celebrate Rouhani's victory in the streets of Tehran, 2013-06-15 (support rally; marginal)"],
              0, 0, "Winning the election and officials announcing it are not coded. Dateline coded nothing in this lead."),
 "h3-x8-05": (["AGREE: Hatoyama has promised to put people before bureaucrats (campaign promise, undated; marginal)"],
              0, 0, "The election victory, the end of LDP rule and 'handing the premiership' are outcomes, not acts between actors. Dateline coded nothing."),
}
out = open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"), "w")
tc = tf = td = ts = 0
for l in open(os.path.join(ROOT, "paragraphs-b.jsonl")):
    d = json.loads(l)
    ce, found, sp, notes = P[d["doc"]]
    n = len(d["events"])
    rec = {"doc": d["doc"], "coder_events": ce, "found": found, "dateline_events": n, "spurious": sp, "notes": notes}
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tc += len(ce); tf += found; td += n; ts += sp
out.close()
print("coder events", tc, "found", tf, "dateline events", td, "spurious", ts)
