"""Write events-a.jsonl from the items and the judge's verdicts (wrong fields + reasons) below."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'spurious'), reasons
V = {
 1: (['source', 'date'], "COERCE for the Senate blocking Pita's bid is acceptable (REJECT would also do), target right. Source should be the military-appointed Senate (THA), named in the sentence; date: May 2023 is the election's month, the text gives the block no month (2023 at most, not 2023-05)."),
 2: ([], "Dismissing criticism as interference is a REJECT by Beijing (CHN), reported as this news (document date). 'Such criticism' names no party, so an empty target is right by the rules (the U.S. State Department would also be acceptable)."),
 3: ([], "Clinton (USA) urging Congress (USA) to pass the trade bill is a REQUEST on Thursday, 1998-03-26; all fields right; the 'promising' AGREE in the same sentence is a different act."),
 4: (['target'], "ACCUSE by several Arab governments (no single country) is right, but the strike they condemned was Israel's: target should be Israel (ISR), named in the same sentence, not Syria, the victim."),
 5: ([], "Mandela saying he would receive Gaddafi is a future hosted visit (CONSULT, mutual parties acceptable), distinct from the invitation (AGREE, e2); no date for a future act and future modality are right. A coder could also fold it into the invitation."),
 6: ([], "Lifting nuclear sanctions is CAMEO 085 ease economic sanctions = RETREAT; Bush (USA) -> India (IND) and Pakistan (PAK) on Saturday 2001-09-22; all right."),
 7: ([], "Police (BOL) tear-gassing crowds outside the Santa Cruz airport (BOL) is ASSAULT crowd-control; reported as this news, hours after Wednesday's arrest, so the document date is acceptable."),
 8: ([], "Greek police (GRC) detaining more than a dozen suspects is COERCE arrest; 'have since detained' sums arrests since June 29, so no date is right."),
 9: (['date'], "Kenya (KEN) hosting Bashir (SDN) is a CONSULT visit, asserted (Obama reports it as fact). Date should be 2010-08-27, the Friday of the Nairobi ceremony given in the story's first sentence, not unknown."),
 10: (['date'], "Camacho (BOL) leading a strike to demand a census is PROTEST; empty target is right as the sentence names no addressee. Date: the text says 'this autumn' (a 36-day strike from October that ended last month), so 2022 (autumn), not 2022-11, which is taken from the strike's end."),
 11: ([], "Promising constitutional reform is CAMEO 034 (intent to bring political reform) = AGREE; 'their kings' are the kings of Jordan and Morocco, and the Jordanian king (JOR) is one right source (Morocco's, MAR, is the other); undated background act, unknown date right."),
 12: (['date'], "The truck bomb killing 80+ people in Mogadishu is ASSAULT with no named perpetrator and victims SOM. Date should be late December 2019 (about 2019-12-28, 'just over a week' before the 5 January raid), not unknown."),
 13: ([], "Villagers (BGD) brought to meet Clinton (USA) in Dhaka is a CONSULT meeting on the day of the visit, 2000-03-20; asserted with officials as reporter."),
 14: (['target', 'date'], "ASSAULT with no named attacker is right, but the 166 killed in the Mumbai attacks were in India: target should be 166 people (IND), not PAK. Date should be 2008, the year the story gives the Mumbai attacks ('since the 2008 Mumbai attacks')."),
 15: ([], "A march of a million people in Santiago with no aim named in the sentence: PROTEST, source Chilean people, target the state (CHL) is right by the home-protest rule; last Friday = 2019-10-25."),
 16: ([], "The king (MAR) ordering the interior minister (MAR) to visit the family is REQUEST (orders); document date right. (reported_by 'Al Hoceima' is wrong, should be the royal palace, but that field is not scored.)"),
 17: (['date', 'modality'], "PROTEST by the organisers (HKG) is right, but it is a planned march: modality should be future, and 'on Sunday' is the coming Sunday, 2017-08-20, not 2017-08-13."),
 18: (['date'], "Chad's government (TCD) rejecting the accusations is REJECT, target empty right (accusers not named in the sentence). Date should be the document date 2025-05-17, a rejection reported as this news, not unknown."),
 19: ([], "Washington (USA) congratulating Torrijos (PAN) is SUPPORT, reported as this news on 2004-05-03."),
 20: ([], "Suleiman (LBN) calling for national unity and dialogue in his inaugural speech is a REQUEST with no named addressee; Sunday 2008-05-25 is right. (A vague appeal, CAMEO 02-like; accepted as REQUEST.)"),
 21: (['target'], "U.S. (USA) air strikes in Somalia are ASSAULT, ongoing, so the document date is right. But 'the group' is al Shabaab: target should be al Shabaab (SOM), not al-Qaeda (the group is only 'linked to al Qaeda')."),
 22: (['source'], "A call for a transparent inquiry is REQUEST, target empty right (Belarus not named in the sentence), date right. Source: the OSCE is an international body with no seat country in the text, so its code should be empty/IGO, not RUS (the journalists' groups in Moscow, RUS, are the other source)."),
 23: ([], "Schuessel (AUT) thanking the Algerian authorities (DZA) is SUPPORT, reported as this news; all right."),
 24: ([], "Prosecutors (MAR) opening a manslaughter inquiry is ACCUSE investigate; no named suspect so empty target is right; document date right."),
 25: (['source', 'target'], "The two presidents discussing the dispute is CONSULT on Monday 2018-09-17, right. Source should be the Djiboutian and Eritrean presidents (Guelleh, DJI; Afwerki, ERI), not 'leaders' with no country, and the target should be the other leader: Ras Doumeira is a promontory, not a party."),
 26: ([], "EU officials (EU code acceptable for the EU) calling for a fair process is REQUEST; their clause names no addressee, so empty target is right; document date right."),
 27: (['source'], "The agreement that the South would ship rice is AGREE, earlier this month (1995-06), right; 'they' are the two Koreas: source should be South Korea (KOR) / North Korea (PRK), not China (Beijing is only where the channel was set up); empty target fits a reciprocal agreement."),
 28: ([], "Non-proliferation experts in Washington (USA) criticising the decision is ACCUSE; 'the decision' names no party, so empty target is right by the rules (the U.S. government would be acceptable); document date right."),
 29: ([], "Chinese police (CHN) rounding up party members (CHN) is COERCE arrest in November 1998; all right."),
 30: ([], "North Korea (PRK) apologising to South Korea (KOR) is CAMEO 055 apologise = SUPPORT; reported Friday 1995-06-30, the document date; right."),
 31: ([], "China (CHN) warning it could use force against Taiwan (TWN) is THREATEN, made on Monday 2000-02-21; asserted."),
 32: (['source', 'target'], "ASSAULT dated 2019 ('a year ago') is right. Source should be al Shabaab (SOM), 'the group' of the story, not al-Qaeda; target should be 21 people at a Nairobi hotel (KEN): the place makes the country plain, so an empty code is wrong."),
 33: (['target'], "Vowing that the deaths would not deter the campaign is a forceful warning of continued military action, accepted as THREATEN (a coder could also treat it as a mere statement of resolve); target should be the Houthis (YEM), the campaign's enemy named in the sentence; document date right."),
 34: ([], "Morales (BOL) resigning in 2019 is RETREAT resign, a fact outside the accusation so asserted; target Bolivia ('the country') acceptable."),
 35: ([], "The UN toll of 4,500+ killed in Yemen (YEM) since March is ASSAULT with a toll summed over a span, so no date is right; no perpetrator named for the whole toll, so empty source is right."),
 36: ([], "Politkovskaya (RUS) shot dead in 2006 is ASSAULT firearms, no named attacker, 2006; all right."),
 37: ([], "Pakistan (PAK) pressing for a civilian nuclear deal is REQUEST; the addressee (China) is not named in the sentence, so empty target is right; ongoing, dated to the story's date (Nov 24)."),
 38: ([], "Hamas (PSE) rejecting the 1993 accord is REJECT, a standing position dated to the story; Israel, a party to the accord named in the sentence, is an acceptable target."),
 39: ([], "The IMF suspending its loan payment to Mozambique (MOZ) is SANCTION (stop aid), said on Monday 2016-04-18; all right."),
 40: ([], "Chinese courts (CHN) sentencing three dissidents (CHN) on Monday 1998-12-21 is SANCTION convict; all right."),
 41: (['source', 'target'], "The ambush in June 1993 is ASSAULT with the right date, but the 24 Pakistanis were its victims: source should be empty (attackers unnamed), target the 24 Pakistani peacekeepers (PAK); the American soldiers died in a separate October battle."),
 42: (['date'], "Israel's (ISR) offensive killing 34,000+ Palestinians (PSE) is ASSAULT, but it is a toll summed since October 7 ('has since killed'), which has no date, not the document date."),
 43: ([], "Mandela (ZAF) defending South Africa's friendship with Libya, Cuba and Iran is CAMEO 052 defend verbally = SUPPORT, on Friday 1998-03-27; all right."),
 44: (['target'], "Lula (BRA) hosting the summit on Tuesday 2023-05-30 is CONSULT, right; but the visitors are leaders of all 12 South American countries, so the target's code should be empty (multinational), not BRA."),
 45: ('spurious', "Not an event: 'the shooting' only refers back to the shooting reported earlier; the sentence reports the anger it caused and has no actors. (Even if counted, source should be U.S. troops (USA), target the Italians' car (ITA), date 2005-03-04.)"),
 46: (['date'], "Bratusek's (SVN) pledge to fix the finances and banks is a reform pledge, AGREE (as CAMEO 034), no target. Date should be 2013-02-27, the Wednesday she addressed lawmakers before the vote, not the document date."),
 47: ([], "The Hamas-led (PSE) attack on southern Israel (ISR) on 2023-10-07 is ASSAULT; right (the extra source 'led militants' is a split of 'Hamas-led militants', the same party)."),
 48: ([], "Clinton (USA) praising Mandela (ZAF) at Friday's news conference is SUPPORT, 1998-03-27; all right."),
 49: (['source'], "Urging respect for the process is REQUEST with no named addressee, document date right; but the one who urged is President Gustavo Petro (COL), not the judiciary he praised."),
 50: (['date'], "Police (HUN) not using force to break up the march is ASSAULT crowd-control, negated (a negated future act) acceptable. Date should be the march's Saturday 2025-06-28; Friday 2025-06-27 is the date of Orban's statement."),
}

items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
with open('events-a.jsonl', 'w') as out:
    for it in items:
        wrong, reasons = V[it['n']]
        if wrong == 'spurious':
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong), wrong
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
