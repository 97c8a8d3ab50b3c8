"""Write paragraphs-b-verdicts.jsonl: the acts a trained coder codes in each sampled first paragraph."""
import json
P = {
 "h17-x64-03": (["REQUEST: Hwang Jang-yop (PRK) -> South Korea (KOR), asked for asylum at the South Korean consulate in Beijing, 1997-02-12"],
                0, 0, "Dateline coded nothing in this paragraph (its REQUEST for Hwang's wish to come to the South is in paragraph 3). Hwang's defection itself and Seoul calling it the most important defection are not PLOVER acts."),
 "h17-x64-18": (["COERCE (seize): Argentina (ARG) -> Repsol (ESP), moved to expropriate a controlling stake in YPF, 2012-04-16",
                 "THREATEN: Spain (ESP) -> Argentina (ARG), warned of 'clear and forceful' measures, 2012-04-17 (no date given; document date)",
                 "ACCUSE (disapprove): European Union (no code) -> Argentina (ARG), criticism of the expropriation, 2012-04-17 (document date)"],
                0, 0, "All three acts of the lead are missed: the expropriation, Madrid's warning and the EU's criticism."),
 "h17-x63-17": (["ASSAULT: dissidents / attackers (GMB, unnamed) -> Gambian presidential palace / government (GMB), attack on State House, 2014-12-30",
                 "ASSAULT: Gambian security forces (GMB) -> the attackers, repelled the attack, 2014-12-30",
                 "ACCUSE (allege): Gambian officials (GMB) -> dissidents based abroad (GMB), called it an attempt to seize power, 2014-12-31 (document date)"],
                0, 0, "The attack, its repulsion and the officials' coup accusation are all missed; dateline's events in this story come from later paragraphs."),
 "h17-x64-15": (["SANCTION (expel/suspend): Pacific Islands Forum (IGO, no code) -> Fiji (FJI), suspended Fiji, 2009-05-02",
                 "REJECT: Frank Bainimarama (FJI) -> Pacific Islands Forum, ignored the deadline to set an election date, 2009-05-01 (the deadline, given later in the story)"],
                0, 0, "Both the suspension (the story's main act) and Bainimarama's defiance are missed."),
 "h17-x63-13": ([],
                0, 0, "No PLOVER act: an election result (Zardari elected president) is not a PLOVER event type, and 'assassinated former prime minister' is a modifier, not a reported act. Dateline rightly coded nothing here."),
 "h17-x63-18": (["ACCUSE (allege) / REJECT: Cellou Dalein Diallo (GIN) -> Alpha Conde / the electoral commission (GIN), rejected the result as fraudulent, 2015-10-17",
                 "REQUEST: Cellou Dalein Diallo (GIN) -> his supporters (GIN), called on them to protest, 2015-10-17"],
                1, 0, "Dateline found the call to protest (REQUEST Diallo -> supporters, right type) but missed the rejection of the result as fraudulent. Conde winning re-election is not a PLOVER act."),
}
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(p["events"]), "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")
