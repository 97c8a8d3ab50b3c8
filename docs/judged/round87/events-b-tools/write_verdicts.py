"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's verdicts (round 87)."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'spurious'), reasons
J = {
 1: ([], "EU (Brussels) pressing Serbia and Kosovo ('both sides') to show they could cooperate is a REQUEST; the pressing is undated in the text, so no date is right; asserted with the diplomats as reporters."),
 2: (['date'], "Uganda's commitment in the signed deal to withdraw its troops from Congo is a promised retreat, CONCEDE (PLOVER codebook), Uganda -> DR Congo, made when the deal was signed; date should be 2002-09-06, the Friday of the signing, not the document date."),
 3: ([], "Hollande congratulating Keita is SUPPORT, FRA -> MLI; the call is reported as this news with no date, so the document date is right."),
 4: ([], "The kidnappers demanding the release of comrades held in Yemeni jails is REQUEST (yield) addressed to Yemen; the demand is undated in the text, so no date is right (the 'security sources said' attribution should also have filled reported_by)."),
 5: (['target', 'date'], "Security forces killing the attackers is ASSAULT; 'Three' refers to three of the four attackers of the previous sentence, so target should be the attackers (gunmen, no country given), not empty; date should be 2018-09-22, the Saturday of the parade attack, not the document date."),
 6: ([], "PKK militants killing seven Turkish soldiers in Tokat is ASSAULT, TUR rebels -> TUR military; 'days after' gives no day, so no date is right."),
 7: (['date'], "Second sentence stating the deal's withdrawal terms (not a same-sentence duplicate of #2): CONCEDE Uganda, target empty is right as the sentence names only towns; date should be 2002-09-06, the Friday the deal was signed, not the document date."),
 8: (['date'], "Mass rallies in Seoul against President Park's scandal are PROTEST (demo) with South Korea a right target under the home-protest rule; but 'some of the Saturday protests' over weeks names no particular Saturday, so 2016-12-03 is not in the text: the weeks-long rally campaign should take the document date 2016-12-09."),
 9: ([], "AU calling for an investigation is REQUEST with no addressee named (empty target right); reported as this news with no date, so the document date is right; a distinct act from the condemnation (#40)."),
 10: (['date'], "Trump threatening to cut off aid to Honduras, Guatemala and El Salvador is THREATEN, USA -> HND/GTM/SLV; but 'earlier in the week' places it before Friday: date should be that week (2018-W42, before 2018-10-19), not 2018-10-19, the Friday of the Twitter post."),
 11: (['target'], "Zelenskiy asking 'him' to decide who he is with is a REQUEST dated March 2022 ('last month'), but 'him' is Viktor Orban (the subject of the previous sentences), so target should be Orban (HUN), not Putin."),
 12: ([], "France (with the African states) criticising the U.S. veto is ACCUSE; the sentence names no party as target, only 'the veto', so an empty target is right by the rules (USA would also be acceptable); reported as this news, document date right."),
 13: ([], "Israeli officials alleging that Iran uses Sudan as a rocket conduit is ACCUSE, ISR -> IRN; 'have long alleged' is still going on, so the document date is right."),
 14: (['type'], "Russia annexing Crimea in 2014: armed forces taking or occupying ground is ASSAULT under the conventions (COERCE seize is kept for police confiscations and raids), so type should be ASSAULT; Russia -> Crimea (UKR) and 2014 are right."),
 15: ([], "Trump urging a veto is REQUEST; the addressee (the Obama administration) is not named in the sentence, so empty target is right; undated in the text, so no date is right."),
 16: ([], "Fortuyn shot dead on Monday: ASSAULT (firearms), unnamed attacker (empty source right) -> Fortuyn (NLD), 2002-05-06; all right."),
 17: (['type', 'target'], "Jammeh reversing his acceptance of defeat is a rejection of the election result, type should be REJECT, not CONCEDE (it withdraws a concession); 'in Gambia' is the place, no party is named as acted upon, so target should be empty, not Gambia. Friday 2016-12-09 is right."),
 18: (['target'], "Cohen praising the late emir is SUPPORT, but the late emir is Bahrain's Sheikh Isa: target country should be BHR, not USA."),
 19: (['source'], "Welcoming Carter's call for democracy is SUPPORT -> Carter, but the sentence's subject is the Bush administration: source should be the U.S. government (USA), not Cuba; document date and asserted are right."),
 20: ([], "A man living in Sweden staging a protest outside the Iraqi embassy in Stockholm is PROTEST (demo) aimed at Iraq's mission; 'Later on Thursday' is 2023-07-20; all right."),
 21: ([], "Protesters in Seoul burning a Japanese flag outside the (Japanese) embassy over Koizumi's shrine visit is PROTEST against Japan; reported as this news, document date right."),
 22: ([], "'It' is Mexico's government, asking UNHCR to help with asylum claims: REQUEST MEX -> UNHCR; document date right for this news."),
 23: (['source'], "Accusing Russian hackers of targeting email accounts is ACCUSE -> Russian hackers (RUS), undated (during the campaign); but the sentence's subject is 'His campaign', so source should be Macron's campaign (En Marche, FRA), not Macron himself."),
 24: ([], "Malawi expelling the British high commissioner in April is SANCTION (expel), MWI -> GBR, 2011-04; all right."),
 25: (['date', 'modality'], "Erywan Yusof's trip to Myanmar is only planned and has been delayed; the visit has not happened, so modality should be future (planned), not asserted, and it has no date (not the document date)."),
 26: ('spurious', "'We fight on our territory' is Zelenskiy's generic statement in a denial, no specific act; not an event (if coded at all, the 'we' is Ukraine, not Putin)."),
 27: ([], "Police arresting Kem Sokha shortly after midnight on Sunday: COERCE arrest, KHM police -> Kem Sokha, 2017-09-03; all right."),
 28: ([], "The interior minister calling the bombing a 'terrorist act' is ACCUSE (disapprove); the perpetrators are not named, so empty target is right; the bombing day is the document date."),
 29: ([], "Kumaratunga condemning the attack is ACCUSE (disapprove); no party named as target; the attack day is the document date; right."),
 30: ([], "'He' is police spokesman Fred Enanga, accusing protesters of looting and attacking police: ACCUSE UGA police -> protesters (UGA); said on Friday, the document date; right."),
 31: ('spurious', "'Macron had wanted to show that he could talk to Moscow' is diplomats' comment on his motive, not a consultation act; the meeting itself is coded from the first sentence."),
 32: (['type', 'source', 'date'], "'We received them' is King Hussein on receiving the defecting sons-in-law, i.e. Jordan sheltering them: type should be AID (asylum), not CONSULT visit; the party received is Hussein Kamel's group (IRQ), not Saddam Hussein (Jordan as host is right); date should be 1995-08-07, the Monday they crossed, not the document date."),
 33: (['date'], "Malawi police shooting dead 18 people is ASSAULT, MWI police -> people (MWI); but the shootings took place 'during two days of protests' that began on Wednesday: date should be 2011-07-20 to 2011-07-21, not 2011-07-21, the day of the officials' statement."),
 34: ([], "Jammeh calling for a new vote is REQUEST with no addressee (empty target right), on Friday 2016-12-09; right."),
 35: ('spurious', "Duplicate: dateline already coded this same bombing from the same sentence (e1 'killed', ASSAULT -> guards); the bomber blowing himself up is the same act (had it been kept, its date should be 2015-11-24, the Tuesday)."),
 36: (['target', 'date'], "Protesters setting fire to the headquarters of Kebzabo's party is PROTEST (riot); target should be Kebzabo's party (TCD), not Kebzabo himself; the fire was during Thursday's protests, so date should be 2022-10-20, not the document date."),
 37: ([], "Kiribati establishing ties with Taipei in 2003 is SUPPORT (initiate diplomatic ties), KIR -> TWN, 2003; right."),
 38: (['target'], "India proposing permanent G20 membership for the African Union is an offer of cooperation (AGREE acceptable, SUPPORT also defensible), made at Saturday's summit opening; but the AU is named as the party it is offered to, so target should be the African Union, not empty."),
 39: ('spurious', "The Boeing 777 'flying from Amsterdam to Kuala Lumpur' is an airliner's route, not a visit by a political actor; no event."),
 40: ([], "AU condemning the violence is ACCUSE; 'the violence' is no named party, empty target right; document date right for this news."),
 41: ([], "The U.S. and Western governments welcoming ASEAN's decision is SUPPORT; the sentence names no party (only 'the decision'), so empty target is right; document date right."),
 42: ([], "Moscow denying that it supplies the rebels: AID (arms) Russia -> rebels, negated; the denial is current, document date acceptable; right."),
 43: ([], "Sudan accusing Israel on Wednesday of bombing the factory is ACCUSE, SDN -> ISR, 2012-10-24; right."),
 44: (['date'], "The transitional government's promise to hand power to civilians is AGREE (intent to change leadership); but 2022-10-20 is the date of the promised handover, not of the promise, which was made earlier (April 2021 per the story): date should be none/undated (or 2021-04)."),
 45: (['target', 'date'], "Bobi Wine's quote refers to the protesters killed; ASSAULT with unnamed killers is acceptable, but 'those who were killed' names the victims: target should be the protesters killed (UGA civilians), not empty; date should be 2020-11-18 to 2020-11-19, the two days of protests, not unknown."),
 46: ([], "Verhofstadt complaining that Belgium had been pushed below the Netherlands is ACCUSE (disapprove) with no party named as target; the summit ended on the document date; right."),
 47: ([], "The BNP (of Khaleda Zia) demanding that Hasina step down is REQUEST -> Hasina (BGD); undated earlier demand, no date right."),
 48: (['target', 'date'], "Mulino's campaign pledge to close the Darien route is AGREE (intent to change policy) and asserted, but Colombia is only the border's location, not a party acted upon: target should be empty (or the migrants); the pledge was made 'during the campaign', before the vote, so it should have no date, not the document date."),
 49: ([], "Separatists shooting down a Ukrainian military plane early on Saturday: ASSAULT, UKR rebels -> Ukraine's forces (UKR), 2014-06-14; right."),
 50: ([], "Musharraf seizing power in a coup in October 1999: a forcible seizure by the army, ASSAULT acceptable under the conventions' seizure rule; no victim named, 1999-10 right."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and set(J) == {i['n'] for i in items}
with open('events-b.jsonl', 'w') as f:
    for it in items:
        wrong, why = J[it['n']]
        if wrong == 'spurious':
            v = {k: False for k in F}
        else:
            v = {k: k not in wrong for k in F}
        v['all'] = all(v[k] for k in F)
        out = dict(it)
        out['verdict'] = v
        out['reasons'] = why
        f.write(json.dumps(out, ensure_ascii=False) + '\n')

P = [
 {"doc": "h21-x77-17",
  "coder_events": [
    "REJECT: Russia (RUS) -> UN Security Council (UNO), vetoed the resolution setting up an MH17 tribunal, 2015-07-29",
    "ACCUSE: the countries that lost citizens (no single code) -> Russia (RUS), angry reactions to the veto, 2015-07-29",
    "ASSAULT: those responsible (no code) -> Malaysia Airlines flight MH17 (MYS), shot down over eastern Ukraine, 2014-07 ('a year ago'; 2014-07-17 per the story)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the veto (REJECT, right). It missed the angry reactions (ACCUSE) and the MH17 downing in the relative clause."},
 {"doc": "h21-x78-15",
  "coder_events": [
    "ACCUSE: United States (USA) -> Iranian government agents (IRN), accused of plotting to assassinate the Saudi ambassador, 2011-10-11",
    "REJECT: Iran (IRN) -> United States (USA), dismissed the allegation as a fabrication, 2011-10-12 (undated; document date)"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts found with the right types. The assassination plot sits inside the accusation and is not coded separately."},
 {"doc": "h21-x77-10",
  "coder_events": [
    "AGREE (negated): European Union leaders (EUR) -> each other, failed to agree the 2007-2013 budget, 2005-06-18",
    "REJECT: French and Dutch voters (FRA, NLD) -> European Union (EUR), rejected the EU constitution in referendums, late May/early June 2005 ('less than three weeks ago')"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in this paragraph. The failed agreement is a negated AGREE; the referendum rejections are background acts."},
 {"doc": "h21-x80-18",
  "coder_events": [
    "COERCE: Cambodian police (KHM) -> Kem Sokha (KHM), arrested at his home, 2017-09-03",
    "ACCUSE: Cambodian police/authorities (KHM) -> Kem Sokha (KHM), accused of treason, 2017-09-03"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right types. The ACCUSE was dated to the document date (09-04), but the date is not scored here. 'Hun Sen's campaign against critics' is a characterisation, not a separate act."},
 {"doc": "h21-x80-16",
  "coder_events": [
    "REJECT: Anwar Ibrahim (MYS) -> Barisan Nasional / the election result (MYS), rejected the outcome as fraudulent, 2013-05-05/06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing here and missed Anwar's rejection of the result. Winning an election is not a PLOVER event."},
 {"doc": "h21-x78-13",
  "coder_events": [
    "ASSAULT: unknown bombers (no code) -> 17 civilians (SYR), car bomb in southern Damascus, 2008-09-27"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline missed the car bombing (no event in the paragraph)."},
]
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
