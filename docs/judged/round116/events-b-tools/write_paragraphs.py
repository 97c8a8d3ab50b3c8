"""Write paragraphs-b-verdicts.jsonl: the acts a trained coder codes in each first paragraph."""
import json
P = {
 "h35-x133-13": (["AGREE: Dmitry Medvedev (RUS) -> Vladimir Putin (RUS), says he would ask Putin to serve as prime minister (offer of the post, asserted; the election condition is its terms), 2007-12-11",
                  "SUPPORT: Vladimir Putin (RUS) -> Dmitry Medvedev (RUS), anointed him as preferred successor, 2007-12-10 (Monday, per paragraph 4)"],
                 0, 0, "Dateline has no event in the paragraph; it codes Putin's endorsement from paragraph 4 ('supported the choice'), not from 'anointed' here."),
 "h35-x135-18": (["ASSAULT: two senior officers (LSO military) -> Lt Gen Khoantle Motsomotso (LSO), shot dead at Maseru barracks, 2017-09-05"],
                 0, 0, "The lead killing is missed; dateline's e1 in paragraph 2 is the bodyguards killing the two officers, a different act."),
 "h35-x136-01": (["SANCTION: Philippines (PHL) -> Singapore (SGP), recalled its ambassador, 1995-03-18",
                  "ASSAULT (execute): Singapore (SGP) -> Flor Contemplacion (PHL), hanged, 1995-03-17 (Friday dawn, per paragraph 2)",
                  "REQUEST: Fidel Ramos (PHL) -> Singapore (SGP), last-minute pleas for clemency, before the execution (no exact date)"],
                 1, 0, "e1 (recall of the envoy) is found and right in every field. The hanging is coded only from paragraph 2 ('executed'), the clemency plea not at all. The background conviction in the appositive ('convicted of a double murder') is not counted."),
 "h35-x134-01": (["ACCUSE: opposition parties (EGY) -> ruling party / authorities (EGY), say the first round was riddled with fraud, 1995-11-30",
                  "ASSAULT: rival supporters (EGY) <-> rival supporters (EGY), clashes leaving several people dead, 1995-11-29 (Wednesday's vote)"],
                 0, 0, "Neither act is coded from the lead; the deaths are coded from paragraph 3 (item 42)."),
 "h35-x136-06": (["CONSULT (multilateral): world leaders at the U.N. Millennium Summit, the gathering ended, 2000-09-08",
                  "SUPPORT: world leaders (no code) adopt the Millennium Declaration (finalizing an agreement; its pledges to halve poverty and strengthen peacekeeping would be AGREE), 2000-09-08"],
                 0, 0, "No event from the lead; the doc's Friday is 2000-09-08 (story dated Saturday 2000-09-09)."),
 "h35-x136-03": (["ASSAULT: the generals (MMR military) -> Myanmar government, seized power in a coup, 1988"],
                 0, 0, "The junta dissolving its own council and renaming it is an internal reorganisation, not a PLOVER interaction; only the background 1988 coup is coded, as ASSAULT by the armed-seizure convention (as item 14)."),
}
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for l in open("paragraphs-b.jsonl"):
        p = json.loads(l)
        ev, found, sp, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(p["events"]), "spurious": sp, "notes": notes},
                             ensure_ascii=False) + "\n")
print("ok")
