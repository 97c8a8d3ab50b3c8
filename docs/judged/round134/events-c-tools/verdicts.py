"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's hand verdicts, and check them."""
import json
HERE = '/work/wt/j134c/docs/judged/round134/'
F = ('event', 'type', 'source', 'target', 'date', 'modality')
T = 'TTTTTT'
# n: (flags for event,type,source,target,date,modality ; reasons)
V = {
 1: ('TTTFTT', "Russia agreed, by signing a contract in Tehran, to complete Iran's Bushehr plant: the agreement is with Iran, named in the sentence, so the target should be Iran (IRN), not empty. Type AGREE, Russia (RUS), Sunday 1995-01-08 and asserted are right."),
 2: (T, "Zebari's condolences are an expression of sympathy, coded SUPPORT. Egypt, the party they go to, is not named in the sentence, so an empty target is right. The act is undated news, so the document date is right. (CAMEO 018 has no PLOVER event; I accept SUPPORT as the nearest type.)"),
 3: (T, "Kerry (USA) condemned the rebel attack in a call with Lavrov: ACCUSE, delivered to Russia (RUS). Lavrov is an acceptable target because he is the only party the condemnation is addressed to in the sentence. The document date (Saturday 2015-01-24) and asserted are right."),
 4: (T, "Sudani's pledge to recover the stolen money is a commitment, coded AGREE. No counterpart is named, so an empty target is right. The act is undated news, and 2022-10-27 is the story's own dateline (the document date is 10-28), which I accept."),
 5: (T, "Primakov (RUS) telephoned CIS counterparts: CONSULT phone. The CIS stands acceptably for the unnamed member-state ministers. Friday 1996-03-15 (the dateline day) and asserted are right."),
 6: (T, "People were killed in the August gun battles: ASSAULT. No killer is named, so an empty source is right. The victims are in Iraq (IRQ), August 2022 is the date the text gives, and the act is asserted."),
 7: (T, "Fox (MEX) asked Perry (USA) for a stay: REQUEST. This is an undated background act (pluperfect), so no date is right. Asserted is right."),
 8: (T, "Jamali (PAK) said he was stepping down: RETREAT resign, dated to the Saturday of the resignation, 2004-06-26. It is coded from a different sentence than e1, so it is not a duplicate under the sentence rule."),
 9: ('TTFTTT', "The REQUEST (press the new government) with future modality is right, and so is the target, Kosovo's new government (XKX). The source is wrong: the Western diplomats in Pristina are foreign diplomats, so they should carry no country code (or their unnamed Western states), not XKX."),
 10: ('TTTFTT', "The Montreal march is aimed 'against war', the U.S.-led war on Iraq, not at Canada's authorities. Under the home-protest rule Canada is the wrong target, and an empty target is right. The rest is right: PROTEST, 200,000 people (CAN), Saturday 2003-03-15, asserted."),
 11: (T, "The Knesset (ISR) approved the new power-sharing government: SUPPORT (approve an actor). The target, the new Israeli government (ISR), is right, and so are Sunday 2020-05-17 and asserted."),
 12: (T, "Al Qaeda's Iraq wing claimed it killed the Egyptian envoy: ASSAULT, source al Qaeda (transnational, so no code is acceptable), target the Egyptian diplomat (EGY). Attribution keeps the act asserted. No date for the killing is given, so the document date is right by the rule, though the killing came before Egypt's Thursday announcement."),
 13: ('TTTFTT', "'Would not accept lectures' is a rejection. AGREE negated is acceptable by the convention's 'refused to withdraw' analogy, and Poland (POL) and the document date are right. The target is wrong: 'Brussels' here is the EU (the European Commission, EUR or no code), not the Belgian government (BEL)."),
 14: ('TTTFTT', "The Commonwealth demanded a return to civilian rule: REQUEST (mode should be change, not yield). The source (Commonwealth/CMAG, no code) is right. The target should be Pakistan (PAK), which is named in the sentence and is the party the demand is made of. Monday 1999-10-18 and asserted are right."),
 15: (T, "Police were deployed around opposition headquarters in Dakar on Thursday: MOBILIZE police, source the Senegalese police (SEN), no target, 2019-02-28, asserted. All right."),
 16: ('TTTFTT', "Ukrainian officials (UKR) called the Duma's resolutions a provocation: ACCUSE. The target should be the Russian State Duma (RUS), whose resolutions 'the resolutions' refers to and which the same sentence names, not empty. The date (Friday 1996-03-15, the dateline day) and asserted are right."),
 17: ('TTTFTT', "Prosecutors (MWI) dropped the bribery case: CONCEDE, which I accept (CAMEO 081, easing legal action). The target should be Chilima (MWI), named in the sentence as the person whose case was dropped. May 2024 ('last month') and asserted are right."),
 18: ('TTTFTT', "Russia signalled a veto: REJECT, hypothetical as with 'hinted they would reject', with no date; all of that is right. The target is wrong: Russia would be blocking a Security Council resolution on Kosovo that Serbia opposes. It acts for Serbia, not against it, so the target should be the UN Security Council resolution's sponsors, or empty, not the Serbian government."),
 19: ('TFTFTT', "'Press its claim that Chissano and Frelimo rigged the vote' is an accusation, not a request: the type should be ACCUSE (or PROTEST for the called marches). The target should be Chissano/Frelimo (MOZ). The source, Renamo (MOZ), is right, and the document date is acceptable for an ongoing claim."),
 20: ('TFTFTT', "The target should be Ukraine (UKR), the recipient of the aid. Russia is the target of the separate sanctions. Announcing a new aid package is a pledge, so under the wave-76 rule (offer or pledge of aid = AGREE) the type should be AGREE, not AID. Canada, Tuesday 2025-06-17 and asserted are right."),
 21: (T, "Prosecutors (TUR) accuse Kavala (TUR) of trying to overthrow the government: ACCUSE allege, a present accusation given the document date, asserted. All right."),
 22: (T, "Mexican human rights groups protested outside the U.S. embassy over the execution: PROTEST, MEX -> USA. Wednesday night 2002-08-14 and asserted are right."),
 23: (T, "Mosisili (LSO) appealed to the opposition (LSO) to take up its seats: REQUEST. It is undated news, so the document date is right. It is asserted, with state radio as the reporter."),
 24: (T, "A Togolese minister (TGO) called on the opposition (TGO) to respect the result: REQUEST, document date, asserted. All right."),
 25: (T, "L'Independant (BFA) had repeatedly accused the authorities (BFA) of a cover-up: ACCUSE. This is a repeated background act, so no date is right. Asserted."),
 26: ('TTTFTT', "Soldiers and police (JAM) fought their way into Tivoli Gardens: ASSAULT, Monday 2010-05-24, asserted. The target is wrong: it repeats the source. It should be Coke and his armed supporters (JAM), whom the sentence names as the object of the hunt."),
 27: (T, "Taiwan's defence ministry (TWN) dispatched forces to positions: MOBILIZE, Monday 2024-10-14, asserted. All right."),
 28: ('TTFTTT', "The source is wrong: the power seizure was by the Seleka rebel alliance (CAF), named in the sentence, not Touadera. ASSAULT for an armed seizure of power, an empty target (the ousted government is not named), March 2013 and asserted are right."),
 29: (T, "The Saudi state oil company (SAU) suspended fuel shipments to Egypt (EGY) last year: SANCTION, 2016, asserted. All right."),
 30: (T, "Washington (USA) tightened sanctions on Iran's central bank (IRN) in 2019: SANCTION, which I accept (CAMEO2PLOVER puts 163 under COERCE restrict, but cutting economic exchange fits SANCTION). 2019 and asserted are right."),
 31: ('TTTTFT', "Security was reinforced around government buildings: MOBILIZE (mode should be police), with no named agent, so an empty source and target are right. The date is wrong: the sentence dates it to Tuesday, 2002-05-28, not the document date 05-29."),
 32: ('TTTTFT', "The campaign pledge is AGREE by Sassou Nguesso (COG) with no target, asserted. The date is wrong: the promise was made while campaigning before the 2021-03-21 vote, a background act with no date given, so it should have no date (unknown), not the document date."),
 33: (T, "Beijing (CHN) called for a ceasefire: REQUEST (mode should be yield). The warring parties are not named in the sentence, so an empty target is right. Document date and asserted are right."),
 34: (T, "Mitsotakis (GRC) will seek support from EU partners at next week's summit: REQUEST, target the EU, future. Next week from Friday Dec 6 is ISO week 2019-W50, which is right."),
 35: ('FFFFFF', "Spurious: 'No one has been convicted for either attack' reports the absence of any act, with no actor and no target. A trained coder would code nothing here."),
 36: ('TTTTFT', "The centre-right opposition (SVN) campaigned against the arbitration agreement: ACCUSE disapprove, acceptable. No party is named as its target, so empty is right. The date is wrong: the campaign came before the Sunday 2010-06-06 referendum, with no date given, so it should have no date, not the document date."),
 37: (T, "The UN, AU and Portugal called for an independent investigation: REQUEST. The party asked is not named in the sentence, so an empty target is right. June 5 (the dateline day) and asserted are right."),
 38: (T, "Riot police (BFA) fired tear gas at the students and market traders (BFA): ASSAULT crowd-control, Tuesday 1998-12-15, asserted. The target is the market traders, one of the two groups 'them' refers to, which I accept."),
 39: ('TTTFTT', "Brown (GBR) welcomed the release: SUPPORT, with the document date and asserted right. The target is wrong: the sentence says Brown welcomed it 'without naming Hamas'. The target should be empty (the unnamed 'those who had worked for the release'), not Hamas."),
 40: ('TTTFFF', "The organisers' (GEO) protest is a PROTEST. The date is wrong: the called rally is on Sunday 2019-11-17 (and Thursday's gathering on 2019-11-14), not 2019-11-10. The modality should be future, since the rally was only called. The target should be the Georgian parliament/state (GEO): the protest outside parliament is over its vote."),
 41: (T, "Turkey (TUR) recalled its ambassador to the Netherlands (NLD): SANCTION withdraw, Wednesday 1995-04-12, asserted. All right."),
 42: (T, "Peres (ISR) accused Syria (SYR) of delivering Scuds: ACCUSE. 'Last week' is ISO week 2010-W15, and the act is asserted. All right."),
 43: ('TTTFTT', "Ruling-bloc lawmakers (PER) accused 'them' of overstepping their powers: ACCUSE, document date, asserted. The target is wrong: 'them' is the three ousted Constitutional Tribunal magistrates (PER), not Congress."),
 44: (T, "Abbas (PSE) requested UN membership last month: REQUEST to the UN, September 2011, asserted, reported by al-Maliki. All right."),
 45: (T, "Azerbaijani voters (AZE) approved the constitutional amendments in Saturday's referendum: SUPPORT (approve a policy), no target, 2002-08-24, asserted. I accept it as an event, though a referendum result is a borderline PLOVER act."),
 46: ('TTTTFT', "Carter (USA) urged Meshaal (PSE) to halt rocket attacks: REQUEST, asserted. The date is wrong: the urging was at the Friday meeting in Damascus reported as this news, so it should be 2008-04-18 (or the document date), not unknown."),
 47: (T, "Bomb blasts in Mumbai killed more than 20 people (IND): ASSAULT with an unknown perpetrator (empty source right), 'earlier this month' = July 2011, asserted. All right."),
 48: (T, "Oli (NPL) accused Dahal (NPL) of betrayal: ACCUSE, document date, asserted. All right."),
 49: (T, "The UN, AU and Portugal condemned the deaths: ACCUSE. The killers are not named in the sentence, so an empty target is right. June 5 (the dateline day) and asserted are right."),
 50: ('TTTFTT', "The UN Security Council is expected to discuss a new mission: CONSULT, future, with no date; all right. The target is wrong: 'a second mission' is not a party. It should be empty (a meeting inside the Council), or Colombia (COL) as the subject."),
}
items = [json.loads(l) for l in open(HERE + 'events-c-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
out = []
for it in items:
    flags, why = V[it['n']]
    v = {f: c == 'T' for f, c in zip(F, flags)}
    if not v['event']:
        v = {f: False for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = why
    out.append(o)
with open(HERE + 'events-c.jsonl', 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h44-x169-13", "coder_events": [
   "ACCUSE: Albanian opposition Socialist Party (ALB) -> Albanian government (ALB), accused it of manipulating the slow count, 2009-06-29"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Berisha claiming victory is not an event. 'Said it was too early to call' could also be coded as a REJECT of his claim, but I count the paragraph's one clear act, the accusation. Dateline found nothing."},
 {"doc": "h44-x172-05", "coder_events": [
   "ACCUSE: Guyana (GUY) -> Suriname (SUR), accused it of using its navy to drive an oil rig out of disputed waters, 2000-06-04"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 is right in every field. The navy's act sits inside the accusation, so it is not coded separately here: it is coded from the next sentence, where it is reported directly."},
 {"doc": "h44-x170-24", "coder_events": [
   "SUPPORT: Qatari voters (QAT) -> none, approved constitutional changes abolishing Shura Council elections in a referendum, 2024-11-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A referendum approval is a borderline act. I count it as SUPPORT (approve a policy), as I did for item 45 (the Azerbaijani referendum), which dateline coded. The ministry's announcement itself is not an event."},
 {"doc": "h44-x170-15", "coder_events": [
   "PROTEST: Kuwaiti opposition (KWT) -> Kuwaiti government/emir (KWT), boycotted the parliamentary election in protest at the emir's change to the voting law, 2012-12-01"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Voting is not an event. The emir's October decree is background with no act of the PLOVER family. Dateline missed the boycott, and found nothing anywhere in the story."},
 {"doc": "h44-x169-17", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results and the prospect of coalition talks: no codable act."},
 {"doc": "h44-x170-09", "coder_events": [
   "CONCEDE (or RETREAT): Serious Fraud Office (GBR) -> BAE Systems (GBR), dropped its bribery investigation into the Saudi arms deals, 2006-12-14"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dropping an investigation is coded like item 17 (prosecutors dropping a case, CAMEO 081 -> CONCEDE). The government's announcement on Thursday (2006-12-14) dates it. The alleged bribery is background inside a noun phrase and is not coded."},
]
paras = [json.loads(l) for l in open(HERE + 'paragraphs-c.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(P, paras):
    assert p['dateline_events'] == len(q['events'])
with open(HERE + 'paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks and counts
back = [json.loads(l) for l in open(HERE + 'events-c.jsonl')]
assert len(back) == 50
for b, it in zip(back, items):
    assert (b['n'], b['doc'], b['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = b['verdict']; assert v['all'] == all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
counts = {f: sum(b['verdict'][f] for b in back) for f in F + ('all',)}
print('per field (of 50):', counts)
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
