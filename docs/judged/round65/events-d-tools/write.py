"""Write judge d's round-65 verdicts: events-d.jsonl and paragraphs-d-verdicts.jsonl, then check them."""
import json
HERE = '/work/wt/j65d/docs/judged/round65/'
T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T,T,T,F,T,T, "AID (military support and intelligence) from French forces (FRA) is right, but the target should be the Chadian army (TCD, military); dateline made 'intelligence', the thing given, the recipient."),
 2: (T,T,T,T,T,T, "CONSULT phone between Chernomyrdin (RUS) and Basayev (RUS) on Sunday 1995-06-18 as the text says; all fields right."),
 3: (T,T,T,F,T,T, "A future CONSULT hosted by EU envoy Lajcak on Monday 2020-09-07 is right, but the target is one merged actor 'Vucic and Hoti' with no country; it should be Vucic (SRB) and Hoti (XKX)."),
 4: (T,T,T,T,F,T, "SUPPORT (thanks) from the pope (VAT) to Sistani (IRQ) is right, but the date should be 2021-03-06, the Saturday of the meeting where the thanks were given (this news), not unknown."),
 5: (T,F,T,T,F,T, "WFP temporarily halting its operations in Sudan is SANCTION (reduce or stop aid, CAMEO 162), not a RETREAT ceasefire; the date should be the document date 2023-04-16, since 'on Saturday' dates the killings of the employees, not the halt."),
 6: (T,T,T,F,T,T, "REQUEST by the OAS (its resolution) on Friday 2010-11-12 is right, but 'the two neighbours' are Nicaragua (NIC) and Costa Rica (CRI), so the empty target is wrong."),
 7: (T,T,T,T,T,T, "Hezbollah (LBN) vowing to continue its fight against Israel (ISR) is a THREATEN of force, in the Saturday statement (document date 2024-09-28); all fields right."),
 8: (T,T,T,T,F,T, "AGREE (promise to seek dialogue) by Rousseff (BRA) with no party as target is right, but the date should be election night 2014-10-26 (or the document date 2014-10-27): the speech is this news, not an act of unknown time."),
 9: (T,T,F,T,F,T, "Source 'its forces' are the MNLA rebels (MLI, rebels), but dateline's actor is coded as the Malian military (MIL), so the army appears to kill its own soldiers; the date should be 2014-05-21, the Wednesday the text gives the killing of dozens of soldiers (P0), not the document date."),
 10: (T,T,T,T,T,T, "SUPPORT (congratulation) from Nikolic (SRB) to 'his rival' (Tadic, SRB) on election night 2008-02-03 is right; a description with the right country counts."),
 11: (T,T,F,T,T,T, "The refusal to send weapons to Ukraine (REJECT, undated background) is Orban's (HUN); the source should be Orban, not Putin."),
 12: (T,T,T,F,T,T, "Imposing direct rule is COERCE (like a state of emergency) by the federal government (PAK) last week (2009-W09), but the target should be Punjab province / its provincial government (PAK), which the sentence names."),
 13: (T,T,T,F,F,T, "China hosting Pacific island leaders is CONSULT, but the leaders are of several island states, so the PNG code is wrong (no single country); and the meeting was 'before the summit', an earlier act, so the document date 2018-11-18 is wrong (the text gives no day)."),
 14: (F,F,F,F,F,F, "Spurious: 'the first test of confidence' for financial markets is not a weapons test; there is no event."),
 15: (T,T,T,F,T,T, "REQUEST by Duma critics (RUS) is right, but the target should be the interior and security chiefs (RUS, government) whose resignation is demanded, not empty."),
 16: (T,T,T,T,T,T, "ASSAULT by army warplanes (SDN) on RSF bases is right; the text dates the fighting from Saturday 2023-04-15 without dating the strikes, so 04-15 (or the document date 04-16) is accepted."),
 17: (T,T,T,T,F,T, "ASSAULT on about 300 people (RWA) with no named killer in the sentence is right, but the date should be 1995-04-22, the Saturday the text gives the killings (P1), not unknown."),
 18: (T,T,T,T,T,T, "Cameroonian security forces (CMR) shooting dead at least eight people (CMR) on Sunday 2017-10-01; all fields right."),
 19: (T,T,T,T,T,T, "A future CONSULT between U.S. (USA) and North Korean (PRK) officials, mutual, with no date given; all fields right."),
 20: (T,T,T,T,F,T, "SANCTION (suspending relations) by Sargsyan (ARM) against Hungary (HUN) is right, but the date should be 2012-08-31, the Friday the text gives the suspension (P0), not the document date."),
 21: (T,T,T,T,T,T, "Moscow (RUS) rejecting the accusations is a REJECT with no party named (the accusers are in other sentences); present perfect, document date accepted."),
 22: (T,T,T,T,T,T, "PROTEST by demonstrators (GEO) who tried to storm parliament (a government building, so the state is a right target) in June 2019; all fields right."),
 23: (T,T,T,T,T,T, "REQUEST by Carter (USA) to 'both sides' (Venezuelan government and opposition, VEN), document date; all fields right."),
 24: (T,T,T,F,T,T, "REQUEST for resignation by Niger's opposition parties is right, but 'the president' is Ibrahim Bare Mainassara (NER), not Mahamane Ousmane."),
 25: (T,T,T,T,T,T, "SUPPORT (welcome of the handover) by Albright (USA); 'the handover' is an act, not a party, so an empty target is right by the rules (a coder might code Libya); document date fine."),
 26: (T,T,T,T,T,T, "AGREE by Serbia (SRB) to move its embassy, toward Israel (ISR), on the signing day 2020-09-04; all fields right."),
 27: (T,T,F,T,T,T, "ACCUSE of Duterte (PHL) is right, but the text gives no country for 'rights groups', so the source code should be empty, not PHL."),
 28: (T,T,T,T,T,T, "ASSAULT toll of at least 17 people (CMR) since Saturday has no date by the rules (a total over a span); all fields right."),
 29: (T,T,T,T,T,T, "SUPPORT (welcome of the arrest) by Equatorial Guinea's government (GNQ) toward the arresting South African police (ZAF), clearly the party whose act is welcomed; dated in the Aug 25 dispatch; all right."),
 30: (T,T,T,T,T,T, "Rocket attack (ASSAULT) by an unnamed party on the base housing U.S. troops (USA) on Wednesday 2021-03-03; all fields right."),
 31: (T,T,T,T,T,T, "REQUEST by Catholic bishops (CMR) to the government (CMR), document date; source list lacks the opposition parties but names a right party; all right."),
 32: (T,T,F,F,T,T, "COERCE arrest in the week (2016-W07) is right, but 'He' is Kizza Besigye (UGA), not Amama Mbabazi; the source should be the Ugandan police (UGA), named in the sentence, not empty."),
 33: (T,T,T,T,T,T, "CONCEDE (conceded defeat) by Neves (BRA) with no target, document date; all fields right."),
 34: (T,T,T,T,T,T, "REQUEST (urging) by Arzu (GTM) to Guatemalans (GTM) at the Sunday 1996-12-29 ceremony; all fields right."),
 35: (T,T,T,T,T,T, "CONSULT visit by the pope (VAT) to Iraq (IRQ) on Friday 2021-03-05; all fields right."),
 36: (T,T,T,T,T,F, "ACCUSE by Western officials of Russia (RUS) is right, but the accusation itself is asserted; Moscow's denial does not negate it, so modality should be asserted, not negated."),
 37: (T,T,T,T,T,T, "RETREAT resign by Nasheed (MDV) in February 2012; all fields right."),
 38: (T,T,F,T,F,T, "ASSAULT in clashes is right, but the source should be 'the two sides' (Ravalomanana's and Ratsiraka's camps, MDG), which the sentence refers to; and a toll of 50 over four months of conflict has no date, not the document date."),
 39: (T,T,T,F,T,T, "Negated ACCUSE (never charged) is right, but 'He' is Wahid (IDN), not the Sultan of Brunei."),
 40: (T,T,T,F,T,T, "ACCUSE (blaming) by Gazprom (RUS) early in September 2022 is right, but the target should be the Western governments that imposed the sanctions (no code), not empty."),
 41: (T,T,F,T,T,T, "CONSULT visit to Yassin ('him', a Hamas leader, PSE) on the release day is right, but 'the king' is King Hussein of Jordan (JOR), not IRQ."),
 42: (T,T,T,F,T,T, "Not recognising the decision (SUPPORT negated, or a REJECT) by Wahid (IDN) on 2001-07-23 is right, but the target should be the People's Consultative Assembly (IDN), whose decision it is."),
 43: (T,T,T,T,F,T, "ACCUSE by Russia (RUS) and China (CHN) is right ('the operation' is an act, so an empty target is accepted), but the text gives the condemnation no date, so it should be the document date 1998-12-17, not the Wednesday of the strikes."),
 44: (T,T,T,T,T,T, "COERCE arrest of Yoon (KOR) by South Korean investigators (KOR) on Wednesday 2025-01-15; all fields right."),
 45: (T,T,T,T,T,T, "SUPPORT (praise) from Western diplomats (no code) to Kenyans (KEN), document date; all fields right."),
 46: (T,T,T,T,T,T, "ACCUSE (condemnation) by Rajapaksa (LKA) of the attack; the gunmen are clearly the party condemned; document date 2009-03-03 is the attack day; all right."),
 47: (T,T,T,T,T,T, "REQUEST by diplomats (no code) to Konate (GIN), document date; all fields right."),
 48: (T,T,T,F,T,T, "The independence proclamation by Ayuk Tabe (CMR separatist) on 2017-10-01 is accepted as REQUEST change, but the target should be Cameroon (CMR) only; the United Kingdom and France come from the historical clause."),
 49: (T,T,T,F,T,T, "CONSULT between Francis (VAT) and Sistani (IRQ) on Saturday 2021-03-06 is right, but the target adds 'Iraq's Shi'ite Muslim community', from the description of Sistani, which the pope did not meet; the target should be Sistani alone."),
 50: (T,T,T,F,T,T, "PROTEST by Houthi supporters (YEM) on Sunday 2016-10-09 is right, but the rally was aimed at Saudi Arabia (SAU) and the United States (USA), which the sentence names; they are the target, not empty."),
}
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
assert len(items) == 50 and len(V) == 50
with open(HERE + 'events-d.jsonl', 'w') as f:
    for it in items:
        e, ty, s, t, d, m, why = V[it['n']]
        if not e:
            ty = s = t = d = m = False
        out = dict(it)
        out['verdict'] = {'event': e, 'type': ty, 'source': s, 'target': t, 'date': d, 'modality': m,
                          'all': all([e, ty, s, t, d, m])}
        out['reasons'] = why
        f.write(json.dumps(out, ensure_ascii=False) + '\n')

P = [
 {"doc": "h10-x33-15", "coder_events": [
   "AGREE: Russia (RUS), Ukraine (UKR), United States (USA), European Union (EU) mutual, agreed in Geneva on initial steps to ease the crisis, 2014-04-17",
   "REJECT: pro-Russian separatists (UKR) -> (no party / the Geneva accord's parties), said they would not leave occupied buildings, 2014-04-18"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's AGREE is right in all fields (mutual, Thursday 2014-04-17). The separatists' refusal to leave (REJECT asserted, or RETREAT negated) is missed."},
 {"doc": "h10-x36-06", "coder_events": [
   "SANCTION: Japan (JPN) -> North Korea (PRK), suspended food aid, 1998-09-01",
   "SANCTION: Japan (JPN) -> KEDO nuclear energy project in North Korea (PRK), froze its funding, 1998-09-01",
   "MOBILIZE: North Korea (PRK) -> Japan (JPN), fired (tested) a ballistic missile over Honshu, 1998-08-31"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the suspension of food aid only; the funding freeze (a second act) and the missile launch (weapons test, Monday 1998-08-31) are missed."},
 {"doc": "h10-x36-21", "coder_events": [
   "CONSULT: Asia-Pacific (APEC) leaders (no code), multilateral, annual summit in Port Moresby ending 2018-11-18",
   "ACCUSE: United States (USA) <-> China (CHN), bitter dispute over trade at the summit, 2018-11-18"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The failure to agree on a communique is a non-event (negated agreement) and is not counted. Dateline has no event in the paragraph."},
 {"doc": "h10-x35-04", "coder_events": [
   "ASSAULT: unknown bombers -> U.S. embassy in Kenya (USA), bomb blast killing many, 1998-08-07",
   "ASSAULT: unknown bombers -> U.S. embassy in Tanzania (USA), bomb blast, 1998-08-07",
   "ACCUSE: U.S. officials (USA) -> (no party), called the blasts a coordinated act of terrorism, 1998-08-07"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline codes one ASSAULT (killing more than 100 people, Kenya), counted as found for the Kenya blast; the two blasts at two embassies are two acts, and the Tanzania blast and U.S. officials' condemnation are missed. Its target '100 people[KEN]' is a right group; the victims were of several countries."},
 {"doc": "h10-x33-22", "coder_events": [
   "ACCUSE: Poland (POL) and Ukraine (UKR) -> Russia (RUS), pointing the finger for the Nord Stream leaks, 2022-09-27",
   "ASSAULT: unknown -> Nord Stream pipelines, deliberate attacks (sabotage) as European leaders said, reported, 2022-09-26"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Moscow saying it could not rule out sabotage is a statement with no PLOVER act. Dateline has no event in the paragraph."},
 {"doc": "h10-x35-20", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning a run-off and defeating a rival in an election is not a PLOVER event; nothing to code, and dateline codes nothing."},
]
paras = [json.loads(l) for l in open(HERE + 'paragraphs-d.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(paras, P):
    assert len(p['events']) == q['dateline_events'], p['doc']
with open(HERE + 'paragraphs-d-verdicts.jsonl', 'w') as f:
    for q in P:
        f.write(json.dumps(q, ensure_ascii=False) + '\n')

# checks
out = [json.loads(l) for l in open(HERE + 'events-d.jsonl')]
assert len(out) == 50
for it, o in zip(items, out):
    assert (it['n'], it['doc'], it['trigger']) == (o['n'], o['doc'], o['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not v['event']:
        assert not any(v.values())
fields = ('event', 'type', 'source', 'target', 'date', 'modality', 'all')
print({k: sum(o['verdict'][k] for o in out) for k in fields})
print('paragraphs:', len(P), 'coded', sum(len(q['coder_events']) for q in P), 'found', sum(q['found'] for q in P),
      'dateline', sum(q['dateline_events'] for q in P), 'spurious', sum(q['spurious'] for q in P))
