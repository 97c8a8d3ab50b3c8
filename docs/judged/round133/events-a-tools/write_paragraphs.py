import json
P = {
 "h44-x170-12": (["CONCEDE: Benjamin Netanyahu (ISR) -> Palestinians (PSE), announces a 10-month halt to new settlement construction, 2009-11-25",
                  "REJECT: Palestinian leaders (PSE) -> Netanyahu / Israel (ISR), reject the freeze as a sham, 2009-11-25"],
                 1, 1, 0, "Dateline found the REJECT (right type) but gave it target Palestine (PSE) instead of Israel; the settlement-freeze announcement itself was not coded."),
 "h44-x172-12": (["ASSAULT: South Korean navy (KOR) <-> North Korean navy (PRK), warships exchange fire near the sea border, 2009-11-10"],
                 1, 1, 0, "Found with the right type; its target 'South Korean officials' (the reporters) is wrong and the source merges both navies under PRK."),
 "h44-x171-20": (["COERCE: Angolan authorities / prosecutors (AGO) -> Jose Filomeno dos Santos (AGO), placed in pre-trial detention, 2018-09-24"],
                 0, 0, 0, "Dateline codes the detention only in a later paragraph (e4, 'detained'), not in this sentence."),
 "h44-x170-05": (["AGREE: Israel (ISR) -> United States (USA), accepts the U.S. (Tenet) ceasefire plan, 2001-06-12 (security cabinet, Tuesday)",
                  "AGREE: Palestinian Authority (PSE) -> United States (USA), accepts the U.S. ceasefire plan, 2001-06-13",
                  "CONSULT: George Tenet (USA) <-> Israel (ISR) and Palestinian Authority (PSE), intense talks led by the CIA director, 2001-06 (before 2001-06-13)"],
                 0, 0, 0, "No dateline event in the paragraph; the two acceptances and the Tenet-led talks are missed here (dateline codes the PA approval and Tenet-Arafat meeting in the next paragraph)."),
 "h44-x170-02": (["REQUEST: jailed al-Gama'a al-Islamiya leaders (EGY, rebel group) -> the group's members (EGY), call to stop armed attacks, 1997-07-05 (Saturday)"],
                 0, 0, 0, "No dateline event in the paragraph; a coder might also read the call as a declared halt (CONCEDE), but either way it was missed."),
 "h44-x170-13": (["ACCUSE: United States (USA) -> Syria (SYR, senior Syrian diplomat), summoned to voice concern, 2010-04-19",
                  "AID: Syria (SYR) -> Hezbollah (LBN), supplied Scud missiles, reported (inside 'reports that'), no date"],
                 1, 1, 0, "Summons found as ACCUSE (right type, right arguments, Monday 2010-04-19); the reported Scud supply inside the concern was not coded."),
}
with open('paragraphs-a-verdicts.jsonl','w') as out:
    for l in open('paragraphs-a.jsonl'):
        d = json.loads(l); ce, found, de, sp, notes = P[d['doc']]
        assert de == len(d['events'])
        out.write(json.dumps({"doc": d['doc'], "coder_events": ce, "found": found, "dateline_events": de, "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
