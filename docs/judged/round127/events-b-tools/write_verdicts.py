# Writes events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's hand verdicts below.
# Fields in V: the fields judged WRONG for each item ("spurious" = event false -> all false).
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ('target', "Sharif quitting the ruling coalition is SANCTION (withdraw), source and date (Monday 2008-08-25) right; the target is 'his party' (his own PML-N), which is the thing pulled out, not the party acted on: target should be the Pakistan People's Party / the ruling coalition (PAK)."),
 2: ('type', "Officials dismissing the opposition boycott 'as a sign of weakness' is a denigration of the boycotting parties, ACCUSE (disapprove), not a REJECT of any request or proposal; source (CMR officials), empty target (the sentence names only the boycott, no party), document date and modality are right."),
 3: ('', "China signing a security pact with Solomon Islands in 2022 is SUPPORT (sign agreement), CHN and SLB, dated 2022 by the text, asserted: all right."),
 4: ('date', "Khartoum suspending talks with Washington is SANCTION (halt negotiations), SDN -> USA, asserted; but it is a background act of July 2017 (it followed Trump's July extension), not of the document date: date should be 2017-07."),
 5: ('', "Council of Europe's repeated criticism of Azerbaijan is ACCUSE (disapprove), COE -> AZE; a repeated act with no time given is rightly undated; asserted. All right."),
 6: ('', "Activists protesting outside the Constitutional Court in Kyiv, some demanding its chairman resign, is PROTEST against an authority, so the Ukrainian state is a right target; Friday = 2020-10-30; asserted. All right."),
 7: ('', "Sudan's foreign ministry welcoming the U.S. decision is SUPPORT; the sentence names only 'the decision', no party, so an empty target is right by the rules (a coder would add the USA); document date right for an act reported as this news."),
 8: ('', "Interpol urging its member countries to help track down the men is REQUEST (assist); Interpol (IGO, no seat country) -> member countries (no code) right; no date in the text, document date right; asserted."),
 9: ('target', "Pence accused European allies of trying to break U.S. sanctions: ACCUSE, source Pence (USA), Thursday 2019-02-14 right; target should be the European allies (European governments, no single code / EUR), not Iran, which is only the object of the sanctions."),
 10: ('', "The Cook Islands signing with China 'defying' New Zealand's complaints is coded REJECT (CAMEO 128 defy) COK -> NZL; a defensible code, document date right for the reported signing; asserted. All right."),
 11: ('date', "Killings of civilians and police officers is ASSAULT with no named agent in the sentence (empty source right), AFG targets right, asserted; but the text ties the violence to Saturday's election: date should be 2010-09-18, not the document date."),
 12: ('source', "The call for his release is REQUEST to the international community (no code, right), asserted, undated so document date right; but the source is Vardanyan's wife ('His wife'), not the Vardanyan actor mislabelled 'Lachin[AZE]': source should be Vardanyan's wife (country not given)."),
 13: ('target', "Maduro cutting ties in February 2019 is SANCTION (break relations), VEN source and 2019-02 right (e6 'broken' is the agentless duplicate of this act; this better-coded event is taken as the event); target should be Colombia (COL), named in the same sentence, not empty."),
 14: ('', "The Islamic State of Iraq fighting against Assad in Syria is ongoing ASSAULT (IRQ group -> SYR Assad), an act going on when told, so the document date is right; asserted. All right."),
 15: ('spurious', "Spurious: new ambassadors 'taking up their posts' is not a military mobilisation (MOBILIZE troops is the wrong sense of 'taking'); the act is part of the restoring of relations already coded in this sentence (e1 SUPPORT)."),
 16: ('', "French critics saying the vote was aimed at winning Armenian votes is a criticism, ACCUSE (disapprove), source FRA critics right, empty target right (the sentence names only 'the vote'), document date right, asserted."),
 17: ('', "Bahrain's government repeatedly accusing Iran of stirring up the Shi'ite majority is ACCUSE (allege), BHR -> IRN; repeated, undated, so unknown date is right; asserted. All right."),
 18: ('target,date', "Arafat urging restraint is REQUEST, source Arafat (PSE) right, asserted; target should be the crowds / Palestinians he addressed (PSE), named in the sentence; date should be 1998-05-14, the Thursday of the marches he addressed, not the document date."),
 19: ('', "Supporters of the February 20 movement marching in Casablanca is PROTEST (demo), MAR civilians; the sentence names no aim so the Moroccan state is a right target; Sunday 2011-11-27 right; asserted."),
 20: ('date,modality', "People killed by (RPA) troops is ASSAULT, troops (RWA) -> people (RWA) right; but it is a background act of the months before, with no date: date should be none (unknown), not the document date; and it sits inside hearsay ('was said to have compiled lists of people killed'): modality should be reported."),
 21: ('', "Serbia opening EU membership talks in January (2014-01) is CONSULT (negotiate), SRB <-> EU, asserted. All right."),
 22: ('', "More than 20 security force members killed in the two attacks is ASSAULT, agent not named in the clause (empty source right), Iraqi security forces target right; overnight Sunday-Monday so 2013-07-22 is right; asserted."),
 23: ('date', "Damascus asking not to have its return on the agenda is REQUEST, SYR source right, empty target right (addressee not named), asserted; but it was asked 'beforehand', an earlier undated act: date should be none (before the summit), not 2022-11-02."),
 24: ('target,date', "Hamas refusing to let Fatah delegates leave Gaza is scored REJECT (COERCE restrict would be my code, but 'refused to' is REJECT by the conventions' example); target should be the Fatah delegates (PSE), named in the sentence; the refusal preceded the congress, so it should have no day date rather than the document date."),
 25: ('', "Arias congratulating Chinchilla is SUPPORT, CRI -> CRI; no date given, document date right; asserted. All right."),
 26: ('target', "Scores charged since 2008 in the Ergenekon investigation is ACCUSE (charge), unnamed prosecutors (empty source right), span since 2008 so no date is right; target should be the officers, journalists and academics charged (TUR), not 'Ergenekon' (the name of the investigation)."),
 27: ('date', "Taliban firing rockets into cities is ASSAULT (heavy weapons), Taliban (AFG) right, empty target right (cities are places), asserted; but the text puts the rocket attacks on Saturday's election day: date should be 2010-09-18, not the document date."),
 28: ('', "Al-Hoss saying the government would not accept a partial Israeli withdrawal: AGREE negated is accepted as the counterpart of REJECT asserted (the conventions' 'refused to withdraw' pattern), LBN government -> Israel right; the wire's date (June 3) is right for the statement."),
 29: ('target,date', "The two opposition politicians travelling to meet residents is CONSULT (visit), sources right; target should be the residents of Ismayilli (AZE), not the two visitors themselves; the text dates the trip only 'after the unrest' (late January 2013), so the day 2013-01-24 is not given: date should be 2013-01 at most."),
 30: ('source,target', "Badawi sentenced to death in 2004 is SANCTION (convict), 2004 right, asserted; but Badawi is the one sentenced: source should be the (unnamed) Yemeni court, i.e. empty, and target should be Jamal al-Badawi (YEM)."),
 31: ('', "Western governments pressing Kiev to fight corruption is REQUEST, Western governments (no code) -> Ukraine government; ongoing, document date right; asserted. All right."),
 32: ('', "The United States urging Bogota to press Caracas is REQUEST, USA -> COL government; document date right for a reported statement; asserted. All right."),
 33: ('', "Kellogg meeting Lukashenko on Saturday (2025-06-21) is CONSULT, USA -> BLR, asserted. All right (e5 'visit' in the same sentence is the duplicate)."),
 34: ('date', "Khartoum giving assurances it would not pursue arms deals with North Korea is AGREE (promise), SDN source right, empty target right (addressee not named), asserted; but 'had given' is an earlier act of the review period: date should be none, not the document date."),
 35: ('', "Gunmen killing at least 132 villagers is ASSAULT; gunmen coded BFA by the place of the attack (accepted by the protesters-in-a-capital rule, though their origin is not given), 132 people BFA right; Friday night/Saturday so 2021-06-05 right; asserted."),
 36: ('target', "Russia recognising Abkhazia and South Ossetia is SUPPORT (recognition), RUS source and August 2008 right, asserted; but the target actor is 'Georgia': target should be the breakaway regions Abkhazia and South Ossetia (GEO regions), whose recognition is the act."),
 37: ('', "Fighters firing mortars and rockets at guard towers is ASSAULT (heavy weapons), fighters (in Iraq) right, empty target right (towers), late Sunday = 2013-07-21 right; asserted."),
 38: ('', "Russia's Foreign Ministry dismissing Georgia's allegations is REJECT (of the accusation), RUS source right, empty target right (only 'the allegations' in the sentence), document date right; asserted."),
 39: ('date', "Swiss police detaining Lazarenko is COERCE (arrest), CHE -> UKR right, asserted; but Thursday (1998-12-03) is when officials spoke; the text says he was stopped 'earlier this week': date should be the week of 1998-11-30 (no day given)."),
 40: ('source,target', "The 1991 Dili cemetery killing is ASSAULT, 1991 right; but the troops are those of the Indonesian government the pact is with: source should be Indonesian troops (IDN), not AUS; target should be the demonstrators in Dili, East Timor (TMP/IDN), not AUS."),
 41: ('', "The United States welcoming the National Assembly vote is SUPPORT; empty target right (only 'the vote' in the sentence); document date right; asserted. All right."),
 42: ('', "The EU urging Ankara to ensure the investigations respect defendants' rights is REQUEST, EU -> TUR government; the wire's date (Feb 22) is accepted for this undated statement; asserted."),
 43: ('spurious', "Spurious: 'Serbia has voted for change' in Vucic's quote describes the election result, not a SUPPORT act between political actors."),
 44: ('', "Khashoggi killed in the consulate in October 2018 is ASSAULT, no agent in the sentence (empty source right), Khashoggi (SAU) target, 2018-10 right; asserted."),
 45: ('target', "The State Department calling again for the release of political prisoners is REQUEST, USA source, document date and modality right; target should be Havana / the Cuban government (CUB), named in the same sentence, not empty."),
 46: ('', "Brussels congratulating Serbia on the election is SUPPORT, EU -> SRB, document date right, asserted. All right."),
 47: ('source,target', "An investigation opened into possible complicity by guards is ACCUSE (investigate), document date right; but the guards are investigated, not investigating: source should be the Yemeni authorities (unnamed, empty) and target the prison guards (YEM)."),
 48: ('target,date', "Azerbaijani border guards detaining Vardanyan is COERCE (arrest), source right; target is the right person but coded as an Azerbaijani organization 'Ruben[AZE]': he is the ethnic Armenian ex-head of Karabakh's separatist government (Karabakh Armenian / ARM); date should be 2023-09-27, the Wednesday the text gives."),
 49: ('source', "Pacific Rim leaders pledging to help revive trade talks is AGREE, Sunday 2006-11-19 right, empty target right, asserted; but the source is the leaders of the 21 APEC economies, not Vietnam: source should have no country code (APEC leaders)."),
 50: ('', "Sharif accusing the PPP of breaking its promises is ACCUSE (allege), PAK -> PAK PPP, Monday 2008-08-25 right; asserted. All right."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50
out = []
for it in items:
    wrong, reason = V[it['n']]
    wrong = [w for w in wrong.split(',') if w]
    if wrong == ['spurious']:
        v = {f: False for f in F}
    else:
        for w in wrong: assert w in F, w
        v = {f: (f not in wrong) for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.append(o)
with open('events-b.jsonl', 'w') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h41-x158-03", "coder_events": [
   "COOPERATE: Syria (SYR) <-> Iraq (IRQ), reopened their common border to official and commercial traffic (resumed exchange), 1997-06-02"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has the reopening as RETREAT (access, CAMEO 0863 humanitarian access): an event, but a mutual reopening of a frontier to trade is COOPERATE (resume material exchange); RETREAT (ease embargo, CAMEO 085) is a possible second reading, the 'access' sense is not. Date right (Monday 1997-06-02). The 'thaw' is a characterisation, not a second act."},
 {"doc": "h41-x159-01", "coder_events": [
   "RETREAT (resign): Prime Minister Faustin Twagiramungu (RWA) and four cabinet members incl. Interior Minister Seth Sendashonga (RWA) -> none, pushed out of office, 1995-08-28"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The forced departure (the next paragraph says he resigned after a stormy cabinet meeting) is a resignation; SANCTION (expel) by the government would be the alternative. Dateline found nothing."},
 {"doc": "h41-x157-08", "coder_events": [
   "COERCE (censor): Russian authorities (RUS, not named in the paragraph) -> TV-6 (RUS media), taken off the air, 2002-01-22",
   "ACCUSE (disapprove): journalists and Western governments -> Kremlin/Russian authorities (RUS), called the legal battle an attack on press freedom, no date (over the months of the battle)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found neither the shutdown of the channel nor the criticism."},
 {"doc": "h41-x159-13", "coder_events": [
   "ASSAULT (heavy-weapons): unnamed attackers (Taliban, named only later) -> none, rocket attacks and scattered violence marring the election, 2010-09-18",
   "ACCUSE (disapprove): unnamed complainants (AFG) -> election authorities (AFG), widespread complaints of fraud, 2010-09-18"],
  "found": 0, "dateline_events": 1, "spurious": 1,
  "notes": "Voting is not a PLOVER event. Dateline's only event is MOBILIZE (weapons test) on 'test' in 'the second test of the country's fragile democracy', a trigger in another sense: spurious."},
 {"doc": "h41-x157-19", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result (United Russia winning two-thirds of the seats) is not an act between political actors; nothing to code, and dateline coded nothing."},
 {"doc": "h41-x157-07", "coder_events": [
   "COERCE (seize): Serbian authorities (SRB GOV) -> Studio B (SRB, opposition-run TV), took over the station sending police into its offices, 2000-05-17",
   "COERCE (censor): Serbian authorities (SRB GOV) -> Studio B (SRB), cut its programmes, 2000-05-17",
   "ASSAULT (beat): riot police (SRB COP) -> protesters (SRB CVL), beat protesters, 2000-05-17",
   "PROTEST (demo): protesters (SRB CVL) -> Serbian authorities (SRB), took to the streets in anger at the takeover, 2000-05-17"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Four acts (the takeover and the cutting of programmes could be merged into one COERCE by a coder who reads the cut as part of the seizure). Dateline found none of them in this paragraph."},
]
with open('paragraphs-b-verdicts.jsonl', 'w') as fh:
    for p in P: fh.write(json.dumps(p, ensure_ascii=False) + '\n')
