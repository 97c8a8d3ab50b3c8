"""Write events-d.jsonl from the judge's verdicts below (fields: event type source target date modality)."""
import json
T=True; F=False
V = {
 1: (T,T,T,T,T,T, "Right: al Shabaab (SOM) took Baidoa from the Somali side on Monday 2009-01-26; taking a town is ASSAULT by the conventions."),
 2: (T,T,T,T,F,T, "Killing (ASSAULT) of about three million people in the 1971 war, killer not named in the sentence, so empty source is right; date should be 1971 (the war the story dates), not the document date 2000-12-01."),
 3: (T,T,T,F,T,T, "Myanmar army's seizure of Laukkai is ASSAULT; target should be the ethnic (Kokang) militia it fought, the MNDAA (MMR), not China, which is only where refugees fled."),
 4: (T,T,F,T,T,T, "AGREE pledge is right; source should be the APEC leaders (multinational, no country code), not Canadian leaders (CAN)."),
 5: (T,T,T,T,F,T, "SUPPORT by Fukuda welcoming the China-Dalai Lama talks is right; date should be the document date 2008-05-07 (he said it at Wednesday's summit news), not unknown."),
 6: (T,T,T,T,T,T, "Right: Borrell (EU, EUR) urged Ankara (TUR) to reverse course, REQUEST, reported as this news."),
 7: (T,T,F,T,T,T, "REQUEST on Monday 2001-05-21 toward Israel and the Palestinians is right; source should be the international fact-finding committee (no country code) that made the call, not George Mitchell (USA), who only led it."),
 8: (T,T,T,T,T,T, "Right: future CONSULT, Saud al-Faisal (SAU) with Powell (USA) on Friday 2002-04-26."),
 9: (T,T,T,F,T,T, "SANCTION convict in 2001 with unnamed court is right; target should be Abdel Basset al-Megrahi (LBY), who is named in the sentence, not empty."),
 10: (T,T,T,F,T,T, "ASSAULT by Russia in April 1996 is right; target should be Dzhokhar Dudayev (RUS, Chechen rebel leader), the man killed, not Yandarbiyev."),
 11: (T,T,F,F,T,T, "Finance deputies' agreement on the Manila framework last week (1997-W47) is an AGREE; source and target should be the APEC finance deputies (multinational, no country code), not Canadian legislators and leaders (CAN)."),
 12: (T,T,T,T,T,F, "CONSULT phone Mohammed VI (MAR) to Ban Ki-moon (UN) is right; 'was reported to have telephoned' is attribution, so modality should be asserted (the act is not inside an accusation or claim)."),
 13: (T,T,F,T,T,T, "ACCUSE of Russia on 2023-11-28 is right; source should be EU officials in Brussels (EUR), not Belgian officials (BEL)."),
 14: (T,T,T,T,T,T, "Right: Putin's (RUS) visit to Pyongyang (PRK) 'last week', 2000-W28 from the document date."),
 15: (T,F,T,T,T,T, "Parliament's vote to scrap the term limit benefits Biya and concedes nothing to an opponent: type should be SUPPORT (approve policy/actor), not CONCEDE; target presidency (CMR) is Biya's office, accepted."),
 16: (T,T,T,F,T,T, "Houthi ACCUSE is right, undated (recent months); target should be foreign organisations with no country code, not Yemeni (YEM)."),
 17: (T,T,T,T,T,T, "Right: Shaath (PSE) urged Washington (USA), REQUEST, document date."),
 18: (T,T,T,T,T,T, "Right: soldiers (SLE) patrolling Freetown on Thursday 2022-08-11 as a show of force, MOBILIZE troops, no target."),
 19: (T,T,T,T,T,T, "Right: Bahrain (BHR) has repeatedly accused Hezbollah (LBN) and Iran (IRN); repeated acts of unknown time, no date."),
 20: (T,T,T,F,T,T, "RETREAT (lifting the emergency) on Thursday 2011-02-24 is right; target should be the opposition groups (DZA) whose demand it met, named in the sentence, not empty."),
 21: (T,T,T,F,T,T, "SUPPORT by the State Department (USA) is right; 'his role' is Heydar Aliyev's, so target should be Heydar Aliyev (AZE), not Turkish President Sezer."),
 22: (T,T,T,T,T,T, "Right: Jammeh (GMB) backing Mama Kandeh (GMB) during the campaign; the name is split into 'Kandeh' and 'Mama', but both name the same person."),
 23: (T,T,T,T,F,T, "CONSULT visit Putin (RUS) to Japan (JPN) is right; date should be the document date 2016-12-16 (the visit is this story's news, Thursday-Friday), not unknown."),
 24: (T,T,T,T,T,T, "Right: Lebanese anti-Syrian politicians (LBN) blamed Damascus (SYR) on Monday 2005-12-12."),
 25: (T,T,T,T,T,T, "Right: police (BGD) arrested the BNP secretary general (BGD) on Sunday 2023-10-29."),
 26: (T,T,T,T,T,T, "Right: Australia and New Zealand welcomed the transfer of power, SUPPORT; the sentence names no party acted on, so empty target is right (Fiji would be better)."),
 27: (T,T,T,T,T,T, "Right: Pakistan's spokesman (PAK) called the vote a sham, ACCUSE; 'it' is the election, not a party, so empty target is right by the rules (a coder would add India)."),
 28: (T,T,T,T,T,T, "Right: Georgievski (MKD) conceded defeat on Monday afternoon 2002-09-16; the winner isn't named in the sentence."),
 29: (T,T,T,T,T,T, "Right: unnamed gunmen shot the premier Miriung (PNG) on Saturday evening 1996-10-12."),
 30: (T,T,T,T,T,T, "Right: the southern government in Juba (SSD) called on the international community (no code) to intervene, REQUEST."),
 31: (T,T,T,T,T,T, "Right: Pakistan (PAK) dismissed the vote, REJECT; 'the exercise' isn't a party, so the target is empty (India would be better)."),
 32: (T,T,T,T,T,T, "Right: Nasheed (MDV) is charged (ACCUSE allege), charging party not named, status standing at the story's date."),
 33: (T,T,T,F,T,T, "REQUEST for a meeting by Londono (COL) is right; target should be the president-elect, Ivan Duque (COL), named in the sentence by description, not empty."),
 34: (T,T,T,F,T,T, "Protest (ACCUSE) by the Turkish foreign ministry (TUR) is right; target should be Libya's charge d'affaires / Libya (LBY), named in the sentence, not empty."),
 35: (T,T,T,T,T,T, "Right: Powell (USA) welcomed the report, SUPPORT; the report is not a party, so empty target is right by the rules."),
 36: (T,T,F,F,T,T, "ACCUSE disapprove is right; source should be the Sri Lankan government's peace secretariat (LKA), not France; target should be the monitoring mission (SLMM), which the sentence names as 'the mission', not empty."),
 37: (T,T,T,T,T,T, "Right: Libyan officials (LBY) welcomed the UN decision, SUPPORT; 'the decision' is not a party, so the target is empty."),
 38: (T,T,T,F,T,T, "MOBILIZE of Wagner (RUS) fighters in Mali, a span since 2021 with no date, is right; target should be empty (or Mali only): 'fighters' are Wagner's own men, not a Malian rebel target."),
 39: (F,F,F,F,F,F, "Spurious: a yearly femicide count (women killed by partners or relatives) is crime data, not an act between political actors."),
 40: (T,T,T,T,T,T, "Right: Finland's government (FIN) accused Moscow (RUS) on Tuesday 2023-11-28."),
 41: (T,T,T,T,T,T, "Right: critics in Japan (JPN) criticised Abe (JPN), ACCUSE disapprove, document date."),
 42: (T,T,T,T,T,T, "Right: the US (USA) imposed sanctions on Assad (SYR) on Wednesday 2020-06-17; 'Bashar al' and 'Assad' are one person split in two."),
 43: (T,T,T,T,F,T, "Future CONSULT visit by Yeltsin to Chechnya (RUS) is right; 'as early as Tuesday' in a Tuesday 1996-05-28 story about Monday's talks means 1996-05-28, not the following Tuesday 1996-06-04."),
 44: (T,T,T,T,T,T, "Right: Russian commentators (RUS) hailed the gas deal, SUPPORT, no party targeted (borderline event: media comment)."),
 45: (T,T,T,T,T,T, "Right: riots in Tibet in March 2008, PROTEST riot, rioters not named."),
 46: (T,T,T,F,T,T, "ASSAULT by Iraqi air defences (IRQ) on Monday 1997-09-29 is right; 'the raiders' are the Iranian jets, so target should be Iran / Iranian aircraft (IRN), not a group with no code."),
 47: (T,T,T,T,T,T, "Right: Sudan's foreign ministry (SDN) accused Ruto's government (KEN), before Saturday, with no date."),
 48: (T,T,F,F,F,T, "REJECT is right; source Carrie Lam should be coded Hong Kong (HKG), not CHN; target should be the protesters (HKG) whose demands she refused; the refusal is still going on ('has refused'), so the date should be the document date 2019-07-02, not 2019-06 (that is the suspension)."),
 49: (T,T,T,T,T,T, "Right: Serbian nationalist politicians (SRB) accused Tadic (SRB) on 2010-11-04; the target name span 'Tadic of humiliating' is garbled but the party is Tadic."),
 50: (T,T,F,F,T,T, "ACCUSE disapprove on 2019-07-02 is right; source Lam should be Hong Kong (HKG), not CHN; target should be the protesters who stormed the legislature (HKG), whom the sentence refers to as 'those responsible', not empty."),
}
items=[json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items)==50
with open('events-d.jsonl','w') as f:
    for it in items:
        e,t,s,g,d,m,r = V[it['n']]
        if not e: t=s=g=d=m=False
        v={"event":e,"type":t,"source":s,"target":g,"date":d,"modality":m}
        v["all"]=all(v.values())
        o=dict(it); o["verdict"]=v; o["reasons"]=r
        f.write(json.dumps(o,ensure_ascii=False)+"\n")
