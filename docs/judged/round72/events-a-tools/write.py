import json
T=True; F=False
# n: (event,type,source,target,date,modality, reasons)
V={
1:(T,T,T,T,T,T,"Kamal Hossain (BGD) demands the results be cancelled: REQUEST, asserted; no addressee in the sentence, so an empty target is right; the statement is this news (document date)."),
2:(T,T,T,T,T,T,"Arauz (ECU) said he would congratulate his rival: SUPPORT, future; 'his rival' is Lasso (ECU), right by description and country; the congratulation itself has no date, so unknown is right."),
3:(T,T,T,T,T,T,"Venezuelan police fired tear gas and rubber bullets at protesters in Caracas on Monday 2007-05-28: ASSAULT (crowd control), police (VEN) -> protesters (VEN), right."),
4:(T,T,T,T,T,T,"Congo broke off diplomatic ties with Rwanda over the weekend (25-26 Jan 2025 = 2025-W04 weekend): SANCTION, COD -> RWA, right."),
5:(T,T,T,T,T,T,"China refused to hold the three-way meeting with Japan and South Korea at the summit: REJECT, CHN -> JPN, KOR, this news on the summit day (document date), right."),
6:(T,T,T,T,T,T,"Koirala (NPL) resigned in June 2008: RETREAT resign (PLOVER codebook: resignation of a government official), date 2008-06 right, no target."),
7:(T,T,F,T,T,T,"ASSAULT by Hamas-led fighters on Israel on 2023-10-07 is right, but the source list holds a broken second actor 'led fighters' with no country; the source should be Hamas-led fighters / Hamas (PSE) alone."),
8:(T,T,T,T,F,T,"'Diouf's concession' reports the concession of this news (CONCEDE, Diouf SEN, asserted), but its date is given in the story: Monday 2000-03-20 (no-date 'unknown' is wrong for an act of known time)."),
9:(T,T,T,T,T,T,"Iraq objected to the number of Americans on the inspection teams in autumn 1997 (1997-FA, 'last autumn' of a Feb 1998 story): ACCUSE disapprove, IRQ -> the Americans (USA), right."),
10:(T,T,T,F,T,T,"Prosecutors (TWN) investigating is ACCUSE investigate, ongoing at the document date, but the sentence names who is investigated ('allegations that he embezzled', he = Chen): target should be Chen Shui-bian (TWN)."),
11:(T,T,T,T,F,T,"Modi's Lahore stopover to meet Sharif is CONSULT IND -> PAK, but the text dates it: a week before the assault that began Saturday 2 January 2016, i.e. about 2015-12-26 (late December 2015); unknown is wrong."),
12:(T,T,T,T,T,T,"Obama (USA) will visit the African Union headquarters: CONSULT visit, future; no date given for the visit, so unknown is right; AU coded as an IGO is right."),
13:(T,T,T,T,T,T,"Vucic (SRB) accused Pristina (Kosovo government, XKX) of trying to provoke a crisis: ACCUSE, this news at the document date, right."),
14:(T,T,T,T,T,T,"Government (CIV) denounced the move as sedition: ACCUSE, document date right. By the convention 'the move' is an act, not a party, so an empty target is right (I would code the opposition leaders, Bedie et al. (CIV), as target)."),
15:(T,T,F,T,T,T,"CONCEDE on the afternoon of Monday 2011-06-06 is right, but the one who conceded is Keiko Fujimori (PER), not her father Alberto Fujimori: source wrong."),
16:(T,T,T,F,T,T,"Critics at home and abroad (no single country; name 'move critics' is garbled but the party is right) condemned the move: ACCUSE. The sentence names whose move it was: target should be President Hugo Chavez's government (VEN)."),
17:(T,T,T,T,T,T,"Tripoli government (LBY) condemned the strikes: ACCUSE; the strikes' author Egypt (EGY) is clearly the party acted upon (named in the previous sentences), so the Egyptian warplanes target is right; same day as the strikes."),
18:(T,T,T,T,T,T,"Prosecutors (TWN) are investigating Chen (TWN): ACCUSE investigate, ongoing at the document date, right."),
19:(T,T,T,T,T,T,"Security forces (GAB) fired tear gas to disperse opposition supporters (GAB) in Libreville on Thursday 2009-09-03: ASSAULT crowd control, right."),
20:(T,T,T,T,T,T,"ECOWAS condemned the coup attempt: ACCUSE; the coup plotters are not named in the sentence, so an empty target is right; document date right."),
21:(T,T,T,F,T,T,"Clinton (USA) appealed to stop the shooting: REQUEST, document date right; but 'both sides' refers to the Israelis and Palestinians: target should be Israel (ISR) and the Palestinian Authority/police (PSE), not empty."),
22:(T,F,T,T,T,T,"Davutoglu (TUR) pledging loyalty to Erdogan (TUR) is an expression of support/endorsement: type should be SUPPORT, not AGREE (no commitment to a cooperative act); other fields right."),
23:(T,T,T,T,T,T,"The opposition (TGO) is demanding a return to the 1992 constitution: REQUEST (change), ongoing at the document date; no addressee in the sentence, so empty target right."),
24:(T,T,F,F,T,T,"The EU offering trade ties and aid is AGREE on Thursday 2009-05-07, but the source should be the European Union (not the 'rotating EU presidency', i.e. the Czech Republic), and the target should be the six former Soviet republics named in the sentence, not empty."),
25:(T,T,T,T,T,T,"AU and ECOWAS observers urged dialogue: REQUEST; no addressee named, empty target right; document date right."),
26:(T,T,T,T,T,T,"Critics (no country given) accuse Erdogan (TUR) of growing authoritarian: ACCUSE, present tense, ongoing at the document date, right."),
27:(T,T,T,F,T,T,"USA, Japan and South Korea condemned the launch: ACCUSE, date right; the launch is North Korea's ('the North' named in the sentence): target should be North Korea (PRK), not the UN Security Council."),
28:(T,T,F,T,T,T,"SUPPORT -> Humala (PER) right, but the source is leaders across Latin America, who are not Peruvian: source code should be empty (multinational group), not PER."),
29:(T,T,T,T,F,T,"Weah (LBR) urging his supporters (LBR) to accept the result is REQUEST, but it is this news (his radio broadcast on conceding): date should be 2023-11-17 (Friday) or the document date 2023-11-18, not unknown."),
30:(T,T,T,T,T,T,"South Sudan (SSD) accusing Khartoum (Sudan government, SDN) of confiscating its crude in January 2012: ACCUSE, 2012-01 right."),
31:(T,T,T,F,T,T,"Court (EGY) sentenced Mursi supporters to death on 2014-03-24: SANCTION convict right, but Mursi himself was not sentenced: target should be the 529 supporters (Egyptians, EGY) only."),
32:(T,T,T,F,T,T,"The bombers (in Rawalpindi; PAK by location accepted) struck on Thursday 2003-12-25: ASSAULT; 'the president' in the sentence is Musharraf: target should be Pervez Musharraf (PAK), not empty."),
33:(T,T,F,T,T,T,"The 2009 amnesty offer (AGREE accepted as an offer; a coder might also use CONCEDE) was made by the late President Umaru Yar'Adua (NGA), not Goodluck Jonathan: source wrong."),
34:(T,T,T,T,F,T,"Kostov (BGR) accused the (Socialist) government (BGR) of provoking the crowd: ACCUSE right; it is this news: date should be the document date 1997-01-11 (Saturday), not unknown."),
35:(T,T,T,T,T,T,"Magufuli (TZA) repeatedly urged Tanzanians (TZA) to pray: REQUEST, a repeated background act with no date in the text, so unknown is right."),
36:(T,T,T,T,T,T,"Hasanli said he did not recognise the result: SUPPORT (recognise/approve) negated, equivalent to REJECT asserted by the convention's 'refused to withdraw' rule; the result is not a party, empty target right; document date right."),
37:(T,T,F,T,T,T,"SUPPORT -> Nicusor Dan (ROU) at the document date is right, but the source is split into 'Ursula von der' and a spurious country 'Leyen' with no code: source should be Ursula von der Leyen, European Commission (EUR/IGO) alone."),
38:(T,T,F,T,T,T,"ACCUSE -> Madrid (Spain government, ESP) is right, but the accuser is the Polisario Front (Sahrawi, not ESP), not Spain: source wrong."),
39:(T,T,T,T,T,T,"USA, India and EU condemned the attack: ACCUSE; the attackers are not named in the sentence, so empty target is right; document date right."),
40:(T,T,T,T,F,T,"Spain's decision to back Morocco's plan is SUPPORT ESP -> MAR, but it is a background act of an earlier time: it was made public on Friday 2022-03-18 (Sanchez letter published by the palace), not the document date 2022-03-20."),
41:(T,T,T,T,T,T,"US said it supported Israel's right to defend itself: SUPPORT USA -> ISR on the day of the strikes (document date 2018-02-10), right."),
42:(T,T,T,T,T,T,"Filat (MDA) was detained on Thursday 2015-10-15: COERCE arrest; passive, no agent in the sentence, so an empty source is right."),
43:(T,T,T,F,T,T,"Kremlin (RUS) will recognise the separate elections, future, no date: right; but what it recognises is the rebels' elections: target should be the rebels/separatists in eastern Ukraine, not the Ukrainian government."),
44:(T,T,T,F,T,T,"Karzai (AFG) has refused to sign the security pact: REJECT, still in force at the document date; but the pact's other party, the United States (USA), is named in the sentence and is the party refused: target should be USA, not empty."),
45:(T,T,T,T,T,T,"Armed police (CHN) patrolled the city on Monday 2009-07-06: MOBILIZE (police/security units) accepted; no target; right."),
46:(T,T,T,F,T,T,"US State Department urged a firmer stand: REQUEST, document date right; the sentence names the addressee: target should be Europe (EU member states, EUR), not empty."),
47:(T,T,T,T,T,T,"Gayoom (MDV) imposed the state of emergency on Friday 2004-08-13: COERCE (emergency), target the Maldives (MDV) accepted."),
48:(T,T,T,T,T,T,"Correa (ECU) had been barred from running: COERCE (ban/restrict), agent not named so empty source right; earlier act of unstated time, unknown date right."),
49:(T,T,T,T,T,T,"Egypt and Sudan urged the UN Security Council on Thursday 2021-07-08: REQUEST, right."),
50:(T,T,T,T,F,T,"Lissu (TZA) urged the new president (Hassan, TZA) to change course: REQUEST right; it is this news (reaction to Magufuli's death): date should be the document date 2021-03-19, not unknown."),
}
items=[json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items)==50
keys=['event','type','source','target','date','modality']
with open('events-a.jsonl','w') as f:
    for it in items:
        v=V[it['n']]; d=dict(zip(keys,v[:6]))
        if not d['event']:
            d={k:False for k in keys}
        d['all']=all(d[k] for k in keys)
        o=dict(it); o['verdict']=d; o['reasons']=v[6]
        f.write(json.dumps(o,ensure_ascii=False)+'\n')
cnt={k:0 for k in keys+['all']}
for it in items:
    pass
for l in open('events-a.jsonl'):
    o=json.loads(l)
    for k in cnt: cnt[k]+=o['verdict'][k]
print(cnt)
