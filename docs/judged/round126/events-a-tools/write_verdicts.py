# Writes events-a.jsonl from the judge's verdicts below (fields: event,type,source,target,date,modality).
import json
T, F = True, False
V = {
1: (T,T,F,T,T,T, "The 51-year-old monarch who announced he would step down is the father, King Jigme Singye Wangchuck (BTN), not the son Khesar Namgyel Wangchuck: source wrong. RETREAT future dated 2008 stands by the conventions ('is to step down' is future), though PLOVER would code the promise as CONCEDE."),
2: (T,T,F,T,T,T, "The sentence names the shooters as 'the attackers' (Humala's ex-soldier rebels, PER), so the source should be them, not empty. Target (policemen, PER), Sunday 2005-01-02 and asserted are right."),
3: (T,T,T,F,T,T, "The ones killed since 2017 are 'hundreds of people' in the English-speaking regions (CMR), not the armed separatist movement, which is the party Cameroon is fighting: target wrong. Empty source and no date for a total since 2017 are right."),
4: (T,T,T,T,T,T, "Beijing (CHN) welcomed the U.N. response (United Nations); no date in the text, so document date; all right."),
5: (T,T,T,T,T,T, "Shor (MDA) convicted in absentia in 2023, no court named in the sentence; all right."),
6: (T,T,T,F,T,T, "The Council of Churches urged 'Christians' (Indonesian Christians, IDN), named in the sentence, not to retaliate: target should be the Christians, not empty. Source country IDN right (sector aside)."),
7: (T,T,T,T,F,T, "Syrian army accusing rebels is right, but the text dates it: the announcement came hours before the convoy attack on Monday evening, so the date should be 2016-09-19, not the document date 2016-09-20."),
8: (T,T,F,T,T,T, "The Foreign Office spokesman is in Islamabad and speaks for Pakistan: source country should be PAK, not GBR. Empty target is right by the sentence rule ('the announcement' is an act, not a party; a coder might add India). 2003-05-02 is the wire dateline's day, accepted."),
9: (T,T,T,T,F,T, "Lissu's complaint of being followed is an ACCUSE with no named target, but it happened 'in recent weeks' before the report: a background act given the document date; the date should be unknown (weeks before 2017-09-07)."),
10: (T,T,T,F,T,T, "'ordered his arrest': 'his' is Saakashvili (GEO), so the target should be Saakashvili, not empty. Source (Tbilisi court, GEO) and 2014 are right."),
11: (T,T,F,T,T,T, "The welcomer is the Catholic Church's leadership in Poland, so its country is POL, not VAT: source code wrong. Empty target right by the sentence rule ('the decision' is an act; the tribunal is not named)."),
12: (T,T,T,T,T,T, "Polish opposition leaders accuse the PiS government; undated reaction, document date; all right."),
13: (T,T,T,T,F,T, "The killings happened during the 1992-1993 war (a background total), not on the document date 1997-08-15: the date should be none (or 1992-1993)."),
14: (T,T,T,T,T,T, "Eritrean government arrested senior officials in 2001; all right."),
15: (T,T,T,T,T,T, "Presidency (DZA) rebuked Tebboune (DZA); the rebuke is dated only as before last week's reports, so unknown is right; attribution to newspapers keeps it asserted."),
16: (T,T,T,T,T,T, "Oli (NPL) visited India in February 2016; all right."),
17: (T,T,T,T,T,T, "Pakistan's nuclear tests in May 1998: MOBILIZE 'test weapons systems', source Pakistan, no target; all right."),
18: (T,T,T,T,T,T, "Sogavare (SLB) criticised the regional assistance mission (a multinational mission, empty code acceptable); ongoing row, document date; all right."),
19: (T,T,T,T,T,T, "Women's groups (TUN) welcomed the choice; 'the choice' names no party, so an empty target is right by the sentence rule; document date; all right."),
20: (T,T,T,T,T,T, "Egyptian police killed Muslim Brotherhood members on Wednesday 2015-07-01; all right."),
21: (T,T,T,F,T,T, "'whether he had tried to defect': 'he' is the killed fisheries official (KOR), so the target should be that official, not Moon Jae-in. ACCUSE investigate, source, date and modality are right."),
22: (T,T,T,T,F,T, "Phuc's resignation is dated only as before Thuong's election in March 2023; 2023-03 is the election's month, not the resignation's (in fact January 2023). The date should be unknown (before March 2023)."),
23: (T,T,T,T,F,T, "Gutsul's calls for closer ties with Russia are repeated background acts on trips to Moscow before her March detention, not this news: the date should be unknown, not the document date. REQUEST toward Russia is acceptable."),
24: (T,T,T,F,F,T, "The ban targets the protests of 'those who organised them' (MRC organisers, CMR), so the target should be them, not empty; and the protests 'had been banned' before Saturday's marches, so the date should be unknown (before 2019-01-26), not the document date."),
25: (F,F,F,F,F,F, "Spurious: 'Ethiopians wanted the government to continue' is the prime minister's reading of the vote result, not a request made by anyone."),
26: (T,T,F,F,F,T, "The senators who met are from Cartes's Colorado Party (PRY, not USA) and allies of Lugo (not Lugo himself): source code and target wrong; and the session was held on Friday, so the date should be 2017-03-31, not 2017-04-01. (A senate session is a borderline CONSULT.)"),
27: (T,T,T,T,T,T, "Taiwan's Foreign Ministry welcomed Kiribati; undated in the text, document date; all right."),
28: (T,T,T,T,T,T, "French journalist (FRA) stabbed in Tunis earlier this month (2005-11), attacker unnamed; all right."),
29: (T,T,T,T,T,T, "Christmas Eve bombs (2000-12-24) killing at least 14 people in Indonesia, bomber unnamed; all right."),
30: (T,T,T,T,T,T, "Gunmen fired on Mubarak's car in Addis Ababa in June 1995; all right."),
31: (T,T,F,T,T,T, "'its new government' is Kiribati's (Anote Tong's government, KIR), not a Chinese government: source wrong. SUPPORT (initiating ties) to Taiwan and week 45 of 2003 (Nov. 7 announcement) are right."),
32: (F,F,F,F,F,F, "Spurious: duplicate. 'Opened fire ... killing one and wounding four others' is one attack, already coded as e1 (opened) from the same sentence."),
33: (T,T,T,F,T,T, "'accusing him': 'him' is Toledo (PER), whose resignation the rebels demanded, not Interior Minister Reategui: target wrong. Unknown date for this earlier act is right."),
34: (T,T,T,T,T,T, "Abazovic (MNE) signing the agreement with the Belgrade-based Serbian Orthodox Church (SRB) earlier in August 2022: SUPPORT (sign agreement); all right."),
35: (T,T,T,T,T,T, "Paris rejected the Rwandan commission's report; 'the report' is not a party, so empty target is right; no date in the text, unknown is right."),
36: (T,T,T,T,T,T, "Yemeni officials rejected the accusations; 'the accusations' names no party, so empty target is right; document date; all right."),
37: (T,T,T,T,F,T, "U.S. embassy urged an inquiry: the text gives the statement no date, so the document date 2017-09-08 applies; 2017-09-07 is carried over from the walkout sentence."),
38: (T,T,T,T,T,T, "The opposition (TCD) did not recognise the result: SUPPORT (recognition) negated, like 'refused to withdraw' as RETREAT negated; 'the result' names no party; document date; all right."),
39: (T,T,T,T,T,T, "Qatar has been negotiating (ongoing) gas supply with Israel: CONSULT, document date; all right."),
40: (T,F,T,T,T,T, "A walkout 'in protest' is PROTEST (boycott; CAMEO 143), not SANCTION withdraw. Source, target (the parliament they walked out of), Thursday 2017-09-07 and asserted are right."),
41: (T,T,T,T,T,T, "Gutsul (MDA) met Putin (RUS) in Sochi last year (2024); all right."),
42: (T,T,T,T,T,T, "More than 100 people detained in Riga on Tuesday night (2009-01-13); the detaining police are not in the sentence; all right."),
43: (T,T,T,T,T,T, "Abiy (ETH) sent troops into Tigray in early November 2020: MOBILIZE troops; all right."),
44: (T,T,T,T,T,T, "The attacker shot at the judges (TUR) on 2006-05-17; a different sentence from e1, so not a duplicate by the rule; all right."),
45: (T,T,T,T,T,T, "Bahceli (TUR) accused Erdogan (TUR); undated reaction, document date; all right."),
46: (T,T,T,T,T,T, "Nasheed (MDV) wounded by a bomb on Thursday 2021-05-06, attacker unidentified; all right."),
47: (T,T,T,T,F,T, "The text dates the resignation: Necas said (Sunday 2013-06-16) he would submit it on Monday, so the date should be 2013-06-17, not unknown. RETREAT future stands by the conventions (PLOVER would code the promise as CONCEDE)."),
48: (T,T,F,F,T,T, "The BBC is the victim's employer, not the shooter: the source should be empty (shooters unnamed) and the target should be the BBC cameraman (GBR)."),
49: (T,T,T,T,T,T, "A Rwandan commission (RWA) accused French political and military figures including Mitterrand; France (FRA) for the French state figures is accepted; August 2008; all right."),
50: (T,T,T,F,T,T, "Moon's office welcomed Kim Jong Un's apology: the target should be Kim Jong Un / North Korea (PRK) or empty, not the North Korean military, whose killing was apologised for."),
}
items=[json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items)==50
keys=['event','type','source','target','date','modality']
with open('events-a.jsonl','w') as f:
    for it in items:
        v=V[it['n']]
        verdict=dict(zip(keys,v[:6]))
        if not verdict['event']:
            verdict={k:False for k in keys}
        verdict['all']=all(verdict[k] for k in keys)
        o=dict(it); o['verdict']=verdict; o['reasons']=v[6]
        f.write(json.dumps(o,ensure_ascii=False)+'\n')
counts={k:sum(V[n][i] and V[n][0] for n in V) for i,k in enumerate(keys)}
counts['all']=sum(all(V[n][:6]) for n in V)
print(counts)
