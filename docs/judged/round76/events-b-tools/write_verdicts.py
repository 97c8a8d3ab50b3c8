"""Write events-b.jsonl from my hand verdicts (judge b, round 76).
Each entry: n -> (wrong fields, reasons). 'spurious' marks event false (all fields false)."""
import json

F = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "CONSULT visit by Solana (EU) to Podgorica and Belgrade, i.e. the Montenegrin and Serbian governments; 'is expected to visit in the coming weeks' is future with no date in the text, so an empty date is right."),
 2: ([], "SUPPORT (praise) by Ban Ki-moon (UN); 'the outcome' is an act, not a party, so by the rules an empty target is right (a coder would usually code Tunisia); document date for the news statement."),
 3: (["target"], "SANCTION (expelling envoys) by Serbia on Friday 2008-10-10 is right, but the sentence names the parties acted upon: target should be Montenegro (MNE) and Macedonia (MKD), whose ambassadors were ordered out."),
 4: ([], "Signing the summit declaration is SUPPORT (PLOVER: ratify, sign or finalize an agreement); multilateral declaration, no other party in the sentence, so empty target is right; Sunday 2001-04-22 is the document date."),
 5: ([], "Settler leaders (ISR) vowing to resist any evacuation of outposts is a THREATEN; the evacuating party is not named in that clause, so an empty target is right; document date, asserted."),
 6: (["spurious"], "Spurious: a rhetorical line in an opposition figure's quote ('the people of Senegal ... will not accept a monarchy') with no act between political actors and no party acted upon; the speaker is an opposition figure, not the state of Senegal."),
 7: ([], "The backing of the 2002 coup is an act inside Chavez's accusation: SUPPORT by Aznar (ESP), reported, dated 2002 as the text gives; the coup-makers are not named, so an empty target is right (Chavez is the coup's victim, not the party supported)."),
 8: ([], "SUPPORT (welcome) by U.S. oil companies (USA); 'the trip' is Rice's visit, an act, and no party is named, so an empty target is right; document date."),
 9: ([], "REJECT by the Ethiopian government; 'the criticism' is the EU's and U.S.'s statement from the previous sentence, not named as a party in this one, so an empty target is right by the rules; document date."),
 10: (["date"], "REQUEST by Imran Khan (PAK) to his people (PAK) is right, but the appeal was released 'shortly after his arrest', which was on Saturday: date should be 2023-08-05 (the document date), not empty."),
 11: ([], "ACCUSE (condemn) by the Bangladeshi government; the attackers are unnamed, so an empty target is right; document date for the reaction."),
 12: (["target", "date"], "REQUEST by Akashi (UN) is right, but the appeal is addressed to 'both sides', Croatia (HRV) and the Krajina Serbs (rebel Serbs of Croatia), not the Serb soldiers cut off in western Slavonia named in the ceasefire terms; the text gives the appeal no day, so the date should be the document date 1995-05-03, not 1995-05-02."),
 13: (["date"], "ASSAULT (shot 16 times) on Lissu (TZA) by unnamed attackers is right, but the text dates the assassination attempt: date should be 2017."),
 14: ([], "REQUEST by the EU and the United States to Djukanovic (MNE); 'have urged' is a current stance, so the document date is right."),
 15: (["source", "target", "date"], "COERCE arrest is right, but the police are Hong Kong police (HKG), not USA, and the 10 people arrested are in Hong Kong (HKG), not USA; the arrests were in Monday's raid (the lead: arrested Lai 'on Monday'; Agnes Chow 'later in the evening'), so the date should be 2020-08-10, not the document date 2020-08-11."),
 16: (["target"], "REQUEST by Trump on 2017-05-21 is right, but the call is addressed to 'all nations' (the summit's states, no code); Iran is the party to be isolated, not the party asked."),
 17: (["target", "date"], "REQUEST by Clinton is right, but 'the holdouts' are the Burundian Hutu rebel groups that refused to join (BDI), so the country code should be BDI, not empty; Clinton spoke at the signing ceremony, which the text dates Monday: date should be 2000-08-28, not the document date 2000-08-29."),
 18: ([], "CONSULT Clinton (USA) with Tran Duc Luong and Phan Van Khai (VNM) during the Hanoi visit; document date (Friday) is right."),
 19: (["date"], "SUPPORT (thanking supporters, RUS) by Putin is right, but the sentence dates it 'on Sunday night': date should be 2018-03-18, not the document date 2018-03-19."),
 20: (["type"], "Croatia's letter to the EU presidency gives a written assurance that its documents will not prejudge the border, a commitment made as part of the deal: type should be AGREE (CONCEDE also defensible), not CONSULT, which is a meeting or consultation; source, target (EU presidency) and date are right."),
 21: (["spurious"], "Spurious: Blinken arriving in Alaska, a U.S. state, is no act between political actors (the Anchorage talks are coded once from the lead); the acts in the sentence are his earlier visits to Tokyo and Seoul, CONSULT visit to Japan (JPN) and South Korea (KOR), undated."),
 22: (["date"], "CONSULT (negotiate) Pastrana (COL) with the FARC (COL) is right, but it is a background act spanning his four-year term: it should have no date (or 1998-2002), not the document date 2002-08-08."),
 23: ([], "ACCUSE by Levon Ter-Petrosyan (ARM; the name is cut short but the party is right) against the opposition (ARM); document date for the televised address."),
 24: (["spurious"], "Spurious: 'until their complaints had been investigated' is a condition, not an act, and has no actor; the act in the sentence is REJECT by Ranariddh and Sam Rainsy (KHM) of the election outcome (Hun Sen's CPP), which dateline did not code."),
 25: ([], "ACCUSE (criticize) by critics in Washington (USA); the meeting they criticize is an act and no party is named as target, so empty is right; document date."),
 26: ([], "Russia's invasion of Ukraine in a noun phrase is an ASSAULT RUS -> UKR; the text gives it no date, so an empty date (basis unknown) is right."),
 27: (["target", "date"], "Lifting a ban on opposition rallies is an implemented easing (RETREAT by the codebook; CAMEO2PLOVER's 0811 would say CONCEDE), source Samia Suluhu Hassan right; the target should be the opposition (TZA) whose rallies were banned, not the state of Tanzania; the text dates only Lissu's return (2023), the lifting has no date of its own (before the return), so it should be undated rather than 2023 (a close call)."),
 28: (["type"], "Ordering 25 percent duties on goods from Canada and Mexico is a trade sanction: type should be SANCTION (curtail commercial exchanges; CAMEO 163, which CAMEO2PLOVER maps to COERCE), not REQUEST; Trump, Canada (with Mexico) and 'over the weekend' (2025-W05 weekend, 1-2 Feb) are right."),
 29: ([], "PROTEST on Saturday 2023-08-05; the sentence names no protesters and no aim, so empty source and target are right by the rules (a coder would add PTI supporters, PAK)."),
 30: ([], "Beijing imposing the national security law is COERCE (restrict freedoms) by the Chinese government; 'six weeks ago' from Monday 2020-08-10 falls in 2020-W27 (the law was imposed 30 June), so the date is right; no target named in the clause."),
 31: ([], "Police (ARM) firing into the air while clearing the stormed parliament is violent crowd repression (CAMEO 175, which CAMEO2PLOVER maps to ASSAULT), so ASSAULT is acceptable; the crowd is not named in the sentence; Wednesday 1996-09-25 is right."),
 32: ([], "Signing a security agreement is SUPPORT (sign/finalize an agreement) Zelenskiy (UKR) with Poland (POL); the text gives no day, so the document date is right."),
 33: (["type"], "Russia annexing Crimea in 2014 is a state taking territory, which the conventions code ASSAULT (COERCE seize is kept for police or authorities confiscating property): type should be ASSAULT; Russia, Crimea (UKR) and 2014 are right."),
 34: ([], "ACCUSE (allege) by Mutharika (MWI); the perpetrators are unnamed, so empty target is right; a background allegation with no date in the text, so an empty date is right."),
 35: ([], "Fujimori's resignation is RETREAT resign (PLOVER codebook); PER, dated November 2000 as the text gives."),
 36: ([], "Missile tests are MOBILIZE (test weapons systems) by North Korea (PRK); 'since then' sums tests over a span, so no date is right."),
 37: ([], "ACCUSE by Trump against Iran (IRN) in the Riyadh speech, 2017-05-21."),
 38: (["target"], "PROTEST on 14 Jan 2019 is right and the protesters are unnamed (empty source right), but the protests were aimed at the government's act of doubling fuel prices, a government the sentence names: by the crowd-protest rule the target should be the Zimbabwean government (ZWE), not empty."),
 39: (["target"], "ACCUSE (condemn) by Turkish nationalist opposition parties (TUR) is right, but the sentence names the party criticized, the government negotiating with Ocalan: target should be the Turkish government (TUR), not empty."),
 40: ([], "A promise to expand local councils' powers is AGREE (intent to reform) by Saleh (YEM); the text gives no date, so the document date is right."),
 41: (["source"], "CONSULT between Trump (USA) and Zelenskiy (UKR) on Friday 2025-02-28 is right, but the White House is the meeting's venue, not a party: source should be Trump (USA) with Zelenskiy (UKR) as target (the target list holds both participants, which keeps Zelenskiy right)."),
 42: (["date"], "ASSAULT by Ethiopian security forces killing some 200 people (ETH) is right, but the text dates it to the violence after the 2005 vote: date should be 2005, not 2010-05-24."),
 43: ([], "ASSAULT death toll of the civil war (about 200,000 people, BDI), no perpetrator named; a total summed since 1993 has no date, so empty is right."),
 44: ([], "Live-fire naval exercises are MOBILIZE by Vietnam's navy (VNM) on Monday 2011-06-13."),
 45: ([], "Agreeing to meet again is AGREE (PLOVER: willingness to meet in the future); the ministers of 27 states have no single country (empty code right) and, reciprocal, no target; Tuesday 1995-11-28 is right."),
 46: ([], "ACCUSE (condemn) by Khaleda Zia (BGD); the bombers are unnamed in the sentence, so empty target is right; document date."),
 47: ([], "COERCE arrest of Imran Khan (PAK) by unnamed authorities, dated May 2023 as the text gives."),
 48: ([], "SUPPORT (thanks) by Arafat (PSE) to the Arab leaders at the summit (multinational, empty code right); document date, the summit's closing day."),
 49: ([], "CONSULT between the United States and China opened on Thursday 2021-03-18."),
 50: (["source"], "THREATEN by Milan Martic against Zagreb (Croatian government, HRV) is right, but Martic leads the Krajina Serbs, rebels inside Croatia whom the text separates from Belgrade ('the Krajina Serbs' patron'): his country code should be HRV (rebel Serbs of Croatia), not SRB."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it['n']]
    if 'spurious' in wrong:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    rec = dict(it)
    rec['verdict'] = v
    rec['reasons'] = reason
    out.append(rec)
with open('events-b.jsonl', 'w') as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
counts = {f: sum(r['verdict'][f] for r in out) for f in F + ['all']}
print(counts)
