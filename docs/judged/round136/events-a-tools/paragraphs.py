"""Write paragraphs-a-verdicts.jsonl from the judge's coding of the six first paragraphs."""
import json
P = {
 "h45-x176-10": (["RETREAT: Colombia's FARC rebels (COL) -> two women hostages Clara Rojas and Consuelo Gonzalez (COL), freed and handed to a Venezuelan-led mission, 2008-01-10",
                  "CONSULT (mediate): Hugo Chavez (VEN) -> FARC and Colombia (COL), brokered the release deal, before 2008-01-10 (undated)"],
                 1, 0, "Dateline's RETREAT release is right in every field (FARC -> the hostages, Thursday 2008-01-10). Chavez's mediation is missed; the officials' 'relief tinged with suspicion' is not coded."),
 "h45-x176-01": (["SANCTION (reduce aid): Japan (JPN) -> China (CHN), freeze of almost all grant aid announced on Tuesday 1995-08-29 (future)",
                  "MOBILIZE (weapons test): China (CHN) -> none, latest underground nuclear test, 1995-08-17 (date given in paragraph 3)"],
                 1, 0, "Dateline found only the nuclear test (MOBILIZE, right type, but no date where the story gives August 17); it missed the paragraph's main act, Japan's aid freeze (SANCTION). The 1989 Tiananmen crackdown is a background reference, not coded."),
 "h45-x176-05": (["AGREE (assurance/de-escalation): George W. Bush (USA) -> North Korea (PRK), no intention of attacking North Korea, 2002-02-20",
                  "ACCUSE: George W. Bush (USA) -> North Korea (PRK), stood by his 'axis of evil' description, 2002-02-20"],
                 0, 0, "Dateline coded nothing in this paragraph. The tour of the frontier is not coded as a visit because the paragraph names no host."),
 "h45-x173-13": (["RETREAT resign (future; CONCEDE in PLOVER's strict reading): Ferenc Gyurcsany (HUN) -> none, said on Saturday 2009-03-21 he would resign"],
                 1, 0, "Dateline's RETREAT/resign with future modality counts as found (the conventions treat 'is to step down' as future modality); its date is none though the announcement was Saturday 2009-03-21. 'Conceding that he had become an obstacle' is a statement, not an event."),
 "h45-x175-02": (["ASSAULT (heavy weapons): ruling Council of State's fighters (LBR) -> Roosevelt Johnson's faction (LBR), gunfire and rockets in Monrovia, 1996-04-06 to 1996-04-07",
                  "COERCE (arrest attempt): Liberia's ruling council (LBR) -> Roosevelt Johnson (LBR), sent fighters to arrest him on murder charges, 1996-04-06"],
                 0, 0, "Dateline coded nothing in this paragraph (its three events are in later paragraphs)."),
 "h45-x176-24": (["COERCE (state of emergency): James Marape (PNG) -> none (Port Moresby), 14-day state of emergency, 2024-01-11",
                  "COERCE (administrative sanction): James Marape (PNG) -> police commissioner David Manning and other top officials (PNG), suspended, 2024-01-11",
                  "PROTEST riot: rioters and looters (PNG) -> none, riots leaving at least 15 dead in Port Moresby and Lae, 2024-01-10"],
                 1, 0, "Dateline's COERCE state of emergency is right in every field; the suspensions and the riots are missed."),
}
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert len(paras) == 6
tot = [0, 0, 0, 0]
with open("paragraphs-a-verdicts.jsonl", "w") as fh:
    for p in paras:
        acts, found, spur, notes = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": acts, "found": found,
               "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for i, x in enumerate([len(acts), found, len(p["events"]), spur]): tot[i] += x
print("coded acts, found, dateline events, spurious:", tot)
