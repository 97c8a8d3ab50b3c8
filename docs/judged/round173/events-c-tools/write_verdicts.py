"""Write events-c.jsonl from events-c-items.jsonl and the judge's verdicts below.
Each verdict: n -> (failed fields, reasons). Fields not listed are true; 'event' in the
failed set marks the item spurious (all fields false)."""
import json

V = {
 1: ({'date', 'modality'}, "Diplomats only expect the envoy (\"him\" = Ahmedou Ould Abdallah, UNO) to press the Burundian army commanders: modality should be hypothetical (an expectation, as 'officials hinted they would'), and the act has no date (unknown), not the document date. Type, source and target are right."),
 2: (set(), "Egypt's delegation accepting the NPT extension deal is AGREE; no party target in the sentence; undated in the text, so the document date is right."),
 3: (set(), "Hamas condemning the police shooting is ACCUSE/disapprove; 'the shooting' names an act, not a party, so an empty target is right; 2001-10-08 is the day of the datelined report."),
 4: (set(), "Pastrana (COL) pressing Bush (USA) to lift aid restrictions is REQUEST on Saturday 2002-03-23, the day of the Lima meetings."),
 5: ({'source', 'target', 'date'}, "The two leaders are Jiang Zemin (CHN) and Kim Jong Il (PRK), not North Korea and the United States: source/target should be Jiang (CHN) and Kim (PRK); 'again on Tuesday' is 2001-09-04, not 2001-09-11. CONSULT future is right."),
 6: (set(), "China (CHN) continuing to encourage Pyongyang (PRK) is a REQUEST-type act given as an expectation by the Seoul spokesman; future with no date is right."),
 7: (set(), "Bossi (Italian priest, ITA) seized by unnamed gunmen on June 10 is ASSAULT/abduct dated 2007-06-10; right in all fields."),
 8: ({'target'}, "REQUEST by Western diplomats is right, but 'both sides' are Georgia and Russia: target should be Georgia (GEO) and Russia (RUS), not 'sides' coded GEO only."),
 9: (set(), "Iraqi officials in Baghdad welcoming the news of Ritter's resignation is SUPPORT; 'the news' is no party, so an empty target is right; undated, document date."),
 10: (set(), "Indian officials opposing any outside role in Kashmir is REJECT, an ongoing stance ('for decades'), so the document date is right; no party target named."),
 11: ({'date'}, "Kim Jong Il (PRK) holding talks with Jiang Zemin (CHN) is CONSULT, but the date should be this week, 2000-W22 (Kim was in Beijing 2000-05-29 to 05-31), not 1993-W50."),
 12: (set(), "Supporters of both camps clashing with stones and sticks is ASSAULT (mutual, one composite party, empty target acceptable); a span of repeated clashes 'since the election' has no date, so unknown is right."),
 13: ({'target'}, "North Korean agents abducting Megumi Yokota in 1977 is ASSAULT/abduct, but Yokota is a Japanese schoolgirl (snatched in Niigata; one of the abducted Japanese): target country should be JPN, not PRK."),
 14: (set(), "Kosovo's interior minister (Rexhepi, XKX) resigning on Sunday 2007-02-11 is RETREAT/resign; right in all fields."),
 15: ({'type', 'date'}, "Withdrawing a high commissioner is a reduction of diplomatic relations: type should be SANCTION (CAMEO 161), not RETREAT; it is a background act after the December 2001 parliament attack, so the date should be 2001-12 (or undated), not the 2003-02-09 document date."),
 16: (set(), "Georgia (GEO) accusing Russia (RUS) on Monday 2007-03-12 is ACCUSE/allege; right in all fields."),
 17: (set(), "The president (BDI) urging people in Burundi to stay home and not take revenge is REQUEST, on Saturday night 1995-03-11 as the previous sentence dates his radio appeal."),
 18: (set(), "Yemeni troops (YEM) storming the kidnappers' hideout the day after Dec. 28 is ASSAULT on 1998-12-29; the kidnappers' country is not stated, so an empty code is right."),
 19: (set(), "Kim (PRK) praising Beijing's economic reforms is SUPPORT toward China (CHN); the remark is undated in the text, so the document date (same week as the visit) is accepted."),
 20: (set(), "Simitis (GRC) criticised at home by unnamed critics is ACCUSE/disapprove with an empty source; the criticism is an undated background act, so unknown is right."),
 21: (set(), "John Howard (AUS) urging Australians to respect Indonesia's legal system is REQUEST on the day of the verdict, 2005-05-27."),
 22: (set(), "Spain (ESP) urging Cuba (CUB) to free prisoners of conscience is REQUEST, on the datelined day 2010-02-24."),
 23: (set(), "Ethiopian security forces killing about 200 protesters in 2005 is ASSAULT, dated 2005; right in all fields."),
 24: (set(), "The State Duma (RUS) rejecting Yeltsin's nominee on Monday 1998-08-31 is REJECT toward Yeltsin (RUS); right in all fields."),
 25: ({'event'}, "Spurious: promising 'hard work, not easy promises' in a victory speech is rhetoric about his own government's effort, not an offer or commitment to cooperate with any actor (no AGREE act); a borderline call."),
 26: ({'target'}, "Putin (RUS) proposing an amnesty is an offer, AGREE, asserted; but the offer is made to the rebels named in the sentence: target should be the Chechen rebels (RUS), not empty. The proposal is undated ('has proposed', plan still standing), so the document date is accepted."),
 27: ({'source'}, "APEC leaders promising to avoid competitive devaluations is AGREE (reciprocal, no target), dated Sunday 2010-11-14; but 'They' are the leaders of the 21-member APEC forum: source should have no country code (APEC/multinational), not JPN."),
 28: (set(), "Iran (IRN) accusing Western governments of stoking the unrest is ACCUSE/allege, present-tense and ongoing, so the document date is right."),
 29: (set(), "Peretz (ISR) ordering an inquiry is ACCUSE/investigate; the inquiry names no party, empty target right; undated in the sentence, document date accepted."),
 30: (set(), "Kabila (rebel leader, COD/Zaire) rejecting a ceasefire is REJECT, a standing refusal while talks go on, so the document date is accepted; no party target named in the rejection."),
 31: ({'target'}, "Rights groups calling for Birtukan's release is REQUEST, but the party asked is the Ethiopian government, not Birtukan (the person to be released); the government is not named in the sentence, so the target should be empty (or Ethiopia's government, ETH)."),
 32: (set(), "Jiang (CHN) likely to encourage Kim (PRK) to resume dialogue is REQUEST, hypothetical, with no date; right in all fields."),
 33: ({'type', 'date'}, "Khamenei ordering the abusive Kahrizak detention centre closed is an easing, not repression: type should be CONCEDE (accede to policy change; or RETREAT), not COERCE/restrict; 'last month' gives 2009-07, not the document date 2009-08-02."),
 34: ({'source'}, "Endorsing the Damascus Declaration is SUPPORT, but al-Bayanouni leads the Syrian Muslim Brotherhood (signatory of the Syrian opposition text): source country should be SYR, not EGY."),
 35: (set(), "Evert (GRC) conceding defeat is CONCEDE; undated in the sentence, so the document date is accepted; no party target named."),
 36: (set(), "France (FRA) condemning the killing is ACCUSE/disapprove; the killers are unknown, empty target right; datelined day 1997-01-28."),
 37: ({'target', 'date'}, "The court indicting people is ACCUSE/allege, but '13 people' includes Liberia's Charles Taylor (next sentence), so its country should be empty, not SLE; 'has indicted 13' is a total summed from earlier acts and has no date, not the document date."),
 38: ({'target'}, "Washington not accepting the court is AGREE negated (or REJECT), right; but the court is the new International Criminal Court, not a United States court: target should be the ICC (no country code)."),
 39: ({'source'}, "Former ministers charged is ACCUSE/allege dated Tuesday 1996-01-16, but 'court officials' are only the attribution: the chargers are the CBI (India's federal police, IND), not named in the sentence, so the source should be empty (or the CBI, IND)."),
 40: (set(), "Several hundred people (SLE) demonstrating outside the court on Thursday is PROTEST/demo; the sentence names no aim and the protest is at a state-backed court, so the state (SLE) is a right target by the home-protest rule (context shows they back Norman)."),
 41: (set(), "Mbeki (ZAF) not having directed the police (ZAF) to act is a negated REQUEST (order); the date of the aides' denial is accepted."),
 42: (set(), "Gaddafi (LBY) hosting the Sirte summit 'last year' is CONSULT dated 1999 (mode should be multilateral rather than third-party, type right); empty target acceptable for a multilateral meeting."),
 43: (set(), "South Korea's government (KOR) urging calm is REQUEST with no named addressee; undated in the sentence, document date right."),
 44: (set(), "The truce agreed in Cairo in March 2005, with Hamas as a party to it, is AGREE dated 2005-03; right in all fields."),
 45: (set(), "India (IND) welcoming Pakistan's announcement is SUPPORT; 'the announcement' is an act, not a party, so an empty target is right; document date for this news."),
 46: ({'source'}, "The beach explosion killing the family is ASSAULT on 2006-06-09 against Palestinian civilians, but Hamas is only the speaker: the sentence gives no perpetrator beyond 'a day of Israeli artillery fire', so the source should be empty (or Israel's military, ISR), not Hamas."),
 47: (set(), "The Special Court (SLE) opening trial and charging three leaders of the pro-government militia (SLE) on Thursday 2004-06-03 is ACCUSE/allege; right in all fields."),
 48: ({'type'}, "Serbian forces launching a crackdown on the rebels in February 1998 was a military offensive with deaths: type should be ASSAULT (violent repression, CAMEO 175), not COERCE; source, target and date 1998-02 are right."),
 49: ({'source'}, "The mother's accusation against the Cuban authorities is ACCUSE/allege, but the source should be his mother Reina Luisa Tamayo alone with code CUB, not her plus the dead Zapata and an empty code for her."),
 50: ({'date'}, "Zapata being sentenced is SANCTION/convict on Zapata (CUB) with unnamed court, but 'March 2003' dates his arrest; the text gives the sentencing no date, so it should be undated (unknown), not 2003-03."),
}
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-c.jsonl', 'w') as f:
    for it in items:
        bad, reasons = V[it['n']]
        spurious = 'event' in bad
        v = {k: (False if spurious else k not in bad) for k in FIELDS}
        v['all'] = all(v[k] for k in FIELDS)
        out = dict(it)
        out['verdict'] = v
        out['reasons'] = reasons
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
