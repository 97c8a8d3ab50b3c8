"""Write events-c.jsonl from the judge's verdicts below (fields judged false are listed per item)."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (fields judged false, reasons).  'event' in the list means spurious (all false).
V = {
 1: ([], "China voting against the UNPREDEP renewal is a veto (CAMEO 129 -> REJECT); Thursday 1999-02-25 from the lead; the sentence names no target, so empty is right (the lead's 'vetoed' is the same act but in another sentence, so no duplicate by the rules)."),
 2: (['target'], "REQUEST by Poland and the Baltic states with an unknown date for the pluperfect 'had pressed' is right, but the target should be empty: the request was made to the EU, which the sentence does not name; Russian officials are only the people the proposed visa restrictions would hit, not the party asked."),
 3: (['date'], "Iraq (IRQ) calling on the UN to condemn is a REQUEST, but the date should be 1999-01-26: 'Iraq said on Tuesday ... and it called on the United Nations' dates the call to the Tuesday of the report, so the text gives the date."),
 4: ([], "Scored right under the conventions ('will meet' is the act with future modality): SUPPORT for a greater IMF role, future, no date; China is only one of the three leaders (JPN, CHN, KOR) of the joint statement, which I count as a right but incomplete source, and I would code the whole joint pledge as AGREE myself."),
 5: ([], "ASEAN leaders agreeing to bring the single-market goal forward is a reciprocal AGREE with no recipient, dated Saturday 2007-01-13 (the story is dated Monday Jan 15), a separate act from the 'signed' event in the same sentence."),
 6: ([], "Officials say the two leaders (Georgia, Ukraine) hoped to hold a founding conference 'later this year', so this is CONSULT with hypothetical modality (like 'hinted they would reject') dated 2005; source and target as the two parties of a mutual act are acceptable."),
 7: ([], "Ordering an investigation into the shooting is ACCUSE investigate by Sheikh Saad (KWT) with an empty target since no perpetrator is named; the act has no date in the text and is reported as news, so the document date is right."),
 8: (['target'], "Tehran (IRN) accusing the group of al Qaeda links is ACCUSE, dated at the document date as an ongoing stance, but the target should be Jundallah (an Iranian Baluch rebel group), to which 'it' in the sentence refers."),
 9: ([], "Iranian conservative lawmakers (IRN) criticising the move is ACCUSE with an empty target, 'the move' being an act, not a party; the act has no date and is reported as news, so the document date is right."),
 10: (['date'], "An offer of a withdrawal stage is AGREE (CAMEO2PLOVER 035), and Israel with an empty target is right, but the offer is a background act: it is the withdrawal the cabinet approved 'last week' (1997-W10), so the date should be 1997-W10 or unknown, not the document date 1997-03-11."),
 11: ([], "ASSAULT on Karabakh Armenian troops in Tuesday's clash (2008-03-04), with an empty source since no attacker is named; ARM is acceptable for troops the text calls Armenian, of an Armenian-controlled enclave."),
 12: (['date'], "Per the conventions, occupation is ASSAULT by Israel on the Golan Heights (SYR territory), but the occupation is still going on 'since 1967', so the date should be the document date 2003-05-04 (or 1967 for the seizure), not unknown."),
 13: ([], "King Hussein hosting Netanyahu (the Likud leader, ISR) is CONSULT (CAMEO 043 host a visit, host as source); the visits happened several times at unknown dates, so an unknown date is right."),
 14: (['type'], "The type should be AGREE or CONCEDE, not SUPPORT (verbal approval of another's policy): the cabinet approving the handover of 9% of the West Bank commits to a future material concession, which the next sentence calls 'the offer'. Source, target (Palestinians, PSE) and the date 1997-W10 ('last week') are right."),
 15: ([], "Colom (GTM) conceding defeat late on Sunday 2003-12-28 is a verbal CONCEDE with an empty target since Berger is not named; the act is separate from the 'called on his supporters' REQUEST in the same sentence."),
 16: ([], "ASEAN ministers welcoming North Korea's participation is SUPPORT toward PRK; the statement at the close of the forum has no date in the text, so the document date is right."),
 17: ([], "Khamenei (IRN) condemning the attack is ACCUSE with an empty target, the attackers not being named ('the attack' is an act); the act is undated news, so the document date is right."),
 18: (['date'], "Russia recognising Abkhazia and South Ossetia (GEO) is SUPPORT (CAMEO 054), but the date should be 2008 (August 2008, after the war; the lead says 'last year'), not 2009-12-12: this is a background act of an earlier time."),
 19: ([], "Ingush leaders (RUS) condemning the bombing is ACCUSE, with an empty target since the bombers are unknown; I accept 1999-03-19 because the story's dateline is March 19 (the document_date field says 03-20)."),
 20: ([], "A Muslim community leader in Jos (NGA) accusing politicians (NGA) of stirring up hatred is ACCUSE, dated at the document date (the sector GOV is wrong but not scored); the act is separate from the 'appealed for calm' REQUEST in the same sentence."),
 21: ([], "Colombians marching on Sunday 1999-10-24 is PROTEST demo; the aim is the kidnappings and killings of the war, not the state, so an empty target is right under the crowd-protest rule."),
 22: ([], "Western governments urging 'them' to reduce tension is REQUEST; 'have urged' takes the document date; 'them' is India and Pakistan, so India alone is a right but incomplete target (PAK missing)."),
 23: (['type', 'target', 'date'], "NATO troops standing in Macedonia 'ready to help' are a deployment (MOBILIZE), not an AGREE: no actor offers or pledges anything. The target should be empty (or Macedonia), the Kosovo monitors being an international (OSCE) mission, not XKX/GOV, and the date should be the document date 1999-02-26 for a presence still going on."),
 24: ([], "Albright (USA) meeting Paek (PRK) on Friday 2000-07-28 is CONSULT."),
 25: (['source'], "The source should be the OIC meeting's final statement: the OIC foreign ministers, an IGO with no country code, to which 'it' refers (not Afghanistan); REQUEST, empty target (the US is not named; 'the campaign' is an act) and Wednesday 2001-10-10 are right."),
 26: ([], "Kuwaiti deputies threatening to question ministers (KWT) is THREATEN; the undated present perfect 'have threatened' takes the document date."),
 27: ([], "De Villepin (FRA) welcoming the agreement is SUPPORT with an empty target ('the agreement' is not a party), and 2004-01-09 is the story's dateline date; reported_by 'Islam Gaddafi' is wrong but is not scored."),
 28: ([], "The EU travel ban imposed on Lukashenko (BLR) in April is sanctions (CAMEO 163), which CAMEO2PLOVER maps to COERCE restrict; the EU ('it', the bloc) as source, 2006-04 and asserted are right."),
 29: ([], "The several hundred people killed in 1992 fighting in Prigorodny (North Ossetia, RUS) is a background ASSAULT dated by the text to 1992; the year and the empty source are right."),
 30: (['date'], "ASSAULT with eight people (EGY) killed is right, but this is a total of killings over the three-stage election since Oct. 18, so it should have no date (a total summed from an earlier time), not the document date 2000-11-16."),
 31: (['date'], "The arrest of Brotherhood supporters (EGY) is COERCE arrest, asserted by attribution with an empty source (passive), but the arrests took place on the election days, before the results, so the date should be unknown (during the vote held since Oct. 18), not the document date."),
 32: ([], "Berisha's supporters (ALB) storming government buildings in September 1998 is PROTEST riot aimed at the authorities, so the state of Albania is a right target, and 1998-09 is right."),
 33: ([], "Arab League foreign ministers endorsing the indirect-talks idea in March 2010 is SUPPORT. 'The idea' is not a party, so an empty target is right, and 2010-03 is right."),
 34: (['target', 'date'], "North Korea (PRK) rejecting the resolution is REJECT, but the target should be the UN Security Council, named in the sentence ('told the council') as the body whose resolution is rejected. The date should be Saturday 2006-07-15, not the document date (Sunday): the lead says North Korea rejected it within minutes of Saturday's vote."),
 35: ([], "The French Foreign Ministry (FRA) condemning the attack is ACCUSE with an empty target since the attacker is not named; the condemnation is undated news, so the document date is right."),
 36: (['source', 'date'], "The source should be the UN Security Council, since 'It' is its resolution, not North Korea; and the date should be 2006-07-15, when the resolution was adopted (Saturday, from the lead). REQUEST to North Korea (PRK) is right."),
 37: (['date'], "Pakistan (PAK) pressing for a Kashmir mechanism is REQUEST with an empty target (India is not named), but the act took place in the four days of talks that ended on Sunday and is reported as this news, so the date should be 1998-10-18 (the document date), not unknown."),
 38: ([], "Islamist gunmen (SOM) storming the hotel on Tuesday 2010-08-24 and killing about 30 people, including six MPs, is ASSAULT; the Somali parliament (SOM) stands for the members of parliament killed, which I accept."),
 39: (['event', 'type', 'source', 'target', 'date', 'modality'], "Spurious: 'a Hungarian law offering citizenship to ethnic Hungarians abroad' describes what a law provides, not an offer of cooperation between political actors. Even as an event, the date would be wrong ('last month' dates the Slovak law) and 'ethnic Hungarians abroad' is not plainly SVK."),
 40: ([], "Scored right under the conventions ('will meet' is the act with future modality): Koizumi (JPN) would seek a meeting with Bush (USA), REQUEST meet, future, no date; myself I would code the expressed intent to meet as AGREE (CAMEO 036)."),
 41: ([], "Gaddafi (LBY) urging the Darfur rebels (SDN) to stop fighting at Saturday's opening session (2007-10-27) is REQUEST."),
 42: ([], "The tens of thousands killed in the Chechen war (RUS) is a total since 1994, so no date is right; 'are believed to have been killed' is hedged, and 'reported' is acceptable for it."),
 43: ([], "Kaunda (ZMB) accusing the Zambian government is ACCUSE; he spoke on his release on Monday 1998-06-01, so the narrative date is right."),
 44: ([], "Settler leaders (ISR) welcoming the cabinet vote is SUPPORT with an empty target ('the vote' is an act), and the undated welcome takes the document date (sector GOV wrong, not scored)."),
 45: (['date'], "Advani (IND) meeting Musharraf (PAK) is CONSULT, but it is a background act of his week-long trip, which ended before he resigned on Tuesday: the date should be unknown (or that week), not the document date 2005-06-08."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 45 and set(V) == {i['n'] for i in items}
with open('events-c.jsonl', 'w') as out:
    for it in items:
        bad, why = V[it['n']]
        v = {f: (f not in bad) for f in F}
        if not v['event']:
            v = {f: False for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = why
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
tot = {f: 0 for f in F + ['all']}
for l in open('events-c.jsonl'):
    v = json.loads(l)['verdict']
    for f in tot: tot[f] += v[f]
print(tot)
