# Writes events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below, then checks them.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
F = ['event', 'type', 'source', 'target', 'date', 'modality']

# n: (list of wrong fields, or 'SPURIOUS'), reasons
V = {
1: ('SPURIOUS', "Citizens casting ballots in an election, with no party voted for named, is electoral participation, not a PLOVER act between political actors (contrast a referendum 'to back' a named leader's plan); no event."),
2: (['type', 'source'], "A kidnapping is ASSAULT abduct (CAMEO 181), not COERCE seize; the sentence refers to the kidnappers ('at a rebel roadblock'), so source should be the FARC rebels (COL). Target, date 2002-02-23 (Saturday) and modality are right."),
3: ([], "Kumaratunga's request (via her spokesman) that the people stay calm and vote is a REQUEST to the Sri Lankan public, reported on Sunday 1999-12-19; all fields right."),
4: ([], "Putin's order to his government is a REQUEST (order) to the Russian government; 'days later' after the Bucharest summit 'this month' gives 2008-04; all right (a coder might also code the deepening of ties with Abkhazia/South Ossetia, not judged here)."),
5: (['date'], "Arrests by Malawi police of people in Blantyre are right; the arrests are reported as this news (the weekend unrest), so date should be the document date 2004-05-24 (or the weekend), not empty."),
6: ([], "US State Department urging the Venezuelan government is a REQUEST USA -> VEN, said in this report (document date 2016-10-21); all right."),
7: ([], "Police firing on Hazara demonstrators in Abbottabad is ASSAULT firearms PAK police -> PAK demonstrators; 'last week' from Monday 2010-04-19 is ISO week 2010-W15; all right."),
8: (['date'], "Signing agreements is SUPPORT, mutual Bangladesh/India (the two leaders' states) is accepted; but the signing was during Modi's visit, which ended when he left on Saturday, so the Sunday document date 2021-03-28 is wrong: date should be the visit (on or before 2021-03-27)."),
9: ([], "Indian opposition parties' demand for a tougher response is a REQUEST; the sentence names no addressee, so an empty target is right; document date right."),
10: ([], "Abbas welcoming the truce is SUPPORT; the truce is not a party and the sentence names no one welcomed, so an empty target is right; document date 2008-06-19 right."),
11: (['target'], "Military urging is a REQUEST, source Myanmar military right; 'the commission' in the sentence is the Union Election Commission, so target should be the Union Election Commission (MMR), not empty. Wednesday 2020-11-11 accepted as the narrative day of the reactions."),
12: (['source', 'date'], "Police firing on Hefazat students is ASSAULT, but these are Bangladeshi police: source should be the Bangladesh police (BGD), not IND; the act is the Friday shooting at Hathazari given in the text, so date should be 2021-03-26, not 2021-03-28."),
13: ([], "Zuma urging the FNL ('the group', BDI) to join the peace process is a REQUEST ZAF -> BDI; undated, document date accepted; all right."),
14: ([], "'We cannot accept these results' is coded AGREE negated; by the convention's 'refused to withdraw = REJECT asserted or RETREAT negated' this is accepted (a coder would more naturally code REJECT asserted). Source Sam Rainsy (KHM), no party-target, document date right."),
15: (['source'], "ACCUSE toward Georgian Dream is right, but the text makes plain these are Georgia's opposition parties: source country should be GEO, not empty. Date 2023-05-19 (report of May 19) accepted."),
16: (['date'], "The killing of about 800,000 people in the genocide is ASSAULT with no named perpetrator (empty source right) and RWA victims; the text dates it '1994 genocide', so date should be 1994, not empty."),
17: (['target', 'date'], "'Now they kill us' (the authorities killing Copts) is ASSAULT with the Egyptian state as source, but 'us' is the Copts, so target should be the Coptic Christians/protesters (EGY), not Mina alone; the killings referred to were on Sunday evening, so date should be 2011-10-09."),
18: (['type', 'target'], "'Said the government would work with him' is a pledge of cooperation, AGREE (convention: promises/offers are AGREE), not COOPERATE; 'him' is Milanovic, so target should be Zoran Milanovic (HRV), not Plenkovic. Source (the Croatian government), modality of the future work and no date are accepted."),
19: ([], "Israeli air strike on Hodeidah is ASSAULT ISR -> Yemen (Houthi-held port; YEM right), Saturday 2024-07-20; all right."),
20: ('SPURIOUS', "'until Libya met all of its obligations' is 'meet' in the sense of fulfil, not a meeting: no CONSULT event."),
21: ('SPURIOUS', "India summoning Pakistan's envoy 'to protest' is one diplomatic protest, already coded as e1 (ACCUSE) from this sentence; this second event is a duplicate (and a diplomatic protest is ACCUSE, not a PROTEST demonstration)."),
22: ([], "Syrian troops pulling out of positions around Beirut is RETREAT withdraw SYR -> LBN on Thursday 2001-06-14; all right."),
23: (['target'], "Djukanovic blaming Milosevic's policies is ACCUSE, source and document date right (ongoing criticism); target should be Slobodan Milosevic (YUG/SRB), named in the sentence, not empty."),
24: (['target', 'date'], "Police deployment for the visit is MOBILIZE police NGA; the police guard Clinton's route, they do not act against him, so target should be empty; the deployment is on the day of the report, so date should be 2000-08-26, not 2000-08-20."),
25: (['date'], "FARC kidnapping Betancourt is ASSAULT abduct COL -> COL, right; but the text dates the seizure Saturday, so date should be 2002-02-23, not Sunday 2002-02-24 (the day officials spoke)."),
26: ([], "European officials urging Ankara to lift the state of emergency is REQUEST (European officials, no single country) -> Turkish government, document date 2018-06-25; all right."),
27: ([], "Mujica shot by the military is ASSAULT firearms URY military -> Mujica (URY), dated the early 1970s (decade '197'); all right."),
28: (['date'], "Halbousi accusing unnamed parties is ACCUSE IRQ -> unnamed parties (IRQ), right; but he spoke shortly after the verdict of Tuesday, so date should be 2023-11-14, not the document date 2023-11-15."),
29: ([], "Lula meeting Biden in Washington in February is CONSULT BRA -> USA, 2023-02; all right."),
30: ([], "The army-backed opposition (USDP, MMR) demanding a fresh vote is a REQUEST with no named addressee; Wednesday 2020-11-11; all right."),
31: (['date'], "Israel's attack on targets in Yemen (the Saturday Hodeidah strike) is ASSAULT ISR -> YEM, separate sentence from e1; date should be 2024-07-20, the Saturday given in the text, not empty."),
32: (['date', 'modality'], "Vucic's accusation against Kosovo's government is ACCUSE; 'Serbia' for its president is accepted at state level; the accusation is asserted ('future' comes from the other clause 'will do everything'), and, reported as this news, date should be the document date 2022-12-27."),
33: (['type', 'target'], "'Clashed with' is political conflict, not violence: type should be ACCUSE (disapprove), not ASSAULT; target should be the Shi'ite figures of the Coordination Framework (IRQ) named in the sentence. Source, no date (background, unknown time) and modality right."),
34: ('SPURIOUS', "An expelled cleric travelling on to London into exile is not a visit to or consultation with the British government: no CONSULT event."),
35: ([], "Bulatovic supporters' stone- and petrol-bomb riot at the government building is PROTEST riot MNE; aimed at the authorities, so the state (MNE) is a right target; Wednesday night 1998-01-14; all right."),
36: ([], "Socialist Party officials accusing the opposition of fraud is ACCUSE VEN -> VEN, document date; all right."),
37: (['target'], "'Would not step down' is accepted as RETREAT resign negated (convention: refusal = REJECT asserted or RETREAT negated), source Cunliffe NZL, document date right; 'Labour leader [GBR]' is his own post, not a party and wrongly British: target should be empty (or NZ Labour, NZL)."),
38: ([], "Barroso's letter asking Orban to withdraw the central bank law is REQUEST EU -> HUN, December 2011; all right."),
39: (['date'], "'I accept responsibility' is accepted as a verbal concession (CONCEDE) with no party-target; but it was said in Monday's televised address, so date should be 1997-11-03, not the document date 1997-11-04."),
40: (['date'], "Hamas's document saying it will not give up any land is accepted as CONCEDE negated (= REJECT), source Hamas, no target; the document was presented on Monday, so date should be 2017-05-01, not empty."),
41: ([], "Wickremesinghe condemning the bombing is ACCUSE disapprove; perpetrators are not named in the sentence so an empty target is right; document date right."),
42: (['source'], "Detention of the coup suspects on Sunday 1997-12-21 is COERCE arrest -> the plotting officers (NGA), right; the sentence names the security agencies who uncovered the plot, so source should be Nigeria's security agencies/military government (NGA), not empty."),
43: (['date'], "France asking Bogota to secure Betancourt's release is REQUEST FRA -> COL, right; reported as this news, so date should be the document date 2002-02-25 (or Sunday 2002-02-24), not empty."),
44: (['source'], "The October 2009 Pishin bombing is ASSAULT on people in Iran (IRN), date 2009-10 right; the sentence makes it Jundallah's attack ('Its deadliest attack'), so source should be Jundallah (IRN), not an uncoded 'suicide bomber'."),
45: ([], "Buganda supporters clashing with security forces is ASSAULT UGA -> Ugandan security forces on Friday 2009-09-11; all right."),
46: ([], "Democratic Alliance welcoming Putin's decision is SUPPORT ZAF -> Putin (RUS), document date accepted; all right."),
47: (['target'], "Rights groups' accusation of war crimes is ACCUSE, document date accepted (standing accusation); but 'both sides' are the Saudi-led coalition and the Houthis: target should be the coalition (SAU-led) and the Houthis (YEM), not Saudi Arabia and the UAE (taken from the arms-sales clause)."),
48: ('SPURIOUS', "The ousted prime minister flying to Malta to leave the country is flight abroad, not a visit to Malta's government: no CONSULT event."),
49: ([], "Iran accusing the United States of supporting Rigi is ACCUSE IRN -> USA on Tuesday 2010-02-23; all right."),
50: (['type', 'source'], "'Repeatedly attacked Marcos in public' is verbal: type should be ACCUSE, not ASSAULT; the subject is Vice President Sara Duterte (PHL), not her father Rodrigo. Target Marcos, no date (repeated acts over months), modality right."),
}

items = [json.loads(l) for l in open(os.path.join(ROOT, 'events-c-items.jsonl'))]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it['n']]
    if wrong == 'SPURIOUS':
        v = {f: False for f in F}
    else:
        assert all(w in F[1:] for w in wrong), wrong
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.append(o)
with open(os.path.join(ROOT, 'events-c.jsonl'), 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h27-x101-25",
  "coder_events": [
   "COERCE: Armenian security forces (ARM) -> Bagrat Galstanyan (ARM), arrested the archbishop, 2025-06-25",
   "ACCUSE: Armenian security forces (ARM) -> Bagrat Galstanyan (ARM), accused him of plotting to seize power, 2025-06-25",
   "PROTEST: Bagrat Galstanyan and protesters (ARM) -> Nikol Pashinyan (ARM), led mass protests against the prime minister, 2024"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found the arrest (COERCE) and the accusation (ACCUSE) with the right types; both wrongly add or use Pashinyan as target (the accusation's target is Galstanyan). The background protests of last year were not coded."},
 {"doc": "h27-x103-10",
  "coder_events": [
   "ASSAULT: coup plotters in the armed forces led by the chief of defence staff (GMB) -> Yahya Jammeh (GMB), foiled attempt to overthrow the president, date not given (before 2006-03-22)",
   "ACCUSE: Gambia government (GMB) -> chief of defence staff (GMB), named him suspected ringleader of the coup attempt, 2006-03-22"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No dateline events in this paragraph. The ringleader fleeing into Senegal is not a PLOVER act. Coding a foiled coup as ASSAULT (coup) is a judgement; some coders would code only the government's statement."},
 {"doc": "h27-x101-05",
  "coder_events": [
   "ACCUSE: State Duma / Communist-led parliament (RUS) -> Boris Yeltsin (RUS), impeachment vote on five charges failed (negated), 1999-05-15"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No dateline events in the paragraph (dateline coded the charges' contents later in the story)."},
 {"doc": "h27-x104-02",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election win and a campaign promise to voters are not PLOVER acts between political actors; nothing to code, and dateline coded nothing."},
 {"doc": "h27-x104-10",
  "coder_events": [
   "SUPPORT: Bolivian voters (BOL) -> Carlos Mesa (BOL), voted in a referendum to back his gas plan, 2004-07-18",
   "PROTEST: gas protesters (BOL) -> Bolivian government (BOL), protests that toppled Mesa's predecessor, 2003-10"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in this paragraph. The referendum vote 'to back' a named leader's plan is coded as SUPPORT (unlike plain voting in an election, item 1)."},
 {"doc": "h27-x101-02",
  "coder_events": [
   "ASSAULT: masked gunmen (no code) -> six foreign Red Cross aid workers (ICRC, no code), shot dead in their sleep at the Novye Atagi hospital in Chechnya, 1996-12-17"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The killing of six ICRC workers, the story's main event, was missed by dateline."},
]
with open(os.path.join(ROOT, 'paragraphs-c-verdicts.jsonl'), 'w') as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
paras = [json.loads(l) for l in open(os.path.join(ROOT, 'paragraphs-c.jsonl'))]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(paras, P):
    assert len(p['events']) == q['dateline_events'], (p['doc'], len(p['events']))
back = [json.loads(l) for l in open(os.path.join(ROOT, 'events-c.jsonl'))]
assert len(back) == 50
for it, o in zip(items, back):
    assert (it['n'], it['doc'], it['trigger']) == (o['n'], o['doc'], o['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
counts = {f: sum(o['verdict'][f] for o in back) for f in F + ['all']}
print('per-field right of 50:', counts)
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
