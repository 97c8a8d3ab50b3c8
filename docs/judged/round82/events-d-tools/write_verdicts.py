"""Write events-d.jsonl from the judge's verdicts below (one entry per item n) and check it.
Fields: event, type, source, target, date, modality (1 = right, 0 = wrong); 'S' = spurious."""
import json

T = dict(event=1, type=1, source=1, target=1, date=1, modality=1)
def v(**wrong):
    d = dict(T); d.update({k: 0 for k in wrong}); return d
S = 'S'

V = {
1: (T, "NATO and the EU appealed for restraint: REQUEST with both sources right; the sentence names no addressee, so an empty target is right; undated act reported as this news takes the document date."),
2: (v(date=0), "Attack right (target Israel for an Israeli army post: party and code ISR right, ISR military would be more precise), but the text dates it 'at dawn on Sunday': date should be 2006-06-25, not the Monday document date."),
3: (v(date=0), "UNGA demand that Britain withdraw is a REQUEST UN->GBR, but it is a background act ('later' than the 2019 ICJ opinion, in fact 2019): date should be unknown/2019, not the 2024-10-03 document date."),
4: (T, "Ravalomanana rejected the outcome: REJECT, source right; the object is the result, not a party, so an empty target is acceptable (Rajoelina or the electoral commission would also do); Thursday 2018-12-27, the day the results were shown, is acceptable."),
5: (v(target=0, date=0), "Tribal leaders' call to take up arms is a REQUEST, but the addressee is named: target should be Sunnis (IRQ); 'within hours' of Tuesday's raid puts it on 2013-04-23, not the Wednesday document date."),
6: (T, "Borrell (EU) urged Kosovo's next government to engage in dialogue: REQUEST, source, target (XKX) right; undated act of this news takes the document date."),
7: (S, "Spurious: 'press the army's campaign against the rebels' means pursue a military campaign, not a request to anyone (trigger in another sense); a coder might code a future ASSAULT/THREATEN Museveni (UGA) -> LRA rebels."),
8: (v(date=0), "Noboa's expressed support for allowing foreign bases is a SUPPORT (approve a policy) with no party named, so empty target is right; but 'has expressed' is background campaign stance of an earlier unstated time: date should be unknown, not the document date."),
9: (T, "Kokoity accused Georgia of genocide: ACCUSE, source (South Ossetian separatist leader, GEO acceptable) and target GEO right; undated act of this news, document date right."),
10: (v(modality=0), "Investigation of the wiretap allegations by a special prosecutor is ACCUSE investigate with no target named, but it is not yet happening: modality should be future ('will be appointed to investigate')."),
11: (v(target=0, date=0), "Factions supported the no-confidence motion: SUPPORT acceptable, but target should be the Communist Party (UKR) whose motion it was (or the Yushchenko government it targeted), not the Verkhovna Rada that voted; the motion was voted on Thursday, so date should be 2001-04-26."),
12: (S, "Spurious: 'called home for consultations' is the recall of Indonesia's ambassador, not a request by the ambassador (trigger in another sense); the act to code is SANCTION (reduce relations) Indonesia (IDN) -> Australia (AUS), 2013-11-18."),
13: (v(source=0), "ACCUSE against Brotherhood activists (EGY) right, but the accuser is the Interior Ministry (EGY), subject of 'said ... and accused', not the security forces."),
14: (T, "Netanyahu urged Gantz to join a unity government on Thursday: REQUEST, ISR->ISR, 2019-09-19, all right."),
15: (T, "Hadzic detained: COERCE arrest; passive sentence names no arrester, so empty source is right; Hadzic coded SRB (a Croatian Serb rebel leader, HRV arguable) accepted; Wednesday 2011-07-20 right."),
16: (v(date=0), "Noboa's promise to court foreign investment is an AGREE with no party named, but 'has also promised' is background campaign pledge of an earlier unstated time: date should be unknown, not the document date."),
17: (T, "Kobler (UN) urged restraint: REQUEST, no addressee named so empty target right; document date right."),
18: (T, "Trump and Putin met (CONSULT, mutual, USA/RUS); the text dates the talks Friday 2025-08-15; all right."),
19: (v(type=0), "'Welcomed' here means received refugees the US had granted refugee status: type should be AID (grant asylum), not SUPPORT; source USA, target white South Africans (ZAF) and 'earlier this month' 2025-05 are right."),
20: (T, "Opposition NPP accused the ruling NDC of colluding to rig the count: ACCUSE GHA->GHA; Sunday 2012-12-09, the day of the announcement, acceptable; all right."),
21: (T, "Elysee (FRA) blamed Lebanon's political forces (LBN): ACCUSE right; undated act of this news (Saturday) takes the document date; attribution to French media keeps it asserted."),
22: (T, "Police investigating the killings: ACCUSE investigate by Rwandan police, no suspect named so empty target right; background act of unstated time, unknown date right."),
23: (T, "Beijing had refused to hold summits with Koizumi: REJECT CHN->JPN right; background act of unstated earlier time, unknown date right."),
24: (v(date=0), "Caretaker government (BGD) promise to hold elections is AGREE (intent to reform) with no party named; but 'has promised' is a background act of an earlier unstated time: date should be unknown, not the document date."),
25: (T, "Latin American governments (no single code) and the US congratulated Noboa (ECU): SUPPORT right; document date right."),
26: (S, "Spurious: Tunisians left to fight WITH (alongside) militant groups, not against them; no ASSAULT between the coded parties, and a cumulative trend ('have left') with no date."),
27: (T, "Abe due to visit Seoul Monday for talks with Roh: CONSULT visit, target South Korean government (KOR) for Roh acceptable, 2006-10-09, future; all right."),
28: (v(target=0), "Protests began in April against Sargsyan's move to become PM: PROTEST, no protesters named so empty source acceptable, 2018-04 right; but the protest is aimed at the authorities' act: target should be Serzh Sargsyan/Armenian government (ARM)."),
29: (v(source=0, target=0), "Abe and Hu discussed North Korea: CONSULT on Sunday right, but the parties are the two leaders: source should be Abe (JPN) and target Hu (CHN) ('leaders' uncoded is wrong); North Korea is the topic, not a party to the meeting."),
30: (T, "Gunmen (unknown) fired on a US consulate van: ASSAULT firearms, target USA right; Wednesday morning 1995-03-08 right."),
31: (S, "Spurious: 'a campaigner for his release' is a noun phrase about Kudirat's campaign; no release of Abiola took place (he died in detention); the sentence's acts are the 1996 killing of Kudirat and the opposition's blame of Abacha's agents."),
32: (v(date=0), "Western governments urged Zeroual: REQUEST right, source uncoded group and target DZA right; but 'have urged' is background of an earlier unstated time: date should be unknown, not the document date."),
33: (v(source=0), "Readiness to continue talks is AGREE and target Kosovo (XKX) is right, but the officials are in Belgrade: source should be Serbian officials (SRB), not XKX."),
34: (T, "Attorney general's intention to charge Netanyahu: ACCUSE allege, future, ISR->ISR; background statement with unknown date right."),
35: (T, "Voronin blamed Romania for the April unrest: ACCUSE MDA->ROU right; background with no date given, unknown right."),
36: (v(date=0), "Hoss conceded defeat: CONCEDE, no target named; source Hoss (cabinet he heads added, accepted); but the concession is reported as this news on the day of the results: date should be the document date 2000-09-04, not unknown."),
37: (T, "Clerides: 'we have not given up our right to defend ourselves': a negated CONCEDE by Clerides (CYP), no party named; televised address on Tuesday 1998-12-29 acceptable; modality negated right. (A coder might skip this rhetorical denial.)"),
38: (v(source=0, date=0), "The presidents agreed to keep working: AGREE, reciprocal so empty target right, but 'presidents' are Kocharyan (ARM) and Aliyev (AZE), coded AZE only; the talks ended on Saturday, so date should be 2006-02-11."),
39: (T, "Sadr called the strike a terrorist act: ACCUSE disapprove, perpetrators unnamed so empty target right; Sunday document date right."),
40: (S, "Spurious: South Africa did not withdraw; 'the withdrawals' are the US and Israeli walkouts already coded in the lead; the act here is South Africa's regret, an ACCUSE disapprove ZAF -> USA/ISR."),
41: (T, "Yudhoyono condemned the attacks: ACCUSE disapprove; target the suicide bombers (uncoded) is clearly the party acted upon; Sunday 2005-10-02 right."),
42: (v(source=0, date=0), "Attempt on Maduro's life: ASSAULT with target Maduro right, but 'they' are the plotters Maduro blames (Venezuelan/Colombian far right, Santos - COL), not soldiers (the soldiers were victims); 'today' in Saturday's address: date should be 2018-08-04."),
43: (T, "Western governments welcomed the gains: SUPPORT, 'the gains' is an act not a party so empty target right; document date right."),
44: (T, "Police fired tear gas at crowds in Little Havana: ASSAULT crowd-control USA->USA, Saturday 2000-04-22; all right."),
45: (v(source=0), "Chamorro restored relations with Taipei in 1990: SUPPORT with target TWN and date 1990 right, but source should be Violeta Chamorro (NIC) alone; Ortega (her predecessor) is wrongly added and Chamorro has no code."),
46: (v(date=0), "The tribunal (UN) asked UN member states to freeze assets: REQUEST right (target 'UN member states' accepted); the warrants and request came with Thursday's indictment: date should be 1999-05-27, not the Friday document date."),
47: (T, "Kurdish politicians welcomed the broadcasting reform: SUPPORT; Turkey (whose parliament passed it) is clearly the party acted upon; Saturday document date right."),
48: (v(target=0), "Rebel soldiers surrendered on Thursday: RETREAT, source PHL, date 2007-11-29 right; but they surrendered to the troops named in the sentence: target should be the Philippine troops (PHL military)."),
49: (S, "Spurious: 'pressing an offensive' is Ukraine waging a military offensive (an ongoing ASSAULT UKR -> Russian forces near Kherson), not a REQUEST (trigger in another sense)."),
50: (v(date=0), "Tokyo did not try to shoot down the rocket: negated ASSAULT by Japan (JPN), 'it' is the rocket so empty target accepted (PRK also right); the launch was on Sunday: date should be 2009-04-05, not the Monday document date."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    ver, why = V[it['n']]
    if ver == S:
        ver = dict(event=False, type=False, source=False, target=False, date=False, modality=False)
    else:
        ver = {k: bool(x) for k, x in ver.items()}
    ver['all'] = all(ver[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    o = dict(it); o['verdict'] = ver; o['reasons'] = why
    out.append(o)
with open('events-d.jsonl', 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
# checks
back = [json.loads(l) for l in open('events-d.jsonl')]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: a[k] for k in a} == {k: b[k] for k in a}
    ver = b['verdict']
    assert ver['all'] == all(ver[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not ver['event']: assert not any(ver.values())
fields = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
print({k: sum(b['verdict'][k] for b in back) for k in fields})
