# n: (event, type, source, target, date, modality, reasons)
T, F = True, False
V = {
1: (T, T, T, T, T, T, "Voters of South Ossetia backing independence in Sunday's referendum is a SUPPORT (approve a policy) with no party as target; Sunday = 2006-11-12; GEO is the right code for a region of Georgia."),
2: (T, T, F, T, T, T, "REQUEST by the opposition parties to the Indian government is right, but the text makes plain these are India's opposition parties, so the source should carry IND rather than no code."),
3: (T, T, T, T, T, T, "Danon dismissing the U.N. conference ('it' = the session) as theatre is ACCUSE/disapprove; the U.N. is an acceptable target for the U.N. conference (France, its co-chair, would also do); Monday 2025-09-22."),
4: (T, T, F, T, T, T, "Conviction in 2016 is right, but the source is 'a court of EU judges' (the EU rule-of-law court in Kosovo), not a Serbian court: source should be the EU judges' court (EU/XKX, not SRB)."),
5: (T, T, F, T, F, T, "'They killed him' is the killing of Gerardi by unidentified killers, not by the church leaders: source should be the unnamed killers (no code); the killing was late on Sunday, so date should be 1998-04-26, not the document date."),
6: (T, T, T, T, T, T, "Camara's promise of a handover to civilian rule is AGREE; civilians (GIN) is the party named; the promise is an undated background act, so no date is right."),
7: (T, T, T, F, F, T, "Raisi's visit to 'the kingdom' is CONSULT/visit, but the host is Saudi Arabia (SAU), not Palestine; the summit visit was on Saturday, so date should be 2023-11-11, not the Sunday document date."),
8: (F, F, F, F, F, F, "Spurious: 'the church's clashes with the military' are long-running political conflicts in Gerardi's background, not armed violence; no ASSAULT (or other codable act) here."),
9: (T, T, F, F, F, T, "SUPPORT is right, but Washington and Paris (USA, FRA) welcomed Lahoud's election: source should be the U.S./France and target Lahoud (LBN); the welcome is reported as this news, so date should be the document date 1998-10-15."),
10: (T, T, F, T, T, T, "Signing the Erdut agreement is SUPPORT (sign agreement) on Sunday 1995-11-12 and Croatia is right as the other party, but the rebel Serb leaders of eastern Slavonia are Croatian Serbs, not Serbia's government: source code should be HRV (rebels), not SRB/GOV."),
}
V.update({
11: (T, T, T, T, F, T, "Rabin's assassination by a Jewish extremist is ASSAULT (no country stated for the extremist, so no code is right), but it is a background act dated by the text 'eight days' before the Monday 13 November handover: date should be 1995-11-05, not the document date."),
12: (T, T, T, F, F, T, "ACCUSE by the Iraqi official is right, but 'it' is the UAE's proposal, so the target should be the UAE (Sheikh Zayed); the remark was made at Saturday's one-day summit, so date should be 2003-03-01, not the Sunday document date."),
13: (T, T, T, T, T, T, "Casualty total of the 1982 war: ASSAULT on British servicemen (GBR); the sentence names no killer, so an empty source is right, and a total over a past span takes no date."),
14: (T, T, T, F, T, T, "ACCUSE by rights groups is right, but the secrecy criticised is the Indian government's (named in the same sentence): target should be the Indian government (IND), not empty."),
15: (T, F, T, F, T, T, "Dismissing the U.S. claims about the boat is an objection, ACCUSE/disapprove rather than REJECT (no request is rejected); 'the claims' are Trump's and Rubio's, so target should be the United States (USA)."),
16: (T, T, T, T, T, T, "The General Assembly's request for the ICJ advisory opinion in December 2022 is REQUEST UNGA -> ICJ at month precision; all right."),
17: (T, T, T, F, F, T, "Refusing to step down is a RETREAT/resign negated by Shevardnadze, but the new cabinet is not a party to it: target should be empty (or the protesters demanding his resignation); he spoke on Thursday, so date should be 2001-11-01, not the Friday document date."),
18: (F, F, F, F, F, F, "Spurious: 'had recognised Taipei for decades' describes a long-standing relation in the background, not an act; no event a coder would code."),
19: (T, T, T, T, T, T, "Abbas urging other states to follow Sweden is REQUEST to 'other states' (no code), on Thursday 2014-10-30; all right."),
20: (T, T, T, T, T, T, "Yun travelling to Pyongyang to bring Warmbier home is a CONSULT/visit to North Korea; the text gives no date for the trip, so the document date is right by the rules (it was on or before Tuesday's release)."),
})
V.update({
21: (T, T, T, T, T, F, "ACCUSE/allege Interior Ministry -> Muslim Brotherhood (EGY) is right, but the accusation itself is made, so modality should be asserted with the ministry as reported_by; only the act inside the accusation (stoking unrest) is reported."),
22: (T, T, T, F, T, T, "The OSCE group's criticism of the 2001 election is ACCUSE from the OSCE, undated background, but the conduct criticised is that of the Belarusian authorities (Lukashenko is named in the sentence): target should be Belarus/Lukashenko (BLR), not empty."),
23: (T, T, T, T, F, T, "Taiana's expected meeting with Ban is CONSULT future, but the story is Tuesday's news and 'on Wednesday' is the next day: date should be 2010-02-24, not 2010-03-03."),
24: (T, T, T, T, T, T, "Ruecker (head of the U.N. mission) urging Kosovo's new leaders (XKX) to form a government is REQUEST, reported as this news; all right."),
25: (T, T, F, F, T, T, "The urging is REQUEST, but it is Veronika Mendoza (PER) who urged her followers to vote against Fujimori: source should be Mendoza, not Keiko Fujimori, and target only Mendoza's followers (PER), not Mendoza herself; the week of the run-off (2016-W22) is right."),
26: (T, T, F, T, T, T, "ACCUSE against Beijing is right, but the accuser is President Tsai Ing-wen (TWN), not China: source should be Tsai Ing-wen."),
27: (T, T, F, T, F, T, "The freezing of the talks is a SANCTION against the Mexican government, but the rebels are the Zapatistas (EZLN, MEX), not Colombia's ELN; and the text dates the freeze to September 1996, so date should be 1996-09 (not undated)."),
28: (T, F, T, T, T, T, "Pakistan saying it 'would continue to cooperate with India' is a stated commitment, which PLOVER codes AGREE (asserted, document date) rather than COOPERATE; as the future cooperation coded, source, target, no date and future are consistent, so only type is marked wrong."),
29: (T, T, F, F, T, T, "ACCUSE by Park is right, but Park Geun-hye is South Korea's president (KOR), not USA; the attack condemned is Kim Ki-jong's, so target should be the attacker Kim Ki-jong (KOR), not South Korea."),
30: (T, T, T, F, T, T, "Clinton's separate meetings are CONSULT on Monday 2000-01-03, but 'each leader' is Barak (ISR) and Sharaa (SYR): target should name them with their countries, not a code-less group."),
})
V.update({
31: (T, T, T, T, T, T, "A Russian cruise missile fired at Ukraine is ASSAULT Russia -> Ukraine (heavy-weapons would be the better mode), on 'the same day' as Friday's resignation, 2023-02-10; Moldova's statement is attribution, so asserted is right."),
32: (F, F, F, F, F, F, "Spurious: 'will receive the honours due to a former commander-in-chief' is receiving funeral honours, not hosting a visit; no CONSULT."),
33: (T, T, F, T, F, T, "Negotiating the Khasavyurt accord with Lebed is CONSULT, but Maskhadov is the Chechen separatist leader (Chechnya, RUS / rebels), not SUN; the text dates it 'last August', so date should be 1996-08, not undated."),
34: (T, T, T, T, T, T, "Nasheed's resignation in February 2012 is RETREAT/resign with no target; all right."),
35: (T, T, T, F, T, T, "The EU's call for restraint is REQUEST on the day's news, but the sentence refers to 'both countries', Serbia and Albania, the parties the call is aimed at: target should be Serbia (SRB) and Albania (ALB), not empty."),
36: (T, T, T, T, T, T, "Gazprom (RUS) cutting off gas to Bulgaria in April 2022 is SANCTION/discontinue; all right."),
37: (T, T, T, T, T, T, "'He died without being convicted': a negated conviction of Pinochet; the sentence names no court, so an empty source is right; the state held when the news was told, so the document date is acceptable."),
38: (T, T, T, F, T, T, "Vajpayee's accusation is ACCUSE on the Tuesday of his farewell speech, but the 'rivals' are plainly India's opposition parties ganging up against the BJP in parliament: target code should be IND, not empty."),
39: (T, T, T, T, T, T, "The U.S. urging 'the two sides' (Pakistan, Iran) to avoid escalation is REQUEST on Thursday 2024-01-18; all right."),
40: (T, T, T, T, T, T, "Solomon Islands signing a security pact with Beijing 'last year' is SUPPORT (sign agreement) SLB -> CHN in 2022; all right."),
})
V[11] = (T, T, F, T, F, T, "Rabin's assassination is ASSAULT, but the Jewish extremist who shot him at a Tel Aviv rally is plainly Israeli (ISR), not uncoded; and it is a background act dated by the text 'eight days' before the Monday 13 November handover: date should be 1995-11-05, not the document date.")
V.update({
41: (T, T, F, T, T, T, "Rama's visit 'had not been called off' is a negated SANCTION on Wednesday 2014-10-15, but the party who would call it off is Rama/Albania, referred to by 'His office' in the sentence: source should be Edi Rama (ALB), not empty; Serbia is not named in the sentence, so an empty target is acceptable."),
42: (T, T, T, F, T, T, "Oli's accusation is ACCUSE on Sunday 2016-07-24, but the accused are 'his former coalition partners' (the Maoist Centre, NPL), not India; the foreign meddling he only hinted at names no country."),
43: (T, T, T, T, F, T, "Declaring that forces will hold fire is CONCEDE/ceasefire by Israel's forces, asserted, but the date is wrong: Olmert declared it late on Saturday (2009-01-17) and the hold began at 2 a.m. Sunday (2009-01-18T02:00); '2009-01-17T02:00' is neither."),
44: (T, T, T, T, T, T, "Washington accusing Maduro of leading the Cartel of the Suns is ACCUSE/allege USA -> Maduro (VEN), 'last month' = 2025-08; all right."),
45: (T, T, T, T, T, T, "Emirati officials complaining that Riyadh is warming to Tehran is ACCUSE ARE -> SAU, an undated current complaint taking the document date, asserted with the diplomats as attribution; all right."),
46: (T, T, T, F, T, T, "The storming is ASSAULT by Aliyev's troops (AZE) on Friday 1995-03-17, but the sentence names the party attacked: target should be the mutinous special police unit (OPON, AZE police), not empty."),
47: (T, T, T, T, T, T, "Blocking access to Twitter is COERCE/censor; the sentence names no blocker and no party affected, so empty source and target are right; Wednesday 2011-01-26, asserted."),
48: (T, T, T, T, T, T, "The Tushino suicide bombing is ASSAULT (suicide-attack would be the better mode) by the women bombers on the 14 victims in Moscow (RUS) on Saturday 2003-07-05; all right."),
49: (T, T, T, T, T, T, "India blaming the attack on Lashkar-e-Taiba is ACCUSE India -> LeT (PAK), a standing position taking the document date; adding Pakistan (accused in the same sentence's second clause) to the targets is acceptable, though it folds the second accusation into this one."),
50: (T, T, T, F, T, T, "The U.N. call for a return to constitutional order is REQUEST on Tuesday 2025-10-14, but it is aimed at Madagascar, named in the same sentence: target should be Madagascar (MDG; its new military rulers), not empty."),
})
