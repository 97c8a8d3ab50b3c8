"""Write events-a.jsonl from the judge's verdicts below (fields false = wrong).
usage: write_verdicts.py   (run in docs/judged/round124)"""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n -> (list of wrong fields, or 'spurious'; reasons)
V = {
 1: ([], "Sudan's present-tense counter-accusation against Uganda: ACCUSE Sudan (SDN) -> Uganda (UGA), asserted; an accusation still standing when the story is told, dated by the story's own dateline (Dec 8; document date Dec 9 would be equally right)."),
 2: ([], "ACCUSE by Nepal's opposition communist parties (NPL) of the dissolution, reported as news on the document date. The sentence names no party, only 'the dissolution', so an empty target is right by the rules. A coder would usually target Deuba or the Nepal government (NPL)."),
 3: (["date"], "SUPPORT Cheney (USA) -> Baku, i.e. the Azerbaijani government (AZE), is right. But the reaffirmation was made on the visit 'last month', so the date should be 2008-09, not left empty."),
 4: ([], "Signing a formal agreement is SUPPORT (CAMEO 057). Both signatories (Sudan's government and the southern rebels, SDN) are given as actor with no recipient, which PLOVER prescribes for a reciprocal agreement. Thursday = 2003-09-25."),
 5: ([], "'the Turkish invasion of 1974' is a dated background ASSAULT by Turkey (TUR). The sentence names no invaded party (Cyprus is not named), so an empty target is right. Date 1974."),
 6: ([], "The clause refers to the actual attack on the interim president (MLI) in his office that day, so ASSAULT (no agent named) -> Traore on 2012-05-21 is right under the rules. A coder might instead code the sentence as Diarra's disapproval (ACCUSE), because the attack sits in a generic 'No Malian can accept that ...' frame."),
 7: ([], "A promise of a transition to elections is an intent to bring political reform (CAMEO 034), which is AGREE, by the junta (TCD). The text gives no date for the promise (some time after April 2021), so no date is right."),
 8: ([], "ACCUSE by the Bahrain Freedom Movement (BHR) of the execution, reported as news on 1996-03-26. The sentence names no party, only 'the execution', so an empty target is right by the rules (a coder would often target the Bahraini government)."),
 9: (["date"], "ACCUSE/investigate by the Bangladesh government (BGD) is right and the empty target is right. The date 2005-01-23 comes from nothing in the text. It should be the document date 2005-01-28, an undated act reported as this news (the attack was on 2005-01-27)."),
 10: ([], "ASSAULT (gunman not named in the sentence) -> Jose Francisco Ruiz Massieu (MEX), 'on Sept. 28' = 1994-09-28, asserted. All right."),
 11: (["target"], "The target should be the group of mercenaries led by Simon Mann (no country given). Zimbabwe is only where they were arrested. Type, empty source, the 2004 date and modality are right."),
 12: ([], "'helped end fighting in 1992' is a de-escalation, RETREAT/ceasefire (CAMEO 087), by Lebed (RUS), dated 1992. The sentence names neither warring party, so an empty target is right."),
 13: ([], "'the two militias agreed to a ceasefire in August': a reciprocal AGREE by the militias (SLB) with no recipient, as PLOVER prescribes, dated 2000-08 and asserted."),
 14: ("spurious", "Not an event. 'Pyongyang has never recognised it [the Northern Limit Line]' is a standing background position towards a boundary line. It is not an act towards a political actor, and diplomatic recognition (054) concerns states and governments. Spurious."),
 15: ([], "Signing a 45-day ceasefire is a declared truce, which is RETREAT/ceasefire under CAMEO 0871 (SUPPORT for the signing would also do). The mutual parties are Sudan's government and the rebel groups (SDN). Thursday = 2004-04-08."),
 16: ([], "REQUEST by the Portuguese government (PRT) for respect for constitutional order. The sentence names no addressee, so an empty target is right. An undated act reported as news takes the document date 2008-11-24."),
 17: ([], "The Monday protests in Umraniye: PROTEST dated 1995-03-13. The sentence names no protesters (only 'the protests') and no aim, so an empty source and an empty target are acceptable under the sentence rules (the Turkish state would also be a right target)."),
 18: ([], "'said they would continue to try to hold marches': a future PROTEST by Russian opposition activists (RUS). No aim is named, so the Russian state is a right target. No date for a future act."),
 19: ([], "'I am going to The Hague to defend Serbia': a future verbal defence (SUPPORT, CAMEO 052) by Seselj (SRB) of Serbia (SRB), with no date. Accepted. A coder might rather code his attack on the 'illegal court' (ACCUSE -> the ICTY)."),
 20: ([], "ASSAULT/destroy by the Pakistani military (PAK) on the madrassa in Bajaur (PAK) on Monday 2006-10-30, asserted. All right."),
 21: ([], "COERCE/arrest of more than 60 demonstrators in Istanbul (TUR) by the Turkish police, on Sunday 2005-03-06 when the rally was broken up. Asserted, with police as the speaker."),
 22: ([], "ACCUSE by France (FRA) of the attack. The sentence names no party, so an empty target is right. Undated news is dated by the story's dateline (May 21, the day of the attack); the document date 05-22 would also be right."),
 23: (["target"], "'He was detained' refers to Raul Salinas de Gortari (MEX), so the target should be Raul Salinas, not Attorney General Antonio Lozano Gracia. Type, empty source, date 1995-02-28 and modality are right."),
 24: (["source"], "The source is Irina Bokova as UNESCO's director-general, an international official, so her code should be UNESCO/IGO with no country, not Syria (SYR). REQUEST, empty target, date and modality are right."),
 25: ([], "SUPPORT by Turkey (TUR) for the deal. 'the deal' is an agreement, not a party, so an empty target is right. Reported as news on 2016-09-10."),
 26: (["date", "modality"], "The EU-Russia summit is 'weeks' after the story: CONSULT EU -> Russia, but its modality should be future and it should have no date, not the document date 2007-04-15 with asserted."),
 27: (["date"], "RETREAT/resign by Mikati (LBN) is right. But the text dates the act to his televised announcement 'on Friday night', so the date should be 2013-03-22, not the document date 2013-03-23."),
 28: ([], "'We will not give in to provocation': Garibashvili's (GEO) refusal to yield, a negated CONCEDE (equivalent to an asserted REJECT). The sentence names no party, so an empty target is right. Reported as news on 2015-07-14."),
 29: ([], "ASSAULT by Russian troops (RUS) near Vovchansk early on Friday 2024-05-10, asserted (reported by Ukraine's defence ministry). The sentence names no attacked party, so an empty target is right (Ukraine would also be right)."),
 30: (["type", "date"], "'backed the rebels in the 1994-96 war' names no material aid, so the type should be SUPPORT, not AID. It is a background act and should be dated 1994-1996, not the document date 2000-06-13. Source Kadyrov and target the Chechen rebels (RUS) are right."),
 31: (["date"], "ASSAULT/torture of Afkari (IRN), agent not named, asserted under the attribution rule ('Afkari said'). The torture happened in his detention at an unknown earlier time, so the date should be null, not 2020-09-12."),
 32: (["type", "target", "date"], "Soldiers firing warning shots and then at people's legs is ASSAULT (crowd-control/firearms), not THREATEN. The target should be the people trying to damage the fence (no country). The date should be Sunday 2011-05-15, the day of the shooting, not the document date."),
 33: ([], "ACCUSE by Iran's hardline officials (IRN) against the protesters (IRN), undated news on 2009-12-28, asserted. All right."),
 34: (["date"], "The killing of Bhatti (PAK) is right with an empty source (the sentence does not say the leaflet signers did it) and asserted. But the text dates this killing to Wednesday 2011-03-02, so the date should be 2011-03-02, not unknown."),
 35: (["date"], "REJECT: Iran (IRN) defied appeals for clemency from, among others, Trump (USA). The execution that is the defiance had happened by the time state media 'reported on Saturday', so the date should be 2020-09-12, not the document date 2020-09-13."),
 36: ([], "SUPPORT Medvedev (RUS) -> Aliyev (AZE), undated news on the document date 2008-10-16, asserted (according to the Kremlin). All right."),
 37: (["source"], "The protester (MLI) was killed 'when security forces fought back', so the source should be the security forces (MLI), not empty. Type, target, date 2012-05-21 and modality are right."),
 38: (["source"], "The 'special court in The Hague' is not a Dutch court: its seat is The Hague, but the text gives it no country of its own, so the source should be the special court with no country (in fact Kosovo's Specialist Chambers), not NLD. ACCUSE/investigate against former KLA fighters (XKX) is right, and so is the undated ongoing investigation."),
 39: ([], "COERCE/arrest by Russian riot police (RUS) of Kasparov (RUS) on Saturday 2007-04-14, asserted. All right."),
 40: ([], "AID alleged inside Sudan's accusation: Uganda (UGA) supplying the SPLA (SDN), modality reported. The alleged support runs up to the deal, so it is dated at the story (Dec 8), and an undated value would also be right."),
 41: ([], "ACCUSE/investigate by Gilani (PAK). The sentence names no party, so an empty target is right. Dated by the story's dateline, 2011-03-02 (the day of the killing); the document date would also be right."),
 42: ("spurious", "Not an event. 'clashed with Bukele' is a legal and political dispute between the constitutional chamber and the president, a trigger in another sense and not violence. The act in the sentence is the chamber striking down decrees (SANCTION/convict). Spurious."),
 43: (["target"], "'Most of the accused were arrested in February 2023': the target should be the accused, the Tunisian opposition figures and others on trial (TUN), not empty. Type, empty source, date 2023-02 and modality are right."),
 44: (["target"], "Amnesty's call for Conde's release is addressed to the Guinean authorities, who are not named in the sentence, so the target should be empty. Conde is the person to be released, not the party asked. REQUEST, source, date and modality are right."),
 45: (["date"], "COOPERATE Cuba (CUB) -> the U.S. inquiry (USA) is right, asserted under the attribution rule. 'had cooperated' is an earlier act of unknown time, so it should have no date, not the document date 2017-10-03."),
 46: (["target"], "Putin's (RUS) offer to expand Russian investment in Serbian railways and energy is made to Serbia, so the target should be Serbia (SRB), not empty. AGREE (offer), the 2014-10-16 date and modality are right."),
 47: ([], "ACCUSE by the White House (USA) of the 'suppression' of civilians. The sentence names no party, so an empty target is right by the rules (a coder would usually target the Iranian government). Reported as news on 2009-12-28."),
 48: ([], "ACCUSE by Maliki (IRQ) of the killing. The perpetrators are not named in the sentence, so an empty target is right. Undated news on 2007-09-14. All right."),
 49: ([], "REQUEST by ElBaradei (EGY) for justice and an end to the emergency law. The Egyptian government is not named, so an empty target is right. Dated to Friday 2010-06-25, when he joined the march and spoke."),
 50: (["source"], "'Around 8,000 police officers were deployed': the police officers (South Korean police, KOR) are the mobilised party, so the source should be the police, not empty. MOBILIZE, empty target, date 2008-04-27 and modality are right."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong), wrong
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
