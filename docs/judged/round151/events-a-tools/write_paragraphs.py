"""Write paragraphs-a-verdicts.jsonl (the judge's recall coding of the 6 first paragraphs) and print totals.
usage: python3 events-a-tools/write_paragraphs.py   (run in docs/judged/round151/)
"""
import json
P = {
"h52-x203-19": (
    ["RETREAT (ceasefire): Taliban (AFG REB) <-> Afghan government/forces (AFG), the nationwide Eid ceasefire largely held, 2018-06-16"],
    0, 0,
    "Dateline has no event here. The fraternisation (hugging soldiers, selfies) is colour, not coded. The ceasefire holding is the act."),
"h52-x202-11": (
    ["COERCE (arrest): Libya (LBY) -> two Swiss businessmen (CHE), detained, weekend of 2008-07-19/20 (dated in paragraph 3)",
     "SANCTION (discontinue): Libya (LBY) -> Switzerland (CHE), cut flights, 2008-07-25 (reported)",
     "THREATEN: Libya (LBY) -> Switzerland (CHE), threatened to halt oil supplies, 2008-07-25 (reported)",
     "COERCE (arrest): Geneva police (CHE) -> Hannibal Gaddafi (LBY), brief arrest in Geneva, 2008-07-15 (dated in paragraph 2)"],
    1, 0,
    "Dateline found the detention (COERCE, right type; its date is the report's Friday instead of last weekend, item #30). It missed the flight cut, the oil threat and the Geneva arrest in this paragraph (the Geneva arrest is coded from paragraph 2)."),
"h52-x203-15": (
    ["SANCTION (withdraw): Kenya's parliament (KEN LEG) -> International Criminal Court (no code), voted to pull Kenya out, 2013-09-05",
     "ACCUSE (bring to trial): International Criminal Court -> William Ruto (KEN GOV), trial in The Hague, future, 2013-09-10"],
    0, 0,
    "Dateline has no event in this paragraph: it misses the headline act, the vote to quit the ICC."),
"h52-x204-20": (
    ["COERCE (arrest): Peruvian police (PER) -> Alan Garcia (PER), arrived to arrest him (attempted, not carried out), 2019-04-17",
     "ACCUSE (investigate): Peruvian prosecutors/authorities (PER) -> Alan Garcia (PER), corruption investigation linked to Odebrecht, ongoing (2019-04-17)"],
    0, 0,
    "Dateline has no event here. Garcia's suicide is not a PLOVER act."),
"h52-x202-24": (
    ["RETREAT (release): Iran (IRN) -> Olivier Vandecasteele (BEL), released, 2023-05-26",
     "RETREAT (release): Belgium (BEL) -> Assadollah Assadi (IRN), the jailed Iranian diplomat freed in the exchange, 2023-05-26",
     "CONSULT (mediation): Oman (OMN) -> Iran (IRN) / Belgium (BEL), mediated the swap, 2023-05-26",
     "SANCTION (convict): Belgium (BEL) -> Assadollah Assadi (IRN), jailed in Belgium for the bomb plot, background (2021 per paragraph 4)"],
    0, 0,
    "Dateline has no event in this paragraph: it misses both releases and the Omani mediation, the story's main acts. Its two events in this story are in paragraph 5."),
"h52-x203-08": (
    ["PROTEST (boycott): Andre Milongo (COG) -> Congolese government (COG), main challenger withdrew from the race, 2002-03-08",
     "COERCE (ban): Congolese authorities (COG) -> Pascal Lissouba and Bernard Kolelas (COG), former leaders kept out of the contest, background"],
    0, 0,
    "Dateline has no event here. It codes Milongo's withdrawal only from paragraph 3, as RETREAT (item #38). The election result itself is not a PLOVER act."),
}
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert len(paras) == 6 and set(P) == {p["doc"] for p in paras}
tot = [0, 0, 0, 0]
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        n_dl = len(p["events"])
        assert found <= min(len(ev), n_dl) and spur <= n_dl
        rec = {"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
               "spurious": spur, "notes": notes}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for i, x in enumerate([len(ev), found, n_dl, spur]):
            tot[i] += x
print("coded acts=%d found=%d dateline events=%d spurious=%d" % tuple(tot))
