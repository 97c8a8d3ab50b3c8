"""Judge's recall verdicts on the 15 story first paragraphs (hand-written) -> appended to ../events-a.jsonl."""
import json
R = [  # doc, gold events a coder would code, found with right type, dateline events, spurious, note
 ("ngec-1495", ["SUPPORT Anguilla ratified agreement"], 1, 1, 0, ""),
 ("ngec-0838", ["COOPERATE/AGREE Jordan reached a financial package (trade rights in Jordan and Turkey)"], 0, 0, 0, "missed"),
 ("ngec-3889", ["ASSAULT(abduct) separatists abducted Ukrainian schoolchildren"], 1, 1, 0, ""),
 ("ngec-3784", ["AGREE EU and US offered each other help"], 1, 1, 0, ""),
 ("ngec-4096", ["REQUEST Kiev ordered forces/separatists to lay down arms and resume talks", "PROTEST relatives protest in Hlydennoplyk (caption, March 11 2014)"], 1, 1, 0, "PROTEST in the caption missed"),
 ("ngec-0134", [], 0, 1, 1, "e1 COERCE: parties 'banned themselves' is no act by one actor on another"),
 ("ngec-1403", ["COOPERATE US-Mexico joint infrastructure project (completed phase / moving ahead with tunnel)"], 0, 0, 0, "missed"),
 ("ngec-2341", ["ACCUSE rights group accused Philippines government"], 1, 1, 0, ""),
 ("ngec-1481", ["ASSAULT militants beheaded local official"], 1, 1, 0, ""),
 ("ngec-2436", ["AGREE Netanyahu agreed to freeze construction", "CONSULT meeting with PLO leader's representative",
                "REQUEST PM ordered stop of settlement construction", "AGREE Israel agreed to accelerate withdrawal / stop permits",
                "AGREE Erekat plans to announce plan to resume negotiations", "CONSULT Netanyahu will meet Abbas (future)",
                "REQUEST Erekat called on Netanyahu to reverse steps", "AGREE/CONCEDE Abbas accepted Netanyahu's demand"], 8, 9, 1,
  "e5 RETREAT 'withdrawal' is the content of the agreement (promised, already coded as e4), asserted as an actual withdrawal: duplicate/spurious"),
 ("ngec-3704", ["ACCUSE(investigate) Bermuda investigating whether British mission helped plan murder"], 0, 0, 0, "missed"),
 ("ngec-1067", ["REJECT Maldives rejected ceasefire proposal", "AGREE MRDF/MLF proposed a ceasefire", "ASSAULT MRDF/MLF waging armed struggle against the government"], 1, 2, 0,
  "e2 RETREAT 'ceasefire' stands for the proposal (an offer, AGREE), not an actual ceasefire: wrong type, not spurious; armed struggle missed"),
 ("ngec-1171", ["COOPERATE/RETREAT(ease) Kennedy order allowed USSR to purchase US satellites", "AGREE Kennedy offered money in exchange for Soviet withdrawal"], 0, 3, 1,
  "e1 REQUEST for the permitting order: wrong type; e2 AID with source Soviet Union for Kennedy's offer: wrong type/source; e3 RETREAT Soviet withdrawal from Cuba is only the condition of the offer: spurious"),
 ("ngec-3602", ["COERCE Guam announced martial law", "COERCE(arrest) arrested political opponents", "ACCUSE accuses them of inciting protests"], 2, 2, 0, "martial law missed"),
 ("ngec-0766", ["ASSAULT Philippines military air strike killing 14"], 1, 2, 1, "e1 'killed' and e2 'strike' are the same act: one duplicate"),
]
with open("../events-a.jsonl", "a") as out:
    for doc, gold, found, n_dl, spur, note in R:
        out.write(json.dumps({"kind": "recall", "doc": doc, "gold_events": gold, "n_gold": len(gold), "found_right_type": found,
                              "dateline_events": n_dl, "spurious": spur, "note": note}) + "\n")
G = sum(len(r[1]) for r in R); F = sum(r[2] for r in R); D = sum(r[3] for r in R); S = sum(r[4] for r in R)
print(f"gold {G}, found with right type {F} ({100*F/G:.0f}%), dateline events {D}, spurious {S} ({100*S/D:.0f}%)")
