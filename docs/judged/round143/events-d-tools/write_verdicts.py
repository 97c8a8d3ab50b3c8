"""Write events-d.jsonl from judge d's hand verdicts (fields listed are the wrong ones)."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n: (wrong fields, reasons)
V = {
 1: ([], "SUPPORT by the rebel New Forces (CIV); 'the appointment' names no party, so an empty target is right; undated reaction reported as news takes the document date."),
 2: ([], "Promise on taking office to tackle poverty and crime is an expression of intent to change policy (CAMEO 0342 -> AGREE); Colom (GTM), no target, 2008 from 'last year'. Borderline as a domestic pledge, but codable."),
 3: (["date"], "Police (MEX) shooting at the farmers (MEX) is right, but the text dates the shooting to Wednesday: date should be 1995-06-28, not the document date."),
 4: (["target"], "MOBILIZE by France is right and 'last summer' = 2020 summer, but the show of force was aimed at Turkey in the standoff named in the sentence ('angering Ankara'): target should be Turkey (TUR)."),
 5: ([], "ACCUSE by Zeman (CZE); 'the trip' is Vystrcil's act but he is not named or referred to in the sentence, so empty target is right; document date."),
 6: ([], "January 2015 strike killing Hezbollah fighters (LBN) and an Iranian general (IRN); attacker unnamed in the sentence, so empty source is right; 2015-01."),
 7: (["date"], "REQUEST by Dodon (MDA), no named addressee, is right, but 'has called for' is a background act of unspecified earlier time in the list of past disputes: date should be none (unknown), not the document date."),
 8: ([], "Mutual break of relations (SANCTION) by the Vatican (VAT) and China (CHN) in 1951; both as actors with no recipient is acceptable for a reciprocal act."),
 9: (["target", "date"], "ACCUSE by Buyoya's government (BDI) is right, but 'him' is Julius Nyerere: target should be Nyerere (TZA); the accusation is background from the years after the 1996 coup, so date should be none (unknown), not the document date."),
 10: (["target", "date"], "ACCUSE by the U.S. Treasury (USA), but 'accusing it' refers to Banco Delta Asia: target should be the Macau bank (MAC/CHN), not North Korea; the designation/accusation was announced on Thursday: date should be 2005-09-15."),
 11: ([], "SUPPORT (approval) by Iranian deputies (IRN) of the named ministers (IRN) on Wednesday 1997-08-20; the 'foreign minister' entry just repeats Kharrazi."),
 12: ([], "CONSULT visit by Jiang Zemin (CHN) to India (IND), ongoing on the Friday of the report; right."),
 13: ([], "Nepal (NPL) accuses New Delhi (IND) in the present tense: ongoing, document date right."),
 14: ([], "Bomb attack (ASSAULT; mode should be explosives, not scored) on Monday morning 2014-04-14 killing 71 people (NGA); no perpetrator named, empty source right."),
 15: (["date"], "CONSULT visit by P.V. Narasimha Rao (IND) to Beijing (CHN) is right, but it happened when the 1993 pact was signed: date should be 1993, not the document date."),
 16: ([], "Air strike killing 33 Turkish soldiers (TUR) 'last week' = 2020-W09; no attacker named in the sentence, empty source right."),
 17: (["source"], "SANCTION expel of five Russian diplomats (RUS) in May 2017 is right, but 'the government' is Moldova's: source should be the Moldovan government (MDA), not Russia."),
 18: (["source", "modality"], "The promise of EU membership is the three Western leaders' act as described in Medvedev's mockery: source should be the leaders of France, Germany and Italy (FRA/DEU/ITA), not Medvedev, and modality should be reported (inside his claim). Target 'Ukraine EU' is garbled but is Ukraine (UKR)."),
 19: ([], "The curfew taking effect on Thursday 2007-08-23 is a COERCE curfew; the government is not named in this sentence, so empty source/target are right. Borderline (restates the curfew imposed in the previous sentence, which the sentence rule allows)."),
 20: (["date"], "REQUEST by Pakistan's foreign ministry (PAK) to Moscow (RUS) is right, but the text gives no date for it: date should be the document date 2000-10-04, not Tuesday 2000-10-03."),
 21: (["date"], "Killing of 274 Palestinians (PSE) reported by the Gaza health ministry happened in Saturday's raid: date should be 2024-06-08, not the document date."),
 22: ([], "SUPPORT by the leaders of France, Germany, Italy (coded by their countries) for Ukraine (UKR) on Thursday 2022-06-16; right."),
 23: ([], "The Lebanese opposition (LBN) blames Syria (SYR), present tense, document date; right."),
 24: ([], "COERCE arrest by French SFOR soldiers (FRA) of Krajisnik (BIH) on Monday 2000-04-03; right."),
 25: ([], "ASSAULT by Yemeni forces (YEM) on suspected al Qaeda militants (no country needed); 2009-12-17, the day the ministry reported it, is an acceptable date."),
 26: ([], "ACCUSE (condemn) by Hamas (PSE) of a bombing with no named perpetrator; document date Tuesday 2018-03-13; right."),
 27: ([], "Capture of Saddam Hussein (IRQ) by U.S. forces (USA) in December 2003; COERCE arrest right."),
 28: ([], "REQUEST by the U.S., France and the EU for an investigation; no addressee named; document date; right."),
 29: ([], "Families (BLR) and Western governments 'have long accused' Belarusian security forces (BLR): ongoing, document date acceptable."),
 30: (["target", "date"], "ACCUSE by officials in Minsk (BLR) is right, but what they denounced is the NTV documentary named in the sentence: target should be Russia's NTV (RUS); the denunciation is this news: date should be the document date 2010-07-09, not none."),
 31: ([], "REQUEST by Del Ponte (ICTY/UN) to the NATO-led peacekeepers (no single country) on the report's day 2000-04-03; right."),
 32: (["target", "date"], "SUPPORT by Robertson (NATO) is right, but the welcomed outcome is Slovenia's vote and Slovenia is named in the sentence: target should be Slovenia (SVN); the text gives no date: date should be the document date 2003-03-24, not Sunday."),
 33: ([], "ACCUSE (condemn) by Egypt (EGY) of the attack with no named perpetrator; document date; right."),
 34: ([], "Iran (IRN) insists on an equal share: a standing demand (REQUEST), present tense, document date; the other states are not named in the sentence. Borderline as a stated position."),
 35: ([], "Russian officials (RUS) previously accused the Baltic states (several countries, empty code right); background of unknown time, no date right."),
 36: (["date"], "Killing of Kuntar (LBN) in an air strike, attacker only alleged so empty source is right, but the text says the strike was late on Saturday: date should be 2015-12-19, not 2015-12-20."),
 37: ([], "Turkey (TUR) recalls its ambassador from Berlin (DEU) on Thursday 2016-06-02: SANCTION right."),
 38: ([], "Signing of the deal (SUPPORT) by Thaci, Pacolli and Mustafa (XKX) on Wednesday 2011-04-06, coded mutually; right."),
 39: ([], "REQUEST by the U.S. embassy (USA) to all sides in Guatemala (GTM); document date; right."),
 40: (["type", "target"], "Abe's vow to make Islamic State militants pay is a threat of retaliation: type should be THREATEN, not AGREE, and target should be Islamic State (named in the sentence; no country)."),
 41: ([], "Armenia (ARM) welcomed the resolution; the German parliament is not named in this sentence, so empty target is right; document date."),
 42: ([], "Signing of the KLA deal (SUPPORT) by Thaci (KLA, XKX) and Jackson (GBR, KFOR) overnight into Tuesday 1999-09-21; right."),
 43: ([], "SANCTION convict: Guru (IND) sentenced in 2002; court unnamed, empty source right."),
 44: ([], "ACCUSE by Westerwelle (DEU); 'it' is the referendum, not a party, and Syria is not named in the sentence, so empty target is right; document date."),
 45: ([], "ACCUSE by Karasin (RUS) of Tbilisi (GEO) on the day of the talks 2008-10-15; right."),
 46: ([], "Total killed since 1984 (ASSAULT) has no date by the span rule; no date is right."),
 47: ([], "SANCTION convict of Abu Qatada (JOR) in Jordan in 1999 (and 2000); the first conviction year is acceptable."),
 48: ([], "COERCE arrest of Saad Eddin Ibrahim (EGY) in June 2000; authorities unnamed, empty source right."),
 49: ([], "ASSAULT killing 50 people (SYR) on the day of the vote, Sunday 2012-02-26; right."),
 50: (["target"], "ACCUSE by human rights groups is right, but the executions they criticised are India's and India is named in the sentence: target should be India (IND)."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if 'event' in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
