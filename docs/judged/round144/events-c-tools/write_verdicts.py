"""Write events-c.jsonl from judge c's verdicts (wrong fields + reasons per item), then print per-field counts.

usage (from round144/): python3 events-c-tools/write_verdicts.py
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (list of wrong fields, or "spurious"; reasons)
V = {
 1: (["target"], "SUPPORT by Milei (ARG) is right and the document date is right for a congratulation reported as news, but 'him' is Kast, named in the previous sentence: the target should be Jose Antonio Kast (CHL), not empty."),
 2: ([], "Condemning the bombing is ACCUSE by Bush (USA) on the document date; the sentence names no perpetrator of the bombing (Arafat is the target of the separate 'urged' REQUEST, not a duplicate), so an empty target is right."),
 3: (["source", "date"], "Judicial executions 'in Cuba' are the Cuban state's, and the sentence names Cuba: the source should be Cuba's government (CUB), not empty. The date should be 2003-04-11, the Friday the story gives for the executions; 2003-04-10 counted from 'eight days after' April 2 contradicts it. Empty target is right (the executed men are not named here)."),
 4: (["source"], "The callers are 'some Moroccan Islamist figures': the source should be Moroccan Islamist figures (MAR), not the state of Morocco. REQUEST to the Moroccan government on the document date is right."),
 5: ([], "A promise to hold an election is AGREE (CAMEO 034 intent to reform maps to AGREE); the interim government (BGD) is the source, no target is named, and 'has promised' gives no time, so an unknown date is right."),
 6: ([], "Morocco (MAR) agreeing to resume relations with Israel (ISR) is AGREE, dated December 2020 by the sentence ('in December ... in 2020')."),
 7: (["date"], "ASSAULT on three defence lawyers (IRQ) by unnamed killers is right, but 1982 is the year of the Dujail attempt on Saddam, not of these killings, which were spread over the year-long trial (2005-06): a span with no single date, so the date should be empty/unknown."),
 8: (["source"], "'Troops' are the French soldiers of the NATO-led SFOR named in the lead sentence: the source should be French troops (FRA) or SFOR, not BIH. Target Krajisnik (BIH), date 2000-04-03 (Monday, about 3 a.m.) and modality are right."),
 9: (["date"], "REJECT by Adamkus (LTU) of Moscow's invitation is right, but May 2005 is the date of the celebrations, not of the refusal, which the text does not date (it came before May; background in a September story): the date should be empty/unknown."),
 10: (["target"], "ACCUSE by the State Department (USA) on the document date is right, but the same sentence says the crackdowns show 'Castro was tightening his grip', naming the party condemned: the target should be Castro / the Cuban government (CUB), not empty."),
 11: ([], "Weekly marches against the president's bid for a fifth term are a PROTEST aimed at the authorities, so Bouteflika (DZA) is a right target; March 2019 is the text's date."),
 12: (["target"], "Voters rejecting a draft constitution in the 1994 referendum is REJECT by Albanian voters (ALB), dated 1994; but the draft was 'pushed by Berisha', named in the sentence, so the target should be Sali Berisha (ALB), then president, not empty."),
 13: ([], "SUPPORT by Western governments (no single country, so an empty code is right) welcoming the referendum outcome; no party is named as target; document date right."),
 14: ([], "The referendum vote for entry into NATO is SUPPORT by Hungarian voters (HUN) toward NATO, on Sunday 1997-11-16."),
 15: ("spurious", "'were blamed for hardship' is a passive, agentless characterisation of Dzurinda's reforms inside a background relative clause, with no actor and no occasion; not an event (the sentence's act is Fico's promise, coded separately). The reported_by Fico is also wrong."),
 16: (["target"], "ACCUSE (allege) by the U.S. (USA), an ongoing stance ('blames') so the document date is right; but 'which' in the sentence is Osama bin Laden's al Qaeda network: the target should be al Qaeda (no country code), not empty."),
 17: ("spurious", "'the killing' refers back to Younes's killing, already coded from the lead sentence (item 25), as the topic of Gaddafi's government's statement; this sentence reports no new assault. Its act is an ACCUSE by the Libyan government (LBY) against the rebels."),
 18: ("spurious", "'It is banned in universities and public offices' describes a standing rule on the headscarf, with no actor and no act on any occasion: not an event (coded at all, it would be COERCE restrict against headscarf-wearing women, not against Turkey)."),
 19: (["target"], "CONSULT by Kenyatta (KEN) on Friday 2016-01-15, the day the story narrates, is right, but the other party of the meeting is named in the sentence: the target should be Kenya's national security council (KEN), not empty."),
 20: (["source", "date"], "The blame was laid by the FARC in its communique, not by 'its fighters' (who fired the explosives): the source should be the FARC (COL). The communique is reported as this news with no date, so the date should be the document date 2002-05-07, not unknown. Target paramilitaries (COL) is right."),
 21: ("spurious", "'a decision the Biden administration has not reversed' reports the absence of an act, a background state; no coder would code it (and reversing a recognition would not be a CONCEDE in any case)."),
 22: ([], "Putin's first visit to India as president is CONSULT visit (RUS -> IND), going on at the document date; not a duplicate (the lead sentence codes the signing)."),
 23: ([], "Sharon convening his security cabinet is CONSULT with the cabinet (ISR); 'overnight' before the Thursday report makes the document date right."),
 24: ([], "ASSAULT by unnamed perpetrators on more than 40 people (NPL) killed in protests; a total over a span, so no date is right."),
 25: ([], "Younes (LBY) killed, the attacker not named in this sentence; the text gives no date for the killing itself, so the document date of a news report is right by the rules (though it must have happened by Thursday 2011-07-28, when Jalil announced it)."),
 26: ([], "Vystrcil (CZE) arriving in Taipei for a five-day visit is CONSULT visit with Taiwan (TWN), Sunday 2020-08-30."),
 27: (["type"], "Timor-Leste's 1999 vote for independence from Indonesia is a rejection of Indonesian rule, not support for Indonesia: the type should be REJECT (TLS -> IDN, 1999). Source, target and date are right."),
 28: (["date"], "PROTEST by Russian-speaking pupils and parents against a school reform (a law), so Latvia (LVA) is a right target; but the next sentence dates this rally to Wednesday: the date should be 2004-09-01, not the document date 2004-09-02."),
 29: (["source"], "'they' are the 'fighters' of al Shabaab, which the story calls Somalia's Islamist militant group: the source should be al Shabaab (SOM), not a group without a country. The Ugandan base (UGA) target and September 2015 are right."),
 30: (["target"], "ASSAULT by an unnamed attacker on 'several other people', late Saturday 2015-12-19, is right, but the text gives no nationality for them (they died near Damascus): the target's country should be empty, not LBN."),
 31: ([], "SANA (SYR) calling the strike a 'terrorist' rocket attack is a disapproval (ACCUSE) naming no party ('without saying who fired'), so an empty target is right; document date right."),
 32: (["target"], "ACCUSE by the European Commission on the document date is right, but the executions are Cuba's and the same sentence names Cuba ('Cuba's request'): the target should be Cuba (CUB), not empty."),
 33: ([], "Israel (ISR) placing its security forces on high alert is MOBILIZE, no target, undated so the document date is right; the sealing off is a separate act."),
 34: ("spurious", "'We will not let them hold Mindanao hostage' is a metaphor in Arroyo's quote, not an abduction, and 'witnesses' are not in the sentence."),
 35: (["date"], "ACCUSE by the Albanian government against Berisha (ALB) is right, but the coup accusation belongs to the September unrest told in the previous sentence: the date should be 1998-09, not the document date."),
 36: ([], "Zedillo (MEX) deploring the loss of life is a disapproval (ACCUSE); the sentence names no party (the police are not named), so an empty target is right; document date right. The 'asked for an inquiry' REQUEST is a separate act."),
 37: ([], "Opposition leaders (PAK) calling the vote a farce is ACCUSE; 'the vote' names no party, so an empty target is right; Saturday 2007-10-06, the document date."),
 38: (["source"], "'The embassy bombing' is NATO's bombing of the Chinese embassy named in the lead sentence: the source should be NATO, not the embassy (which was the target). Target Chinese journalists (CHN) and May 1999 are right."),
 39: ([], "SUPPORT by the EU welcoming the vote; no party named as target; document date right."),
 40: (["target", "date"], "ACCUSE by Mouada (TUN) is right, but the opposition is what he says was harmed, not the party accused: the letter accused Ben Ali, so the target should be Ben Ali / the Tunisian government (TUN); and the letter was circulated in late September, so the date should be 1995-09, not the document date."),
 41: ([], "Demonstrators (LVA) marching past government buildings and chanting against the Education Ministry: a PROTEST aimed at the authorities, so Latvia is a right target; Wednesday 2004-09-01. Not a duplicate by the same-sentence rule (the lead's 'rallied' is item 28)."),
 42: ([], "REQUEST (call for restraint) by the UN and Western embassies; no party named as target; document date right."),
 43: ([], "'Japan will never give in to terrorism' is a refusal: CONCEDE negated is the same act as REJECT asserted under the conventions' 'refused to withdraw' rule; Japan (JPN) source; 'terrorism' is no party, so an empty target is right; a standing pledge with no time."),
 44: ([], "SUPPORT by Slovenian voters (SVN) for joining the EU and NATO, Sunday 2003-03-23."),
 45: (["source", "target"], "Signing a ceasefire that halted the war is RETREAT ceasefire, dated February 2002, but 'the government' is Sri Lanka's, not the U.S. government: the parties should be the Sri Lankan government (LKA) and the LTTE (LKA), so both argument lists are wrong."),
 46: (["source"], "AID (grant asylum) to Abu Qatada (JOR) is right, but asylum was granted by Britain, named in the sentence: the source should be Britain (GBR), not empty. The date 1993 is the only one the sentence gives (for the arrival) and is accepted."),
 47: ([], "ACCUSE (objected) by Russia (RUS) toward NATO, repeated over time with no date, so an unknown date is right."),
 48: ([], "A promise to give up the army post is AGREE (CAMEO 0341 intent to change leadership maps to AGREE); Musharraf (PAK), no target, 'has promised' undated."),
 49: (["target"], "SANCTION by Japan (JPN) is right and 'has suspended' gives no date, but the food aid and reactor funding are for North Korea, named as 'the North' in the sentence: the target should be North Korea (PRK), not empty."),
 50: (["date"], "COERCE arrest by Malian troops (MLI) of men in Moura (MLI) is right, but the sentence dates it 'between March 27 and March 31': the date should be 2022-03-27/2022-03-31 (at least 2022-03), not unknown."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
counts = {f: 0 for f in FIELDS + ["all"]}
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reasons = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
            assert all(w in FIELDS for w in wrong)
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for f in counts:
            counts[f] += v[f]
print(counts)
