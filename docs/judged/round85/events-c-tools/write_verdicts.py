"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below, then check them."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'spurious'; reasons)
V = {
 1: (['date'], "A killing in the post-announcement violence, unknown killer, victim in Kinshasa (COD): event, type, arguments and modality right. Date should be 2011-12-09: the text puts the gunfire 'within minutes of the announcement' made on Friday, not the document date (Saturday)."),
 2: ([], "Bush's planned trip to Hanoi (host Vietnam) for APEC is a future CONSULT visit; the text gives no date for the trip, so an unknown date is right."),
 3: (['target', 'date'], "Critics accusing Bo's campaign is ACCUSE, source critics (no country given) is right. Target should be Bo Xilai / his campaign (CHN), not 'Supporters'; date should be none: this is background criticism over his years in Chongqing, not an act of the report date."),
 4: ([], "Jailing of opposition leaders is COERCE arrest; the passive sentence names no jailer, so an empty source is right; target the Tunisian opposition leaders (TUN; sector GOV is odd but not scored); 'in recent months' gives no date, so none is right."),
 5: ([], "Egyptian officials praising the summit turnout is a SUPPORT statement; the sentence names no party praised (only 'the turnout'), so an empty target is right; date the summit's closing day = document date."),
 6: ([], "Opening an investigation is ACCUSE investigate (CAMEO 090); Malta government right, no party named as investigated so empty target right; the pluperfect 'had opened' gives no day, so an unknown date is acceptable."),
 7: ([], "The Pakistan Muslim League ('the party') accusing the government is ACCUSE allege, PAK -> Pakistan government; reported as this news, document date right. (reported_by naming Sharif rather than the spokesman is not scored.) Not a duplicate of the separate 'condemned' event."),
 8: (['date'], "Iliescu congratulating the winner (Constantinescu, ROU) is SUPPORT, arguments right. Date should be 1996-11-17: the quote is from his concession address 'late on Sunday night' in the previous sentence, not the Monday document date."),
 9: ([], "Chuan conceding the election is CONCEDE; no party named as conceded to, empty target right; 'Saturday night' = 2001-01-06 is right."),
 10: ([], "Tsvangirai's promises (pay civil servants, free prisoners) are AGREE under the wave-76 rule; no recipient party named; he spoke at the stadium on the swearing-in day, 2009-02-11, right."),
 11: ([], "Howard (AUS) welcoming Chan's (PNG) decision is SUPPORT; 'on Wednesday' = 1997-03-26 right."),
 12: (['source'], "The UDP's demand to renegotiate is REQUEST, target unnamed so empty is right, document date right. Source country is wrong: the United Democratic Party is South Korean (KOR), not USA."),
 13: (['type', 'target', 'date'], "The act is Colombia retaliating with tariffs on U.S. imports: type should be COERCE (restrict; CAMEO 163 sanctions/tariffs), not a REQUEST to his own minister, and target should be the United States (USA). Date should be 2025-01-26: it happened between Trump's Sunday order and the late-Sunday climbdown, not the Monday document date."),
 14: (['type'], "Kadyrov ordering a search for the killers is an investigation (ACCUSE investigate, CAMEO 091), not a REQUEST between political actors; source Kadyrov, empty target and document date are right."),
 15: ([], "Repeated clashes between north-Kosovo Serbs and KFOR (NATO) troops: ASSAULT acceptable; source Serbs coded SRB accepted (an XKX ethnic-Serb code would also be defensible); repeated clashes with no date, none is right."),
 16: (['type', 'date'], "Police raids are COERCE seize under the conventions (police raids/searches), not ASSAULT; the deaths are a separate act. Date should be last week (the week of 2025-06-23), not the document date 2025-07-01. Parties (Russian police -> Azerbaijani community, AZE) accepted."),
 17: ([], "Bouteflika urging a strong turnout is a REQUEST-type appeal to voters; no party named, empty target right; 'on Tuesday' = 2012-05-08 right."),
 18: ([], "Carstens (MEX) congratulating Lagarde (FRA) is SUPPORT; no date in text, reported as this news, document date right."),
 19: ('spurious', "Spurious: 'would not give up its support' is not an act of giving aid (trigger 'give' in another sense); the clause is a statement of continued SUPPORT for the Palestinians, not a negated AID."),
 20: ([], "Cavusoglu (TUR) visiting Israel in May is CONSULT visit, 2022-05 right."),
 21: ('spurious', "Duplicate: the ten deaths are the outcome of the 2008 police-protester clashes already coded from this sentence (e5); had it been kept, its date should have been 2008, not none."),
 22: (['source', 'target'], "Dismissing the poll accepted as REJECT (ACCUSE disapprove would also fit). Source: the United States is right but 'Syria's Western critics' are Western governments, not SYR; target should be Syria (the Syrian government's referendum, SYR), not empty."),
 23: ('spurious', "Spurious: the sentence's act is Armenia skipping the CSTO summit (a boycott/REJECT by Armenia), not a CSTO meeting; the summit noun is the object of the act, not a reported consultation."),
 24: ([], "Prabowo alleging cheating is ACCUSE allege; the accused party is not named, empty target right; ongoing refusal/allegation reported as this news, document date right."),
 25: ([], "Chinese coast guard water-cannoning a Philippine resupply mission is ASSAULT crowd-control, CHN -> PHL; 'In August' = 2023-08 right."),
 26: ([], "The army chief's coup is coded ASSAULT (seizure by armed forces); the sentence names no deposed party, empty target right; 'on Friday' = 1999-04-30 right."),
 27: ([], "The U.S. and Russia trading accusations is a mutual ACCUSE; the exchange is still going on as the story is told, document date right."),
 28: ([], "Sargsyan thanking voters is SUPPORT toward Armenian voters (ARM); reported as this news, document date right."),
 29: (['date'], "Solih conceding is CONCEDE, MDV, empty target right. Date should be 2023-09-30: he conceded 'within hours' of the Saturday run-off, not on the Sunday document date."),
 30: (['date'], "India pressing Pakistan to act against the Mumbai plotters is REQUEST, IND -> PAK right. Date should be 2010-07-15: the pressing was done in the Thursday talks in Islamabad, not on the Friday document date."),
 31: ([], "The army-backed caretaker government (BGD) declaring a state of emergency is COERCE (state of emergency); no target named; the text does not date the declaration, so none is acceptable."),
 32: (['modality'], "Israel's withdrawal is only the condition of Hezbollah's 'until Israel withdraws': RETREAT by Israel with no date is acceptable, but modality should be hypothetical, not future (nobody says Israel will withdraw)."),
 33: (['source', 'target'], "'Would not accept any plan' accepted as AGREE negated (= REJECT). Source should be the Syrian armed opposition (SYR), not Iran (from the previous sentence); target should be empty (no party named; the plan is the guarantors'), not Syria. Date 2017-05-04 right."),
 34: ([], "Western officials signalling support for Plavsic (BIH) is SUPPORT; reported as this news, document date right."),
 35: ([], "Thaci (XKX) calling Serbia's train a provocation is ACCUSE disapprove; the sentence names no party (only 'the train'), empty target right; no date given for the remark, document date acceptable."),
 36: ([], "Parizeau announcing he will step down: RETREAT resign with future modality per the conventions ('is to step down'); the resignation itself has no date, none right."),
 37: (['target'], "Turkey hosting Hamas officials accepted as CONSULT (CAMEO 043 host, host as source). Target is Hamas officials but coded TUR: should be Hamas (PSE)."),
 38: ([], "Bouteflika's promise of reforms is AGREE (promise); 'last year' = 2011 right."),
 39: ([], "Vohor (VUT) flying to Taipei is CONSULT visit, host Taiwan; 'last month' = 2004-11 right."),
 40: ([], "The EU and Tunisia signing the memorandum is SUPPORT (sign agreement), mutual; 'on Sunday' = 2023-07-16 right."),
 41: ([], "Prabowo refusing to accept the result is REJECT; no party named, empty target right; ongoing, document date right."),
 42: ([], "The Muizzu coalition's 'India Out' demand for removal of Indian troops is REQUEST, MDV -> IND (Muizzu stands in for his coalition, accepted); campaign-time act with no date, none right."),
 43: (['date'], "Diamacoune (MFDC leader, SEN) urging MFDC fighters to disarm is REQUEST, arguments right. Date should be 2004-12-30: he spoke at Thursday's signing ceremony, not the Friday document date."),
 44: ([], "Ban congratulating his successor (Guterres, incoming UN chief) is SUPPORT; reported as this news, document date right."),
 45: ([], "Petro saying Colombia would not accept deportees in handcuffs on military jets: AGREE negated (= REJECT) accepted; target the United States, clearly the party whose flights are refused (named in the previous sentence); 'earlier' gives no day, none acceptable."),
 46: ([], "The EU calling for an inquiry is REQUEST; addressee not named, empty target right; document date right."),
 47: (['target'], "Carter (USA) urging both camps to wait is REQUEST, date Monday 1996-10-21 right. Target 'camps' is right as a party but its country should be Nicaragua (NIC): the two camps are Aleman's and Ortega's."),
 48: (['target'], "Shevardnadze resisting calls is REJECT, GEO, document date right. Target should be the Georgian parliament/deputies who made the calls (GEO), not the army, which is only the object of the rejected request."),
 49: (['target'], "Syria (with Gulf states) pressing for a tougher text is REQUEST; source Syria accepted. Target should be empty (the demand was made to the summit, no party named); Israel is only the subject of the proposed freeze. No day given during the two-day summit, none acceptable."),
 50: (['date'], "Parliament rejecting the rescue-fund expansion is REJECT, SVK parliament, no target. Date should be 2011-10-11: the next sentence says the vote was 'late on Tuesday', not the Wednesday document date."),
}

items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50
with open('events-c.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'spurious':
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')

P = [
 {"doc": "h20-x76-17", "coder_events": [
   "COERCE: European countries (France, Portugal, Italy, Spain; no single code) -> Evo Morales's plane (BOL), refused it passage through their airspace, 2013-07-02",
   "ACCUSE: Latin America / Latin American governments (no code) -> European countries (no code), anger at the refusal, 2013-07-04"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Morales returning home and the plane being stranded in Vienna are not acts between actors. The refusal of passage could also be coded REJECT; dateline found neither act."},
 {"doc": "h20-x75-17", "coder_events": [
   "REJECT (or PROTEST boycott): India (IND) -> Pakistan (PAK), will not attend the SAARC summit in Islamabad, 2016-09-27",
   "ACCUSE: India (IND) -> Pakistan (PAK), blamed Islamabad for cross-border attacks, 2016-09-27",
   "REJECT (or PROTEST boycott): three other SAARC members (Bangladesh, Bhutan, Afghanistan; not named in the paragraph) -> Pakistan (PAK), followed suit in staying away, 2016-09-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has only the ACCUSE (right type, arguments and date). It misses both boycotts."},
 {"doc": "h20-x76-19", "coder_events": [
   "SUPPORT (approve actor): U.N. General Assembly (UNO) -> Antonio Guterres (PRT), appointed him secretary-general, 2016-10-13"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Borderline: an appointment by an IGO's own assembly may be left uncoded by some coders; I list it as SUPPORT 'approve actor'. Dateline has no event."},
 {"doc": "h20-x74-19", "coder_events": [
   "ACCUSE: Russia (RUS) -> Israel (ISR), accused Israel of causing the loss of the plane, 2018-09-18",
   "ASSAULT: Syrian air defences (SYR) -> Russian Il-20 plane and crew (RUS), shot it down killing 15, 2018-09-17",
   "THREATEN: Russia (RUS) -> Israel (ISR), warned it reserved the right to respond, 2018-09-18"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found the ACCUSE and the shoot-down ASSAULT (its date 2018-09-18 is wrong: the plane was lost on Monday evening, 2018-09-17, per the story). The THREATEN is missed."},
 {"doc": "h20-x76-02", "coder_events": [
   "REJECT: Daniel Ortega (NIC) -> Arnoldo Aleman / the count (NIC), refused to concede, 1996-10-22",
   "ACCUSE: Daniel Ortega (NIC) -> electoral officials (NIC), accused them of tolerating irregularities, 1996-10-22"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type; Aleman's lead in the count is not an event."},
 {"doc": "h20-x75-24", "coder_events": [
   "REQUEST: Bangladesh (BGD) -> India (IND), asked India to return Sheikh Hasina for trial, 2024-12-23 (note sent, reported Monday)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Hasina's flight in August and the uprising are background, not coded; the charges are mentioned only as the purpose. Dateline found the request."},
]
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
outs = [json.loads(l) for l in open('events-c.jsonl')]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (it['n'], it['doc'], it['trigger']) == (o['n'], o['doc'], o['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
pars = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(pars) == 6
src = [json.loads(l)['doc'] for l in open('paragraphs-c.jsonl')]
assert [p['doc'] for p in pars] == src, ([p['doc'] for p in pars], src)
for p, s in zip(pars, [json.loads(l) for l in open('paragraphs-c.jsonl')]):
    assert p['dateline_events'] == len(s['events'])
counts = {f: sum(o['verdict'][f] for o in outs) for f in F + ['all']}
print(counts)
print('paragraphs: coded', sum(len(p['coder_events']) for p in pars), 'found', sum(p['found'] for p in pars),
      'dateline', sum(p['dateline_events'] for p in pars), 'spurious', sum(p['spurious'] for p in pars))
