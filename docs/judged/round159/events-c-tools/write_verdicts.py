"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's hand verdicts (round 159)."""
import json

R = '/work/wt/j159c/docs/judged/round159/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']

# n -> (list of wrong fields, or 'SPURIOUS'), reasons
V = {
 1: ([], "The US pressing Pyongyang to allow inspection is a REQUEST USA -> North Korean government, ongoing, so the document date is right."),
 2: ([], "The Yemeni government accuses the rebels (present tense, ongoing): ACCUSE YEM gov -> rebels (YEM) at the document date, all right."),
 3: (['target'], "REJECT by Tymoshenko is right and an undated earlier act rightly has no date, but the sentence names the party whose victory she refused to recognise: target should be Viktor Yanukovych (UKR)."),
 4: (['target'], "The Croat crowd's attack on the EU administrator's car in protest at his plan is a violent protest (PROTEST, riot rather than demo; the ASSAULT e5 is the same act), dated this month; its aim is the administrator's plan, not the Bosnian state, so target should be the EU administrator of Mostar (EU, no country), not BIH."),
 5: ([], "Taiwanese firms' heavy investment in South African factories is economic cooperation (COOPERATE, CAMEO 061) TWN business -> ZAF; a background act with no date, so no date is right."),
 6: (['target'], "REQUEST by Kurdish politicians in Turkey is right, but 'both sides' is a description the sentence uses for the PKK and the Turkish state/army of the preceding sentences: target should be those two parties (PKK and Turkey, TUR), not empty."),
 7: ([], "Annan urging the Security Council to approve a force is REQUEST Annan (UN) -> UNSC, recent (has urged) so document date; all right."),
 8: ([], "Buzek conceding the election defeat is a verbal concession (CONCEDE, CAMEO 080); no counterpart is named, so an empty target is right; news of the day, document date."),
 9: ([], "Declaring the truce is CONCEDE (PLOVER: declarations, not implementations, of ceasefires) by the PKK, explicitly 1999; Turkey is not named in the sentence, so the empty target is right."),
 10: (['target'], "Shevardnadze convening his security chiefs is a CONSULT on 2002-08-23 (asserted), but the sentence names the other party of the meeting: target should be Georgia's security chiefs (GEO), not empty."),
 11: ([], "The Congress party demanding the whole government step down is REQUEST IND party -> Indian government, news of the day (document date); all right."),
 12: ([], "The two presidents pledged to keep searching for a settlement: AGREE, mutual between Azerbaijan and Armenia, Monday 1999-10-11; listing both parties on both sides is accepted under the mutual-event rule."),
 13: ('SPURIOUS', "Not an event: Russian-speaking leaders only hoped EU membership would bring pressure on the Latvian government to ease the rules; no act or PLOVER-type statement occurred (and the party easing would be the Latvian government, LVA, not the EU)."),
 14: ([], "Gyanendra backing down last month is a concession (CONCEDE, CAMEO 080 yield) dated 2006-04 by the text; the protesters are not named as a party, so the empty target is right."),
 15: (['target'], "The EU ministers' agreement to a rescue package is a pledge of aid (AGREE) on Sunday 2010-11-28, but the party the pledge is made to is Ireland; the IMF is a co-lender alongside the EU: target should be Ireland (IRL)."),
 16: ([], "Opposition politicians accusing the government of hiding the truth: ACCUSE PHL opposition -> Philippine government; present perfect, no date given, so the document date is right."),
 17: (['date'], "The injuring is an ASSAULT with unknown attacker and 'Dozens' as target, but 'that attack' is the bombing the previous sentence dates August 2007: date should be 2007-08, not unknown."),
 18: ([], "US officials reporting that Sudanese ministers had promised to deploy police and remove obstacles: AGREE SDN ministers, reported_by US officials, asserted; dated to Tuesday's meeting (2004-06-29) where the demands were handed over, accepted; no recipient named, empty target right."),
 19: ([], "Martin saying he would step down as Liberal leader: RETREAT resign with future modality and no date, as the conventions treat 'is to step down' (PLOVER's codebook would put a promised resignation under a separate type, noted but not scored)."),
 20: ([], "European leaders pressing the US on emissions cuts at the Denver summit on Sunday: REQUEST (multinational group, no country code right) -> USA, 1997-06-22; all right."),
 21: ([], "The IMF resuming lending to Kenya is AID (economic) IMF -> KEN, dated last year = 2003; all right."),
 22: ([], "The German government welcoming the accord is SUPPORT (DEU); the sentence names only the accord, no party, so the empty target is right by the rules (a coder might add Libya); document date right."),
 23: ([], "Russian officials calling the derailment a terrorist attack is a condemnation (ACCUSE disapprove) on Saturday 2009-11-28; no perpetrator is named, so the empty target is right."),
 24: (['type'], "Hindu nationalist groups only called for protests; the protests are not reported as held, so the act is the call: type should be REQUEST (an appeal), not PROTEST; source (IND), empty target, document date and asserted are right for the call."),
 25: (['target'], "Arroyo's statement blaming the bomb on the Abu Sayyaf and calling it the worst terrorist attack is ACCUSE on Monday 2004-10-11, but the sentence names the accused party: target should be the Abu Sayyaf group (PHL), not empty."),
 26: (['date'], "The targets agreed with the IMF are an AGREE Peru government -> IMF, but an earlier, undated agreement: date should be none (unknown), not the document date."),
 27: ([], "South Korean lawmakers accusing their government of giving ground to Tokyo: ACCUSE KOR lawmakers -> KOR government, news of the day, all right."),
 28: (['date'], "Kiev and Tbilisi seeking NATO membership is a REQUEST UKR/GEO -> NATO, but it is ongoing ('openly seek'), so it takes the document date 2006-05-24; 'in January' dates the gas cut, not this act."),
 29: (['modality'], "Ministers clashing with Ganzouri is ACCUSE disapprove EGY ministers -> Ganzouri (EGY), undated; 'were said to have' is attribution, not an accusation or a claim, so modality should be asserted, not reported (borderline)."),
 30: (['target'], "Closing the land borders is COERCE restrict by the Ivorian government on 2001-01-08, but it closes all land borders and the sentence names no neighbour; Burkina Faso (previous sentence) is not clearly the party acted upon: target should be empty."),
 31: (['source', 'date'], "'They asked for a constitution' is a REQUEST by the three jailed reformers (SAU activists), not the Saudi court, and it is their petitioning before their March 2004 arrest: date should be none (an earlier undated act), not the document date."),
 32: ([], "US officials welcoming the nomination is SUPPORT (USA); no party is named in the sentence, so the empty target is right; document date right."),
 33: ([], "The Syrian government's promise of banking and investment laws is AGREE (promise of reform), undated (has promised), no recipient; all right."),
 34: (['target', 'date'], "The soldiers' demand is a REQUEST, but 'they' in the sentence are the tribesmen: target should be the tribesmen (YEM); the demand was part of Tuesday's raid dated in the lead, so date should be 2001-12-18, not the document date."),
 35: ([], "The defence minister's resignation on Friday is RETREAT resign, GTM, 1995-10-06; all right."),
 36: ([], "The Houthi rebels welcoming Saleh's announcement is SUPPORT by the rebels (YEM) at the document date; the appositive 'followers' split out with no code is the same party, accepted; no party named as target, empty right."),
 37: ([], "Dropping the corruption charges against Zuma is easing a legal sanction (CONCEDE, CAMEO 081) by the prosecuting authority (ZAF) -> Zuma (ZAF) on Monday 2009-04-06; all right."),
 38: ([], "'Since the bombing began on March 24' reports the start of NATO's bombing (ASSAULT) dated 1999-03-24; the sentence names neither party, so empty source and target are right by the rules (a coder would fill NATO -> Yugoslavia from context)."),
 39: ([], "Georgia accusing Russia of bombing the Pankisi villages on Friday: ACCUSE GEO -> RUS, 2002-08-23; all right."),
 40: ([], "The Security Council approving a peacekeeping force for Sierra Leone is SUPPORT (approve policy or action) UN -> SLE, Friday 1999-10-22; all right."),
 41: ([], "Maoist rebels killing 76 security personnel: ASSAULT IND rebels -> IND security forces, Tuesday 2010-04-06; all right."),
 42: ([], "Arzu calling for a full investigation is REQUEST (GTM) with no addressee named, dated Oct 6 with the rest of the report; all right."),
 43: ([], "India rejecting outside mediation on Kashmir is REJECT (meet) by India, a standing policy (document date); no requesting party is named, empty target right."),
 44: (['type'], "Hundreds of Christians clashing with police, hurling stones and chanting against the authorities, is a violent protest: type should be PROTEST (riot), not ASSAULT; source (EGY), police as target (protest aimed at the authorities), document date and asserted are right."),
 45: (['target'], "Allawi blaming the 1978 axe attack on Saddam's agents is ACCUSE (ongoing, document date accepted), but the sentence names the accused: target should be Saddam Hussein's agents (IRQ government), not empty."),
 46: ([], "Abbas refusing to confront the militants is REJECT (asserted, per the conventions' 'refused to' rule) PSE -> militants (PSE), ongoing so document date; all right."),
 47: ([], "Aweys calling on Somalis to wage holy war is REQUEST SOM -> Somalis (SOM) at the document date; the source name is generic ('hardline leader') but it is Aweys with the right country (the GOV sector is wrong, not scored)."),
 48: ([], "Schroeder expected to visit Libya later this year: CONSULT visit DEU -> LBY, future, 2004; all right."),
 49: ([], "Orban's office saying he had not demanded the repeal: a negated REQUEST by Orban (HUN); the parties the demand would be addressed to are not named, empty target right; document date accepted for the denied act."),
 50: ([], "The US and Australia condemning the bombing is ACCUSE disapprove USA/AUS; no perpetrator is known or named, so empty target right; document date right."),
}

items = [json.loads(l) for l in open(R + 'events-c-items.jsonl')]
assert len(items) == 50
out = []
for it in items:
    wrong, reason = V[it['n']]
    if wrong == 'SPURIOUS':
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.append(o)
with open(R + 'events-c.jsonl', 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')

P = {
 'h56-x219-16': (["ACCUSE: Britain's top diplomat Edward Clay (GBR) -> Kenyan ministers (KEN), accused them of looting public funds, 2004-07-13 (Tuesday's speech)",
                  "ACCUSE: Kenya's government (KEN) -> Britain's top diplomat (GBR), reacted angrily, 2004-07-14"],
                 1, 1, 0, "Dateline found the diplomat's accusation (its target country GBR should be KEN and its date should be Tuesday 2004-07-13, not counted here) and missed the Kenyan government's angry reaction."),
 'h56-x218-03': (["SUPPORT: Morocco (MAR) -> European Union (EU), signed an association agreement, 1996-02-26"],
                 1, 1, 0, "The commitment to open the market and the aid in return are terms of the agreement, coded once with the signing."),
 'h56-x217-05': (["COERCE: NATO-led troops (SFOR, NATO) -> Bosnian Serb state television (BIH), took control of four transmitters and cut off broadcasts, 1997-10-01",
                  "REJECT: Bosnian Serb state television (BIH) -> Western governments, defied demands to stop its campaign, before 1997-10-01 (undated)",
                  "REQUEST: Western officials -> Bosnian Serb state television (BIH), demands to stop the campaign of hate, before 1997-10-01 (undated)"],
                 0, 0, 0, "Dateline found no event in the lead; the seizure of the transmitters, the defiance and the Western demands are all missed."),
 'h56-x217-12': (["SANCTION: United States (USA) -> Russia (RUS), withdraws from the ABM treaty by formal notice, 2001-12-13"],
                 1, 1, 0, "Dateline has the withdrawal as SANCTION withdraw (type right); it gives it future modality and no date, while the notice was given on Thursday 2001-12-13 (not counted for recall)."),
 'h56-x218-14': ([], 0, 0, 0, "Election results only; no PLOVER act between political actors."),
 'h56-x220-13': (["ASSAULT: unknown bombers -> people at the Jakarta Stock Exchange (IDN), car bomb killing at least 10 and wounding dozens, 2000-09-13"],
                 1, 1, 0, "One attack; dateline found it."),
}
paras = [json.loads(l) for l in open(R + 'paragraphs-c.jsonl')]
assert len(paras) == 6
with open(R + 'paragraphs-c-verdicts.jsonl', 'w') as fh:
    for p in paras:
        ev, found, de, sp, notes = P[p['doc']]
        assert de == len(p['events']), p['doc']
        fh.write(json.dumps({'doc': p['doc'], 'coder_events': ev, 'found': found, 'dateline_events': de,
                             'spurious': sp, 'notes': notes}, ensure_ascii=False) + '\n')

# checks and counts
lines = [json.loads(l) for l in open(R + 'events-c.jsonl')]
assert [(l['n'], l['doc'], l['trigger']) for l in lines] == [(i['n'], i['doc'], i['trigger']) for i in items]
for l in lines:
    v = l['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
counts = {f: sum(l['verdict'][f] for l in lines) for f in F + ['all']}
print('counts of 50:', counts)
pv = [json.loads(l) for l in open(R + 'paragraphs-c-verdicts.jsonl')]
print('paragraphs:', len(pv), 'coded', sum(len(p['coder_events']) for p in pv), 'found', sum(p['found'] for p in pv),
      'dateline', sum(p['dateline_events'] for p in pv), 'spurious', sum(p['spurious'] for p in pv))
