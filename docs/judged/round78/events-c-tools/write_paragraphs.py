"""Write paragraphs-c-verdicts.jsonl (recall on the six lead paragraphs). Run from docs/judged/round78."""
import json

P = {
 "h16-x58-03": (["ASSAULT: Jordanian soldier (JOR) -> Israeli schoolgirls (ISR), opened fire killing seven and wounding several, 1997-03-13"],
                1, 0, "Dateline's one event is the shooting with the right type (its target is Israel the country rather than the schoolgirls). The 1994 peace is background in a noun phrase, not coded."),
 "h16-x59-24": ([], 0, 0, "An election result; no PLOVER act in the paragraph and dateline coded none."),
 "h16-x60-10": ([], 0, 0, "An election result; no PLOVER act in the paragraph and dateline coded none."),
 "h16-x59-12": (["COERCE: Pakistan (PAK) -> Nawaz Sharif (PAK), deported to Saudi Arabia, 2007-09-10"],
                1, 0, "Dateline found the deportation (COERCE deport, Monday 2007-09-10). The 1999 coup in the relative clause is background; not counted."),
 "h16-x57-13": (["AGREE: Iceland's parliament (ISL) -> European Union, voted to apply for membership, 2009-07-16"],
                0, 0, "The vote to apply for EU membership is an expressed intent to cooperate (AGREE; a REQUEST reading is also possible); dateline coded nothing."),
 "h16-x57-20": (["ASSAULT: Spanish police (ESP) -> voters at Catalan polling stations (ESP), raids leaving hundreds injured, 2017-10-01",
                 "COERCE: Spain's courts (ESP) -> Catalonia's referendum / regional government (ESP), banned the referendum, no date (earlier)"],
                0, 0, "Puigdemont's claim of a right to independence is a statement with no PLOVER type. Dateline coded no event in the paragraph (the police raids, with hundreds hurt, are the main miss)."),
}

leads = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert len(leads) == 6
tot = [0, 0, 0, 0]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in leads:
        coder, found, spurious, notes = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": coder, "found": found,
               "dateline_events": len(p["events"]), "spurious": spurious, "notes": notes}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for i, x in enumerate((len(coder), found, len(p["events"]), spurious)):
            tot[i] += x
print("coded acts %d, found %d, dateline events %d, spurious %d" % tuple(tot))
