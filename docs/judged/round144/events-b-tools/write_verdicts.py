"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's hand verdicts below, then check them.
Verdict codes: F = field wrong (event, type, source, target, date, modality); S = spurious (all false)."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n: (set of wrong fields, or 'S' for spurious, reasons)
V = {
1: (set(), "Right: the authorities' earlier agreement to withdraw the army camp is a promise to withdraw (CONCEDE, PLOVER codebook), source Bangladesh authorities, no party named as target, and 'had earlier agreed' is an earlier, undated act, so no date is right."),
2: (set(), "Right: Maldives lawmakers approved (SUPPORT, ratify) the free trade agreement with China on Wednesday 2017-11-29; China, the partner named in the sentence, is a fair target."),
3: (set(), "Right: Luksic (MNE) hailed the start of talks (SUPPORT) late on Friday 2012-06-29 (the document date); the praised thing is an act, not a party, so an empty target is right."),
4: (set(), "Right: Nasheed (MDV) was sentenced (SANCTION convict) in 2015; the court is not named, so the empty source is right."),
5: (set(), "Right: Japanese officials (JPN) backed China's WTO bid (SUPPORT -> China); the statement has no date of its own and is reported as this news, so the document date is right."),
6: ({'date'}, "The indictment is a background act ('had been charged under a sealed indictment', before the arrest) of unknown time: the date should be empty, not the document date 2000-04-03. The empty source is accepted since the passive names no agent (the tribunal, named as the speaker, would also be right)."),
7: (set(), "Right: al Shabaab (SOM) stormed a Kenyan army base (ASSAULT -> Kenya/its army, KEN) on Friday 2016-01-15; the actor name 'Somalia's Islamist militant group' is the group's description."),
8: ('S', "Spurious: 'opposing abortion rights and same-sex marriage' is a standing policy position with no political actor acted upon, not a REJECT event; the act a coder codes in this clause is the critics' ACCUSE against Kast, which dateline did not code."),
9: (set(), "Right: China welcomed the Syrian referendum (SUPPORT) reported as this news on 2012-02-27; 'it' refers to the referendum, not a party, so the empty target is right by the rules (Syria, SYR, would be my own target)."),
10: (set(), "Right: the lawyer's 'He was kidnapped' is an abduction (ASSAULT abduct) of Camara (GIN) with no agent named, on the Saturday of the jailbreak 2023-11-04; attribution alone keeps it asserted. (reported_by should be Camara's lawyer, not Camara; not a scored field.)"),
11: (set(), "Right: U.N. envoy Perthes (UNO) urged the Sudanese parties (SDN) to form a government (REQUEST), on the document date of the signing, 2022-12-05."),
12: ({'source'}, "Source 'Opponents' has no country code, but the text makes plain these are Sudanese opponents of the Khartoum accord (the resistance committees of the next sentence): should be SDN. Type, empty target, date 2022-12-05 and modality are right."),
13: (set(), "Right: Boko Haram's insurgency (NGA rebels) has killed thousands (NGA) since 2009, a total summed from an earlier time, so no date is right. The source name 'whose insurgency' (kind person) is a garbled span for Boko Haram; accepted as referring to it with the right code."),
14: (set(), "Right: the Indonesian security forces (IDN) have been accused (ACCUSE) of standing by during this week's violence; no accuser is named, and the accusation is current news (document date)."),
15: (set(), "Right: talks between Bhutan and Nepal (CONSULT, mutual) are a continuing process (several rounds, little headway), so the document date is right."),
16: (set(), "Right: Russia backs Serbia (SUPPORT, RUS -> SRB), a standing support that still holds when the story is told, so the document date is right."),
17: ({'type', 'date'}, "Type should be AGREE (Congo's pledge under a deal with Rwanda to disarm the FDLR is a commitment to cooperate, CAMEO 0312; it yields nothing of Congo's own, so it is no concession); date should be 2007-11, the November deal under which the pledge was made."),
18: ({'date'}, "The junta's treason charges against members of the lawmakers' committee are a background act from before the day's announcement, at a time the text does not give: the date should be empty, not the document date 2021-04-16."),
19: (set(), "Right: Bush (USA) expressed displeasure (ACCUSE disapprove) at learning of the pictures from the media, reported as this news; no target named, so empty is right."),
20: ({'target'}, "Target Azem Hajdari is an Albanian Democratic Party lawmaker: the code should be ALB, not USA. Type ASSAULT, empty source, date 1998-09 and modality are right."),
21: ({'source'}, "Source 'Serbs' are Bosnian Serbs gathered in Pale, Bosnia: the code should be BIH, not SRB (Serbia). The empty target is right (the protest is against the arrest by SFOR, not the Bosnian state); date Monday 2000-04-03 is right."),
22: ({'target', 'date'}, "The four rescued hostages are Israelis seized at the Nova festival: target code should be ISR, not USA; the raid was on Saturday, so the date should be 2024-06-08, not the document date 2024-06-09 (a Sunday). AID (rescue hostages) is the right type."),
23: (set(), "Right: Washington (USA) urged restraint (REQUEST) without naming whom, reported as this news (document date)."),
24: (set(), "Right: Indian police detained dozens of Tibetan exiles (COERCE arrest) on the day of the talks, 1996-11-29; Tibetans coded CHN is accepted."),
25: ({'target', 'date'}, "Target should be 'both sides', the Niger government (NER) and the ORA Tuareg rebels, which the sentence refers to; and the pressure was applied during the months of talks before Monday's signing, so the date should be empty, not the document date 1995-04-25."),
26: ({'target'}, "The sentence's own subject, the Russian pilot of the Su-27 (RUS), is the one detained: the target should be the pilot (RUS), not empty. Date Thursday 2005-09-15 and the rest are right."),
27: (set(), "Right: Kuntar's release in 2008 (RETREAT release, LBN); the releaser is not named in the sentence, so an empty source is right."),
28: ({'target'}, "'them' refers to the crowds who tried to storm the National Palace (Haitian rioters, HTI): the target should be those crowds, not empty. The source (U.N. peacekeepers, UNO, name garbled as 'led U.N. peacekeepers') and date Tuesday 2008-04-08 are right."),
29: ({'source'}, "'They' are the members of the new National Unity Government (Myanmar opposition, MMR), not the Indonesian government: source should be the NUG (MMR). Target ASEAN and the rest are right."),
30: (set(), "Right: Kabila (COD) welcomed the deal (SUPPORT) on the day of the signing, 2008-01-23; the deal is not a party, so an empty target is right."),
31: (set(), "Right: Wahid (IDN) had ordered firm action (REQUEST, an order) reported as this news; no one is named as its addressee. (reported_by should be Wahid's spokesman; not scored.)"),
32: ({'modality'}, "The accusation itself was made: the ACCUSE is asserted, not reported (only the alleged links inside it are reported). Source opposition parties (MNE), target Djukanovic for 'his circle', and the document date for a standing accusation are accepted."),
33: (set(), "Right: police (PAK) fired tear gas on lawyers and opposition activists (PAK) on election day, 2007-10-06."),
34: ({'type'}, "Vowing not to resign is a refusal: type should be REJECT (rejecting calls to resign), not CONCEDE. Source Temer, empty target, date Thursday 2017-05-18 and asserted are right."),
35: (set(), "Right: the Yugoslav government (YUG) accused the United Nations (UNO) of breaching Resolution 1244, reported as this news."),
36: ({'source'}, "The main source 'main opposition parties' has no code, but they are plainly Hungarian (Fidesz among them): should be HUN. Empty target (NATO is not named) and the document date for a stance still held are accepted."),
37: ({'target'}, "The praise is aimed at Pinochet's 1973-1990 dictatorship, a party named in the sentence: target should be Pinochet's government (CHL), not empty. SUPPORT, source Kast and no date for an undated standing stance are right."),
38: (set(), "Right: Zhu Rongji (CHN) visited Washington (CONSULT visit -> USA) in April 1999."),
39: ({'source'}, "Source Macau government has a country (Macau SAR of China): code should be MAC (or CHN), not empty. REQUEST (urged calm), empty target and the document date are right."),
40: (set(), "Right: the death totals since September 2000 (ASSAULT -> Palestinians PSE, Israelis ISR) are summed from an earlier time, so no date is right; no killer named."),
41: (set(), "Right: Labour politicians (GBR) accused the Conservative government (GBR) of bowing to a foreign power, reported as this news (1996-01-04)."),
42: ({'target', 'date', 'modality'}, "Target should be the international force Habibie would invite (no code), not Jenny Shipley, who only welcomed the move; his statement of intent is itself the AGREE and was made on Sunday evening, so it is asserted and dated 1999-09-12, not future with no date."),
43: ({'date'}, "The killing of Tuareg civilians at Tchin-Tabaraden is the 1990 background act that sparked the revolt: the date should be 1990, not the document date 1995-04-25."),
44: (set(), "Right: critics (no country) accuse the AU (ACCUSE) of being slow to act; a standing criticism, so the document date is accepted."),
45: (set(), "Right: the lawyers' months of protests (PROTEST, PAK) against Musharraf's move to dismiss the chief justice aim at the authorities' act, so the state (PAK) is a right target; the protests still go on, so the document date is right."),
46: (set(), "Right: 44 African countries (many states, no single code) signed the AfCFTA agreement (SUPPORT, sign) on Wednesday 2018-03-21. (reported_by 'project backers' is off; not scored.)"),
47: (set(), "Right by the rules: 'I will not resign' is a RETREAT resign negated (the convention allows a refusal as RETREAT negated); the negated future act has no date."),
48: (set(), "Right: Muttaqi (AFG) met Jaishankar (IND) (CONSULT) on Friday 2025-10-10, the document date."),
49: ({'date'}, "The Commission's request to Rome for details is its reaction to the deal unveiled on Monday, reported as this news: the date should be the document date 2023-11-07, not empty."),
50: (set(), "Right: Lapid (ISR) visited Morocco (CONSULT visit) in the two-day trip ending Thursday 2021-08-12."),
}

P = [
 {"doc": "h49-x189-10", "coder_events": [
   "THREATEN: European socialists / Party of European Socialists (no code) -> Fico's Smer party (SVK), threaten sanctions against his party, 2006-07-04"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The swearing-in is not a PLOVER event; Hungary's being 'alarmed' is a state, not coded. Dateline found nothing."},
 {"doc": "h49-x190-02", "coder_events": [
   "COERCE: Britain (GBR) -> Mohammed al-Masari (SAU), ordered his deportation to Dominica (deport), 1996-01-04",
   "ACCUSE: critics (no code) -> Britain (GBR), said the move was designed to protect arms sales to Saudi Arabia, 1996-01-04"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the deportation order (COERCE deport); it missed the critics' accusation."},
 {"doc": "h49-x189-07", "coder_events": [
   "SUPPORT: Slovenian voters (SVN) -> European Union (EUR), approved joining the EU in a referendum, 2003-03-23",
   "SUPPORT: Slovenian voters (SVN) -> NATO, backed NATO membership, 2003-03-23"],
  "found": 2, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's single SUPPORT event (trigger 'approved') carries both the EU and NATO as targets, so both acts are counted found, merged into one event. The passing mention of the start of the U.S.-led war in Iraq is background and not listed."},
 {"doc": "h49-x190-21", "coder_events": [
   "RETREAT: Russia (RUS) and Turkey (TUR) -> (Idlib warring parties), ceasefire they brokered took effect in Idlib at midnight (ceasefire), 2020-03-06",
   "AGREE: Vladimir Putin (RUS) <-> Tayyip Erdogan (TUR), reached a deal in Moscow to halt fighting, 2020-03-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found nothing in this paragraph. The deal's day (Thursday) is given in the next paragraph."},
 {"doc": "h49-x190-04", "coder_events": [
   "ASSAULT: Israeli troops (ISR) -> two brothers leading Hamas's armed wing (PSE), shot dead (firearms), 1998-09-10",
   "THREATEN: Hamas (PSE) -> Israel (ISR), swore to avenge them with an 'earthquake' of attacks (violence), 1998-09-11"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the shooting (date Thursday 1998-09-10 right; its target has no code although the brothers are Hamas leaders); it missed Hamas's vow of revenge (THREATEN)."},
 {"doc": "h49-x192-07", "coder_events": [
   "AID: Indonesian navy (IDN) -> Madurese settlers (IDN), carried thousands out of Sampit (evacuation, humanitarian), 2001-02-27",
   "ASSAULT: Dayak fighters (IDN) -> Madurese settlers (IDN), more than a week of attacks, death toll several hundred, 2001-02-27 (still going on)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found nothing in this paragraph."},
]

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and [it['n'] for it in items] == list(range(1, 51))
with open('events-b.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'S':
            v = {f: False for f in F}
        else:
            assert wrong <= set(F) and 'event' not in wrong
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(paras, P):
    assert len(p['events']) == q['dateline_events'], (p['doc'], len(p['events']))
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + '\n')

# checks
outl = [json.loads(l) for l in open('events-b.jsonl')]
assert len(outl) == 50
for it, o in zip(items, outl):
    assert (o['n'], o['doc'], o['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert {k: o[k] for k in it} == it
counts = {f: sum(o['verdict'][f] for o in outl) for f in F + ['all']}
print('per-field right of 50:', counts)
pl = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(pl) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in pl), 'found', sum(p['found'] for p in pl),
      'dateline', sum(p['dateline_events'] for p in pl), 'spurious', sum(p['spurious'] for p in pl))
