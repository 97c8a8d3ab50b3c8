# Writes events-a.jsonl from the judge's verdicts below (fields: event,type,source,target,date,modality).
import json
T, F = True, False
V = {
1: (T,T,F,T,T,T, "Source should be the mediators from Egypt, Qatar and the United States (EGY, QAT, USA); only Egypt's is given. Target Israel + Palestine is accepted for 'both sides' (Israel and Hamas, PSE), though Hamas would be more exact."),
2: (T,T,F,T,F,T, "'It' is the five-member UNCLOS arbitral tribunal, an international body with no country: SUR is wrong. Date should be 2007-09-20, the Thursday the ruling was made public, not the document date."),
3: (T,T,T,T,T,T, "Total of killings since 1989 in Kashmir: ASSAULT with no perpetrator named and no date is right; empty country acceptable for disputed Kashmir."),
4: (T,T,T,T,T,T, "Signing the framework accord is SUPPORT; ruling party and opposition coded mutually (TGO); Thursday = 1999-07-29."),
5: (T,T,T,T,F,T, "REQUEST USA+EU -> Swaziland is right, but 'have urged' is an undated background act, not news of 2005-07-26: date should be none (unknown)."),
6: (T,T,F,T,F,T, "Source should be King Abdullah (Saudi Arabia, SAU), not Oman's Yusuf bin Alawi; date should be 2011-12, given in the sentence."),
7: (T,T,T,T,T,F, "Bush meeting Putin on Sunday evening (2005-05-08) is a scheduled meeting: modality should be future, not hypothetical."),
8: (T,T,F,T,T,T, "The judges are ICJ judges, an international court with no country: source code BOL is wrong (should be the ICJ / its judges, no country)."),
9: (T,T,T,T,T,T, "Kosovo's declaration of independence from Serbia coded REJECT (defy, CAMEO 128) XKX -> SRB, 2008: acceptable."),
10: (T,T,T,T,F,T, "Killings in Vukovar during the 1991 war (previous sentence): date should be 1991, not the 2013 document date."),
11: (T,T,T,F,T,T, "Target should be Macedonia (MKD) only; 'Serbia government' is Belgrade, i.e. the Yugoslav source itself, wrongly added as a target."),
12: (T,T,T,T,T,T, "Trump accused Beijing of theft (early Saturday, 2016-12-17): ACCUSE USA -> CHN right."),
13: (T,T,T,T,T,F, "'Ukraine should not apologise' is a deontic statement by Lviv politicians: the apology is hypothetical, not negated (Ukraine in fact expressed regret)."),
14: (T,T,T,F,T,T, "Croatia and Macedonia each signed their Stabilisation and Association Agreement with the EU: target should be the European Union (or empty), not each other."),
15: (T,T,T,T,T,T, "Israeli officials dismissed the exhumation process: REJECT, ISR, no party as target, document date right."),
16: (T,T,T,T,T,T, "ITLOS chamber ruling for Ghana on Saturday 2017-09-23: SUPPORT international tribunal -> Ghana acceptable."),
17: (T,T,T,T,T,F, "Pastrana did signal readiness to talk to the ELN: the AGREE (willingness to meet) is asserted, not hypothetical."),
18: (T,F,T,T,T,T, "Continued commercial gas supply through Medgaz is economic exchange, not aid: type should be COOPERATE (or AGREE as a commitment), not AID."),
19: (T,T,T,T,T,T, "Investors (name garbled as 'move investors', but the right party, no country) welcomed the ministers keeping their posts: SUPPORT right."),
20: (T,T,T,T,T,T, "Economists welcomed the plan's ambition: SUPPORT with no party as target, document date."),
21: (T,T,T,T,T,T, "Buthelezi called the arrests a political attack: ACCUSE, ZAF; the arresting party is not named, so empty target is right."),
22: (T,T,T,T,T,T, "Palau's standing recognition of Taiwan, coded as an ongoing act with the document date; accepted under the ongoing-act rule (a coder could also skip it as background)."),
23: (T,T,T,T,T,T, "Deportation of Sheikh Ali Salman in January 1995: COERCE deport, no agent named, target BHR, date 1995-01 right."),
24: (T,T,T,T,T,T, "Serbian government called on the EU to react: REQUEST SRB -> EU, document date."),
25: (T,T,T,T,T,T, "Georgian police deployed in large numbers on Monday 2021-07-05: MOBILIZE police, GEO."),
26: (T,T,T,F,T,T, "An extradition request is addressed to the United States (or empty target, as the sentence names no addressee); Abu Marzouk as JOR/GOV is wrong: he is a Palestinian Hamas leader (PSE)."),
27: (T,T,T,T,T,T, "Russia invaded Ukraine in 2022: ASSAULT RUS -> UKR, 2022."),
28: (T,T,F,T,F,T, "The inviter is NATO, named in the sentence ('invited to join NATO at the alliance's summit'): source should be NATO; the invitation is hoped for at the 2008 summit, so date should be 2008."),
29: (T,T,T,F,T,T, "The step welcomed is Ukraine's agreement to the formula: target should be Ukraine only; France and Germany are only summit participants."),
30: (T,T,T,T,T,T, "Akufo-Addo's pledge to fund free secondary education: AGREE (pledge of money), GHA, undated background."),
31: (T,T,T,T,T,T, "Poklonskaya warned the Mejlis it could be dissolved, Saturday 2014-05-03: THREATEN right; UKR for Crimea's prosecutor accepted (RUS would also be defensible for the annexation authorities)."),
32: (T,T,T,T,T,T, "Russian foreign ministry spokesman called the PACE vote a mistake: ACCUSE RUS; empty target (the vote, not a party) right."),
33: (T,T,T,F,T,T, "Curfew imposed by Indian authorities on Jaipur's old city: the sentence names no party acted upon, so target should be empty (or the old city's residents); 'India' the country is the source's own state."),
34: (T,T,T,T,T,F, "Under the conventions ('is to step down' is future) the announced resignation is RETREAT with modality future, not hypothetical (PLOVER itself would code the announcement CONCEDE, asserted, 2002-06-22)."),
35: (T,T,T,T,T,T, "Western governments welcomed the acquittal ruling: SUPPORT, no country, empty target, 2004-10-15."),
36: (T,T,T,F,T,T, "Russia's invasion is of Ukraine, named in the sentence: target should be Ukraine (UKR), not empty."),
37: (T,T,T,F,T,T, "Capture of Kilinochchi, 'the rebels' political capital': target should be the Tamil Tiger rebels (LKA), referred to in the sentence; ASSAULT and week 2009-W01 right."),
38: (T,T,F,F,T,T, "'He was denied a visa to enter the United States': source should be the United States (USA), target Prabowo Subianto (IDN); Widodo is not in the act."),
39: (T,T,T,T,T,T, "Pinera: Chile remained willing to talk to Bolivia: AGREE CHL -> BOL, 2018-10-01."),
40: (T,T,T,T,T,T, "Jalil thanked NATO countries and Arab states: SUPPORT LBY -> NATO, Arab states, 2011-10-23."),
41: (T,T,T,F,T,T, "Mahathir complained that Malays are ungrateful: target should be the Malays (MYS), named in the sentence, not empty."),
42: (T,T,T,T,T,T, "Obama did not meet Netanyahu: CONSULT negated USA -> ISR, document date."),
43: (T,T,T,T,T,T, "Cuban court sentenced Alan Gross on Saturday 2011-03-12: SANCTION convict CUB -> USA."),
44: (T,T,T,T,T,T, "Some PNG politicians welcomed the Supreme Court ruling: SUPPORT PNG, empty target, document date."),
45: (T,T,T,T,T,T, "Annan welcomed the boundary ruling: SUPPORT UNO, empty target, document date."),
46: (T,T,T,T,T,T, "UN and EU welcomed Mauritania's vote: SUPPORT, empty target, document date."),
47: (T,T,T,F,T,T, "The Palestinian committee investigates Arafat's death; Arafat is the deceased, not the party investigated: target should be empty (the sentence names no suspect)."),
48: (T,T,T,F,T,T, "The victims were 'at least 10 people, most of them German tourists': target country should be DEU (or none), not TUR."),
49: (T,T,F,T,T,T, "The text gives no nationality for the two Ankara suicide bombers: source country should be empty, not TUR; target (people at an Ankara rally, TUR) and 2015-10 right."),
50: (T,T,T,T,T,T, "State Department summoned Ambassador Antonov to lodge a protest: ACCUSE USA -> Antonov (RUS), document date."),
}
items=[json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items)==50
with open('events-a.jsonl','w') as f:
    for it in items:
        e,t,s,g,d,m,r = V[it['n']]
        if not e: t=s=g=d=m=False
        v={"event":e,"type":t,"source":s,"target":g,"date":d,"modality":m}
        v["all"]=all(v.values())
        o=dict(it); o["verdict"]=v; o["reasons"]=r
        f.write(json.dumps(o,ensure_ascii=False)+"\n")
