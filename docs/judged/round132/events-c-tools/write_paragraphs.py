"""Write paragraphs-c-verdicts.jsonl (judge c's coding of the six first paragraphs)."""
import json
P = {
 "h43-x166-09": (["ASSAULT: unnamed (security forces, not named) -> African migrants (no code), at least five killed and dozens injured at the Ceuta border fences, 2005-09-29"],
                 0, 0, "Dateline found no event; the migrants' attempt to scale the fences is not coded as a political act."),
 "h43-x168-16": (["SANCTION: Malaysia's Federal Court (MYS) -> Anwar Ibrahim (MYS), upheld sodomy conviction and five-year prison sentence, 2015-02-10"],
                 1, 0, "Dateline's e1 (SANCTION convict, court -> Anwar, 2015-02-10) is right in every field; sending him back to prison is part of the same sentencing act."),
 "h43-x168-08": (["SANCTION: Mexico (MEX) -> Venezuela (VEN), withdrew its ambassador from Caracas, 2005-11-14",
                  "SANCTION: Venezuela (VEN) -> Mexico (MEX), recalled its ambassador, 2005-11-14",
                  "ACCUSE: Hugo Chavez (VEN) -> Vicente Fox (MEX), called him a 'puppy of the empire', undated (last week per the story)"],
                 0, 0, "Dateline found no event in this paragraph: both ambassador withdrawals (CAMEO 161, SANCTION) and Chavez's insult were missed. Fox's backing of the U.S.-led trade plan is a background reason, not coded."),
 "h43-x167-20": (["REJECT: Cameroon's army (CMR) -> (accusers, unnamed), denied accusations that soldiers deliberately killed civilians, 2020-02-17",
                  "ACCUSE: unnamed accusers -> Cameroonian soldiers (CMR), accusations of deliberately killing civilians, undated",
                  "ASSAULT: soldiers (CMR) -> civilians (CMR), 22 people including 14 children killed at Ngarbuh, 2020-02-14 (reported, as the UN gives it)"],
                 1, 0, "Dateline's one event is the ACCUSE on 'accusations', with the army as source and civilians as target (wrong parties: the army is the one denying, the soldiers are the accused); it counts as finding the ACCUSE, not as spurious. The army's denial (REJECT) and the killing (ASSAULT) were missed. The ACCUSE has no named source and could be left uncoded."),
 "h43-x166-19": (["CONSULT: Mohammad Javad Zarif (IRN) -> France / Emmanuel Macron (FRA), flew to Biarritz for talks on the G7 sidelines at Macron's invitation, 2019-08-25"],
                 0, 0, "Dateline found no event in the first paragraph (its CONSULT events are in later paragraphs)."),
 "h43-x167-06": (["AGREE: Norway (NOR) -> Sri Lanka government (LKA) and LTTE (LKA), agreed to help bring them to the negotiating table, 2000-02-16",
                  "ASSAULT: (war between the Sri Lankan government and the LTTE) -> more than 60,000 people (LKA), killed, no date (a total)"],
                 1, 0, "Dateline's e1 (AGREE Norway -> Sri Lanka's government, 2000-02-16) is right. The war death total, coded elsewhere by dateline as such totals are, was not coded here."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
tot = [0, 0, 0, 0]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": len(p["events"]),
               "spurious": spur, "notes": notes}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot[0] += len(ev); tot[1] += found; tot[2] += len(p["events"]); tot[3] += spur
print("coded acts, found, dateline events, spurious:", tot)
