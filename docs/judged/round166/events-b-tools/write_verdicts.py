# Writes events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below, then checks them.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of false fields, or 'spurious'; reasons)
V = {
 1: ([], "Right: Moscow court (RUS) ordered Ivanov (RUS) held in custody, COERCE arrest, Wednesday 2024-04-24, asserted."),
 2: ([], "Right: Rendi-Wagner (AUT) called for a break with the 'Kurz system', REQUEST; no addressee named, empty target right. The text gives no date for her remark; the rule's default would be the document date 2021-10-10, but 2021-10-09 (Saturday, the day of the resignation she reacts to) is accepted as the occasion of this news."),
 3: ([], "Accepted: Obama's tour of Goree Island is part of his visit to Senegal (CONSULT visit, same day 2013-06-27); the sentence names no host party, so empty target is right under the rules (I would code target Senegal)."),
 4: ([], "Right: Oli (NPL) had accused India (IND) of backing the blockade, ACCUSE; background act with no date, unknown date right."),
 5: (['source'], "Source should be the opposition Social Liberal Union (ROU) led by Ponta and Antonescu, not Emil Boc; the rest (REQUEST for early elections, no addressee named, Monday 2012-02-06, asserted) is right."),
 6: ([], "Right: Abe (JPN) rejects the charge made by China and South Korea, REJECT of an accusation (strictly CAMEO 'deny', but PLOVER REJECT covers all rejections); a standing denial takes the document date 2015-11-01."),
 7: ([], "Right: Lukashenko (BLR) said he could ask Putin (RUS) to return nuclear weapons, a conditional REQUEST, hypothetical, no date."),
 8: (['target'], "Target should be Syria (SYR) only: the UAE reopened its embassy in Damascus; the 'United Arab Emirates embassy' (ARE) is the object, not a party acted upon. Type SUPPORT (resume diplomatic cooperation), date 2018 right."),
 9: ([], "Right: China's foreign ministry (CHN) blamed the United States (USA) for the tension, ACCUSE, undated statement takes document date 2021-10-04."),
 10: ([], "Right: Washington (USA) dropped demands on India (IND), CONCEDE; part of Sunday's announced breakthrough, document date 2015-01-25; asserted with Indian officials as reporter."),
 11: ([], "Right: Netanyahu (ISR) met Putin (RUS) in Moscow on Wednesday 2018-05-09, CONSULT (mode would be visit)."),
 12: ([], "Right: Macron (FRA) condemned the attack, ACCUSE disapprove; the sentence names no perpetrator, so empty target is right; document date 2017-08-14."),
 13: ([], "Right: Saudi delegation (SAU) held talks with Houthi leaders (YEM) in Sanaa, CONSULT; the text only says 'days' before the swap, so no date is accepted (2023-04 would also do)."),
 14: ([], "Right: Obama said the United States (USA) welcomed China's (CHN) rise, SUPPORT, at the Wednesday news conference 2011-01-19 (story datelined Jan 19), asserted."),
 15: (['target', 'date'], "Target should be the Chinese vessels (CHN), named in the sentence as what the aircraft were scrambled against; date should be 2011-03-02, the Wednesday of the incident the scramble answered, not the document date."),
 16: ([], "Right: Tehran (IRN) has pressed Baghdad (IRQ) to disarm the factions, REQUEST, ongoing, document date 2022-09-29."),
 17: ([], "Right: the Chinese ship (CHN) detained the Vietnamese fishermen (VNM), COERCE arrest, last Thursday 2020-04-02, asserted."),
 18: (['source'], "Source should be the opponents (of Martinelli and Arias, PAN), not Jose Domingo Arias, whose running mate the sentence is about; target Martinelli, ACCUSE, undated background right."),
 19: ([], "Right: African Union observers (AFU) urged dialogue between the government (NER) and the opposition, REQUEST; document date 2016-03-22."),
 20: ([], "Right: the U.S. administration (USA) has been pressing Islamabad (PAK), REQUEST, ongoing, document date 2018-09-05."),
 21: ([], "Right: Xi (CHN) arrived in Colombo on a visit to Sri Lanka (LKA), CONSULT visit, Tuesday 2014-09-16."),
 22: ([], "Right: NATO ended its air campaign over Libya (LBY), RETREAT, Monday 2011-10-31; note the T00:00 time is the wrong midnight ('midnight on Monday' is the end of Monday), but the day is right."),
 23: ([], "Right: Israeli forces (ISR) killed Palestinians (PSE), ASSAULT; background act; the text dates only the later withdrawal of ambassadors (2018), so no date is accepted, though 2018 would be better."),
 24: (['target'], "Target should be the Maldives (MDV), named in the sentence as the country Modi arrived in and offered credit and a trade pact to; AGREE (offer), Friday 2025-07-25, asserted right."),
 25: ([], "Right: Saudi Arabia (SAU) executed 37 of its citizens (SAU), ASSAULT execute, Tuesday 2019-04-23."),
 26: (['date'], "Date should be 2018-10-02: 'on the same day' is the Tuesday of the asset freeze the story reports, not June 30 (the day of the rally mentioned two paragraphs earlier). Police (FRA) raid on Zahra France (FRA), COERCE seize, otherwise right."),
 27: ([], "Right: French negotiators (FRA) would continue to take part in the multilateral talks, CONSULT multilateral, future, no date."),
 28: (['type'], "Type should be MOBILIZE weapons (missile tests), not ASSAULT: the North launched missiles in tests, it attacked no one; source North Korea, no target, 2017, asserted right."),
 29: ([], "Right: Rodriguez (VEN) accused Argentina, Brazil and Paraguay of a 'coup', ACCUSE, Friday 2016-12-02."),
 30: ([], "Accepted: the minister (FRA) would not travel to COP29 in Azerbaijan, negated CONSULT visit; COP29 coded AZE stands for the host (kind 'person' is wrong but unscored); no date for a cancelled future trip."),
 31: ([], "Right: Xi said China (CHN) supported Sri Lanka's (LKA) efforts, SUPPORT, document date 2014-09-16, reported_by Xi."),
 32: ([], "Right: Syrian forces (SYR) pounded Baba Amr in Homs (SYR), ASSAULT heavy-weapons; an ongoing third-week bombardment takes the document date 2012-02-25 by the rules (the Friday of the meeting, 2012-02-24, would also fit)."),
 33: (['type'], "Type should be SANCTION (halt negotiations): the clause reports that Washington's talks with the Taliban collapsed, not that talks were held; USA -> Taliban (AFG) and 2019-09 right."),
 34: ([], "Right: Girkin (RUS) was detained on Friday 2023-07-21, COERCE arrest; passive sentence with no agent, empty source right."),
 35: ([], "Right: Obama (USA) hosted Hu Jintao (CHN) at the White House, CONSULT visit, Wednesday 2011-01-19."),
 36: ([], "Right: U.S. forces (USA) shot down an Iranian (IRN) drone during Wednesday's strikes, ASSAULT, 2022-09-28, asserted."),
 37: (['type'], "Type should be CONCEDE: announcing a truce is a declaration of a ceasefire, which the PLOVER codebook puts under CONCEDE (RETREAT ceasefire is the implementation); dateline coded the same declaration CONCEDE in the lead. Putin, Saturday 2025-04-19 right."),
 38: (['type', 'target'], "Calling for protests is not a protest: type should be THREATEN (threaten with protest) or at most a REQUEST, and the target should be Pashinyan (ARM), named in the sentence as whom the protests are aimed at (an empty target is wrong even for a protest against the authorities)."),
 39: (['modality'], "Modality should be hypothetical (or negated): the extension of the embargo was only proposed in a U.S. resolution that the Council rejected; it did not happen. USA -> Iran, SANCTION right."),
 40: ([], "Right: Obama (USA) telephoned Karzai (AFG), CONSULT phone, document date 2012-03-11."),
 41: ([], "Right: Guatemala (GTM) signed an agreement with the United States (USA), SUPPORT, Friday 2019-07-26."),
 42: ('spurious', "Spurious: Kenyatta consulting his own lawyers on an appeal is a private legal step, not a consultation between political actors; no PLOVER event."),
 43: (['source'], "Source should be Chad's government (TCD), not Nigeria's: 'the government' in the sentence is Chad's; COERCE ban, no target, Wednesday 2015-06-17 right."),
 44: ([], "Right: the U.S. embassy (USA) welcomed the vote, SUPPORT; the sentence names no party for the vote, so empty target is right under the rules; document date 2015-08-04."),
 45: ([], "Right: Aliyev (AZE) accused Paris (FRA) of crimes, ACCUSE, Wednesday 2024-11-13 (a later sentence gives the Wednesday)."),
 46: ([], "Right: Western governments (no code) accuse the junta (MLI) of hiring Wagner fighters, ACCUSE, present, document date 2022-05-16."),
 47: ([], "Right: Turkey's (TUR) air raid on the PKK (TUR), ASSAULT, overnight into 2015-07-25."),
 48: ([], "Accepted: the Ukrainian government (UKR) declared an energy emergency, COERCE state of emergency on its own country, February 2017; borderline as a PLOVER act (an economic emergency, not a restriction of rights)."),
 49: (['target'], "Target should be the South African officials/government (ZAF) whom the opposition threatened to take to court, not a Chinese court; THREATEN, undated background right."),
 50: (['target', 'date'], "Target should be Morocco (MAR), the partner in the approved deals (or empty), not Western Sahara; date should be 2019, the year the text gives the deals. SUPPORT by the Council of the EU right."),
}
items = [json.loads(l) for l in open(os.path.join(ROOT, 'events-b-items.jsonl'))]
assert len(items) == 50
out = []
for it in items:
    bad, reason = V[it['n']]
    if bad == 'spurious':
        v = {f: False for f in F}
    else:
        assert all(b in F for b in bad)
        v = {f: f not in bad for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.append(o)
with open(os.path.join(ROOT, 'events-b.jsonl'), 'w') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h61-x239-16", "coder_events": [
   "ASSAULT: Taliban (AFG) -> Afghanistan (AFG), scattered attacks on the presidential election, 2019-09-28"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Vote counting and low turnout are no PLOVER acts; dateline coded nothing in this paragraph (the noun 'Taliban attacks' was missed)."},
 {"doc": "h61-x240-12", "coder_events": [
   "SANCTION: Mercosur (no code) -> Venezuela (VEN), suspended Venezuela from the bloc, 2016-12-02"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The suspension, the story's main act, was missed; the 'saying ... failed to adopt' clause is its justification, not coded separately."},
 {"doc": "h61-x240-16", "coder_events": [
   "RETREAT: King Sultan Muhammad V / Malaysia (MYS) -> Anwar Ibrahim (MYS), release by full royal pardon, 2018-05-16"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The release by pardon was missed; the election win that ended Barisan Nasional rule is no PLOVER act."},
 {"doc": "h61-x238-18", "coder_events": [
   "REJECT: UN Security Council (UNO) -> United States (USA), rejected the U.S. resolution to extend the Iran arms embargo, 2020-08-14"],
  "found": 1, "dateline_events": 2, "spurious": 0,
  "notes": "e1 REJECT found with right type. e2 (SANCTION USA -> Iran, 'extend') is the content of the rejected proposal: not spurious but its modality should be hypothetical (item 39). The one unnamed country voting with Washington is not coded."},
 {"doc": "h61-x238-03", "coder_events": [
   "CONSULT: Friends of Syria, 60+ countries and organisations (no code) multilateral meeting in Tunis, 2012-02-24",
   "REQUEST: Friends of Syria (no code) -> Syria (SYR), demanded Syria halt its assault and allow aid in, 2012-02-24",
   "ASSAULT: Syria (SYR) -> opposition strongholds (SYR), ongoing assault the demand asks to halt, 2012-02-24"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing here: the meeting, the demand and the ongoing assault were all missed; 'stopped short of endorsing military action' is a non-act."},
 {"doc": "h61-x239-09", "coder_events": [
   "AGREE: United States (USA) <-> India (IND), Obama and Modi said they had broken the nuclear investment deadlock (agreement reached), 2015-01-25",
   "CONSULT: Barack Obama (USA) -> India (IND), began a three-day visit, 2015-01-25"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both the breakthrough agreement and the visit were missed in this paragraph."},
]
with open(os.path.join(ROOT, 'paragraphs-b-verdicts.jsonl'), 'w') as fh:
    for p in P: fh.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
rows = [json.loads(l) for l in open(os.path.join(ROOT, 'events-b.jsonl'))]
assert len(rows) == 50
for r, it in zip(rows, items):
    assert (r['n'], r['doc'], r['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = r['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
    assert {k: r[k] for k in it} == it
pl = [json.loads(l) for l in open(os.path.join(ROOT, 'paragraphs-b-verdicts.jsonl'))]
assert len(pl) == 6
pdocs = [json.loads(l)['doc'] for l in open(os.path.join(ROOT, 'paragraphs-b.jsonl'))]
assert [p['doc'] for p in pl] == pdocs
for p, l in zip(pl, open(os.path.join(ROOT, 'paragraphs-b.jsonl'))):
    assert p['dateline_events'] == len(json.loads(l)['events'])
counts = {f: sum(r['verdict'][f] for r in rows) for f in F + ['all']}
print('counts of 50:', counts)
print('paragraphs: coded', sum(len(p['coder_events']) for p in pl), 'found', sum(p['found'] for p in pl),
      'dateline', sum(p['dateline_events'] for p in pl), 'spurious', sum(p['spurious'] for p in pl))
