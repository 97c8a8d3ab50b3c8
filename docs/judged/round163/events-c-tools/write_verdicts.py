"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below, then check them."""
import json
HERE = '/work/wt/j163c/docs/judged/round163/'
F = ('event', 'type', 'source', 'target', 'date', 'modality')
# n -> (wrong fields, reasons); 'SPURIOUS' marks an item that holds no event.
V = {
 1: ([], "Rios Montt (GTM) backing Alfonso Portillo, 'a candidate' (GTM), is an endorsement, SUPPORT; the backing still stood at the run-off, so the document date is acceptable as an ongoing act."),
 2: ([], "Ebeid's government (EGY) resigned 'earlier in the day' = Friday 2004-07-09: RETREAT resign, no target; all right."),
 3: ([], "Yemeni officials (YEM) accuse Iran (IRN): ACCUSE allege; 'have repeatedly accused' is a repeated background act of no stated time, so an unknown date is right."),
 4: ([], "Promise to quit as army chief is AGREE (CAMEO 0341, intent to change leadership); Musharraf (PAK) is 'he'; no party named as recipient in the sentence, so an empty target is right. The promise was made 'a year ago' (previous sentence, ~Dec 2003); no date in this sentence, unknown accepted."),
 5: (['target'], "Stabbing is ASSAULT with edged weapon, date Wednesday 2003-09-10 right, unknown attacker so empty source right; target should be Foreign Minister Anna Lindh (SWE), named in the sentence."),
 6: (['type', 'target'], "'Struck down an amnesty' is a court ruling, not military force: type should be SANCTION (convict: find an act unconstitutional), not ASSAULT; target should be the members of Zardari's government whose cases it reopens (PAK GOV), named in the sentence. Court (PAK) and Wednesday 2009-12-16 right."),
 7: (['source'], "REJECT (refusal to deal with Arafat) right, target Arafat (PSE) right, ongoing refusal takes the document date; source the Bush administration is coded PSE and should be USA."),
 8: (['target'], "Detention of 42 people over the weekend (2001-W14 weekend = 7-8 April) is COERCE arrest, asserted under attribution; target should be the 42 people linked to the Freedom Movement (IRN), named in the sentence. Empty source accepted by the sentence rule (passive with no agent; the court, the speaker, is the arresting body per the previous sentence, and a coder would add it)."),
 9: (['target'], "China (CHN) suspending flights is SANCTION discontinue; target should be Mexico (MEX), the flights' origin; the Latin American countries and Argentina are other suspenders (a second act dateline did not code), not China's target. Recent undated act, unknown date accepted."),
 10: ([], "USA and EU urged the Myanmar government ('the government') to let Suu Kyi travel: REQUEST; pluperfect background with no date, unknown right."),
 11: ([], "Casualty total in Chechnya: ASSAULT with unnamed perpetrator, civilians (RUS) as target, a total of no date; attribution to rights groups keeps it asserted."),
 12: ([], "Blair (GBR) 'has promised a referendum': AGREE (promise), no recipient named, earlier undated promise, unknown right."),
 13: (['target'], "The regime (FJI) objecting is ACCUSE disapprove, undated background; target should be New Zealand's high commission (NZL), 'the high commission' in the sentence, whose contacts were objected to."),
 14: ([], "Amnesty (no country) urged 'the president' = Kabbah (SLE) to commute: REQUEST, news of the report, document date right."),
 15: ([], "Total of 30,000 killed in the PKK conflict: ASSAULT, no named perpetrator, people (TUR), a total since 1984 with no date: all right."),
 16: ([], "Rights groups (no country) urged the Bangladesh government: REQUEST; reported as current reaction, document date accepted."),
 17: (['source', 'date'], "Condemnation of the bombings is ACCUSE; 'he'/'We' is a leader of the Islamic Action Front (JOR), not King Abdullah, so source should be the IAF leader (JOR); 'from the first moment' is a background act of around 2005-11-09 (the day of the attacks), not the document date. Empty target right (no party named)."),
 18: (['target'], "Gunmen seizing a village is ASSAULT by convention, date 'later' after the New Year's Eve ambush accepted as 1999-12-31; target: the family is the victim of the second act (taking hostages, ASSAULT abduct, not coded separately), not of the seizure; target of the seizure should be empty (a village) or Lebanon (LBN)."),
 19: ([], "Annan (UN) welcomed the new envoy Bolton (USA): SUPPORT, news of the day, document date right."),
 20: (['target'], "Tbilisi (GEO) condemning the visit as a provocation is ACCUSE on Wednesday 2009-08-12; target should be Putin / Russia (RUS), whose visit it is and who is named in the sentence."),
 21: ([], "Fiji spokesman (FJI) dismissing suggestions is a REJECT with no named target, news of the report; all right."),
 22: (['source'], "Parties agreeing on single candidates is AGREE (reciprocal, no target), undated; source should be the opposition parties ('its parties', VEN), not the country Venezuela."),
 23: (['date'], "NATO's bombing of Yugoslavia is ASSAULT NATO -> Yugoslavia (YUG); date should be 1999 ('earlier this year'), which the text gives, not unknown."),
 24: (['source'], "Total killed by the insurgency: ASSAULT, total since 1996 with no date right, 1,700 people right (country not stated in the sentence); source should be the Maoist insurgency/rebels (NPL), not Prime Minister Koirala."),
 25: (['target', 'date'], "Suicide-bombing attacks are ASSAULT with no named perpetrator; target should be the 'some 60 people' killed in Israel (ISR), named in the sentence; date should be February-March 1996 (1996), not February alone."),
 26: (['date'], "Cambodian officials' (KHM) concessions in the talks are CONCEDE, no party named as recipient; date: concessions made during the earlier negotiations ('had made') should have no date, not the document date."),
 27: (['target'], "Arrest on Wednesday 2006-05-17 is COERCE arrest, empty source right (security forces not in the sentence); target splits Anwar al-Bunni into two parties, 'Bunni' with no country and 'Anwar al' (SYR); should be Anwar al-Bunni as one party (SYR)."),
 28: ([], "Mubarak (EGY) asking Nazif (EGY) to form a government: REQUEST; pluperfect with no date in the sentence, unknown accepted."),
 29: ([], "Opposition (VEN) boycotting the 2005 election: PROTEST boycott, date 2005, no party target; all right."),
 30: ([], "Netanyahu (ISR) accused Arafat (PSE) on Friday 1997-03-21 (the document date): all right."),
 31: ([], "Sudan's (SDN) help to Ugandan rebels (UGA) is an AID act denied by Khartoum, negated by analogy with 'refused to withdraw' = RETREAT negated; undated background; right."),
 32: (['target'], "Militants' ambush on New Year's Eve 1999-12-31 is ASSAULT; target should be the army patrol (Lebanese army, LBN), named in the sentence. Militants' empty country accepted (not stated in the sentence)."),
 33: ([], "Simpson Miller (JAM) did not concede: CONCEDE negated, no target named; election night of the report, document date accepted."),
 34: ([], "State Department spokeswoman (USA) calls on Iraq's government (IRQ) to release the men: REQUEST, statement of the report, document date right."),
 35: (['date'], "Jang (NGA) accused the army (NGA): ACCUSE right; date should be the document date 2010-03-08 (news of the report); 2010-01 is the date of January's clashes in the previous sentence."),
 36: ([], "Orban (HUN) conceded defeat to the winning government (HUN): CONCEDE; news of the report, document date accepted."),
 37: ([], "Lithuanian diplomats (LTU) complained: ACCUSE; the Commission is not named in the sentence, so an empty target is right; news of the report."),
 38: ([], "USA and EU criticised the poll: ACCUSE, news of the report; 'the poll' is no party, so an empty target is right by the rules (a coder would add Iran)."),
 39: ('SPURIOUS', "Spurious: a researcher's comment that the authorities will not accept criticism of their Lebanon policy reports no act of agreement with Lebanon (Lebanon is the topic of the policy, not a party); no AGREE event."),
 40: ([], "Congress dissidents (IND) welcomed Rao's resignation: SUPPORT; 'the move' is no party, empty target right; news of the report."),
 41: ([], "Colombia (COL) ready to coordinate with Caracas (VEN GOV): AGREE, Tuesday 1995-02-28 = document date; right."),
 42: ('SPURIOUS', "Spurious: 'has clashed repeatedly' with the judiciary is a background political quarrel, not armed force; no specific act to code (at most a vague disapproval), so no ASSAULT event."),
 43: ([], "Algerians (DZA) complaining is ACCUSE disapprove with no named target; an ongoing complaint, 2008 (year of the story) accepted though it comes from the revenue clause's 'this year'."),
 44: ([], "Opposition leaders (AZE) not recognising the results: SUPPORT (approve) negated, equivalent to REJECT asserted; no party named; Monday 2010-11-08 right."),
 45: (['target'], "Dodik's (BIH) pledge to move the seat of government is AGREE, news of the report; target should be empty: Banja Luka is the destination city, not a party."),
}
items = [json.loads(l) for l in open(HERE + 'events-c-items.jsonl')]
assert [i['n'] for i in items] == list(range(1, 46))
out = []
for it in items:
    wrong, reason = V[it['n']]
    if wrong == 'SPURIOUS':
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    rec = dict(it)
    rec['verdict'] = v
    rec['reasons'] = reason
    out.append(rec)
with open(HERE + 'events-c.jsonl', 'w') as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')

P = [
 {"doc": "h58-x225-14", "coder_events": [
   "SUPPORT: Tayyip Erdogan (TUR) -> Kurdish minority (TUR), acknowledged the Turkish state's mistakes (an admission akin to CAMEO 055 apologize), 2005-08-12",
   "SUPPORT: Erdogan's supporters (TUR) -> Tayyip Erdogan (TUR), called the speech a breakthrough, 2005-08-12",
   "ACCUSE: Turkish nationalists (TUR) -> Tayyip Erdogan (TUR), denounced the speech as dangerous, 2005-08-12"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found nothing in the paragraph. The acknowledgement is the borderline act; the supporters' praise and the nationalists' denunciation are plain SUPPORT and ACCUSE."},
 {"doc": "h58-x225-19", "coder_events": [
   "SUPPORT: Chechnya's parliament (RUS) -> Ramzan Kadyrov (RUS), confirmed him as president (approve actor), 2007-03-02",
   "ACCUSE: unnamed accusers -> Kadyrov's security forces (RUS), accused of torture and kidnappings, no date (background)",
   "ASSAULT (torture): Kadyrov's security forces (RUS) -> unnamed victims, reported, no date",
   "ASSAULT (abduct): Kadyrov's security forces (RUS) -> unnamed victims, reported, no date"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No dateline events. The confirmation is the main act; the accusation has no named accuser and the torture/kidnappings are reported acts inside it."},
 {"doc": "h58-x227-18", "coder_events": [
   "SANCTION (expel from office): Bayelsa state lawmakers (NGA) -> Governor Diepreye Alamieyeseigha (NGA), impeached him and stripped his immunity, 2005-12-09 (Friday)",
   "ACCUSE (charge): British authorities (GBR) -> Alamieyeseigha (NGA), money-laundering charges, no date (background)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No dateline events. The impeachment could also be coded COERCE (administrative sanction); 'allowing agents to arrest him' is a possibility, not an arrest; skipping bail (defying a court) not counted as a separate act."},
 {"doc": "h58-x225-15", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election win and voters 'punishing' the ex-communists at the polls are not PLOVER acts; nothing to code, and dateline coded nothing."},
 {"doc": "h58-x226-25", "coder_events": [
   "COERCE (arrest): Bahraini security forces (BHR, not named) -> dozens of Shi'ite activists (BHR), detained in the crackdown, no date (a total over the crackdown)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline e1 (COERCE arrest, target Shi'ite activists BHR) is the act; its document date is questionable since the detentions are a total over the crackdown, but the type is right. The crackdown itself is the same act, counted once; the election win is not an event."},
 {"doc": "h58-x226-16", "coder_events": [
   "REQUEST (order): King Abdullah (JOR) -> Marouf al-Bakhit (JOR), told him fighting terrorism is his government's top task, 2005-11-24 (Thursday)",
   "ASSAULT (suicide attack): unnamed suicide bombers -> some 60 people in Amman (JOR), 2005-11 (this month; the 9 November attacks)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No dateline events. The appointment itself is not a PLOVER act; the king's instruction (REQUEST) and the bombings (ASSAULT) are missed."},
]
with open(HERE + 'paragraphs-c-verdicts.jsonl', 'w') as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
got = [json.loads(l) for l in open(HERE + 'events-c.jsonl')]
assert len(got) == 45
for g, it in zip(got, items):
    assert (g['n'], g['doc'], g['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = g['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F) and not v['all']
    assert {k: g[k] for k in it} == it
pp = [json.loads(l) for l in open(HERE + 'paragraphs-c-verdicts.jsonl')]
assert len(pp) == 6
src = [json.loads(l)['doc'] for l in open(HERE + 'paragraphs-c.jsonl')]
assert [p['doc'] for p in pp] == src
for p, s in zip(pp, [json.loads(l) for l in open(HERE + 'paragraphs-c.jsonl')]):
    assert p['dateline_events'] == len(s['events'])
counts = {f: sum(g['verdict'][f] for g in got) for f in F + ('all',)}
print('per-field right of 45:', counts)
print('paragraphs: coded', sum(len(p['coder_events']) for p in pp), 'found', sum(p['found'] for p in pp),
      'dateline', sum(p['dateline_events'] for p in pp), 'spurious', sum(p['spurious'] for p in pp))
