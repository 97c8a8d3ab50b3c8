# writes events-a.jsonl from the items and the judge's verdicts below
# F lists the fields judged wrong for each item n; R gives the reasons.
import json
F = {
 2: ['source', 'target'], 3: ['date'], 10: ['source'], 15: ['source'], 16: ['source'],
 19: ['target'], 21: ['date'], 25: ['target', 'date', 'modality'], 26: ['source', 'target', 'date'],
 27: ['target'], 28: ['target', 'date'], 29: ['target'], 31: ['target', 'date'], 35: ['date'],
 37: ['date'], 43: ['target'], 44: ['target'], 48: ['target'], 49: ['date'],
}
SPURIOUS = set()
R = {
 1: "Crowd protest in Gaza and the West Bank with no aim named in the sentence, so the Palestinian state (PSE) is a right target by the home-protest rule; 2020-01-28 is right because the story reports Tuesday's events (the plan was unveiled Tuesday and the rejection was 'immediate'), though the document date would also be defensible.",
 2: "Arrests are right as COERCE over the weekend of 21-22 April 2001, but the sentence names the police (Police used tear gas ... according to police figures), so the source should be the Quebec police (CAN), not empty; the target's country should be CAN or empty: the protesters were in Quebec City, not the USA.",
 3: "Release of Indian fishermen is right as RETREAT, Sharif (PAK) -> Indian fishermen (IND); but the order came 'ahead of his trip', before the 2014-05-26 arrival, so it is an earlier act and should have no date (before 2014-05-26), not the document date.",
 4: "The opposition (HRV) accused the ruling HDZ ('it') of shielding Sanader: ACCUSE, reported as this news on the document date; all right.",
 5: "Ordering a judicial inquiry is ACCUSE (investigate) by Khaleda Zia (BGD); the inquiry targets no named party, so an empty target is right; document date right.",
 6: "Carter (USA) welcomed the initiative: SUPPORT on the document date. 'The initiative' is an act, not a party, so an empty target is right by the rules (a coder might code Saudi Arabia, SAU, from the earlier sentences).",
 7: "Micheletti (HND) called on Brazil (BRA) to hand Zelaya over: REQUEST, reported as this Tuesday's news (2009-09-22); all right.",
 8: "Bizimungu (RWA) resigned and Kagame became president in 2000: RETREAT resign, dated 2000; all right.",
 9: "Suicide bombing at the president's rally on Saturday 1999-12-18: ASSAULT, target Kumaratunga (LKA), bomber's country not given; all right (mode should be suicide-attack, but mode is not scored).",
 10: "SUPPORT (congratulated) Simecka -> Fico on the document date is right, but Simecka is the leader of Progressive Slovakia, so his code should be SVK, not EUR/IGO (being a European Parliament deputy does not make him an IGO actor here).",
 11: "Maldivian court (MDV) sentenced Nasheed (MDV) on Friday 2015-03-13: SANCTION convict; all right.",
 12: "Senior U.S. official (USA) accused the Chinese delegation (CHN) later on Thursday 2021-03-18: ACCUSE; all right.",
 13: "Chilean police (CHL) detained Fujimori (PER) on Monday 2005-11-07: COERCE arrest; all right (not a duplicate: the lead's 'was arrested' is another sentence).",
 14: "UN envoy welcomed the election: SUPPORT on 2009-01-31; the election is not a party, so an empty target is right by the rules (a coder might code Sheikh Sharif).",
 15: "Saying they would campaign against Wade's third-term bid is an ACCUSE (disapprove) with future modality, undated, target Wade (SEN) right; but the source 'Several' is several opposition leaders (SEN opposition), not the country Senegal.",
 16: "The arrest warrant issued 'last year' (2009) against Bashir (SDN) is accepted as COERCE (CAMEO 173 covers legal action; ACCUSE allege would also fit), but the source is the International Criminal Court ('the Hague-based court'), an international court with no Sudanese code: SDN and the mangled name 'based court' are wrong.",
 17: "Iraq's 1990 invasion of Kuwait, a dated noun-phrase act: ASSAULT Iraq (IRQ) -> Kuwait (KWT), 1990; all right.",
 18: "al Shabaab (SOM) dismissed the vote: REJECT on the document date; the vote is not a party, so the empty target is right.",
 19: "Second bomb at an opposition rally on the same Saturday (1999-12-18): ASSAULT with no agent named (empty source right), but the sentence names the victims, so the target should be the people killed at the opposition rally, including a retired army general (LKA), not empty.",
 20: "Srebrenica massacre of Muslim men and boys in 1995: ASSAULT, perpetrator not named in the sentence (empty source right), target Bosnian Muslims (BIH); all right.",
 21: "Mumbai attacks in which gunmen killed 166 people: ASSAULT, gunmen with no country given and victims in India are right; but the text dates the attacks ('the 2008 Mumbai attacks'), so the date should be 2008, not unknown.",
 22: "Police (PAK) arrested Imran Khan (PAK) on Saturday 2023-08-05: COERCE arrest, asserted with his party as reporter; all right.",
 23: "EU and US urged the Zimbabwe government (ZWE) to respect the right to protest: REQUEST on the document date; all right.",
 24: "Thousands of Manukyan's supporters (ARM) marched on the parliament building on Wednesday evening 1996-09-25: PROTEST aimed at a government building, so the state (ARM) is a right target; all right.",
 25: "REQUEST by Lissu (TZA) is right, but (1) the sentence names the party he called on, so the target should be the public (Tanzanian public, TZA), not empty; (2) the call was made in an earlier speech, before his 2025-04-09 arrest, so it should have no date, not the document date; (3) it is the prosecutors' allegation, disputed by his lawyers in the next sentence, so the modality should be reported.",
 26: "The clause reports U.S. air strikes that killed or wounded Libyans: source and target are reversed. The source should be the United States (USA) and the target Libyans (LBY). The date should be 1986, since the text says U.S. warplanes hit Libya in 1986, after the Berlin bombing.",
 27: "Chavez (VEN) nationalising firms in 2007 is right as COERCE seize, but the text does not say the nationalised oil, telecom and power firms were Spanish: the target should be firms in Venezuela (VEN or no code), not ESP.",
 28: "Police (LKA) blamed the Tigers: ACCUSE. The target should be the LTTE with code LKA, not SWZ (Swaziland). The text gives the blame no date, so it should take the document date 1999-12-22, not the date of the attacks (1999-12-18).",
 29: "Chinese officials (CHN) had warned that Beijing could cut ties if Sata won: THREATEN, undated background and asserted are right. The sentence refers to the threatened party ('he' = Sata; ties with Zambia), so the target should be Sata (ZMB), not empty.",
 30: "Cambodia's two main opposition leaders (KHM) rejected the early results on Wednesday 1998-07-29: REJECT. The results are not a party, so the empty target is right.",
 31: "REQUEST by Lissu (TZA), reported ('allegedly'), is right. The target should be the public (Tanzania, TZA), which the sentence names, not empty. The speech came before the charge and the 2025-04-09 arrest, so the event should have no date, not 2025-04-11.",
 32: "'Would not negotiate with Assad' is CONSULT negated (equivalently a REJECT asserted), Syrian opposition (SYR) -> Assad (SYR), said on 2012-06-30; all right.",
 33: "The judge's arrest in January 2012: COERCE arrest, arrester not named in this sentence (empty source right), target Abdulla Mohamed (MDV), 2012-01; all right.",
 34: "Solomon Islands (SLB) signed a security pact with China (CHN) in April 2022: SUPPORT (sign agreement), 2022-04; all right.",
 35: "Israel (ISR) killing Nasrallah (LBN) is ASSAULT, asserted. It happened in 'last year's war', so the date should be 2024, not the document date 2025-08-06.",
 36: "Burundi government (BDI) signed the peace agreement on Monday 2000-08-28: SUPPORT. Signatories to a mutual accord need no target; all right.",
 37: "Trump (USA) attending the G20 summit in Osaka is acceptable as CONSULT (multilateral), but the meeting was 'arranged at a day's notice' after he floated the idea there, so the attendance is dated 2019-06-29, the day before (the summit ran 28-29 June), not 2019-06-30.",
 38: "Awami League (BGD) called a two-day strike on Sunday 2004-08-22: PROTEST. The strike answers the grenade attack (violence), so the empty target is right.",
 39: "Clinton (USA) praised the Palestinian people (PSE) on Monday 1998-12-14 in Gaza: SUPPORT; all right.",
 40: "More than 80 people (SYR) killed across Syria on Saturday 2012-06-30: ASSAULT with no agent named; all right.",
 41: "United States praised the elections as fair: SUPPORT on the document date. The elections are not a party, so the empty target is right.",
 42: "Curuvija (SRB journalist) shot dead 'last year' (1999): ASSAULT with no agent named; all right.",
 43: "Clinton (USA) urged both sides to avoid violence: REQUEST on 2009-09-22. The target 'both sides' is the right party, but the text makes plain they are Honduran (Zelaya's camp and the de facto government), so the code should be HND, not empty.",
 44: "Honduran security forces (HND) firing tear gas on Tuesday 2009-09-22 is right as ASSAULT (crowd-control). The sentence names whom they fired on, so the target should be the thousands of Zelaya supporters (HND), not empty.",
 45: "Hamas (PSE) seized control of the Gaza Strip in June 2007: armed forces taking ground is ASSAULT. Target Palestine/Gaza (PSE) accepted, though Fatah would be more precise; all right.",
 46: "Interior Minister Jettou (MAR) had promised neutrality before the vote: AGREE, undated background; all right.",
 47: "Taylor (LBR) blamed Roosevelt Johnson (LBR) for the violence: ACCUSE, reported as this news on the document date; all right.",
 48: "Detention of opposition figures reported by the Interior Ministry (ARM) is right as COERCE on the document date, with the ministry accepted as source. The sentence names the detained, so the target should be several opposition figures (ARM), not empty.",
 49: "Crown Prince Abdullah (SAU) held talks with Khatami and Khamenei (IRN): CONSULT. It is reported as news of the 9-11 December summit, so the date should be the document date 1997-12-11 (or the summit days), not unknown.",
 50: "Bouteflika (DZA) forced to resign 'earlier that year' (2019): RETREAT resign, 2019; all right.",
}
fields = ['event', 'type', 'source', 'target', 'date', 'modality']
out = open('events-a.jsonl', 'w')
for l in open('events-a-items.jsonl'):
    d = json.loads(l)
    n = d['n']
    if n in SPURIOUS:
        v = {f: False for f in fields}
    else:
        v = {f: f not in F.get(n, []) for f in fields}
    v['all'] = all(v[f] for f in fields)
    d['verdict'] = v
    d['reasons'] = R[n]
    out.write(json.dumps(d, ensure_ascii=False) + '\n')
out.close()
