"""Write paragraphs-d-verdicts.jsonl (recall on story first paragraphs)."""
import json
P = {
 "h15-x54-10": (["SANCTION: UN Security Council (UNO) -> Iran (IRN), imposed sanctions (ban on nuclear/missile technology sales, asset freeze), 2006-12-23",
                 "REJECT: Iran (IRN) -> UN Security Council (UNO), refusing to halt uranium enrichment, ongoing (2006-12-24)"],
                1, 0, "Dateline's SANCTION is right in all fields; the banning and freezing clauses are the sanctions' content, not separate acts. Iran's refusal (background reason) not found."),
 "h15-x53-03": (["SUPPORT: Romania (ROU) <-> Ukraine (UKR), signed friendship treaty, 1997-06-02",
                 "CONCEDE: Romania (ROU) -> Ukraine (UKR), formally gave up territorial claims in the treaty, 1997-06-02"],
                1, 0, "Signing found (mutual, Monday right); Bucharest's renunciation of claims not coded."),
 "h15-x55-04": (["COERCE: Sri Lanka (LKA) -> Liberation Tigers of Tamil Eelam (LKA), outlawed, 1998-01-26",
                 "ASSAULT: suicide bombers (unnamed) -> Temple of the Tooth, Kandy (LKA), truck bomb, 1998-01-25"],
                1, 0, "Ban found; the suicide truck bombing 'a day after' (Sunday 1998-01-25) not coded."),
 "h15-x54-22": (["CONSULT: Naftali Bennett (ISR) -> Mohammed bin Zayed (ARE), talks on first official visit, 2021-12-13",
                 "SUPPORT: Israel (ISR) <-> United Arab Emirates (ARE), established diplomatic relations, 2020"],
                0, 0, "Dateline coded nothing in this paragraph: neither 'held talks' / 'visit' nor the background establishment of relations."),
 "h15-x55-06": (["SUPPORT: Burundi government (BDI) and most political parties (BDI), signed peace agreement, 2000-08-28",
                 "REJECT: two main Hutu rebel groups (BDI) -> the peace agreement / Burundi government (BDI), refused to join, 2000-08-28"],
                1, 0, "Signing found (Tutsi parties signing with reservations counted as part of it); the rebels' refusal to join not coded."),
 "h15-x53-13": (["CONCEDE: Slovenia (SVN) -> Croatia (HRV), agreed to lift blockade of its EU talks, 2009-09-11",
                 "AGREE: Slovenian prime minister (SVN) <-> Croatian prime minister (HRV), struck a deal on handling the border dispute, 2009-09 (before Friday's decision; no day given)"],
                1, 0, "CONCEDE found; the prime ministers' border deal not coded."),
}
dl = {}
for line in open("paragraphs-d.jsonl"):
    d = json.loads(line); dl[d["doc"]] = d
out = open("paragraphs-d-verdicts.jsonl", "w")
for line in open("paragraphs-d.jsonl"):
    d = json.loads(line)
    ev, found, spur, notes = P[d["doc"]]
    out.write(json.dumps({"doc": d["doc"], "coder_events": ev, "found": found,
                          "dateline_events": len(d["events"]), "spurious": spur, "notes": notes},
                         ensure_ascii=False) + "\n")
out.close()
