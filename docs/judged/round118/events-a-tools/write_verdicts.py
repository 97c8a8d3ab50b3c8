# writes events-a.jsonl from the judge's per-item verdicts below (fields judged false listed per item)
import json
F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([ "date"], "Date should be none: 'hundreds of civilians were killed' is a total summed over the June-August fighting before the force deployed, a background span, not an act of the document date 2003-08-18. Empty source (shelling, no attacker named) and civilians (LBR) are right."),
 2: ([], "Yatsenyuk's announced resignation, RETREAT resign, future; the sentence gives the step-down no date (the Tuesday in the next sentence is the submission), so an unknown date is right."),
 3: (["date"], "REQUEST by the ECOWAS leaders (no country, a multinational body) to Mali's junta (MLI) is right, but the date should be 2022-09-22, the Thursday of 'the same meeting', not unknown."),
 4: ([], "Social Democrats (HRV) calling for an early election, REQUEST; no addressee named so an empty target is right; undated act reported as this news takes the document date."),
 5: ([], "U.S. (USA) calls on the Azerbaijani authorities (AZE) to respect due process: REQUEST, all fields right; 'the arrests' refers back to Azerbaijan's arrests."),
 6: ([], "COERCE arrest of Nkunda (COD) on Thursday 2009-01-22 is right; the sentence gives no arrester beyond the joint Rwandan-Congolese operation whose two armies report it, so 'armies' with no single country code is accepted as the joint force (Rwanda, RWA, would also have been right)."),
 7: ([], "Sihanouk (KHM) appealing for clemency is a REQUEST with no addressee named in the sentence; undated act reported as news takes the document date."),
 8: ([], "Sharaa (SYR) calls on the world to lift sanctions, REQUEST, Wednesday 2025-09-24; the source list carries a garbled second copy of the same person ('Ahmed al'), still the right party."),
 9: ([], "Harper (CAN) will step down as party leader: RETREAT resign, future, no date given; all right."),
 10: (["target", "date"], "ACCUSE by India is right but the target should be Jaish-e-Mohammad, named in the sentence as the group blamed; and the blaming belongs to the January 2016 Pathankot raid (date 2016-01 or none), not the document date 2016-09-18."),
 11: (["date"], "MOBILIZE of security forces by the Ivorian government (CIV) is right, but the deployment was 'in the run-up to the vote' held Saturday 2025-10-25, so the document date 2025-10-27 is wrong; it should be before the vote (2025-10 at most) or none."),
 12: (["date"], "AGREE Yemen -> IMF is right, but Miliband spoke at the Wednesday meeting, so Yemen's agreement is dated 2010-01-27 at the latest; the document date 2010-01-28 falls after the report."),
 13: ([], "Petro (COL) condemning the attack is ACCUSE disapprove; the attacker is unnamed so an empty target is right; undated, reported as news, document date right."),
 14: ([], "Rebels (LURD, LBR) pulled back from the port 'this month': RETREAT withdraw, 2003-08, all right."),
 15: (["target"], "ASSAULT killing one person in the Israeli strikes on Gaza, Monday 2000-11-20, source rightly empty; but the target's country should be Palestinian (PSE) or empty, not ISR: the dead were in Gaza, where Palestinian offices were hit."),
 16: (["target", "date"], "Target should be Taiwan (TWN), named as the recipient of the support and arms; date should be none: the stepped-up support and arms approvals are background acts over the past years, not acts of 2020-08-10. (SUPPORT accepted; AID military would also fit arms sales.)"),
 17: (["target"], "ACCUSE by Barak (ISR) is right, but the target should be the forces loyal to Arafat (PSE), the party blamed, not Arafat himself."),
 18: ([], "U.S. sanctions on Turkey's justice and interior ministers (TUR) in August 2018: SANCTION, 2018-08, all right."),
 19: ([], "Colom (GTM) congratulating the winner (Perez Molina, GTM): SUPPORT, all right."),
 20: ([], "Russia and China opposing the draft resolution language: REJECT, standing position at the document date; the sentence names no party so an empty target is right."),
 21: ([], "Protesters (KWT) stormed the parliament building in November 2011: a crowd action aimed at a government building, so the state (KWT) is a right target; all right."),
 22: (["target", "date"], "'He' is the senator Miguel Uribe Turbay (COL), not former president Alvaro Uribe; and the shooting is dated by the text to Saturday 2025-06-07, not unknown. Empty source (gunman not in the sentence) is right."),
 23: ([], "PM Sheikh Nasser (KWT) resigned soon after, November 2011: RETREAT resign, all right."),
 24: (["target"], "ACCUSE by Deby (TCD) is right, but 'the group' is the charity Zoe's Ark (French NGO), not the International Committee of the Red Cross."),
 25: ([], "Gaddafi (LBY) visits Niger (NER) Thursday 1997-05-08: CONSULT visit, all right."),
 26: (["target"], "Karami's resignation (RETREAT resign, Monday 2005-02-28) is right, but a resignation has no recipient: the government is what resigns with him, not a party acted upon; the target should be empty."),
 27: ([], "Preval (HTI) appealing for calm: REQUEST with no addressee named; undated, document date right."),
 28: ([], "Argentine court sentences Fernandez de Kirchner, Tuesday 2022-12-06: SANCTION convict, all right."),
 29: (["date"], "AGREE (promise to hand power to civilians, CAMEO 0341) by Abubakar (NGA) is right, but the promise was made on Monday 1998-07-20; '1998-05-29' is the handover date (itself 1999-05-29) put in the wrong year."),
 30: ([], "Several people detained after the attack: COERCE arrest, arrester unnamed (empty source right), people detained in Guinea (GIN); undated detentions of unknown day, unknown date accepted."),
 31: ([], "Diana Turbay (COL) killed in 1991: ASSAULT, killer unnamed in the sentence, date 1991, all right."),
 32: (["target"], "REQUEST by Samba-Panza (CAF) is right, but the target should be the Seleka rebel alliance fighters (CAF), named in the sentence, not empty."),
 33: ([], "Blair (GBR) telephoned Schroeder (DEU) Sunday night 1998-09-27: CONSULT phone, all right."),
 34: ([], "Netanyahu told Hezbollah (LBN) to 'calm down' on Sunday 2019-08-25: a demand, REQUEST, distinct from the warning coded as e7; Israel (ISR) for its prime minister is accepted as source."),
 35: ([], "Iran-aligned factions in Iraq (IRQ) attacked U.S. bases dozens of times since October 2023: ASSAULT on the USA, a span total with no date, all right."),
 36: ([], "Martelly (HTI) calls on his supporters to keep up peaceful pressure: REQUEST, supporters (HTI), document date right."),
 37: (["source"], "AGREE in January 1999 (agreeing to set up the panel) is right, but Santer acts as head of the European Commission: the code should be the EU / no country, and the text gives no Luxembourg (LUX)."),
 38: ([], "Benin refusing to let Niger's crude be loaded: REJECT (CAMEO 1211, reject economic cooperation), Benin (BEN) -> Niger (NER), reported as this week's news; all right."),
 39: (["source"], "REQUEST to Congress (USA) is right, but the source should be U.S. farm groups (USA), not the United States as a state."),
 40: ([], "Santos (COL) suspended talks with FARC (COL) on Sunday 2014-11-16: SANCTION (CAMEO 164 halt negotiations), all right."),
 41: (["target"], "ASSAULT firearms by the Palestinian gunman on Thursday 2008-03-06 is right, but the target should be the yeshiva students (ISR) the sentence names as those studying where he opened fire, not empty."),
 42: (["source", "target"], "THREATEN (RUF menacing the capital, May 2000) accepted, but the RUF rebels are Sierra Leonean (SLE), not GBR, and the target should be Sierra Leone (SLE) / its capital Freetown, named in the sentence as 'the capital'."),
 43: (["event"], "Spurious: the U.N. warning that the country risks genocide is a statement of concern, not a threat by the U.N.; no PLOVER event (and France is nowhere in the sentence)."),
 44: ([], "Ivanishvili (GEO) accused Saakashvili (GEO) on October 7 2011: ACCUSE, all right."),
 45: (["type"], "The act is the U.N. and EU condemning the attack: type should be ACCUSE (disapprove), not SUPPORT for 'joined'; source, empty target (attacker unnamed) and document date are right."),
 46: (["target"], "SUPPORT by the United States is right, but the praise is of Egypt's vote, and Egypt is named in the sentence: target should be Egypt (EGY)."),
 47: ([], "Fijian business leaders (FJI) urging the new government (FJI): REQUEST, document date, all right (the GOV sector on the business leaders is not scored)."),
 48: ([], "Talks between Haidar (IND) and Ahmad (PAK) ending Monday 1997-06-23: CONSULT, all right."),
 49: ([], "Nigerian officials (NGA) 'previously' praised Chadian support (TCD): SUPPORT, background act of unknown time, no date right."),
 50: ([], "Several candidates (COL) assassinated during the 1989-1990 campaign: ASSAULT, attackers unnamed; a total over a closed span, no date accepted under the span rule."),
}
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        v = {f: (f not in wrong) for f in F}
        if not v["event"]:
            v = {f: False for f in F}
        v["all"] = all(v[f] for f in F)
        it = dict(it); it["verdict"] = v; it["reasons"] = why
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
tot = {f: 0 for f in F + ["all"]}
for l in open("events-a.jsonl"):
    d = json.loads(l)
    for f in tot: tot[f] += d["verdict"][f]
print(tot)
