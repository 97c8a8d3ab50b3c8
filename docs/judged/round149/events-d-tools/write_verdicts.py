"""Judge d, round 149: write events-d.jsonl from the verdicts below (fields that are WRONG per
item; everything not listed is right) and check the output."""
import json

ITEMS = 'events-d-items.jsonl'
OUT = 'events-d.jsonl'
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']

# n -> (list of wrong fields, reasons).  'event' wrong = spurious (all fields false).
V = {
 1: ([], "Koizumi's September 2002 visit to Pyongyang: CONSULT visit, Koizumi (JPN) -> North Korea (PRK), 2002-09 from 'last month' of an Oct 30 report, asserted; all right."),
 2: (['source'], "Hypothetical resignation ('speculation ... that he could resign') is right as RETREAT resign, hypothetical, undated; but 'he' is President Cyril Ramaphosa (ZAF), not his spokesman Vincent Magwenya, so the source should be Ramaphosa."),
 3: (['source', 'target'], "ACCUSE (charged with immigration violations) is right and so is last weekend (2008-W29-WE); but the Swiss nationals are the accused, so the target should be the two Swiss nationals (CHE), and the source should be the Libyan authorities (LBY) or empty (passive, no accuser named), not 'Swiss'."),
 4: ([], "Park (KOR) and Xi (CHN) held a summit on Wednesday 2015-09-02: mutual CONSULT, asserted; all right."),
 5: (['target', 'date'], "Washington backing the pipeline project is SUPPORT from the U.S. (USA), but the target is not Russia (Moscow is the party the project works against): it should be the project's sponsors Azerbaijan, Georgia and Turkey (AZE/GEO/TUR) or empty; 'has backed for a decade' is support still going on, so the date should be the document date 2005-05-25."),
 6: (['date'], "Poland (POL) shooting down Russian (RUS) drones is ASSAULT, asserted; the text places it 'less than two weeks' before the Sept 22-23 closure, so the date should be 2025-09 rather than none (borderline: the text gives no day)."),
 7: (['source'], "The Polisario's 1975-1991 war with Morocco is ASSAULT, Morocco (MAR) target, dated 1975 (start of the span the text gives), asserted; but the Polisario Front is the Sahrawi independence movement fighting Morocco, so its code should be Western Sahara (ESH), not MAR."),
 8: (['source'], "King Salman's April 2016 visit to Cairo: CONSULT visit to Egypt (EGY), 2016-04, asserted, right; but King Salman is the Saudi king, so the source code should be SAU, not EGY."),
 9: ([], "Jospin (FRA) had threatened to hold up the stability pact: THREATEN, no target named in the sentence (empty right), pluperfect background with no date given (unknown right), asserted; all right."),
 10: ([], "Police (RUS) detained at least 20 people outside the Khodorkovsky verdict hearing on 2010-12-27: COERCE arrest, asserted; all right."),
 11: (['date'], "Israeli officials (ISR) offering the UAE (ARE) air-defence help is AGREE (an offer of aid), asserted with attribution to media reports; but the text dates it 'since the Jan. 17 attack' of a Jan 31 report, so the date should be 2022-01 (or the document date 2022-01-31), not none."),
 12: (['target', 'date'], "Tougher U.N. (UNO) sanctions after North Korea's test: SANCTION accepted (CAMEO2PLOVER would map CAMEO 163 to COERCE, but PLOVER's SANCTION definition covers it); but the sanctions were against North Korea (PRK), China only supported them, so the target should be PRK; the date 2009-05 is the test's month, the sanctions are undated in the text (they came later; no date)."),
 13: ([], "Patriarch Sfeir (LBN) has criticised the electoral law: ACCUSE disapprove against the Lebanese state (LBN), present-perfect criticism reported as current, document date 1996-09-02 accepted; all right."),
 14: (['source', 'target', 'date'], "'He' is Chavez, who accused Uribe of lying: the source should be Hugo Chavez (VEN) and the target Alvaro Uribe (COL), reversed here; the remarks were made on Sunday (lead), so the date should be 2007-11-25, not the Monday document date."),
 15: ([], "Malawian police (MWI) arrested Vice President Chilumpha (MWI) on Friday 2006-04-28: COERCE arrest, asserted; all right (the treason charge is a separate ACCUSE event, not a duplicate)."),
 16: ([], "Nek Mohammad's supporters (PAK) promised revenge: THREATEN violence, no target named (empty right), made after his death and reported on 2004-06-18, asserted with the elders as reporters; all right."),
 17: ([], "Jong Thae Hwa (PRK) accused Japan (JPN) at the talks that ended 2002-10-30: ACCUSE, asserted; all right."),
 18: ([], "Selim al-Hoss (LBN) accused the government (LBN) of buying votes, reported as this news on 1996-09-02: ACCUSE, asserted; all right."),
 19: (['source', 'target'], "Praise is SUPPORT on 2020-02-01, asserted; but the speaker is Commonwealth Secretary-General Patricia Scotland (the Commonwealth, no country code), not the United Kingdom, and 'the government's efforts' refers to the Maldives government, so the target should be the Maldives government (MDV), not empty."),
 20: ([], "Russian Interior Ministry troops (RUS) shot dead civilians in Samashki (Chechnya, RUS) during the sweep last weekend (1995-W14-WE, April 8-9): ASSAULT, asserted with 'said' attribution; all right."),
 21: ([], "Abdul Rahman Miri (JOR) was detained in September 2019: COERCE arrest, passive with no detainer named in the sentence (empty source right), 2019-09, asserted; all right."),
 22: (['type'], "The presidents of Azerbaijan, Georgia and Turkey actually opened the pipeline on 2005-05-25: mutual parties, date and modality are right, but this is material economic cooperation carried out, so the type should be COOPERATE (CAMEO 061), not AGREE (an intent to cooperate)."),
 23: (['target'], "The U.S. (USA) 'did not back independence' is a negated SUPPORT on 1999-11-03, not a duplicate of the support for the leadership; but the independence is Montenegro's, named in the sentence, so the target should be Montenegro (MNE), not empty."),
 24: ([], "Takami Eto (JPN) resigned a day before the Tuesday remarks, 1995-11-13: RETREAT resign, asserted; all right."),
 25: (['type', 'target'], "Bozize marching on the capital with fighters in March 2003 was an armed seizure of power, so the type should be ASSAULT, not PROTEST; the target should be the Patasse government of the Central African Republic (CAF), named in the sentence, not empty. Source, date 2003-03 and modality are right."),
 26: (['type'], "Malaysia (MYS) expelling Indonesian migrant workers (IDN) is a deportation of individuals, so the type should be COERCE deport (CAMEO 174), not SANCTION expel; 'recent' gives no date (unknown right), asserted."),
 27: ([], "The State Department (USA) urged Minsk (BLR government) to allow a free election, on 2015-08-22: REQUEST, asserted; all right."),
 28: (['date'], "Trump (USA) accusing Mexico (MEX) is ACCUSE, asserted, and not a duplicate of the threat; but it came with the tariff threat 'weeks' before this story, so it should be undated like the threat, not given the document date 2025-02-20."),
 29: (['date'], "U.N. experts (UNO) accused Kigali (RWA government): ACCUSE, asserted; but the accusation came before the donors' suspensions (background act), so it should be undated, not the document date 2012-07-28."),
 30: ([], "Trump (USA) threatened tariffs on Mexico (MEX) 'weeks' before the story: THREATEN, no date given (unknown right), asserted; all right."),
 31: ([], "Vice President Njie-Saidy (GMB) went on radio to appeal for calm: REQUEST with no addressee named (empty right), 2000-04-11, asserted; all right."),
 32: ([], "Abdullah Gul (TUR) resigned earlier on Tuesday 2003-03-11: RETREAT resign, asserted; all right."),
 33: ([], "The Croatian cabinet (HRV) would ask the tribunal (ICTY) to review the charges: REQUEST, future, no date for the future act (unknown right); all right."),
 34: (['source'], "The pope urging Cubans (CUB) to seek freedom on 2012-03-28 is REQUEST, asserted; but 'He' is Pope Benedict XVI (Vatican, VAT), not Che Guevara, whose image hung behind him."),
 35: ([], "Falun Gong followers (CHN) protested outside the leadership compound on Sunday 1999-04-25; a protest at the seat of government takes the state (CHN) as target; all right."),
 36: (['date'], "Nek Mohammad (PAK) 'was accused of sheltering' al Qaeda fighters: ACCUSE with no accuser named (empty source right), asserted; but this is a background accusation of an earlier time, so it should be undated, not the document date 2004-06-18."),
 37: (['target'], "The attackers opening fire on Sunday 1998-05-17 is ASSAULT, source 'attackers' (no country in the sentence) right, asserted; but 'her house' refers to Jaffna mayor Sarojini Yogeswaran, so the target should be Yogeswaran (LKA), not empty."),
 38: ([], "Musharraf (PAK) has said he will step down as army chief: RETREAT resign, future, undated; all right."),
 39: (['event'], "Spurious: 'Libya supplies roughly half of Switzerland's crude oil imports' describes a standing trade relation, not an act; it is not AID (trade is not aid) and would not be coded."),
 40: ([], "Tehran (IRN) accuses U.S. forces (USA) of holding five Iranians: ACCUSE, present-tense accusation taking the document date 2007-05-10, asserted; all right."),
 41: ([], "Thai special forces (THA) stormed the hospital and killed the armed Myanmar rebels (MMR) on Tuesday 2000-01-25: ASSAULT, asserted; all right."),
 42: ([], "The U.S. (USA) has expanded its presence at Al Udeid: MOBILIZE troops, no target named (empty right), current act at the document date 2002-09-30, asserted; all right."),
 43: ([], "Herzog (ISR) held talks with Mohammed bin Zayed (ARE) on Sunday 2022-01-30: CONSULT, asserted; all right."),
 44: ([], "Police (BLR) beat demonstrators (BLR) in December 2010: ASSAULT beat, 2010-12, asserted; all right."),
 45: ([], "Dozens of Palestinians (PSE) killed at the aid convoy: ASSAULT, no attacker named (empty source right), asserted; the date 2024-02, inferred from the February suspension that the killing prompted, is accepted (borderline: the text does not date the killing itself)."),
 46: (['target'], "Calderon (MEX) deploying troops in late 2006 is MOBILIZE troops, 2006, asserted; but the sentence names whom they were deployed against, so the target should be the drug cartels (MEX), not empty."),
 47: (['source'], "Samaha (LBN) detained at dawn on Thursday 2012-08-09: COERCE arrest, asserted; but the sentence names the agent, so the source should be the Information Branch of Lebanon's Internal Security Forces (LBN), not empty."),
 48: ([], "Algerian officials (DZA) called for restraint: REQUEST with no addressee named (empty right), 2005-05-28, asserted; all right."),
 49: (['target', 'date'], "Sheikh Khalifa (BHR) opposing concessions to the opposition is REJECT, asserted; but the target should be the Bahraini opposition (BHR), named in the sentence, and the act was in 2011, after the protests were crushed, so the date should be 2011, not the document date 2020-11-12."),
 50: (['source', 'date'], "Recognition of Kosovo (XKX) is SUPPORT, asserted; but the sentence names the recognisers, so the source should be about 50 countries including the United States (USA) and most EU states, not empty; 'has since been recognised by about 50 countries' is a total summed since February, so it has no date (not 2008-02)."),
}
items = [json.loads(l) for l in open(ITEMS)]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    wrong, reasons = V[it['n']]
    assert set(wrong) <= set(FIELDS), (it['n'], wrong)
    if 'event' in wrong:
        verdict = {f: False for f in FIELDS}
    else:
        verdict = {f: f not in wrong for f in FIELDS}
    verdict['all'] = all(verdict[f] for f in FIELDS)
    rec = dict(it)
    rec['verdict'] = verdict
    rec['reasons'] = reasons
    out.append(rec)
with open(OUT, 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

# checks
back = [json.loads(l) for l in open(OUT)]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in FIELDS)
    if not v['event']:
        assert not any(v.values())
counts = {f: sum(r['verdict'][f] for r in back) for f in FIELDS + ['all']}
print(counts)
