"""Write events-c.jsonl from judge c's verdicts (fields wrong per item) and reasons."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n -> (set of wrong fields, reasons); "event" wrong = spurious
V = {
 1: ((), "SANCTION expel Greece -> Russian diplomats (RUS), future; the expulsion itself is to come, so no date is right (one could also code the decision as asserted on 2018-07-11)."),
 2: ({"source"}, "Criticism of the rapprochement is ACCUSE with no named target, right; but the Lockerbie relatives are not Libyan (the victims were mostly American and British), so the source should be the relatives with no country code, not LBY."),
 3: ({"target"}, "ACCUSE by the Maldives on Thursday 2016-10-13 is right, but the party accused is the Commonwealth ('the grouping of Britain and its former colonies'), an international body with no code, not the United Kingdom."),
 4: ({"date"}, "Deciding Israel would not negotiate with a Hamas-backed government is a refusal (REJECT asserted, or CONSULT negated as coded; type, parties and modality right), but the refusal was decided on Thursday 2014-04-24, the day reported, so the date should be 2014-04-24, not unknown."),
 5: ((), "SUPPORT (signing a declaration) Vajpayee (IND) with Sharif (PAK), February 1999, asserted: right."),
 6: ((), "Carney said he would negotiate a new relationship with Washington: CONSULT future, Carney (CAN) -> US government (USA), no date for the future talks: right."),
 7: ((), "SANCTION convict, Egyptian court -> Ayman Nour (EGY), Saturday 2005-12-24: right."),
 8: ({"target"}, "ACCUSE by the protest movement's leaders (MAR) is right, but the bombing's perpetrators are unknown and unnamed, so the target should be empty; Casablanca is a place from another sentence's 2003 bombings."),
 9: ({"type"}, "Russian strategic bombers flying to Venezuela for training flights is a military deployment (MOBILIZE, or COOPERATE as a military exchange), not a CONSULT visit; parties and September 2008 right."),
 10: ({"type", "target", "date"}, "Saudi Arabia pulling back its financial backing is SANCTION (withdraw aid), not a military RETREAT; the party it pulled back from is Lebanon (LBN), Hezbollah's influence is the reason; and the pullback is spread over 'recent years', so it has no date, not the document date."),
 11: ((), "ACCUSE Kishida (JPN), 2022-10-04, asserted. 'It' refers to the launch (an act), not a party, so by the rules the empty target is right (I would code North Korea)."),
 12: ((), "Promise of constitutional reform is AGREE (CAMEO 034), king Mohammed VI (MAR), March 2011, no target named: right."),
 13: ({"source", "target", "date"}, "The accuser is 'the government' of Georgia (GEO), not the Russian government; the accused are some opposition figures (GEO), named in the sentence; and the accusation is an undated background act, not the day of the rally (no date)."),
 14: ({"type", "date"}, "A cross-border raid by US military helicopters that killed eight is ASSAULT (armed force), not a COERCE police seizure; the raid was on Sunday 2008-10-26 (next sentence), not Monday 2008-10-27. US -> Syria right."),
 15: ({"target"}, "ACCUSE China (Qin Gang) 2013-12-26 right, but the visit condemned is Abe's and Abe is named in the same sentence: target should be Shinzo Abe (JPN). (The following 'accusing' event e3 is the duplicate of this one.)"),
 16: ((), "The resignation in the condition 'until the president resigned' is a hypothetical RETREAT resign of Saakashvili (GEO), no date: right by the conventions on acts in a condition."),
 17: ({"type", "target"}, "Ordering a freeze of UNITA's funds imposes a sanction (SANCTION, or COERCE restrict per CAMEO 163), not a REQUEST; the target should be UNITA (AGO rebels), not Angola. UNSC and Friday 1998-06-12 right."),
 18: ((), "Putin (RUS) and Jiang (CHN) opposing US missile-defence plans: REJECT -> United States, 2001-07-16, asserted: right."),
 19: ((), "IS militants taking Ramadi is ASSAULT by the conventions; IS with no country, Ramadi (IRQ), Sunday 2015-05-17: right."),
 20: ({"date"}, "PROTEST by tens of thousands in Greece against the government's deal, target Greece right; but 'have joined protests' sums protests over the weeks since the deal, a total with no date, not the document date."),
 21: ((), "SUPPORT signing of the SCO declaration, mutual among the leaders, Friday 2001-06-15: right (the list omits Akayev of Kyrgyzstan and Karimov of Uzbekistan, but every listed party and code is right)."),
 22: ((), "Opening talks with the opposition is the condition in the group's warning: CONSULT hypothetical, Maldives (MDV) -> opposition (MDV), no date: right."),
 23: ((), "US drone strikes in North Waziristan in September 2010: ASSAULT by the United States, no party named as target, asserted: right."),
 24: ((), "Parties calling the election an illegal step: ACCUSE by most political parties (TUN); 'it' is the election, no party named, so an empty target is right; document date 2022-12-18: right."),
 25: ((), "AGREE Trump (USA) and Xi (CHN), mutual, Friday 2017-04-07: right."),
 26: ((), "COERCE ban by the Tanzanian government; 'the rallies' are an act, no party named, so empty target is right; pluperfect with no date, unknown is right."),
 27: ({"event"}, "Spurious: the sentence describes the content of Ahtisaari's plan (what it would give Kosovo), whose offer is already coded in the first sentence; a plan is not an actor, and the 'Kosovo government' conceding to Kosovo is not in the text."),
 28: ((), "ACCUSE Hezbollah (LBN) -> Saudi government (SAU), 2021-10-30, asserted: right."),
 29: ({"date"}, "ACCUSE Eritrea and Uganda -> Turabi's networks (SDN) right, but 'have also accused' is an undated background act, not news of the day: no date, not 1999-12-13."),
 30: ({"source", "target"}, "The 1969 clash was between the troops of the two neighbours, China and the Soviet Union (CHN/RUS); the source has no country code and the United States is not a party at all."),
 31: ({"event"}, "Spurious duplicate: 'hitting missile production facilities' is the same Israeli air strike already coded from this sentence as e1 ('carried out air strikes')."),
 32: ({"target", "date"}, "ASSAULT by Islamist gunmen (no code) right, but the 19 dead included Russians, Chinese, an American and a Belgian, so the victims' code should be empty, not MLI; the killings were on Friday 2015-11-20 (next sentence), not Saturday."),
 33: ({"source", "target"}, "Lifting the ban on the Tigers is RETREAT/easing, September 2002, right; but Wickremesinghe is Sri Lanka's prime minister (LKA) and the Tigers are the LTTE (LKA), not THA."),
 34: ((), "COERCE arrest, Kenyan police -> opposition lawmaker (KEN), Wednesday 2018-01-31: right."),
 35: ({"date"}, "Ocalan's detention (COERCE arrest, agent unnamed, Ocalan TUR) is right, but the text dates it: 'last Thursday', 1998-11-12 (paragraph 2), so unknown is wrong."),
 36: ({"target"}, "CONCEDE by Delgado (URY) on 2024-11-24 right, but he conceded to 'his rival', named in the same sentence: target should be Yamandu Orsi (URY)."),
 37: ((), "ASSAULT killing of the 24 villagers (IND), Sunday 2003-03-23, source unnamed in the sentence: right (the list omits the eleven men)."),
 38: ((), "Houthis (YEM) firing missiles at Israel, an ongoing campaign still going on when the story is told: ASSAULT, document date, asserted: right."),
 39: ({"target"}, "The promise to carry on the hardline campaign is a THREATEN against the leftist guerrillas (FARC, COL); Venezuela and Ecuador are the neighbours he is reaching out to, so the target is wrong."),
 40: ((), "Spain's non-recognition of British sovereignty is coded SUPPORT negated Spain -> UK, a standing position on the day: accepted (REJECT would do as well)."),
 41: ({"target"}, "COOPERATE (judicial hand-over) by Libya in 1999 right, but the suspects are the persons handed over, not the party cooperated with; the recipient is not named in the sentence, so the target should be empty."),
 42: ({"target"}, "AGREE Sri Lanka's government, Thursday 2006-02-23, right, but the sentence names the other party: target should be the Tamil Tiger rebels (LTTE, LKA)."),
 43: ({"date"}, "COERCE arrest of protesters (ROU), agent unstated, right; but the detentions were in the clashes late on Sunday (first sentence), so the date should be 2025-03-09, not the Monday document date."),
 44: ({"target", "date"}, "A pledge of $5 billion is AGREE by Japan, right, but 'the country' is Iraq: target should be Iraq (IRQ); and 'has also pledged' is an earlier undated pledge, so no date, not 2003-12-09."),
 45: ({"target"}, "REQUEST by Kaczynski (POL), an ongoing pressing, right; but he pressed the West for support: target should be Western governments (no code), named by 'Western' in the sentence."),
 46: ({"target", "date"}, "SUPPORT approval by the Lebanese cabinet right, but what it approved is the tribunal statute: the suspects are not a party (empty target); and it was 'last month', November 2006, not 2006-12-02."),
 47: ({"source", "target", "date"}, "Summoning envoys to protest is ACCUSE, but Syria (SYR) did the summoning, the envoys summoned are the US and Iraqi envoys (USA, IRQ), and it was on Monday 2008-10-27."),
 48: ((), "PROTEST strike called by Arafat (PSE) against Israeli settlement plans, target Israel, last week (1996-W35): right."),
 49: ({"target", "date"}, "AGREE (future invitation) by Santos right, but 'both countries' leaders' are the leaders of Venezuela and Ecuador (VEN, ECU), not COL; Aug 7 is the inauguration's date, not the invitation's (no date)."),
 50: ((), "Promise to hold elections is AGREE by Mali's military leaders (MLI), an earlier undated promise with no date: right."),
}
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        wrong = set(wrong)
        if "event" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        it = dict(it); it["verdict"] = v; it["reasons"] = reason
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
