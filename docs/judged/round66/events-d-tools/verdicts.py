"""Write events-d.jsonl from the judge's verdicts below (judge d, round 66).
Each entry: n -> (wrong fields, reasons). 'SPURIOUS' marks an item that holds no event."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ("target", "Army assault to retake Kidal, dated Wednesday 2014-05-21: right. The sentence names the party attacked ('a rebel stronghold'), so the target should be the Tuareg/MNLA rebels (MLI), not empty."),
 2: ("target", "REQUEST by the UN and the US is right, and the document date is fine. But 'all sides' refers to the Cameroonian government and the anglophone separatists, so the target should be those parties (CMR), not empty."),
 3: ("source target", "ASSAULT reported by the Israeli military, on the document date (Friday): right. The source should be Israeli warplanes (ISR), not IRN. The target should be Iran (IRN), whose Natanz enrichment plant was struck; it is not empty."),
 4: ("", "Hungarian court (HUN) convicted and sentenced Safarov (AZE) in 2006: SANCTION convict, right in every field."),
 5: ("", "Moscow's welcome is SUPPORT (RUS), reported as this news on the document date. The sentence names no party ('the outcome'), so an empty target is right by the rules. A coder might add Voronin (MDA)."),
 6: ("SPURIOUS", "Parliament scrapping a constitutional term limit is a domestic legislative change with no PLOVER act between actors (it is not a RETREAT/concession to anyone), and the actor would be parliament (DZA), not Bouteflika. Spurious."),
 7: ("date", "Voronin's denial of the opposition's charge is accepted as REJECT (PLOVER: all rejections; CAMEO would call it a denial, 016). Source and target are right. But 'has rejected' is an undated earlier act in the story's background, so it should have no date, not the document date."),
 8: ("", "Erdogan hosting leaders at Gallipoli on Friday 2015-04-24 (the same day as the Yerevan ceremony) is CONSULT. As a meeting it is right with host as source and guests (Prince Charles, GBR) as target."),
 9: ("source", "PROTEST demo on the document date, with no target named: right. But the source should be Palestinian protesters (PSE); the sentence places the protests in Palestinian areas, so the source is not empty."),
 10: ("type date", "Congress voting to dismiss Bucaram is removal from office: COERCE (administrative sanction, CAMEO 172) or SANCTION, not REJECT. Source and target are right. The vote was 'late on Thursday', so the date should be 1997-02-06, not the Friday document date."),
 11: ("", "Opposition leaders (DZA) dismissing the election outcome is REJECT on the document date, and no party is named, so the empty target is right. The GOV sector on the opposition is not scored."),
 12: ("", "ACCUSE disapprove by EU and Commonwealth observers, document date, no target named: right. Merging the Commonwealth observers into one EUR actor is loose, but the party is the one named in the sentence."),
 13: ("", "EU call for dialogue: REQUEST, EU, no target named in the sentence, document date. Right."),
 14: ("", "US call for a return to constitutional order: REQUEST (USA). The sentence names no target. The date 2005-08-03 is the story's dateline day. Right."),
 15: ("target", "India's 2019 air strike: ASSAULT aerial, IND, year 2019, asserted with reported_by diplomats, all right. The target should be the militants/Pakistan (PAK), whose camp in Pakistan the sentence names, not empty."),
 16: ("", "Noda said he would step down: RETREAT resign with future modality ('is to step down' is future by CONVENTIONS). A future act with no date is right. PLOVER itself would code the promise separately."),
 17: ("date", "The army deploying in the south is MOBILIZE (LBN). But 'is deploying' is going on now, so the date should be the document date 2025-01-09; 'November' dates the ceasefire, not the deployment."),
 18: ("", "Borrell (EU) calling for calm and restraint is REQUEST, document date, no target named. Right (the BUS sector is not scored)."),
 19: ("source", "Militant attacks on soldiers and police since mid-2013: ASSAULT, a span with no date, target police (EGY), all right. The source should carry EGY: the sentence places the militants in the Sinai Peninsula, which is Egypt, so an empty code is wrong."),
 20: ("SPURIOUS", "The business leaders' 'warning' that the garment industry could not afford more shutdowns is the reason for their appeal (item 24), not a threat of harm by the speakers. It is no THREATEN and duplicates the REQUEST. Spurious."),
 21: ("", "Washington seeking an explanation from Baku is REQUEST USA -> AZE, reported by the White House on the document date. Right."),
 22: ("date", "The Dar es Salaam bombing killing 10 people (mostly TZA), with no attacker named: right. But it went off 'minutes later' than the Nairobi blast on Friday, so the date should be 1998-08-07, not 08-08."),
 23: ("", "Bush visited Latvia on Saturday 2005-05-07: CONSULT visit USA -> LVA. Right."),
 24: ("", "Business leaders (BGD) urging both sides (BNP and Awami League camps, BGD) to avoid agitation is REQUEST on the document date. Right."),
 25: ("", "Eight soldiers killed during the Saturday visit (2014-05-17): ASSAULT. The killers are not named in the sentence, so the empty source is right. Right."),
 26: ("", "The OAU and EU not recognising the result is SUPPORT (recognition) negated, on the document date. The sentence names no party. Right."),
 27: ("date", "Khobar truck bomb: ASSAULT, no attacker named, Americans (USA): right. But the next sentence says the blast went off late on Tuesday, so the date should be 1996-06-25, not Wednesday 06-26 (the day of the report)."),
 28: ("type", "EU officials saying they would work with the new president is an expression of intent to cooperate: AGREE (CAMEO 030), not COOPERATE, which is material cooperation. Source, target, future modality for the working, and the absent date are right."),
 29: ("type", "Davutoglu 'warned that the debate should be left to historians' is no threat of harm. It is a REQUEST/appeal (or at most ACCUSE disapprove), not THREATEN. Source, empty target and Friday 2015-04-24 are right."),
 30: ("", "Eight people killed in campaign clashes: ASSAULT with no source, KEN victims, and no date for an act spread over the campaign. Right."),
 31: ("", "US congratulating Uribe: SUPPORT USA -> COL on the document date. Right."),
 32: ("", "REQUEST for restraint with target India and Pakistan, document date: right. The source gives only the US, missing China and the Gulf states, but the US is a right party."),
 33: ("target", "Rivals conceding defeat: CONCEDE by Roxas/Poe (PHL) on Monday-Tuesday, right. But the sentence names Duterte ('his main rivals'), the party conceded to, so the target should be Rodrigo Duterte (PHL), not empty."),
 34: ("", "Chile's formal protest to Britain on Saturday 1998-10-17 is ACCUSE (official complaint, CAMEO 114), CHL -> GBR. Right."),
 35: ("date", "Israeli military killing Nasrallah: ASSAULT ISR -> Nasrallah (LBN), right. But the strike was 'Friday evening', so the date should be 2024-09-27, not Saturday 09-28 (when the military said it)."),
 36: ("", "Pakistan suspending all trade with India on Thursday 2025-04-24: SANCTION PAK -> IND. Right."),
 37: ("date modality", "The signing of a deal with the EU (SUPPORT, Serbia -> EU) is right as the act. But Kostunica said Serbia should not sign *if* the EU sends its Kosovo mission, a conditional, so the modality should be hypothetical, not negated. A hypothetical act in an undated past statement should have no date, not the document date."),
 38: ("target", "The Kremlin pressing former Soviet states is REQUEST (RUS), ongoing, on the document date: right. The target should be the former Soviet states (Ukraine, Moldova, Georgia, Armenia), not the Soviet Union (SUN)."),
 39: ("date", "Dozens killed in the clashes: ASSAULT, victims CIV, no agent in the clause, so the empty source is accepted. But the lead dates these street battles to Thursday, the day of the swearing-in, so the date should be 2000-10-26, not Friday 10-27."),
 40: ("target", "US urging restraint: REQUEST (USA), document date, right. But 'both sides' refers to North and South Korea, so the target should be PRK and KOR, not empty."),
 41: ("target", "AU condemnation: ACCUSE disapprove (AU), document date, right. But 'the attack' is the rebel attack on N'Djamena, so the target should be the rebels (United Front for Change, TCD), not Chadian government forces."),
 42: ("date", "Orban urging Zelenskiy in Kyiv is REQUEST HUN -> UKR, right. But it was 'three days after' Kyiv before the Friday 2024-07-05 Moscow visit, so the date should be 2024-07-02. July 1 is the start of Hungary's EU presidency."),
 43: ("", "Israel's withdrawal from south Lebanon in 2000 is RETREAT withdraw ISR -> LBN, year 2000, a fact (asserted). Right."),
 44: ("", "Hasina accusing her opponents (Zia's alliance, BGD) of rigging on Wednesday 2001-10-03: ACCUSE. Right."),
 45: ("", "Diallo urging his supporters to stay calm is REQUEST GIN -> his supporters (GIN) on the document date. Right."),
 46: ("", "France pressing Gbagbo, per diplomats: REQUEST FRA -> Gbagbo (CIV), document date, asserted with reported_by. Right."),
 47: ("", "Meetings in Tehran between Straw, de Villepin, Fischer and Iranian officials on Tuesday 2003-10-21 are CONSULT. As a mutual meeting it is right with Straw as source and the others as target."),
 48: ("target date", "Newspapers (KOR) calling the bailout day a national disgrace is accepted as ACCUSE disapprove. But Japan appears only in a 1910 historical reference, so the target should be empty (or the bailout's parties). The date 1996-12-18 comes from the 'Dec. 18' election (with the wrong year); it should be the document date 1997-12-04."),
 49: ("", "Rebels killing dozens of soldiers in Kidal on Wednesday 2014-05-21 is ASSAULT. The source name is clipped to 'Tuareg-led' but denotes the Tuareg separatist rebels (MLI). Target soldiers (MLI) is right."),
 50: ("", "Hezbollah and Amal lawmakers backing Aoun in the Thursday vote (document date 2025-01-09) is SUPPORT LBN -> Aoun (LBN). Right."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and len(V) == 50
with open("events-d.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            w = wrong.split()
            assert all(x in F for x in w), w
            v = {f: f not in w for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
