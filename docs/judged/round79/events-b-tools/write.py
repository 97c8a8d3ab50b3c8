import json
# verdicts of judge b, round 79: n -> (event,type,source,target,date,modality, reasons)
T,F=True,False
V={
1:(T,T,T,F,T,T,"Hague's calling the downing 'outrageous' is ACCUSE; the downing is Syria's act and the same sentence names Damascus as the party to act against, so the target should be Syria (SYR), not empty."),
2:(T,T,T,F,T,T,"ACCUSE by Egypt's foreign ministry is right; 'the operation' is Israel's and the same sentence names Israel, so the target should be Israel (ISR), not empty."),
3:(T,T,T,F,T,T,"Shooting of Starovoitova late on Friday (1998-11-20) is ASSAULT with no named attacker (empty source right), but the target is empty: it should be Galina Starovoitova (RUS), named in the sentence."),
4:(T,T,T,T,T,T,"Police and soldiers deployed across Kampala: MOBILIZE by the Ugandan police/security forces (UGA), no target, undated act in this news takes the document date; asserted with witnesses as reporter."),
5:(T,T,T,T,F,T,"ASSAULT Israel -> Palestinians is right, but 'has since killed more than 34,000' is a total summed since 7 Oct 2023; by the conventions it has no date, not the document date 2024-05-07."),
6:(T,T,T,F,T,T,"Apologising is SUPPORT (CAMEO 055) by the People Power Party (KOR); the sentence names the party apologised to, 'the public', so the target should be the South Korean public (KOR), not empty."),
7:(T,T,T,T,T,T,"UN Security Council oil and arms embargo on the Sierra Leone junta in October 1997: SANCTION (PLOVER 'discontinue' commercial/material exchanges; CAMEO2PLOVER would say COERCE restrict for 163, but SANCTION fits the codebook), date 1997-10 right."),
8:(T,T,T,T,T,T,"Erdogan held talks with King Salman and Crown Prince Mohammed bin Salman in Jeddah on Thursday 2022-04-28: CONSULT TUR -> SAU, all right."),
9:(T,T,T,T,T,T,"Yilmaz's conditional warning is THREATEN by Mesut Yilmaz (TUR); the sentence names no party threatened ('those negotiations' is not a party), so an empty target is right by the rules (I would code the EU); date is the Sunday news conference."),
10:(T,T,T,T,T,T,"Stoianoglo thanked his voters: SUPPORT MDA -> voters (MDA), undated statement in this news takes the document date; asserted."),
11:(T,T,T,T,T,T,"Sadr supporters began pulling out of the Green Zone on Sunday 2016-05-01: RETREAT withdraw; the sentence ties the sit-in to parliament and stalled government reforms, so the Iraqi government as target is acceptable."),
12:(T,T,T,T,T,T,"Wickremesinghe has been leading talks with the IMF: CONSULT LKA -> IMF, ongoing act takes the document date; all right."),
13:(T,T,T,T,T,T,"Army chief Sigdel appealed for protesters to end the violence and come to talks: REQUEST NPL -> protesters (NPL), undated act of this news takes the document date."),
14:(T,T,T,T,T,T,"Two people shot dead 'earlier in the week' near a Kampala polling station: ASSAULT, shooter not named (empty source right), target two people (UGA), week 2006-W08 is the precision the text gives."),
15:(T,T,T,F,T,T,"Holbrooke pressing a peace plan on the region's capitals is a REQUEST by Holbrooke (USA) dated with the raids; the sentence names the parties pressed, so the target should be the region's (former Yugoslav) capitals/governments, not empty."),
16:(T,T,T,T,T,T,"Moscow said it welcomed any steps towards peace: SUPPORT by Russia (RUS), no party named as target, document date; asserted."),
17:(T,T,T,T,T,T,"France and Britain urged restraint and called for an end to arrests: REQUEST FRA/GBR; the sentence names no party urged, so the empty target is right by the rules (Syria is clearly meant, from the context)."),
18:(T,F,T,T,T,T,"Kosovo's parliament declaring independence from Serbia on Sunday is no request; it is a unilateral break in relations, type should be SANCTION (withdraw) (REJECT/defy would also be defensible), not REQUEST. Source, target and date are right."),
19:(T,T,T,T,T,T,"Nepal's army patrolled the capital on Wednesday 2025-09-10: MOBILIZE troops by the Nepali army (NPL), no target; all right."),
20:(F,F,F,F,F,F,"Spurious: 'he has softened his tone recently' describes Sata's rhetoric over time, not a discrete concession (and would in any case be aimed at Chinese investors and dated 'recently', not the document date)."),
21:(T,T,T,T,T,T,"Four police officers beaten to death in Gaibandha on Thursday 2013-02-28: ASSAULT beat; attackers not named in the sentence (empty source right), target officers (BGD)."),
22:(T,T,T,T,T,T,"Trump said he would ease restrictions on U.S. defence cooperation with Azerbaijan: a promise of future easing is CONCEDE (USA -> AZE), future, undated; all right."),
23:(T,T,T,T,T,T,"Egypt's military destroyed militants' vehicles and killed some of the attackers: ASSAULT EGY -> the men behind the attack (no country given), reported on Saturday 2017-11-25; all right."),
24:(T,T,T,T,T,T,"Armed men killed scores of villagers overnight in Rais (dateline Aug 29, so the night to 1997-08-29): ASSAULT, unnamed armed men -> villagers (DZA); all right."),
25:(T,T,T,T,T,T,"Hamas-led militants attacked Israel on Oct. 7 2023: ASSAULT PSE -> ISR, date right. The source list carries a garbled extra actor 'led militants' beside Hamas (PSE); the party is right."),
26:(T,T,T,T,T,T,"The marines are accused of opening fire on a fishing boat: ACCUSE allege, accuser not named (empty source right), target the Italian marines (ITA), present accusation takes the document date."),
27:(T,T,T,T,T,T,"The act inside Obama's accusation, Assad seeking help from Iran in repressing his people, is REQUEST assist SYR -> IRN with reported modality; undated ongoing act, document date acceptable."),
28:(T,T,F,T,T,T,"The demand that the captives be freed is REQUEST by Gro Harlem Brundtland (NOR), not Masood Azhar (PAK); the captors are not named in the sentence, so the empty target is right; date right."),
29:(T,T,T,T,T,T,"Bosniak leaders welcomed the judgement: SUPPORT by Bosniak leaders (BIH); 'the judgement' is not a party, empty target right; document date."),
30:(T,T,T,T,T,T,"Iran resumed conversion on Monday 2005-08-08 defying warnings from Britain, France and Germany: REJECT (defy) IRN -> GBR/FRA/DEU; all right."),
31:(T,T,T,F,T,T,"Hong Kong march earlier this month (1996-09) burning Japanese flags and boycotting Japanese goods is a PROTEST aimed at Japan, not the local authorities; by the crowd-protest rule the state (HKG) is wrong, target should be Japan (JPN) (or empty)."),
32:(T,T,T,T,T,T,"Some tribal student groups rejected the peace deal: REJECT by the student groups (BGD); the deal is not a party, empty target right; document date."),
33:(T,T,T,T,T,T,"Deputy governor Mikhail Manevich shot dead by a sniper last year (1997): ASSAULT sniper -> Manevich (RUS); all right."),
34:(T,T,T,T,T,T,"The African Union suspended Mauritania's membership in 2005: SANCTION (expel/suspend; mode should be expel) AU -> MRT, date 2005; all scored fields right."),
35:(T,T,T,T,T,T,"'Previous attacks have mainly targeted police, soldiers and Coptic Christians' is a summed background span: ASSAULT with no named attacker, target Egyptian police (EGY), no date, as the convention for totals gives."),
36:(T,T,T,T,T,T,"UNHCR urged Canberra to let the passengers land: REQUEST UNHCR -> Australian government (AUS), document date; all right."),
37:(T,T,T,F,T,T,"Annan's condemnation of the camp attack is ACCUSE; the target 'fighters' coded COD is wrong: the attackers were the FNL, Burundi's rebel group, so the target should be the FNL (BDI), or empty since the sentence names no party."),
38:(T,T,T,F,T,T,"Poroshenko praised the security services: SUPPORT by Poroshenko (UKR), but the target is Ukraine's SBU security service and should carry UKR, not RUS."),
39:(T,T,T,T,F,T,"'China has invested heavily in Zambia's copper industry' is economic COOPERATE CHN -> ZMB, but it is cumulative background investment over years; it should have no date, not the document date 2011-09-23."),
40:(T,T,T,F,T,T,"Kostunica denouncing the creation of a 'false state' on Serbian territory is ACCUSE, but its target is Kosovo (XKX), whose declaration he denounced, not Serbia (SRB), his own country."),
41:(T,T,T,T,T,T,"Yoon declared martial law late on Dec. 3 2024: COERCE (martial law) by Yoon Suk Yeol (KOR; name truncated but the right party) -> South Korea; all right."),
42:(T,T,T,F,T,T,"Besigye's arrest in November 2005 is COERCE arrest with no named arrester (empty source right), but the target 'Turnout' is wrong: 'He' is Kizza Besigye (UGA)."),
43:(T,T,T,T,T,T,"Moscow dismissed Pompeo's claim as 'information war': REJECT RUS -> Pompeo (USA), document date; all right."),
44:(T,T,T,T,T,T,"Jordan deported four senior Hamas officials to Qatar on Sunday 1999-11-21: COERCE deport JOR -> Hamas officials (PSE); all right."),
45:(T,T,T,T,T,T,"Clinton pledged on Wednesday 2000-08-30 to stand by Colombia: a pledge is AGREE USA -> COL; all right."),
46:(T,T,T,T,T,T,"The Sri Lankan government appealed for calm in Colombo: REQUEST by the government (LKA), no party named as addressee, document date 1996-07-20; all right."),
47:(T,T,T,F,T,T,"The killing in December 2007 is of Zardari's wife, Benazir Bhutto (PAK), not Asif Ali Zardari; target should be Benazir Bhutto. Source empty and date 2007-12 are right."),
48:(T,T,T,T,T,T,"U.S. officials said Bush and Putin also discussed Macedonia: CONSULT mutual USA/RUS on the summit day 2001-06-16; a separate sentence, so not a duplicate by the rules; all right."),
49:(T,T,T,T,T,T,"Russia called for an emergency UN Security Council meeting: REQUEST (meet) RUS -> UNSC, document date; all right."),
50:(T,T,T,T,F,T,"Nigerian officers' accusation against Koroma's men (SLE; Koroma for his men is acceptable) is ACCUSE, but it is background to the offensive that began Feb. 6, told beside what the junta 'had said'; it should have no date, not the document date 1998-02-14."),
}
items=[json.loads(l) for l in open('events-b-items.jsonl')]
keys=['event','type','source','target','date','modality']
with open('events-b.jsonl','w') as f:
    for it in items:
        v=V[it['n']]
        d=dict(zip(keys,v[:6]))
        if not d['event']:
            d={k:False for k in keys}
        d['all']=all(d[k] for k in keys)
        o=dict(it); o['verdict']=d; o['reasons']=v[6]
        f.write(json.dumps(o,ensure_ascii=False)+'\n')
