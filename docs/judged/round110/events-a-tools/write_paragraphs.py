"""Write paragraphs-a-verdicts.jsonl (the judge's coding of the 6 first paragraphs)."""
import json
P = {
 "h32-x122-07": (["ASSAULT: Israeli helicopter gunships (ISR) -> Hamas (PSE), missile strike on Hamas office in Nablus killing two Hamas leaders and six other Palestinians, 2001-07-31"],
                 1, 0, "dateline's e1 ASSAULT Israel -> Hamas, 2001-07-31, right in every field; the killing is the same strike, coded once."),
 "h32-x124-04": (["PROTEST riot: rioters (IDN) -> none, rioting during the election campaign in which hundreds are believed to have died, 1997 (campaign, no exact date)"],
                 0, 0, "The landslide (election result) is no PLOVER act; the campaign rioting is a background act dateline did not code."),
 "h32-x124-15": ([], 0, 0, "An election win and exit polls: no PLOVER act."),
 "h32-x121-01": (["ASSAULT: unnamed bombers (ETA named only later) -> Jose Maria Aznar (ESP), car bomb in Madrid, 1995-04-19"],
                 0, 0, "The car bomb Aznar survived is missed: dateline has no event in this paragraph."),
 "h32-x122-10": (["RETREAT resign: Roberto Calderoli (ITA) -> none, resigned, 2006-02-18",
                  "PROTEST riot: protesters (LBY) -> Italy (ITA), stormed Italy's consulate in Benghazi, 2006-02-17",
                  "ASSAULT: Libyan police (LBY) -> protesters (LBY), opened fire killing at least 11, 2006-02-17"],
                 2, 0, "Found the resignation and the police shooting (e2 ASSAULT, though it codes the police and the dead as ITA; they are Libyan); the storming of the consulate is missed."),
 "h32-x121-03": (["COERCE arrest: NATO-led peacekeepers (SFOR, NATO) -> Bosnian Serb war crimes suspect Milan Kovacevic (BIH), 1997-07-10",
                  "ASSAULT: NATO-led peacekeepers (SFOR, NATO) -> Bosnian Serb suspect Simo Drljaca (BIH), shot dead, 1997-07-10"],
                 1, 0, "Found the arrest (target coded as the country Bosnia rather than the suspect); the shooting dead of the second suspect is missed."),
}
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert len(paras) == 6
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(p["events"]), "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")
