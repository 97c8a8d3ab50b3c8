"""Write events-a.jsonl from judge a's verdicts (round 156).

Each verdict is the list of wrong fields ("spurious" = not an event: false in all six) and the reasons.
usage: write_verdicts.py   (run in round156/)
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Right: Xi's (CHN) visit to Nepal (NPL), wrapped up on Sunday 2019-10-13 (the document date); visitor as source, host as target."),
 2: ([], "Right: killings in Yemen's uprising, no perpetrator named (empty source right), victims 'people' in Yemen; a total summed since the uprising began has no date, so the unknown date is right."),
 3: (["source", "date"], "Source should be Mousa Abu Marzouk with code PSE: the story calls him a leader of the Palestinian group Hamas, and JOR is only where he was deported to. Date should be 1997-05-05: the statement was read before his Monday departure (previous sentence), not on the 05-06 document date. The empty target is right because the detaining party is not named."),
 4: ([], "Right: ASEAN leaders agreed to hold a future summit that brings in China, Japan and South Korea (AGREE, willingness to meet them), on Monday 2004-11-29 as in the lead."),
 5: ([], "Right: rights groups (no country) urged the Guinean authorities; reaction reported as this news, so the document date is right."),
 6: ([], "Right: Sharon's office (ISR) praised the arrest; 'the arrest' is an act, not a party, so the empty target is right. The date is Monday 2002-04-15."),
 7: ([], "Right: the Polisario Front released the Moroccan prisoners on Thursday 2005-08-18. Coding Polisario as MAR rebels follows the CAMEO practice of giving insurgents the code of the state they fight; ESH would also be defensible."),
 8: ([], "Right: Chinese officials (CHN) accused Filipino and Vietnamese fishermen; 'previously' is a background act with no date, so the unknown date is right."),
 9: (["target"], "Target should be the killers, the Mujahideen Khalq (IRN rebels, Iraq-based). The sentence refers to them as 'the mercenaries of the enemy' and 'its authors', so the empty target is wrong by the definite-description rule."),
 10: (["source", "target"], "The visitor is Chirac, so source should be Jacques Chirac (FRA) and target Gnassingbe Eyadema (TGO), the host (PLOVER: visitor is ACTOR, host RECIPIENT); dateline has them swapped. Type CONSULT and the date 'last week' (1999-W29) are right."),
 11: ([], "Right: Hernandez (HND) arrested in February 2022; the arresting party is not named in the sentence, so the empty source is right."),
 12: ([], "Right: Katsav (ISR) promised to work to heal divisions, an AGREE (commitment to cooperate) made on Monday 2000-07-31. It is a weak event, and the empty target is accepted because the named groups are what the promise is about, not who it is aimed at."),
 13: (["target"], "Target should be Prabowo Subianto (IDN): 'him' in 'Widodo had asked him' is Prabowo, not Sri Mulyani Indrawati. The undated request (time unknown) and the REQUEST type are right."),
 14: ([], "Right: Iranian officials (IRN) rejected the criticism; the critics are not named in the sentence, so the empty target is right. The date is the document date, 2020-12-12, the day of the hanging."),
 15: ([], "Right: Iranian officials dismissed Netanyahu's address (REJECT of his call); 'the address' is an act, not a party, so the empty target is right. The date is 2015-03-03, the day of the speech."),
 16: (["date"], "Date should be 2019: the sentence places the Fishrot scandal, in which the ministers were charged, in 2019, so an unknown date is wrong. Type (charge), empty source and target (two Namibian ministers) are right."),
 17: ([], "Right: North Korea tested a hydrogen bomb (MOBILIZE weapons test), and Pyongyang said so on Sunday 2017-09-03."),
 18: ([], "Right: Wen Jiabao (CHN) signed the tariff agreement with ASEAN (the sentence names the China-ASEAN free trade area), a SUPPORT sign-agreement act on Monday 2004-11-29. It is in a different sentence from the lead's signing, so it is not a duplicate."),
 19: (["date"], "Date should be 1976: the prisoners were taken and shot 'in the months after the coup' of March 1976, and the lead says the murders were in 1976. Type ASSAULT, empty source (perpetrators unnamed) and prisoners (ARG) as target are right."),
 20: ([], "Right: EU officials warned Tirana that the road would be long unless it cracked down (a conditional warning, THREATEN) on Monday 2006-06-12. REQUEST (demand to fight crime) would also be defensible."),
 21: ([], "Right: Wickremesinghe (LKA) accused the Sri Lankan government on the day of the killing, 2009-01-08."),
 22: (["type"], "Type should be ASSAULT: dozens of rebels attacked Kadyrov's stronghold village in a gun battle. COERCE seize is for police or authorities raiding or searching. Source (rebels, RUS), target (Kadyrov's stronghold, RUS) and date (late August 2010) are right."),
 23: ([], "Right: people detained at the Vukovar protest on Monday 2013-09-02; the detaining police are not named in this sentence, so the empty source is right."),
 24: ([], "Right: Ramgoolam (MUS) accused the ruling coalition, i.e. the Mauritian government, on 2003-09-30."),
 25: ([], "Right: Karman (YEM) was arrested in January 2011; the arresting party is not named."),
 26: ([], "Right: Russian lawmakers demanded an explanation (REQUEST); the addressee is not named, so the empty target is right, and the reaction is dated to the 2003-08-02 document date."),
 27: (["modality"], "Modality should be future: Masire announced that he would step down, an announced future act (the rule's 'is to step down'), not a hypothetical one. The type and the unknown date of the step-down within the sentence are right; the announcement itself was last year (1997)."),
 28: ([], "Right: Hamas activists in Gaza (PSE) welcomed the release; 'the release' is an act, so the empty target is right. The reaction is dated to the document date."),
 29: ([], "Right: Human Rights Watch urged the Pakistani government, reported as this news (2010-05-28)."),
 30: ([], "Right: a 2013 rally against homophobia in Georgia. No participants are named, so the empty source is accepted. The aim is homophobia, not the authorities, so the empty target is right by the crowd-protest rule. The date is 2013."),
 31: (["source"], "Source should be European governments alone: Tunisia is not among those urging a deal (the sentence mentions only 'Tunisian shores'). The empty target and the document date (an ongoing 'have urged') are right."),
 32: (["target"], "Target should be Iran (IRN): the EU condemned Iran's hanging of Zam, and Iran is named in the same sentence. The date 2020-12-12 and the source are right."),
 33: (["date"], "Date is wrong: the summit with Modi in India came before Xi arrived in Kathmandu on Saturday 2019-10-12, so it cannot be 2019-10-13 (it was 11-12 October). It should be 2019-10-12 at the latest, or no date. Source and target are right (a mutual meeting)."),
 34: (["type"], "Type should be SANCTION (convict: a court finding laws unconstitutional), not ACCUSE. Source (Supreme Court, ARG), target (the military whose amnesty was struck down, ARG) and date (2005) are right."),
 35: ([], "Right: Menem (ARG) pardoned Videla (RETREAT release) five years after 1985, i.e. 1990."),
 36: (["spurious"], "Duplicate: the fine is part of the same sentencing already coded as e1 (SANCTION convict, the court against Karim Wade) in this sentence. The target is also wrong: 'him' is Karim Wade, not Abdoulaye Wade."),
 37: ([], "Right: Turkey joined U.S.-led air strikes against 'the group', which is Islamic State (no country), in summer 2015 ('last summer')."),
 38: ([], "Right: Zafy (MDG) rejected the charges against him in a radio address on 1996-09-05. The accusers are not named in the sentence, so the empty target is right."),
 39: (["target"], "Target should be France (FRA): the protests over the French tests were lodged with France, and Paris is named in the same sentence. Source (New Zealand, Australia) and date (Monday 1995-07-10) are right."),
 40: (["spurious"], "Not an event: 'Russia is not asking anyone's permission and is not knocking on the door' is rhetoric about Russia's stance on NATO, not a request made or refused. A trained coder would code no REQUEST here."),
 41: ([], "Right: several people arrested at the Dakar protest on 2015-03-23; the police are named only in the previous sentence, so the empty source is right."),
 42: ([], "Right: Italy's heavy investment in Serraj's government (LBY) to curb migration is COOPERATE in both sides' interest. The ongoing act takes the document date."),
 43: (["date"], "Date should be 2009-09-28: the security forces opened fire 13 years to the day before the trial, not on the 2022 trial day. Source (Guinean security forces) and target (the rally's protesters, GIN) are right."),
 44: (["target"], "Target should be Russia alone: Crimea is the annexed territory, not a party acted upon by the refusal to recognise. Source, type and the document date (an ongoing refusal) are right."),
 45: ([], "Right: Israel's offensive killed Palestinians (PSE). It is a total summed since 7 October, so it has no date, and the attribution to the health authorities keeps it asserted."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 45
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "spurious" in wrong:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
