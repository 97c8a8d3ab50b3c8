"""Write events-c.jsonl from the judge's verdicts below (wrong fields listed per item).
usage: python events-c-tools/write_verdicts.py   (run in docs/judged/round68)"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
# n -> (wrong fields, reasons); "event" in wrong fields = spurious (all false)
V = {
 1: ([], "Joint statement that the US and Russia would embark on a strategic stability dialogue: a future talk, coded CONSULT future with no date as the conventions code 'will meet'; mutual USA/RUS right. (I would code the statement itself as AGREE, CAMEO 036, asserted 2021-06-16, but score by the 'will meet' rule.)"),
 2: ([], "US urged release of the president and return to constitutional order: REQUEST by USA; the junta is not named in the sentence so empty target is right; 2008-08-06 is the dateline day of the coup report."),
 3: (["target", "date"], "Karzai's refusal to sign the pact is REJECT, but the target should be the United States (USA, 'Washington' in the sentence), not Ambassador Cunningham; the refusal is a background act spanning the previous year, so the document date is wrong (no date/unknown, 2013-2014)."),
 4: ([], "Russian officials said they would expel German diplomats in return: SANCTION expel, future, RUS -> German diplomats (DEU), undated future act right."),
 5: (["type"], "North Korea firing a record number of missiles this year is weapons testing, MOBILIZE (weapons: test weapons systems), not ASSAULT; source PRK, no target and year 2022 are right."),
 6: ([], "Ouattara's home set on fire during the uprising: ASSAULT (destroy property) by an unnamed party against Ouattara (CIV); the Thursday of the uprising (2002-09-19) is the story's narrative day, accepted; asserted with aides as reporter."),
 7: (["type", "target"], "NATO ambassadors approving orders authorising air strikes to act if Belgrade fails to comply is a threat of force, THREATEN (CAMEO 138), not SUPPORT; target should be Yugoslavia/Belgrade (YUG/SRB), named in the sentence."),
 8: (["target", "date"], "Pezeshkian's criticism is ACCUSE, but the target code should be IRN (Iran's morality police, plain in the text), not empty; it is a campaign position of an earlier, unstated time, so the document date is wrong (should be no date/unknown)."),
 9: (["type", "date"], "'Order the soldiers to surrender by 5 p.m. or face force' is an ultimatum, THREATEN (CAMEO 139), not a plain REQUEST; the standoff was on Sunday, so the date should be 2003-07-27, not the document date 2003-07-28."),
 10: (["type", "source"], "Tens of thousands of Eritreans expelled from Ethiopia is a mass expulsion, ASSAULT (cleansing, CAMEO 201) or COERCE deport, not a diplomatic SANCTION expel; source should be Ethiopia (ETH), the country named as expelling them; 'since the war began' span with no date is right."),
 11: (["target", "date"], "Beijing cutting off contacts with Tsai's government is SANCTION by China, but the target should be Taiwan's government (TWN), not China; the text dates the cut-off to 2016 (when she took office), so the date should be 2016, not unknown."),
 12: (["type", "date"], "Baduel joining the campaign against Chavez's reform is opposition to the government's proposal, ACCUSE (disapprove) toward Chavez's government (VEN, accepted as 'Venezuela'), not SUPPORT; he joined during the campaign before the vote, so the date should be unknown, not the report day."),
 13: (["source"], "Shabaab's 'tactical withdrawal' from Kismayo is RETREAT, but the fighters are Shabaab's, so the source code should be SOM, not KEN; date 2012-09-29 and asserted (reported by the spokesman) right."),
 14: ([], "Moscow still opposes NATO enlargement: REJECT by Russia's government, ongoing stance dated by the report; NATO is not named in the sentence, so an empty target is right."),
 15: ([], "Gonzalez Macchi called for national unity after being sworn in on Sunday: a general REQUEST with no addressee named, source PRY, 1999-03-28 right (borderline appeal, accepted)."),
 16: ([], "Yemen's government supported Saudi Arabia's right to defend its borders: SUPPORT YEM -> SAU, dated by the report, asserted."),
 17: ([], "Yemen said it had not asked for Saudi help: REQUEST (assist) negated, YEM -> SAU, undated non-act right."),
 18: ([], "Xi hosted a banquet for Kim during the visit: CONSULT (host a visit, mutual meeting) CHN <-> PRK; visit ran Sunday-Wednesday, report day 2018-03-28 accepted; reported by Xinhua."),
 19: ([], "Abdelaziz called on the UN to protect Sahrawi civilians: REQUEST Polisario -> UN; source right party (Polisario coded with the administering state as CAMEO does for separatists; ESH would also be right); Monday 2010-11-08 is the day the paragraph ties to the start of talks."),
 20: ([], "US State Department called for a thorough inquiry: REQUEST by USA; no addressee named, empty target right; report date right (the Jewish organisations are a second source not listed, not an error)."),
 21: (["date"], "Israeli commandos killing 10 Turkish activists on the aid ship is ASSAULT ISR -> TUR right, but the text dates it 'six years' before the 2016 report, so the date should be 2010, not unknown."),
 22: (["target", "date"], "Lawmakers voting to open an inquiry is ACCUSE investigate by Senegal's lawmakers, but the inquiry is into the two judges named in the sentence (Constitutional Council judges, SEN/JUD); it is background to the crisis before Sall's Saturday address, so the document date is wrong (should be unknown, late January 2024)."),
 23: ([], "Protests by the sacked soldiers in late April: PROTEST, source sacked soldiers (TLS), 2006-04 right; sentence names no aim, so an empty target is right by the general rule (the state would also be right)."),
 24: (["event"], "Spurious: 'analysts expect the new government to seek closer ties with Beijing' is an analysts' forecast, not an act, and 'seek closer ties' is not a REQUEST."),
 25: ([], "Beijing lodged a formal protest: ACCUSE (complain officially, CAMEO 114) by China; Japan is not named in the sentence, so an empty target is right; report date right."),
 26: ([], "Jibril has called for a broad national coalition: REQUEST (appeal) with no addressee named, source LBY, report date right."),
 27: (["source"], "Pakistan's Foreign Office condemned the attack: ACCUSE, but the source should be Pakistan's Foreign Office (PAK), not GBR; the attackers are not named so the empty target is right; report date right."),
 28: (["event"], "Spurious: 'U.S. missile defence plans threatened its strategic forces' uses 'threatened' in the sense of endanger inside Medvedev's condition; the act in the sentence is Russia reserving the right to withdraw (THREATEN RUS -> USA), not a US threat."),
 29: ([], "Critics accuse Malawi's government of restricting the media: ACCUSE, critics (no country given) -> Malawi government (MWI), ongoing accusation dated by the report."),
 30: (["type"], "Marcos said the government had not helped the ICC: the act denied is judicial cooperation with the ICC (COOPERATE, CAMEO 063), not AID; PHL -> ICC, negated and the report date right."),
 31: (["target"], "Khalifa Sall's 'We will not accept it' refuses the postponement (AGREE negated is the conventions' equivalent of REJECT asserted), but the target should be President Macky Sall/the Senegalese government (SEN), named as 'the president' in the sentence, not the police."),
 32: ([], "AU and ECOWAS condemned the coup attempt: ACCUSE by AU/ECOWAS; plotters not named, empty target right; report date right."),
 33: ([], "Officials in Caracas rejected Washington's remarks as interference: REJECT by Venezuela's government; no party named in the sentence, empty target right; report date right."),
 34: (["date"], "Medvedev accused Kiev of rewriting history: ACCUSE RUS -> Ukraine government right, but it was made in Tuesday's open letter reported as news, so the date should be 2009-08-11, not unknown."),
 35: (["source", "date"], "The government that rejected Nisman's accusation as absurd is Argentina's (ARG), not Iran's; the rejection followed last Wednesday's complaint (background), so the document date is wrong (no date/unknown, between 2015-01-14 and 2015-01-18)."),
 36: ([], "Ethiopian forces 'totally destroyed' the Eritrean defences at Badme: ASSAULT ETH -> Eritrea (ERI); 1999-02-27 (the Saturday of the announcement at the end of the offensive) accepted; asserted with the spokeswoman as reporter."),
 37: (["type"], "Denard giving himself up to French officers is a military surrender, RETREAT (CAMEO 0874), not CONCEDE (a verbal concession); source, target FRA and Thursday 1995-10-05 right."),
 38: ([], "Baghdad said its troops had already pulled back from Arbil: RETREAT withdraw by Iraqi troops; the pull-back's time is not given, unknown accepted; asserted with Baghdad as reporter."),
 39: ([], "Flosse blamed independence activists for stirring up the crowds: ACCUSE, French Polynesia's president -> independence activists, both coded FRA (the territory is French) accepted; report date right."),
 40: ([], "Gemba summoned South Korea's ambassador to lodge a protest: ACCUSE (complain officially) JPN -> KOR ambassador, Friday 2012-08-10 right (e3 'lodge' is the duplicate, not this one)."),
 41: ([], "Police imposed a curfew across Basra: COERCE curfew by Iraqi police on the city (IRQ) accepted; 'later' on the Friday of the attack, 2018-09-07 accepted."),
 42: (["event"], "Spurious: 'Cunningham called the signing a historic day' is 'called' in the sense of described (praise, SUPPORT at most), not a REQUEST."),
 43: ([], "AU and ECOWAS reaffirmed support for the constitutional order: SUPPORT by AU/ECOWAS, a separate act from the condemnation; no party named, empty target right; report date right."),
 44: ([], "Bangkok promised to cut spending and raise VAT in return for the loans: AGREE (promise) by Thailand's government; lenders not named in the sentence, empty target right; Monday 1997-08-11 of the package right."),
 45: (["target", "date"], "Bush's trip is CONSULT visit future, but Hyderabad is a city on the India trip he is already on; the new visit is to Pakistan (PAK), named in the sentence; 'Friday' after the Thursday 2006-03-02 report is 2006-03-03, not 2006-02-24."),
 46: ([], "Youths hurled stones and petrol bombs at riot police: PROTEST riot, Tahitian youths -> French riot police (FRA), Thursday 1995-09-07 right (not a duplicate of e1, which is in another sentence)."),
 47: (["type", "target"], "Rioters setting fire to the airport terminal and cars in protest against the French nuclear test is a violent riot, PROTEST (riot), not ASSAULT; the riot is against France's test, France (FRA) being named in the sentence, so the target should be France, not empty."),
 48: (["source"], "The urging is by opposition lawmakers in Berlin (DEU/LEG), not by Germany the state, which is the party urged; REQUEST, target German government and report date right."),
 49: (["source"], "Signing the memorandum with BOTAS is SUPPORT (sign agreement), but the signer is 'the Russian gas giant', Gazprom (RUS/BUS), not Russia the state; target BOTAS (TUR) and date right."),
 50: ([], "Suicide bombers struck the JW Marriott and Ritz-Carlton on Friday morning: ASSAULT by the (Indonesian-based) militants -> the hotels in Jakarta (IDN), 2009-07-17 morning right."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
# tally
rows = [json.loads(l) for l in open("events-c.jsonl")]
for f in FIELDS + ["all"]:
    print(f, sum(r["verdict"][f] for r in rows))
