# Writes events-d.jsonl from the judge's verdicts below (fields: event,type,source,target,date,modality).
import json
T=True; F=False
V={
1:(T,T,T,T,T,T,"Right: AGREE (US pledge of no hostile intent and readiness to improve relations), asserted with the ministry as reporter; the target 'North Korea's Foreign Ministry' (PRK/GOV) stands for 'the North' with the right code (marginal: the ministry is the speaker, the party pledged to is North Korea), and the pledge has no date of its own, so the document date is accepted."),
2:(T,T,T,T,F,T,"REQUEST Thailand -> IMF is right, but the loan request is a background act of 1997 after the July 2 float (the IMF package came months before the story); date should be none/unknown (at most 1997), not the document date 1997-11-04."),
3:(T,T,F,F,T,T,"ASSAULT on 2013-05-09 is right, but the sentence names the attacker: source should be the Philippine government vessel (PHL), not empty; target Hung Shih-cheng is a Taiwanese fisherman, so his code should be TWN, not PHL."),
4:(T,T,T,F,T,T,"REQUEST by Pompeo (USA) is right; 'both sides' are Japan and South Korea, named in the story, so the target should be Japan (JPN) and South Korea (KOR), not a code-less 'sides'."),
5:(T,T,T,T,F,T,"ASSAULT on soldiers (EGY) with no agent in the clause (empty source right), asserted with SCAF as reporter; but the attack was part of the Sunday-evening street battles, so the date should be 2011-10-09, not unknown."),
6:(T,T,T,T,F,T,"ACCUSE by Ramgoolam (MUS) with no party named (empty target right), but the criticism was made 'during the campaign', before the 10 Nov election; date should be none/unknown (before 2024-11-10), not the document date 2024-11-12."),
7:(T,T,T,F,T,T,"SUPPORT (parliament approving the constitutional overhaul) by Algeria's parliament on Sunday 2016-02-07 is acceptable, but the opposition is not the party acted upon (it dismissed the reforms); target should be empty (or Bouteflika, whose reforms were approved)."),
8:(T,T,T,T,T,T,"Right: a court ruling that Japanese companies must compensate is SANCTION/convict (found liable), South Korea's Supreme Court -> Japanese companies, 'last year' = 2018, asserted."),
9:(T,T,T,T,T,T,"Right: PROTEST by (NDC) party supporters in Accra, GHA; the sentence names no aim, so an empty target is accepted; narrative Thursday 2020-12-10, asserted."),
10:(T,T,T,T,T,T,"Right: REQUEST from the Houthi leader to Yemenis (YEM) to mobilise, news of the document date; the person entry lacks a country code but the second source entry, the Houthis (YEM), gives the right party and code."),
11:(T,T,T,T,F,T,"AGREE (Pakistan ready to let UN observers investigate) Pakistan -> UN observer group is right and asserted, but 2013-01-06 is the Sunday of the Indian raid in the previous sentence; date should be the document date 2013-01-09 (statement reported as this news)."),
12:(T,T,T,T,T,T,"Right: ASSAULT (massacre) Bosnian Serb forces (BIH) -> Muslim men and boys of Srebrenica (BIH), July 1995, asserted."),
13:(T,T,T,T,T,T,"Right: COERCE/arrest Chinese authorities (CHN) -> Harry Wu, a naturalised U.S. citizen (USA), 1995-06-19, asserted."),
14:(T,T,T,T,T,T,"Accepted: the king 'called for early elections' read as an order/call (REQUEST) with no addressee named (empty target right), Monday 2009-11-23, asserted; a coder might rather code the dissolution of parliament, which dateline did not code."),
15:(T,T,T,T,T,T,"Right: MOBILIZE/weapons (nuclear test) by Pyongyang (PRK), no target, 'this month' = 2017-09, asserted; the missile launch over Japan is a separate event."),
16:(T,T,T,T,T,T,"Right: SUPPORT, Hariri (LBN) welcomed the redeployment; the sentence names no party as the thing welcomed (Syria would also be acceptable), undated news so the document date 2001-06-15, asserted."),
17:(T,T,T,F,T,T,"AGREE (promise of a self-determination referendum, CAMEO 034) by Sudan's government on Monday 1997-04-21 is right and not the signing itself, but the sentence names the recipient: target should be the south / the southern rebel factions (SDN), not empty."),
18:(F,F,F,F,F,F,"Spurious duplicate: 'a night curfew was imposed' is one act, already coded from this sentence as e4 (trigger 'curfew', item 48); e5 also wrongly makes the Egyptian government the target of its own curfew."),
19:(T,T,T,T,T,T,"Right: ASSAULT, unnamed gunmen (no country) -> Vijaya Kumaratunga (LKA), 1988, asserted; distinct from the 1959 shooting of Bandaranaike."),
20:(T,T,T,T,T,T,"Right: proposing three-way talks is AGREE (intent to negotiate, CAMEO 036), Yanukovich (UKR) -> EU and Russia (the proposed partners), news of the summit dated by the document date 2013-11-29, asserted under attribution."),
21:(T,T,T,T,T,T,"Right: ACCUSE/allege, U.S. ambassador (USA) -> South Africa ('it', ZAF), May 2023, asserted."),
22:(T,T,T,T,F,T,"CONSULT (Clinton's planned visit in Nigeria, NGA host) future is accepted, but 'on Sunday' after Saturday 26 August is 2000-08-27, not 2000-08-20."),
23:(T,T,F,F,T,T,"REQUEST by Boris Tadic is right, but Tadic is Serbian, not USA (source should be SRB/SCG); the reformist parties are the Serbian democratic parties of this election, so the target's country should be Serbia (SRB), not empty."),
24:(T,T,T,T,F,T,"REQUEST (order) Deby -> Chad's government (TCD) asserted is right, but the instruction is this news (Chad's Thursday retaliation); date should be 2025-06-05 (Thursday) or the document date 2025-06-06, not unknown."),
25:(T,T,T,F,T,T,"SUPPORT by Arab governments (no single country) is right, but 'it' is Iraq's letter offering the inspectors' return; target should be Iraq (IRQ), not Russia."),
26:(T,T,T,T,T,T,"Right: REQUEST, African Union Commission -> Washington (USA) to consult affected countries, news of the document date 2025-06-06, asserted."),
27:(T,T,T,F,F,T,"REJECT (dismissing the film as propaganda) by Medvedev's spokeswoman (RUS) is acceptable, but the sentence refers to Navalny ('a convicted criminal'), so the target should be Navalny (RUS), not empty; and 'earlier' dismissal is a background act, so the date should be none/unknown, not 2017-03-27."),
28:(T,T,F,T,F,T,"REJECT of Putin's call is right, but it was the separatists ('they') who ignored it: source should be the separatists (UKR), not the Kremlin; the call was ignored by holding Sunday's vote, so the date should be 2014-05-11 (or last week), not Monday 2014-05-12."),
29:(T,T,T,T,T,T,"Right: SANCTION/convict, Minsk court (BLR) -> Sannikov (BLR), Saturday 2011-05-14, asserted."),
30:(T,T,T,T,T,T,"Right: REJECT (refused to accept defeat) by Bulatovic (MNE), no party named (empty target), ongoing refusal so the document date 1998-01-15, asserted."),
31:(T,T,T,F,T,T,"SUPPORT by business leaders in Kathmandu (NPL) is right, but 'His election' is Bhattarai's: target should be Baburam Bhattarai (NPL), not the country Nepal."),
32:(T,T,T,T,T,T,"Right: ASSAULT with no perpetrator named, more than 30 people (PHL) killed since campaigning began, a total summed over a span so no date, asserted with police as reporter."),
33:(T,F,T,T,T,T,"Signing a ceasefire is a signed agreement/declaration, not an implemented ceasefire (fighting intensified afterwards); type should be SUPPORT (sign agreement) or CONCEDE, not RETREAT; source (BDI factions), empty target, Oct 2002 and asserted are right."),
34:(T,T,T,F,T,T,"SUPPORT (Knesset approving the dissolution bill) Monday 1998-12-21 asserted is accepted, but the sentence names no party acted upon; target should be empty, not the country Israel."),
35:(T,T,T,T,T,T,"Right: AGREE (promise of political reform, CAMEO 034) by Bouteflika (DZA), no addressee named, 2011, asserted."),
36:(T,T,T,F,T,T,"ASSAULT (car bomb) with no perpetrator named, November 1995, is right, but the victims were mostly Americans at a building of U.S. military advisers: target should be the U.S. military advisers / seven people, five Americans (USA), not SAU."),
37:(T,T,T,T,T,T,"Right: future REQUEST, victims' lawyers (CHL) -> Supreme Court (CHL) to strip Pinochet's immunity, undated future act."),
38:(T,T,T,F,T,T,"Future CONSULT visit by the government delegation (LKA) is right, but the host is the rebels holding Jaffna: target should be the Tamil Tigers (LTTE, LKA), not the place 'Jaffna'."),
39:(T,T,F,F,T,T,"ASSAULT (clashes, ongoing over three days) is acceptable, but these are Bangladeshi Islamist protesters and Bangladeshi police: source and target should be coded BGD, not IND."),
40:(T,T,T,T,T,T,"Right: ACCUSE, Ranariddh's Funcinpec (KHM; Sam Rainsy is the other accuser) -> the ruling CPP (KHM), joint statement reported as news, document date, asserted."),
41:(T,T,T,F,T,T,"SUPPORT (signing the ceasefire agreement) by Burundi's government on Monday 2002-12-02 is right, but the other signatory is in the sentence: target should be the Hutu rebel movement CNDD-FDD (BDI), not empty."),
42:(T,T,T,T,T,T,"Right: REJECT (ignoring UN warnings), Yemeni forces (YEM) -> UN and aid agencies, Wednesday 2018-06-13 (= document date), asserted."),
43:(T,T,T,T,T,T,"Right: future CONSULT, Croatia hosting an EU summit (EU, EUR) in Zagreb in May 2020."),
44:(T,T,T,T,F,T,"AID (arms supply) South Africa -> Russia, reported inside the U.S. accusation, is right, but the alleged supply predates the May accusation; date should be none/unknown (before May 2023), not the document date 2023-07-20."),
45:(T,T,T,T,T,T,"Right: 1983 anti-Tamil riots as PROTEST/riot, rioters unnamed; aimed at Tamils, not the authorities, so an empty target is right by the protest rule; 1983, asserted."),
46:(T,T,T,T,T,T,"Right: REQUEST, Nebot (ECU) -> his supporters (ECU) to remain calm, news of the document date, asserted."),
47:(T,T,T,T,T,T,"Right: ACCUSE, Zourabichvili (GEO) -> Moscow (RUS) calling the flights a provocation; the lead ties the criticism to Friday's landing, 2023-05-19, asserted."),
48:(T,T,T,T,T,T,"Right: COERCE/curfew on central Cairo; the passive clause names no imposer and no party acted upon (empty source and target accepted; the cabinet could also be read as source), news of the document date, asserted."),
49:(T,T,T,T,T,T,"Right: ACCUSE (complaint) by Bangladesh; the sentence names no party ('the diversion'), so an empty target is right; a long-running complaint takes the document date, asserted."),
50:(T,T,T,F,T,T,"REQUEST by China's foreign ministry (CHN) is right, but 'all sides' are the parties of the standoff, the United States and North Korea; target should be USA and PRK, not a code-less 'sides'."),
}
items=[json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items)==50
out=[]
for it in items:
    e,t,s,g,d,m,r=V[it['n']]
    if not e: assert not any((t,s,g,d,m))
    it=dict(it)
    it['verdict']={"event":e,"type":t,"source":s,"target":g,"date":d,"modality":m,"all":all((e,t,s,g,d,m))}
    it['reasons']=r
    out.append(it)
with open('events-d.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
