import json
T,F=True,False
# n: (event,type,source,target,date,modality, reasons)
V={
1:(T,T,T,F,T,T,"Critics' remark is a criticism (ACCUSE) of the ruling party; the sentence names it, so the target should be the ruling Bharatiya Janata Party (IND), not empty. Source, document date and asserted are right."),
2:(T,T,T,T,T,F,"Russia's long-running accusation of Georgia is right in type, parties and date (an ongoing act takes the document date), but Georgia's denial does not negate Russia's act: modality should be asserted (and reported_by should not be Georgia)."),
3:(T,T,F,T,T,T,"Hua Chunying speaks for China's foreign ministry: source country should be CHN, not IDN. The sentence names no addressee, so the empty target is right; document date and asserted are right."),
4:(T,T,T,T,T,T,"Dbeibah praising the army and police is SUPPORT with the right Libyan parties; the praise is reported as this news (document date, Tuesday 2025-05-13)."),
5:(T,T,F,T,T,T,"The 2011 protests are coded right in type and year, but the sentence says they were led mainly by Shi'ites in Bahrain: source should be Shi'ite protesters (BHR), not empty. Empty target accepted (the protest names no aim; the Bahraini state would also be right)."),
6:(T,T,T,T,T,T,"The OAU's condemnation of the coup is ACCUSE; 'the coup' is an act, not a party, so empty target is right by the rule (a coder would often code the junta, SLE). Date 1997-06-02 is the text's own dateline date for this report (document_date field says 1997-06-03); accepted."),
7:(T,T,T,T,T,T,"Passive arrest with no named arrester: empty source, target Merabishvili (GEO), Tuesday 2013-05-21 are right."),
8:(T,T,F,T,F,T,"Source should be the conservative opposition lawmakers (KOR), not 'North'; the urging is reported as this news, so date should be the document date 1998-06-23, not unknown."),
9:(T,T,T,T,T,T,"A UN-reported total of civilians killed over a span: no perpetrator named (empty source right), civilians (AFG) right, and a total over a span has no date by the round-20 rule."),
10:(T,T,T,T,T,T,"Rights groups welcomed the embargo: SUPPORT, no country, empty target right ('the move' is an act). 1997-11-03 is the report's own dateline date; accepted."),
11:(T,T,T,T,T,T,"The conceding is the act inside Kumaratunga's accusation: CONCEDE by Wickremesinghe ('him', LKA) to the rebels (LTTE, LKA), reported, with no date given: all right."),
12:(T,T,T,T,T,T,"Legal action by the EU against Warsaw is ACCUSE (CAMEO 115 sue, mode would be allege); EU and Poland right; present-perfect ongoing action with no date takes the document date."),
13:(T,T,T,F,T,T,"OIC criticism is ACCUSE, but Indian Muslims are the people it defends, not the party criticised: target should be India / the BJP officials whose remarks were criticised (IND)."),
14:(T,T,T,T,T,T,"ICC arrest warrant for Harun (SDN): COERCE arrest is CAMEO2PLOVER's mapping of 173 (arrest or charge with legal action); ACCUSE allege would also be defensible. Wednesday 2007-05-02 right."),
15:(T,T,T,T,T,T,"Western governments (no country) welcomed the release order: SUPPORT; 'the move' names no party, so empty target is right; document date right."),
16:(T,T,T,T,T,T,"Foreign Office (GBR) condemned the attack: ACCUSE with no named perpetrator, so empty target right; reaction reported as news, document date right."),
17:(T,T,T,T,T,T,"Cook (GBR) met Kharrazi (IRN) on Thursday 1998-09-24: CONSULT, mutual, right."),
18:(T,T,T,T,T,T,"Britain and Iran agreed to upgrade relations on Thursday 1998-09-24: mutual AGREE, both parties on both sides accepted."),
19:(T,T,T,T,F,T,"'Thousands of civilians have been killed' is a total summed since the war began, which has no date; 1995 comes from 'earlier this year' in the ceasefire clause. Date should be none. Empty source and civilians (RUS, Chechnya) accepted."),
20:(T,T,T,T,T,T,"Iran rejecting the coalition's accusation is coded REJECT (PLOVER: all rejections and refusals; CAMEO would call it a denial, 016, with no PLOVER type). The accuser is not named in the sentence, so the empty target is right; document date right."),
21:(T,T,T,T,T,T,"Snipers firing on crowds in Baghdad: ASSAULT firearms; snipers and crowds in Baghdad take IRQ; reported as this news, document date accepted; asserted with witnesses as reporter."),
22:(T,T,T,T,T,T,"Passive accusation of Harun (SDN): empty source right, ongoing 'is accused' takes the document date; not a duplicate of the warrant event (different sentence and act)."),
23:(T,T,T,T,T,T,"Abubakar's promise to respect the handover programme is AGREE with no addressee; present-perfect promise with no date takes the document date."),
24:(T,T,T,T,T,T,"EU recalling ambassadors from Tehran in 1997 is SANCTION (CAMEO 161 reduce relations); EU -> Iran, year 1997 right."),
25:(T,T,T,T,T,T,"IMF and World Bank encouraging Bolivia is REQUEST; parties right; ongoing present-perfect act takes the document date."),
26:(T,T,T,T,T,T,"Opposition leaders (IND) demanding answers is REQUEST; the sentence names no addressee, but the Congress government named just before is clearly the party asked, so 'India' is accepted; document date right."),
27:(T,T,T,T,T,T,"Marginal: 'would not seek bail' coded as a negated REQUEST by Lopez Obrador (MEX) to an unnamed court; empty target and no date are right for a negated future act."),
28:(T,T,T,T,T,T,"Iran released Shourd (USA) on Tuesday 2010-09-14: RETREAT release, right."),
29:(T,T,T,T,T,T,"'They' are the opposition leaders (VEN); they accused the government (VEN): ACCUSE, document date right."),
30:(T,T,F,T,T,T,"'Whose government' is Cypriot President Papadopoulos's government: source should be the government of Cyprus (CYP), not TUR. Threat target not named in the sentence (empty right); 'had threatened' has no date (unknown right)."),
31:(F,F,F,F,F,F,"Spurious: a duplicate of e1 (Indonesia summoning China's diplomat), since the summons is the protest; a diplomatic protest would anyway be ACCUSE, not a PROTEST demonstration."),
32:(T,T,T,T,F,T,"Beijing's support for Lam's decision is SUPPORT, China (CHN) right, 'the decision' names no target party. But Lam said this on Friday 2020-07-31 (the text dates her announcement), so the document date 2020-08-01 is after the report: date should be 2020-07-31."),
33:(T,T,F,F,F,T,"Source should be Israeli troops (ISR), not PSE; target should be the 'main instigators' at the fence (Palestinian protesters, PSE), not Hamas, which is the target of the accusation; date should be Friday 2018-03-30, the day the text gives the shooting."),
34:(T,T,T,F,T,T,"Schuster backed the Slovak government's decision: target should be the government of Slovakia (SVK), not NATO."),
35:(T,T,T,T,T,T,"Suicide bomber (no country) killing Spaniards (ESP) on Monday 2007-07-02: ASSAULT right."),
36:(T,T,T,F,T,T,"'Both sides' are Israel and the Palestinians (ISR, PSE), not a USA group: target wrong. Source, REQUEST, document date right."),
37:(T,T,T,T,T,T,"EU and US urged Moscow (RUS) to reverse the suspension: REQUEST; 'had urged' at an earlier, ungiven time: no date is right."),
38:(T,F,T,F,T,T,"Marines airlifting foreigners to a warship is an evacuation, AID (humanitarian rescue), not MOBILIZE; target should be the evacuated foreigners (no code). Source USA and week 1997-W22 ('last week') right."),
39:(T,T,T,T,T,T,"USFP officials (MAR) welcomed the dismissal: SUPPORT, 'the move' names no party (empty target right); 1999-11-09 is the report's dateline date."),
40:(T,T,T,F,T,T,"The EU's call to free those held is addressed to Belarus, which the sentence names: target should be Belarus (BLR), not empty. 2017-03-25 is the report's dateline date; accepted."),
41:(T,T,T,T,T,T,"The emir (QAT) ordering an investigation is ACCUSE investigate (CAMEO 090); no party investigated is named; document date right."),
42:(T,T,T,T,F,T,"Passive request to Beijing (CHN) with unnamed asker: REQUEST, empty source right. Lam reported it on Friday 2020-07-31, so date should be 2020-07-31, not the document date 2020-08-01."),
43:(T,T,F,F,T,T,"Poklonskaya is Crimea's Moscow-appointed prosecutor: source country should be RUS, not UKR; 'it' is the Mejlis, so target should be the Mejlis (Crimean Tatar body), not the Supreme Court. Date accepted (the text does not say when she accused it)."),
44:(T,T,T,F,T,T,"Serbia's support is for the Bosnian Serbs: target should be the Bosnian Serbs (BIH), not the state of Bosnia and Herzegovina."),
45:(T,T,T,T,T,T,"Malaysian opposition lawmakers calling for an emergency session of parliament: REQUEST; parliament (MYS) accepted as the body asked to convene; document date right."),
46:(T,T,T,T,T,T,"Shevardnadze (GEO) welcomed the U.S. plan: SUPPORT; 'the plan' names no party, so empty target right; document date right."),
47:(T,T,T,T,T,T,"Washington urged Iran to free Bauer and Fattal: REQUEST USA -> IRN, reported as news, document date right."),
48:(T,F,T,F,T,T,"Withdrawing an ambassador is a reduction of diplomatic relations, SANCTION (CAMEO 161), not a RETREAT; target should be Israel (ISR), the country the ambassador left, not Egypt's own ambassador. Year 2000 ('that year') right."),
49:(T,T,T,T,T,T,"Sharon (ISR) thanked Mubarak (EGY): SUPPORT (commend); document date right."),
}
items=[json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items)==49
out=open('events-c.jsonl','w')
keys=['event','type','source','target','date','modality']
for it in items:
    v=V[it['n']]
    d=dict(zip(keys,v[:6]))
    if not d['event']:
        d={k:False for k in keys}
    d['all']=all(d[k] for k in keys)
    o=dict(it); o['verdict']=d; o['reasons']=v[6]
    out.write(json.dumps(o,ensure_ascii=False)+'\n')
out.close()
