"""Write events-b.jsonl from events-b-items.jsonl and the judge's verdicts below.
Fields listed in WRONG are false; a spurious item (event false) is false everywhere.
usage (from docs/judged/round111): python events-b-tools/write_verdicts.py"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
# n: (wrong fields, reasons)
V = {
 1: ([], "U.N. officials praising the conduct of the run-off rounds is SUPPORT as news (document date); the sentence names no party whose conduct is praised, so an empty target is right by the rules."),
 2: ([], "Giuliani verbally defending the city's snub (CAMEO 052 defend verbally -> SUPPORT), dated Monday 1995-10-23; the thing defended is the city's own act, so no target is right (a coder might instead see it as hostility toward Castro, but the sentence codes as defence)."),
 3: (["type", "date"], "The act is Buric's statement that Turkey's withdrawal compromised the protection of women: an ACCUSE (disapprove) CoE -> Turkey, not a CONCEDE ('compromised' read as 'made a compromise'); as a statement reported as news its date should be the document date 2021-03-21, not none."),
 4: (["date"], "ACCUSE Nasrallah (LBN) -> Saudi Arabia is right, but 'has accused' is an undated background act of an earlier time, so it should have no date rather than the document date 2016-03-02."),
 5: (["source", "target", "date"], "Future CONSULT visit is right, but the source should be Hu Jintao with CHN (not JPN); the target should be Japan (JPN), host of the Osaka and Nara legs; and the date 2008-05-07 belongs to the welcome, the visits fall after Wednesday and before Saturday (no single day given)."),
 6: (["source", "date"], "ASSAULT on the Palestinian militants is right, but the sentence names the Israeli special forces (ISR) whose operation led to the gun battle, so the source should be them, not empty; the date should be Sunday 2018-11-11 (the fighting erupted on Sunday), not none."),
 7: (["date"], "RETREAT resign by Nasheed is right, but he resigned after the mutiny 'in February last year', so the date should be 2012-02, not 2012-01 (the January 2012 detention)."),
 8: (["source", "date"], "REQUEST to Pyongyang is right, but the source is the G8 leaders, a multinational group (empty code or G8), not USA; the date should be the summit/document date 2000-07-23, not week 28 ('last week' belongs to Putin's Pyongyang visit)."),
 9: ([], "Moldova expelling five Russian diplomats is SANCTION, Moldova -> Russian diplomats, Monday 2017-05-29, asserted."),
 10: ([], "Killing of at least two people in the post-election clashes: ASSAULT with unknown perpetrator and victims in Nicaragua; dated with the election night (Sunday 2011-11-06) in the narrative, which I accept as the date the text gives the paragraph's events."),
 11: ([], "REQUEST by London for assurances, repeated at unknown times (no date right); the sentence names no addressee (Yemen is in the previous sentence), so an empty target is right."),
 12: (["event", "type", "source", "target", "date", "modality"], "Spurious: 'travelling to Russia' in a complaint about harassment is not a consultation or visit between political actors; the acts in the sentence are the complaint (ACCUSE) and the harassment."),
 13: (["target"], "SUPPORT by Western diplomats is right, but 'the visit' is Tadic's visit, so the target should be Boris Tadic (SRB) (or the two presidents), not the Serbian parliament."),
 14: (["target"], "ACCUSE (charged) is right, but 'she' in the sentence is Tsitsi Dangarembga (ZWE), so the target should be her, not empty."),
 15: ([], "REQUEST by rights groups and UNHCR to Finland, reported as news of the story datelined Nov 28, asserted."),
 16: ([], "Putin's visit to China: CONSULT visit RUS -> CHN, begun the day before the Wednesday signing (2014-05-20), asserted."),
 17: ([], "Signing of the gas deal: SUPPORT (CAMEO 057 sign formal agreement), mutual Russia/China, Wednesday 2014-05-21, asserted."),
 18: ([], "Tirana hosting Bush with a rapturous reception: CONSULT (host a visit, CAMEO 043), Albania -> the U.S. president, Sunday 2007-06-10; it is a separate sentence from the lead's visit, so it is not a duplicate by the rules."),
 19: (["target"], "AGREE on Friday 2004-09-24 is right, but the agreement is mutual: Manmohan Singh (IND) should be the other party (target, or co-source), not empty."),
 20: ([], "Passive ACCUSE of the LTTE ('are blamed') with no named accuser; a standing present-tense attribution takes the document date. A stricter coder would drop it as background, but it is a statement of accusation by the rules."),
 21: (["date"], "REQUEST by northern clerics (NGA) for sharia criminal law, no addressee named, is right; but 'have demanded for years' is an act still going on when the story is told, so it should take the document date 1999-10-28 rather than none."),
 22: (["date"], "U.S. cruise-missile strike on militant camps in Afghanistan is ASSAULT USA -> militants (AFG), but the text places it weeks before the bill was tabled in late August 1998, so the date should be 1998 (about August 1998), not unknown."),
 23: ([], "EU and NATO welcoming the calm vote: SUPPORT as news (document date); no party is named as the one welcomed, so an empty target is right."),
 24: (["source", "target"], "SUPPORT is right, but al-Mouallimi is Saudi Arabia's ambassador, so the source should carry SAU, not UNO; the vote welcomed is the Security Council's, named in the sentence ('the council'), so the target should be the UN Security Council, not empty."),
 25: (["event", "type", "source", "target", "date", "modality"], "Spurious: 'seeking weapons of mass destruction' is acquisition inside Negroponte's accusation, not a request to any party; the sentence's act is the ACCUSE USA -> Libya."),
 26: ([], "Trump's tariffs on imports from most of the world: SANCTION by Trump (USA), no specific target, April 2025, asserted."),
 27: (["date"], "REQUEST by several Gulf states to their citizens not to travel to Lebanon is right, but 'have urged' is an undated background act of an earlier time, so it should have no date rather than the document date 2016-03-02."),
 28: (["type"], "Morocco calling off the joint exercise with the U.S. in protest is a reduction of cooperation, SANCTION (discontinue), not RETREAT; source, target and date (as reported on Tuesday) are right."),
 29: (["event", "type", "source", "target", "date", "modality"], "Spurious: 'ceasefire' here is only part of the name 'Nordic ceasefire monitors'; no ceasefire is implemented in the sentence (its act is the ACCUSE, item 43)."),
 30: ([], "The Federal Supreme Court sentencing Ahmed Mansoor and four others: SANCTION convict ARE -> ARE, Sunday 2011-11-27, asserted."),
 31: (["target"], "Reported ASSAULT (torture) with no named torturer and no date is right, but the victims are the lawyers' clients, the mostly British defendants (GBR), not the defence lawyers."),
 32: ([], "Awami League blaming the opposition (BNP) for the bloodshed: ACCUSE BGD -> BGD, as news on the document date, asserted."),
 33: (["target"], "Ministers' promise that those responsible would be punished is a THREATEN, asserted, on the document date; but the sentence names the target group 'those responsible' (the perpetrators of the violence, BGD), so an empty target is wrong."),
 34: ([], "Analysts' speculation that the government was unlikely to back down: CONCEDE by the Croatian government, hypothetical, no date; the veterans it would yield to are not named in the sentence, so no target is right."),
 35: (["target"], "ACCUSE by Cairo ('has long complained', ongoing, document date) is right, but the complaint is that Pakistan sheltered Egyptian Islamists, so the target should be Pakistan (PAK), not the Islamists."),
 36: ([], "Zelenskiy's late-February visit to the White House: CONSULT visit UKR -> USA, 2025-02, asserted (the meeting with Trump, e4 in the same sentence, is the duplicate, not this)."),
 37: (["target"], "PROTEST by Awami League activists outside the Pakistani mission on Thursday 2000-11-30 is right, but the diplomat Irfan Raja is Pakistan's deputy high commissioner and should carry PAK; with him uncoded the target is not right (the Pakistani mission PAK alone would be)."),
 38: ([], "Lee Teng-hui's June visit to the United States: background CONSULT visit TWN -> USA, 1995-06, asserted."),
 39: (["source", "target"], "ASSAULT (the invasion, February 2022) is right, but 'the invasion' is Russia's invasion of Ukraine (named as such in the lead) and Kyiv is named in the sentence: source should be Russia (RUS) and target Ukraine (UKR), not empty."),
 40: (["source"], "ACCUSE of the Sierra Leone government is right, but the accuser is the All People's Congress (SLE), not the US Congress (USA)."),
 41: (["type", "date"], "The 314 deputies' backing of the censure motion is the censure vote against Yilmaz's government, ACCUSE (disapprove) rather than SUPPORT; it is the vote of Wednesday 1998-11-25, not the document date. No target is right since the sentence names only the motion."),
 42: (["target"], "COERCE arrest on Friday 2020-07-31 is right, but the detained person, Tsitsi Dangarembga (ZWE), is named in the sentence, so the target should be her, not empty."),
 43: (["source"], "ACCUSE of Sri Lanka's security forces on Wednesday 2006-08-30 is right, but the accusers are Nordic monitors of an international mission, not a Sri Lankan party: the code should be empty (or Nordic), not LKA."),
 44: (["target", "date"], "SANCTION convict is right, but those sentenced are Zana and her three colleagues (TUR), not the PKK; the sentence was passed some time after the 1994 arrests (no date in the text), not on 2004-06-09."),
 45: ([], "Hunt urging the Hong Kong government not to use the unrest as a pretext: REQUEST GBR -> HKG, as news on 2019-07-02, asserted."),
 46: ([], "Riot police and troops deployed at junctions: MOBILIZE by Cameroon's riot police, as news (document date), asserted."),
 47: ([], "Mexico accusing Fidel Castro's government of interference: ACCUSE MEX -> CUB (Castro for his government), Sunday 2004-05-02, asserted."),
 48: (["target"], "REJECT by Serbia (ongoing, document date) is right, but 'its former province' in the sentence is Kosovo, so the target should be Kosovo (XKX), not empty."),
 49: (["type", "modality"], "Rwanda backing renegade Ugandan officers means material backing (the previous sentence: sheltering and arming dissidents), AID rather than verbal SUPPORT; and the act is inside the Ugandan officials' allegation, so it is reported, not asserted."),
 50: ([], "Chan condemning the killing: ACCUSE by Chan (PNG) as news on the document date 1996-10-13; the killers are unknown and unnamed, so no target is right."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open("events-b.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote events-b.jsonl")
