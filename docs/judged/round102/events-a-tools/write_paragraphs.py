import json
P = {
 "h28-x108-04": (["ASSAULT: Indonesian security forces (IDN) -> student demonstrators (IDN), opened fire, killing at least 14 and wounding scores, 1998-11-13"],
   1, 0, "dateline's e1 is that act (right in all fields). The students' demonstration is only implied by 'student demonstrators' (the victims), not reported as an act, so it is not listed."),
 "h28-x107-14": ([], 0, 0, "Bongo's death of natural causes and his 41-year rule are no PLOVER act; nothing to code."),
 "h28-x107-10": ([], 0, 0, "Election results (most seats, no majority) and 'doubts over peace talks' are no PLOVER act; nothing to code."),
 "h28-x108-22": (["COERCE arrest: Bolivian police (BOL) -> Jeanine Anez (BOL), arrested on charges of terrorism, sedition and conspiracy, 2021-03-13",
                  "ACCUSE disapprove: Anez's supporters and opposition leaders (BOL) -> the Bolivian government/police (BOL), denounced the arrest as political persecution, 2021-03-13/14"],
   2, 0, "Both found (e1 COERCE arrest, e2 ACCUSE denounce). The charges are coded with the arrest, once; Morales's 2019 fall is background."),
 "h28-x108-19": (["SUPPORT sign agreement: Juan Manuel Santos (COL) <-> FARC leader Rodrigo Londono (COL), signed a revised peace agreement, 2016-11-24"],
   1, 0, "Found (e1). The voters' rejection of the original accord in the October referendum is background (a vote, not coded); 'said it would be sent to Congress' is procedural, no act between actors."),
 "h28-x108-18": (["SANCTION discontinue: Philippine lawmakers (PHL) -> Muslim rebels' self-rule law / MILF (PHL), suspended hearings on the Bangsamoro law, 2015-01-27",
                  "ASSAULT: guerrillas (MILF and a breakaway faction, PHL) <-> Philippine police commandos (PHL), clash in which 44 commandos were killed, undated in the paragraph (Sunday 2015-01-25 by the next paragraph)",
                  "COERCE seize (law-enforcement raid): Philippine police commandos (PHL) -> wanted Malaysian bomb-maker Marwan (MYS), raid to capture him, 2015-01-25"],
   0, 0, "dateline found none of the three acts. The suspension of hearings is a domestic reduction of the peace-law process (a coder could leave it out); the clash with 44 dead is the core act and was missed."),
}
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in paras:
        acts, found, spur, notes = P[p['doc']]
        out.write(json.dumps({"doc": p['doc'], "coder_events": acts, "found": found,
            "dateline_events": len(p['events']), "spurious": spur, "notes": notes}, ensure_ascii=False) + '\n')
