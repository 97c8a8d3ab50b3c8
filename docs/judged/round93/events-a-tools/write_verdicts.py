"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below,
then check them. Fields wrong per item are listed; 'SPUR' marks a spurious event."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, or "SPUR"; reasons)
V = {
 1: ([], "COERCE arrest of Aoun/Lebanese Forces supporters by Lebanese military intelligence (LBN -> LBN) is right; the two-day sweep began Tuesday and runs to the Wednesday of the report, so the document date is accepted as an act still going on (2001-08-07, the start, would also do)."),
 2: (["type", "target"], "The minister ordering the ambassador home is South Korea recalling its envoy from Tokyo: type should be SANCTION (reduce diplomatic relations, CAMEO 161), not REQUEST; target should be Japan (JPN), not the Korean ambassador himself. Source (Han, KOR), date 2001-04-10 (Tuesday) and asserted are right."),
 3: ([], "REJECT by Arab governments (no single country) of the U.S. 'Greater Middle East' plan; target United States is right, present perfect reported as current news so the document date is right."),
 4: ([], "SANCTION convict of Mursi (EGY) by an unnamed court (empty source right); background sentence with no date in the text, so an unknown date is right."),
 5: ([], "ASSAULT by unidentified attackers on U.S. and U.N. buildings in Islamabad, Friday = 1999-11-12; all fields right."),
 6: (["target"], "COERCE deport by the Bahraini government is right, dated September 2006, but 'the adviser' is the British former government adviser of the previous sentence: target should be that adviser (GBR), not empty."),
 7: ([], "ACCUSE: Moscow (RUS) denounced Yushchenko's (UKR) order; the denunciation is reported as this news (decrees published Thursday), so the document date is right."),
 8: ([], "ACCUSE U.S. -> China (failing to enforce the copyright agreement), a background act before the deal with no date given, so the unknown date is right; not a duplicate of the THREATEN in the same sentence."),
 9: (["target"], "AGREE (pledge to be the first to recognise the new state) by Bashir (SDN) last month (2011-01) is right, but 'the new state' is southern Sudan: target should be South Sudan (SSD), not empty."),
 10: (["date"], "ACCUSE (objecting to U.N. control) Iraq -> UN is a separate act from the REJECT, but it belongs to Baghdad's 1991 rejection: date should be 1991, not the 1995-04-15 document date."),
 11: (["target"], "ACCUSE by PJD members (MAR) is right, but the rivals in a Moroccan election are plainly Moroccan parties, the RNI named in the same sentence among them: target should be the rival parties / RNI (MAR), not rivals without a country (borderline under the common-noun rule)."),
 12: (["target"], "REQUEST by the OAS (and Washington) is right, but the courts urged to act independently are Guatemala's courts: target should be the Guatemalan courts (GTM), not 'United States courts' (USA)."),
 13: ([], "ASSAULT: tens of thousands of people (DZA) killed since 1992, a summed total so no date is right; empty source acceptable since the total covers killings by several sides."),
 14: ([], "COERCE arrest of Suu Kyi (MMR), agent not named (empty source right), explicitly dated May 30 2003; all fields right."),
 15: (["target"], "ACCUSE by the two Nepali opposition parties is right, but the dissolution they denounce is blamed on Prime Minister Bhattarai, named in the same sentence: target should be Bhattarai / the Nepali government (NPL), not empty."),
 16: ("SPUR", "'Attacked' here is verbal criticism by newspapers, not ASSAULT, and that criticism is the accusation already coded from the same sentence (e2, ACCUSE -> Betchine); the target Zeroual is also wrong. Spurious."),
 17: ([], "CONSULT visit: Xi (CHN) arrived in Pakistan (PAK) on Monday 2015-04-20; all fields right."),
 18: (["target"], "REQUEST (executive order directing agencies) by Trump (USA) on Wednesday 2017-01-25 is accepted as an order, but the federal agencies are U.S. agencies: target should be federal agencies (USA), not MEX."),
 19: ([], "ACCUSE: Canberra (AUS) accused a Chinese fighter jet (CHN) 'days' before the drills; no exact date in the text, so the unknown date is right."),
 20: (["date"], "SUPPORT (endorsed the Hashimoto-Yeltsin cooperation plan) between the two leaders is right (a mutual act), but the endorsement came at the summit that ended on Sunday: date should be 1997-11-02, not the Monday document date 1997-11-03."),
 21: (["target"], "PROTEST demo by young Nigerians (NGA), October 2020, is right, but the protests were against police brutality, i.e. aimed at the authorities' acts: by the protest rule the target should be the Nigerian state/police (NGA), not empty."),
 22: ([], "Calling off the visit to Washington in protest is a reduction of diplomatic exchange (SANCTION, REJECT meet would also do): Pena Nieto (MEX) -> U.S. government, Thursday 2017-01-26; all fields right."),
 23: ([], "Expelling the Serbian official to Serbia after the arrest: SANCTION expel (COERCE deport would also do), Kosovo police (XKX) -> Serbian official (SRB), Monday 2018-03-26, a separate act from the arrest; all fields right."),
 24: ([], "Serbia (SRB) does not recognise Kosovo (XKX): recognition (SUPPORT) negated, a standing position so the document date is right; accepted."),
 25: (["target"], "REQUEST (passive resistance urged by Rugova, XKX) is accepted as a standing call still in force, but the sentence names whom he urges, 'the province's Albanian majority': target should be the Kosovo Albanians (XKX), not empty."),
 26: (["target", "date"], "The recall (SANCTION) mentioned in Fukuda's remark is right with an empty source (passive), but the target of a recall is the host country: target should be Japan (JPN), not the ambassador; and the recall is this news (Tuesday): date should be 2001-04-10, not unknown."),
 27: ("SPUR", "'Sign' is the content of the AGREE already coded from the same sentence (e1: agreed to do their utmost to sign a treaty by 2000); no treaty was signed, so a SUPPORT asserted for the signing is a duplicate/non-event. Spurious."),
 28: ([], "AGREE (Washington could accept Panama) USA -> PAN, hypothetical as the text gives it; the act has no time, so the unknown date is right."),
 29: (["target"], "REJECT (veto) by Russia and China, most recently on 2012-07-19, is right, but the vetoed drafts were Western-backed texts in the Security Council: target should be the Western sponsors / the U.N. Security Council, not Syria (SYR), which is the subject of the drafts."),
 30: ([], "ASSAULT: more than 3,000 people (SYR) killed in the Raqqa battle, a total over the four-month battle so no date is right; attribution keeps it asserted."),
 31: ([], "REJECT: Czech Republic, Slovakia, Hungary and Romania voted against the EU relocation plan on Tuesday 2015-09-22; the EU is not named in the sentence, so the empty target is right."),
 32: ([], "PROTEST boycott of the final Knesset vote by the Israeli opposition (ISR), Monday 2023-07-24; the sentence names no party acted upon, so the empty target is right."),
 33: ("SPUR", "'Member states are legally obliged to arrest suspects' states a general legal duty, not an arrest that happened or was announced; no act. Spurious (and the ICC is not the arrester)."),
 34: ([], "MOBILIZE: police and soldiers deployed in Lima (PER), Thursday 2024-11-14 by the dateline; all fields right."),
 35: ([], "CONSULT visit: Yushchenko (UKR) travelled to Tbilisi (GEO) on Tuesday 2008-08-12; all fields right."),
 36: ([], "ASSAULT destroy: Tamil Tiger commandos (LKA) destroyed military jets and SriLankan airliners on Tuesday 2001-07-24; a distinct mode and target from the storming (e1), so not counted as a duplicate."),
 37: (["target"], "ASSAULT firearms by the gunmen on Thursday 1996-04-18 is right, but the sentence names who was fired on, 'the visitors' (the Greek tourists): target should be the Greek tourists (GRC), not empty."),
 38: (["target"], "SANCTION withdraw (Hungary would leave the court), hypothetical and undated, is right, but 'the court' is the International Criminal Court (IGO, no country): target should be the ICC, not a Hungarian court (HUN)."),
 39: (["date"], "CONSULT visit Xi (CHN) -> Pakistan (PAK) is right (not a same-sentence duplicate), but the visit is going on as the story is told: date should be 2015-04-20, not unknown."),
 40: ("SPUR", "The sentence says the summit was called off and compares it with past summits; no meeting took place and no CONSULT act is reported. Spurious."),
 41: ([], "ACCUSE: newspapers close to the military (DZA) accusing Betchine (DZA) of abuse of office, going on 'for weeks', so the document date is right."),
 42: (["date"], "COERCE arrest China -> two Canadians (CAN) is right, but they were detained 'since' Canada's December arrest of Meng, a background act: date should be 2018-12 (or none), not the 2019-01-15 document date."),
 43: (["target"], "REQUEST (students, XKX, pressing for implementation of the 1996 education agreement), ongoing, is right, but the target list adds the mediator Sant'Egidio: target should be Milosevic / the Serbian authorities (SRB) only."),
 44: (["type"], "Guterres (UN) warning against ethnic cleansing states no coercive consequence, so it is not THREATEN: type should be ACCUSE (disapprove of the proposed displacement); the empty target, document date and asserted are right."),
 45: (["source"], "REQUEST (urged Kosovo Serbs to stay calm) is right with target Kosovo Serbs (XKX) and the date of the televised address, but 'He' is Vucic: source should be Aleksandar Vucic (SRB), not Djuric."),
 46: (["target"], "REJECT (Russia has opposed any use of force without a mandate), a standing position dated to the report, is accepted, but the Security Council is the body whose mandate is missing, not the party opposed: target should be NATO (not named in the sentence, so empty would be right), not the UN Security Council."),
 47: ([], "PROTEST demo: tens of thousands (ISR) demonstrated in Tel Aviv later on Monday 2023-07-24; no aim named in the sentence, so the Israeli state is a right target."),
 48: (["target"], "CONSULT visit by von der Leyen (EU), future, Tuesday 2020-03-03, is right, but she is going to the Greek side of the border to support Greece: target should be Greece (GRC), not Turkey."),
 49: (["modality"], "PROTEST (planned march on the county government offices; state target right), dated Wednesday 2011-12-21, but the villagers called the march off, so it did not happen: modality should be negated, not future."),
 50: ([], "ACCUSE: Aristide (HTI) condemned the killing; the gunmen are not named in the sentence, so the empty target is right; no date in the text, report date accepted."),
}

items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50
with open('events-a.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == "SPUR":
            v = {f: False for f in F}
        else:
            v = {f: (f not in wrong) for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h24-x90-11",
  "coder_events": [
   "ASSAULT: Iraqi TV journalist Muntadhar al-Zaidi (IRQ) -> George W. Bush (USA), threw both shoes at him at a Baghdad news conference, 2008-12-14",
   "ACCUSE: Iraqi TV journalist (IRQ) -> George W. Bush (USA), insulted him ('you dog!', 'farewell kiss'), 2008-12-14",
   "CONSULT: George W. Bush (USA) -> Iraq (IRQ), his last visit to Iraq, 2008-12-14"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found only the visit (right: American leader USA -> Iraq, 2008-12-14). It missed the shoe-throwing (ASSAULT, a coder might call it PROTEST) and the shouted insult (ACCUSE)."},
 {"doc": "h24-x92-18",
  "coder_events": [
   "AGREE: North Korea (PRK) -> Japan (JPN), agreed to launch a new investigation into the abductees, 2014-05-29 (reported by Abe)",
   "CONCEDE: Japan (JPN) -> North Korea (PRK), will lift some of its sanctions in return, 2014-05-29 (future)",
   "ASSAULT: North Korean agents (PRK) -> Japanese citizens (JPN), abducted decades ago, no date"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found the AGREE (target given as the Japanese citizens rather than Japan) and the abductions (dated 2014-05-29 instead of 'decades ago'). It missed Japan's promise to lift sanctions (CONCEDE, or AGREE)."},
 {"doc": "h24-x90-15",
  "coder_events": [
   "SANCTION: Libya's Supreme Court (LBY) -> the House of Representatives elected in June (LBY), ruled it formed unconstitutionally, 2014-11-06",
   "SUPPORT: Islamist-backed rulers of Tripoli (LBY) -> Supreme Court (LBY), hailed the ruling, 2014-11-06",
   "REJECT: Tobruk lawmakers (LBY) -> Supreme Court (LBY), immediately rejected the ruling, 2014-11-06"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found only the SUPPORT (source 'backed rulers', LBY, right party; target the court, date right). It missed the court ruling (SANCTION convict: find unconstitutional) and the Tobruk lawmakers' rejection."},
 {"doc": "h24-x89-23",
  "coder_events": [
   "PROTEST: Azerbaijani protesters (AZE) -> ethnic Armenians of Nagorno-Karabakh, blocked the only road to Armenia for a second day, 2022-12-13",
   "COERCE: unnamed party (gas cut-off; the paragraph names no agent) -> Nagorno-Karabakh residents, gas supplies cut, 2022-12-13 (reported by the ethnic Armenian authorities)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in this paragraph: it missed the road blockade (PROTEST obstruct) and the gas cut-off (COERCE withhold)."},
 {"doc": "h24-x92-22",
  "coder_events": [
   "REQUEST: Scott Morrison (AUS) -> China (CHN), demanded an apology, 2020-11-30",
   "ACCUSE: senior Chinese foreign ministry official (CHN) -> Australian soldiers / Australia (AUS), posted a doctored image of a soldier holding a knife to a child's throat, 2020-11-30"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the demand for an apology (right in all fields). It missed the defamatory post (ACCUSE disapprove; the paragraph gives no date, so the report date)."},
 {"doc": "h24-x90-19",
  "coder_events": [
   "ASSAULT: Saudi-led coalition (SAU) -> bus carrying children in northern Yemen (YEM), air strike killing dozens, 2018-08-09"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in this paragraph: it missed the coalition air strike (ASSAULT aerial)."},
]
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
rows = [json.loads(l) for l in open('events-a.jsonl')]
assert [r['n'] for r in rows] == [i['n'] for i in items]
for r, i in zip(rows, items):
    assert (r['doc'], r['trigger']) == (i['doc'], i['trigger'])
    v = r['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert {k: r[k] for k in i} == i
paras_in = [json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert [p['doc'] for p in paras] == paras_in
counts = {f: sum(r['verdict'][f] for r in rows) for f in F + ['all']}
print('per-field right of 50:', counts)
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in paras),
      'found', sum(p['found'] for p in paras),
      'dateline events', sum(p['dateline_events'] for p in paras),
      'spurious', sum(p['spurious'] for p in paras))
