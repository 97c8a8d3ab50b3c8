"""Judge c, round 112: the verdicts (written by hand after reading each story with context.py)
are listed here as the fields that are wrong plus the reasons; this script writes events-c.jsonl
and paragraphs-c-verdicts.jsonl and checks them."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'spurious'; reasons)
V = {
 1: (['date'], "The denied act (ordering the internet shutdown, COERCE, negated, by the BEN authorities, no target) is coded right, but the shutdown was on election day: date should be 2019-04-28, the Sunday of the vote, not the document date."),
 2: ('spurious', "'The protests exposed a split' only refers back to the Saturday protests already reported; the sentence reports no act and names no actor, so it is not an event."),
 3: ([], "Israel rejecting the link to settlements is REJECT; the committee is not named in the clause, so an empty target is right; statement reported as this news takes the document date."),
 4: (['target'], "Suspending participation in the government is a SANCTION (withdraw) stated as future; source is right (the Hezbollah and Amal ministers, LBN; the ministers' own entry lacks LBN but their parties carry it). Target should be the Lebanese government (Siniora's cabinet, LBN), not Syria."),
 5: ([], "China's government backing the Hong Kong authorities is SUPPORT CHN -> HKG, reported as this news on the document date."),
 6: ([], "The Netherlands insisting Serbia arrest Mladic is a demand (REQUEST) NLD -> SRB, present tense, document date right."),
 7: (['date'], "Ban blaming Ondieki (KEN) is an ACCUSE from UN to the 'one individual' the quote refers to; asserted with the ministry as reporter. The blame is Ban's dismissal of Ondieki: date should be 2016-11-01 (Tuesday); the document date 2016-11-03 is neither that nor the Wednesday of the statement."),
 8: (['target'], "Beijing breaking off contacts in 1995 is SANCTION, CHN, 1995. The contacts were with Taiwan, whose president is named in the sentence as the cause: target should be Taiwan (TWN), not empty."),
 9: ([], "Residents' protest against the ceasefire (a government decision) at home: Israel as target is right by the crowd-protest rule; undated, document date right."),
 10: (['date'], "BNP boycotting the 2014 election is PROTEST boycott with no named target; but it is a background act with its own year: date should be 2014, not the document date."),
 11: (['date', 'modality'], "The parliament's vote only clears the way for an investigation of Chiluba: the ACCUSE investigate (no named investigator, target Chiluba ZMB) has not happened. Modality should be future/hypothetical, and it has no date (the vote that opened the way was Tuesday 2002-07-16), not the document date 2002-07-17."),
 12: ([], "Kremlin officials saying Russia could offer rare earths to U.S. companies is a hypothetical offer (AGREE) RUS -> U.S. companies (USA); undated ('previously'), so no date is right."),
 13: ([], "Rights groups accusing Wagner (RUS) of abuses is ACCUSE; undated, so no date is right."),
 14: (['source'], "Summoning Pakistan's envoy and handing a protest note is ACCUSE (official complaint) to the PAK envoy on Thursday 2000-11-30; but 'the ministry' is Bangladesh's foreign ministry: source country should be BGD, not empty."),
 15: (['target'], "Khartoum's demand is REQUEST by the Sudanese government; the sentence names its addressee: target should be the SPLA-aligned (Nuba) units (SDN), not empty."),
 16: ([], "Syrian foreign ministry blaming Washington is ACCUSE SYR -> USA, reported as this news on the document date."),
 17: ([], "U.S. and Britain urging calm is REQUEST; no addressee is named in the sentence, so an empty target is right; document date (day of the ruling) right."),
 18: ([], "Voters approving the amendments is SUPPORT (approve policy) by Armenian voters, Sunday 2005-11-27; no actor is the object, empty target right. (I would hesitate to code a referendum vote at all, but it fits PLOVER's 'approve policy'.)"),
 19: (['source'], "The Nisour Square shooting is ASSAULT firearms on Sunday 2007-09-16; victims are not named in this sentence, so empty target is right, but the sentence names the shooters: source should be the Blackwater guards escorting the State Department convoy (USA), not empty."),
 20: (['source', 'date'], "Detentions of protesters (people, GTM) are COERCE arrest, but the sentence names the police the people clashed with: source should be the Guatemalan police (GTM). The detentions were during Saturday's protests: date should be 2020-11-21, not the document date."),
 21: ([], "Boni Yayi calling on voters (BEN) to stay home is REQUEST; the call is undated (before the vote), so no date is right."),
 22: (['type', 'modality'], "Kenya pulling its troops out of the UN mission in protest is not a concession: type should be SANCTION (withdraw resources from an organization), and the withdrawal is announced ('would withdraw'): modality should be future. Source KEN, target UN, and the Wednesday 2016-11-02 announcement date are right."),
 23: (['type'], "'Putin welcomed Kim ... at a space launch centre' is hosting a visit, not verbal approval: type should be CONSULT (visit/host). Putin -> Kim, Wednesday 2023-09-13, asserted are right."),
 24: ([], "Erbakan going to Libya to press Tripoli to pay debts is REQUEST TUR -> LBY, reported by his aides; the visit is this news and undated, document date right."),
 25: ([], "Mansour hailing the referendum result is SUPPORT with no actor as object; document date right."),
 26: (['target'], "Pro-Tibet protesters (in Tokyo, JPN) rallying as Hu's motorcade passed is PROTEST demo on Wednesday 2008-05-07; the protest is aimed at Hu/China: target should be Hu Jintao (CHN), not 'Tokyo university'."),
 27: (['type'], "Armenian officials saying they prefer to negotiate directly with Baku is an expressed willingness to negotiate: type should be AGREE (PLOVER 'expressing willingness to meet', CAMEO 036) rather than CONSULT; parties, no date and the hypothetical negotiation are right."),
 28: (['type', 'date'], "Russia proposing humanitarian pauses is a call for a pause in the fighting: type should be REQUEST (request for a ceasefire), not an AGREE offer. It was proposed before the Tuesday 2015-04-14 vote (Churkin's statement): no date, not the document date 2015-04-15. Source RUS, empty target, asserted right."),
 29: (['date'], "Sudanese warplanes bombing villages is ASSAULT aerial, SDN MIL, no named target; but Sunday is when the Kadugli clashes began, not the date of the bombing: date should be the document date 2011-06-09 (reported as this news)."),
 30: ([], "The 1992 state of emergency is COERCE (curfew/emergency); the sentence names no imposer or target, so empty source and target are right; date 1992-02 right."),
 31: ([], "Bangladesh asking Pakistan to recall its diplomat is REQUEST BGD -> PAK, reported on Friday 2000-12-01."),
 32: ([], "UN, AU and ECOWAS urging restraint is REQUEST with no named addressee; document date right."),
 33: (['date'], "Uganda's threat to withdraw from the AU force is THREATEN UGA -> AU (the UN would also be defensible). The next sentence dates the threat: date should be Friday 2012-11-02, not the document date 2012-11-03."),
 34: ([], "China's Foreign Ministry urging all sides to act cautiously is REQUEST CHN -> 'sides' (no country); document date right."),
 35: (['source'], "The August trip to Iran and several Asian Muslim states is CONSULT visit in 1996-08, but the traveller is Erbakan: source should be Necmettin Erbakan (TUR), not Nigeria."),
 36: (['target', 'date'], "Authorities (QAT) accusing protesters of spreading false news is ACCUSE, but 'some' refers to the people arrested in the same sentence: target should be those people (QAT). The arrests and accusation followed the August protests: date should be 2021-08, not the document date."),
 37: (['date', 'modality'], "The UN-mediated talks between Belgrade (SRB) and Pristina (Kosovo) are CONSULT, but they have not started (planned for Wednesday 2006-01-25, now postponed): modality should be future and there is no date, not the document date."),
 38: ([], "Western governments pressing for a free and fair poll is REQUEST, no country and no named addressee; ongoing, document date right."),
 39: ('spurious', "'the dialogue between Moldova and Russia' in Dodon's quote is the general state of relations, not a reported consultation; no event."),
 40: (['date'], "Police firing tear gas at the crowd is ASSAULT crowd-control, police GTM -> crowd GTM; but it happened in Saturday's protests: date should be 2020-11-21, not the document date 2020-11-22."),
 41: (['target'], "Moroccan parties rallying behind the palace is SUPPORT; the sentence names its object: target should be the palace, i.e. King Mohammed VI / the monarchy (MAR), not empty."),
 42: ([], "Santos signing the peace accord in 2016 is SUPPORT (sign agreement), 2016; FARC is not named in the sentence, so empty target is right."),
 43: ([], "Libya accepting responsibility for Lockerbie last month is CONCEDE, 2003-08; no recipient named in the clause, empty target right."),
 44: (['date'], "Bush discussing Kosovo with Putin at the G8 is CONSULT USA -> RUS, but 'last week' from a story of Sunday 10 / Monday 11 June 2007 is the week of 4-8 June (the Heiligendamm summit, 6-8 June): date should be 2007-W23, not 2007-W22."),
 45: ([], "Rice telephoning Maliki is CONSULT phone USA -> IRQ; undated call reported as this news, document date right."),
 46: ('spurious', "Civilians seeking shelter outside the UN compound is physical flight, not a request to the UN; no PLOVER event."),
 47: (['type', 'date'], "The expulsion of about 17,000 Japanese residents (JPN, no expeller named in the sentence) is a mass expulsion: type should be ASSAULT (cleansing, CAMEO 201) rather than COERCE deport of individuals; it happened in the final days of World War Two (1945, per the previous sentence), not on the document date."),
 48: (['date'], "Iran detaining eight British servicemen is COERCE arrest IRN -> GBR MIL, asserted with Iran as reporter; but the next sentence dates the seizure: date should be Monday 2004-06-21, not Tuesday (the day Iran spoke)."),
 49: (['type', 'target', 'date'], "Cunha approving the impeachment petition opens legal proceedings against Rousseff: type should be ACCUSE (allege/bring to trial), target Dilma Rousseff (BRA), named in the sentence as 'the president'; date should be Wednesday 2015-12-02, not 2014 (the year of the alleged budget violations)."),
 50: ([], "U.S. embassy rejecting ZANU-PF's accusation is REJECT; the accuser is only in the previous sentence, so empty target is right; undated, document date right."),
}

items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and set(V) == {i['n'] for i in items}
with open('events-c.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'spurious':
            v = {f: False for f in F}
        else:
            assert all(w in F[1:] for w in wrong), wrong
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h33-x126-11",
  "coder_events": [
    "AGREE: Sudan government (SDN) -> Permanent Court of Arbitration (none), said it would accept the Abyei ruling, 2009-07-22",
    "AGREE: former southern rebels / SPLM (SDN) -> Permanent Court of Arbitration (none), said they would accept the Abyei ruling, 2009-07-22"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The court redrawing the boundary is a ruling with no clear PLOVER type; the two acceptances (willingness to accept the ruling) are missed."},
 {"doc": "h33-x127-19",
  "coder_events": [
    "COERCE: (unnamed; the electoral commission per paragraph 3) (BEN) -> opposition parties (BEN), excluded from the election, on or before 2019-04-28"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning seats and low turnout are not PLOVER acts; the exclusion of the opposition (a ban from the ballot) is the one codable act and is missed."},
 {"doc": "h33-x128-18",
  "coder_events": [
    "AGREE: Vladimir Putin (RUS) <-> Shinzo Abe (JPN), agreed to start talks on joint economic activities on the islands, 2016-12-16"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with both leaders as a mutual pair; 'made no progress' and 'prevented them from signing' are not coded."},
 {"doc": "h33-x126-08",
  "coder_events": [
    "COERCE: Iran (IRN) -> eight British military personnel (GBR), detained, 2004-06-21 (Monday, per the next sentence)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with the right type and parties; dateline dates it Tuesday 2004-06-22 (the day Iran spoke). Showing the blindfolded men on TV is not coded."},
 {"doc": "h33-x128-12",
  "coder_events": [
    "ASSAULT: Myanmar army (MMR) -> ethnic Kokang militia (MMR), seized control of the main town of the Kokang region, reported 2009-08-30",
    "ASSAULT: Myanmar army (MMR) <-> ethnic Kokang militia (MMR), days of fighting, the days before 2009-08-30"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The seizure is found as ASSAULT but with China as target (should be the militia, MMR); the days of fighting are not coded separately. Refugees fleeing is not an act between actors."},
 {"doc": "h33-x126-01",
  "coder_events": [
    "CONSULT: Israeli negotiators (ISR) <-> Syrian negotiators (SYR), sat down for peace talks at the Wye Plantation (hosted by the U.S.), 1995-12-27"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The talks ('sat down ... for peace talks') are missed."},
]
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
rows = [json.loads(l) for l in open('events-c.jsonl')]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it['n'], it['doc'], it['trigger']) == (r['n'], r['doc'], r['trigger'])
    v = r['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
pv = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(pv) == 6 and [p['doc'] for p in pv] == [p['doc'] for p in paras]
for p, q in zip(paras, pv):
    assert q['dateline_events'] == len(p['events']), p['doc']
print('counts of 50:', {f: sum(r['verdict'][f] for r in rows) for f in F + ['all']})
print('paragraphs: coded', sum(len(q['coder_events']) for q in pv), 'found', sum(q['found'] for q in pv),
      'dateline', sum(q['dateline_events'] for q in pv), 'spurious', sum(q['spurious'] for q in pv))
from collections import Counter
print('wrong fields among real events:', Counter(w for n,(ws,_) in V.items() if ws!='spurious' for w in ws))
