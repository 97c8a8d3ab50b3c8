"""Write events-d.jsonl from the judge's per-item verdicts below (judge d, round 165).
Fields in order: event, type, source, target, date, modality. 1 = right, 0 = wrong."""
import json
HERE = '/work/wt/j165d/docs/judged/round165/'
V = {
 1: ("110111", "Egypt's diplomats mediating between Israel and the Palestinians is CONSULT (mediate); the source should be Egypt's diplomats (EGY), not Israel, which is one of the mediated parties. Target Palestinians (PSE) is one of the two mediated sides, and the ongoing role takes the document date."),
 2: ("111111", "Kocharyan says he will consult the parliamentary factions: a future CONSULT with no date, Kocharyan (ARM) -> Armenian parliamentary factions (ARM). All right."),
 3: ("111111", "Khakamada (RUS) calling the election a farce is ACCUSE disapprove. I take the Russian state that held the election as the target, as with protests against the authorities' acts. The statement is undated, so the document date is right."),
 4: ("110111", "MOBILIZE of police units to the Chechen border is right, with Chechnya as target and the document date. But the empty source is wrong: the units deployed are named and are Russia's (the Interior Ministry's police, RUS)."),
 5: ("110110", "The source should be the SADC leaders (regional body, no country code, or SADC), not ZWE. 'Have been reluctant to criticise' says they have not criticised him, so the modality should be negated, not hypothetical. Target Mugabe (ZWE) is right."),
 6: ("111001", "ASSAULT by 'they' (ETA) is right, and it is not a same-sentence duplicate of e1. But the target 'a man of dialogue' is Lluch and should be coded ESP, not empty. The date should be 2000-11-21, the Tuesday the text gives for the killing, not the document date."),
 7: ("111111", "Mugabe (ZWE) accusing Britain (GBR) is ACCUSE. The undated ongoing accusation takes the report's dateline date 2002-02-25. All right."),
 8: ("111111", "Flores (HND) says 'we are asking for the chance to stand on our feet': a REQUEST made at the Monday meeting, 1998-11-09. The sentence names no addressee, so the empty target is right."),
 9: ("111111", "Egypt and Saudi Arabia welcoming Bashir's moves is SUPPORT. The target 'Omar Hassan al' is President Bashir (SDN), with the name cut short. Date 2000-05-06 is the day of the moves and of the report."),
 10: ("110111", "ASSAULT on more than 50 people with no date (a total since April) is right. But the sentence names the killers: 'most of them shot by gendarmes'. The source should be the Algerian gendarmerie (DZA), not empty."),
 11: ("110101", "The source should be the OAS foreign ministers at their assembly (OAS/IGO, no country code), not Nicaraguan ministers (NIC). The support was voiced at the assembly 'earlier this month', so the date should be 2005-06, not the document date."),
 12: ("111111", "Lebanese authorities detained four former security chiefs on Tuesday 2005-08-30: COERCE arrest, LBN -> LBN. All right."),
 13: ("111011", "Tuareg fighters (MLI) attacking government posts in 1990 is ASSAULT. But the posts are Mali's government posts near the Niger border: the target should be the Malian government (MLI), not NER."),
 14: ("111001", "Russia signing the union-state treaty is SUPPORT, but the target should be Belarus (BLR), which the sentence refers to as 'its closest ally, with which it has signed'. This is a background signing with no date in the text, so it should have no date, not the document date."),
 15: ("111111", "Under the agreement the government 'is to' release political prisoners: CONCEDE (a promised release), Burundi government (BDI) -> political prisoners (BDI). The commitment was made in the deal signed 2006-09-07, asserted."),
 16: ("111111", "Indonesia (IDN) says it is ready to let East Timor (TLS) go: AGREE, willingness, dated Wednesday 1999-01-27. Its condition states its terms, so it is asserted."),
 17: ("111111", "The Kabylie march on Algiers demanding the withdrawal of paramilitary police is PROTEST, aimed at the authorities, so the target Algeria (DZA) is right. Thursday is 2001-06-14."),
 18: ("111111", "Chebeya (COD) was arrested many times over two decades: COERCE arrest. No agent is named, so the empty source is right, and a span has no date."),
 19: ("111001", "The deposed emir (QAT) reaching a settlement with his son is an agreement. The target should be his son, Emir Sheikh Hamad (QAT), not 'financial settlement', which is not a party. The text gives no time for this background act (ties 'have since improved'), so there should be no date, not the document date."),
 20: ("111111", "The Sri Lankan air force (LKA) struck Tamil Tiger positions (LKA) on Thursday 2006-06-15: ASSAULT. All right."),
 21: ("111111", "'We did not come here to surrender' is Asari (NGA) negating a surrender (RETREAT), which the conventions accept in the same way as 'refused to withdraw'. No party is named, so the empty target is right. It is borderline as an event."),
 22: ("111111", "Raul Castro (CUB) easing everyday restrictions for Cubans, implemented, is RETREAT (easing). It is a series since he took over, so no date is right."),
 23: ("111111", "A Taiwan court sentenced Chen Shui-bian on Friday 2009-09-11: SANCTION convict, TWN -> TWN. All right."),
 24: ("111111", "Syria seeking better ties with Washington is an ongoing REQUEST for diplomatic cooperation, SYR -> USA, with the document date. It is borderline: it reads as a stated aim."),
 25: ("111111", "British prosecutors (GBR) said they would charge Lugovoi (RUS): future ACCUSE allege with no date. All right."),
 26: ("111111", "Saleh's government (YEM) has arrested hundreds of suspects (YEM): COERCE arrest. The source is coded as Saleh himself, which I accept for his government. A cumulative total has no date."),
 27: ("111101", "Armenians being killed is ASSAULT, with no source named. But the text gives the date, 'between 1915 and 1917', so the date should be 1915-1917, not unknown."),
 28: ("111111", "Soldiers (CIV) attacked Guei's (CIV) residence last month, 2000-09: ASSAULT. All right."),
 29: ("111111", "The deal signed by Sidorsky (BLR) and Miller (RUS) is mutual SUPPORT (sign agreement), signed at about midnight on 2006-12-31/2007-01-01, so the document date 2007-01-01 is right."),
 30: ("111111", "Watanabe (JPN) 'ruled out joining a coalition': the joining is negated, which the conventions accept (like a REJECT). The coalition is not named, so the empty target is right, with the document date."),
 31: ("111111", "The UN imposed an arms embargo and other sanctions on Taylor's government (LBR) last year, 2001: SANCTION per the PLOVER codebook. All right."),
 32: ("111101", "The Tigers (LKA) accusing the Sri Lankan government (LKA) is ACCUSE. But the statement was faxed 'earlier in the week', so the date should be that week (1995-W17), not the document date 1995-04-30."),
 33: ("111111", "Downer (AUS) and Wirajuda (IDN) signed the agreement on Monday 2006-11-13: mutual SUPPORT. All right."),
 34: ("111111", "Serbia (SRB) 'could offer' Kosovo (XKX) more than autonomy: an AGREE (offer), hypothetical as given, with no date. All right."),
 35: ("111111", "Lugovoi (RUS) met Litvinenko (RUS) on November 1: CONSULT, 2006-11-01. Attribution to Lugovoi keeps it asserted. All right."),
 36: ("111111", "Washington (USA) would join direct talks with Iran (IRN): a future CONSULT with no date, as with 'will meet'. The condition only sets the terms."),
 37: ("111111", "The U.N. panel accusing Ugandan officers (UGA) is ACCUSE allege. The source actor 'U.N. mission' is dateline's merged United Nations actor (UNO/IGO), which I accept for the U.N. panel. The undated present-perfect accusation takes the document date."),
 38: ("111011", "The Security Council banning diamond purchases from UNITA areas is an embargo. I accept COERCE because CAMEO2PLOVER maps 163 to COERCE; I would code it SANCTION. It is not a duplicate of the freeze (e3). But the target should be UNITA (AGO), which the sentence names ('areas it controls'), not empty."),
 39: ("111111", "Pope John Paul II (VAT) urged Nigeria's military rulers (NGA): REQUEST. The undated lead act takes the document date."),
 40: ("111111", "Ivorian authorities (CIV) opened an investigation into the crash that killed the U.N. envoy: ACCUSE investigate. No party is accused, so the empty target is right."),
 41: ("111111", "Suspected ETA gunmen (ESP) shot Lluch (ESP) late on Tuesday 2000-11-21: ASSAULT firearms. The second target, 'outspoken advocate', is Lluch again (the appositive), so no wrong party is named."),
 42: ("111111", "The EU banned the Tigers (LKA) as a terrorist group last month, 2006-05: COERCE ban. All right."),
 43: ("111111", "Bush (USA) urged Gulf Arab allies (a multinational group, no code) on Sunday 2008-01-13: REQUEST. All right."),
 44: ("111101", "Uganda (UGA) agreeing to leave Congo (COD) is AGREE. But it agreed 'under a deal signed in Luanda last September', so the date should be 2002-09, not the document date."),
 45: ("000000", "Spurious: 'U.N. sanctions cannot be lifted until UNSCOM certifies...' states a standing condition, and no act is reported. Had it been an event, the party lifting sanctions would be the U.N. Security Council, not UNSCOM."),
 46: ("110111", "The AU force deploying in western Sudan three years ago (2004) is MOBILIZE. But the source should be the African Union force (AU/IGO), not Sudan. Sudan is where it deployed."),
 47: ("111111", "Communist deputies (RUS) accused the government (RUS): ACCUSE, with the dateline day 1995-11-23. All right."),
 48: ("111111", "Georgia (GEO) broke off diplomatic relations with Russia (RUS) on Friday 2008-08-29: SANCTION. All right."),
 49: ("100111", "Medvedev's 'the bandits ... will be destroyed' is a statement that PLOVER codes as THREATEN (threaten violence), not ASSAULT, so the type is wrong. The source should be Medvedev (RUS), not empty. Target bandits (RUS) is right. No date and future fit the act as given; a THREATEN would be asserted on 2009-06-06."),
 50: ("110011", "Kamel calling for the overthrow of the Iraqi leader is REQUEST. The source's country should be IRQ (the defecting son-in-law of Saddam Hussein), not empty. The target should be Saddam Hussein / the Iraqi leadership (IRQ), not the Jordanian government."),
}
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open(HERE + 'events-d.jsonl', 'w') as f:
    for it in items:
        bits, reason = V[it['n']]
        v = {k: b == '1' for k, b in zip(FIELDS, bits)}
        if not v['event']:
            v = {k: False for k in FIELDS}
        v['all'] = all(v[k] for k in FIELDS)
        out = dict(it); out['verdict'] = v; out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
