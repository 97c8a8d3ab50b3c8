"""Write events-a.jsonl from the hand verdicts below (judge a, round 67).
Each entry: n -> (event, type, source, target, date, modality, reasons)."""
import json
T, F = True, False
V = {
 1: (T,T,T,T,T,T, "Riot police detained hundreds of protesters in central Moscow on Sunday, 2012-05-06, the day before the Monday inauguration; COERCE arrest, Russian police -> protesters (RUS), asserted: all right."),
 2: (T,T,T,T,T,T, "Pakistan's forces shooting down Indian aircraft is an ASSAULT by Pakistan's military on India's aircraft (IND), reported as this news on 2025-05-07; 'Pakistan said' is attribution, so asserted with reported_by Pakistan is right."),
 3: (T,T,T,T,T,T, "Barroso (European Commission, EUR) urged the remaining countries (an unnamed group, no code) to keep ratifying: REQUEST, said in this news on 2008-06-13, asserted."),
 4: (T,T,T,T,T,T, "The U.S. State Department urged Malaysia to respect due process: REQUEST USA -> MYS on the document date 1998-09-21, asserted."),
 5: (T,T,T,T,T,T, "The act inside Yemeni officials' accusation is Iran backing the Houthi rebels: reported modality, Iran -> Houthis (YEM), an ongoing act dated to the document date. SUPPORT is accepted for the bare word 'backing' (a coder could read material backing as AID, but the text gives no material)."),
 6: (F,F,F,F,F,F, "Spurious: promising one's own supporters 'victory' is rhetoric, not an AGREE between political actors, and Assad is not the one who promised. The codeable act in the sentence is Nasrallah/Hezbollah (LBN) pledging not to let Assad (SYR) fall, in May 2013 ('last month'), which this item does not code."),
 7: (T,T,T,F,T,T, "ASSAULT by the rebel soldiers (CIV) on Thursday 2002-09-19 is right, but the sentence names the people the attacks killed, so the target should be the scores of people killed, including Interior Minister Emile Boga Doudou (CIV). It should not be empty."),
 8: (F,F,F,F,F,F, "Spurious: Parliament scrapping presidential term limits in 2008 is a domestic constitutional change that targets no actor. It is not a RETREAT or a concession to anyone, and no PLOVER type fits."),
 9: (T,T,T,F,T,T, "Khamenei's REQUEST on the document date is right, but 'the president-elect' in the sentence is Masoud Pezeshkian (IRN), so the target should be Pezeshkian, not empty."),
 10: (T,T,F,T,T,T, "The arrests on Sunday evening 1998-09-20 are COERCE arrest of protesters (MYS). The sentence names the riot police as the ones acting, so the source should be the Malaysian riot police (MYS), not empty."),
 11: (T,T,T,T,T,T, "Taiwan cut diplomatic ties with the Solomon Islands on Monday 2019-09-16: SANCTION TWN -> SLB, asserted."),
 12: (T,F,F,T,T,T, "Hezbollah fighters fighting alongside the Syrian army is material military support, not the verbal SUPPORT the code gives. The type should be AID (military personnel) or COOPERATE (military). The source should be Hezbollah's fighters (LBN), not the state of Lebanon plus fighters with no country."),
 13: (T,T,F,T,T,T, "Rejecting the Defence Minister's account is a REJECT by Guei's party, but the source should be the members of Guei's party (CIV), not Robert Guei, who is dead. 'That account' names no party, so an empty target is right by the rules (the Defence Minister is in the previous sentence)."),
 14: (T,T,T,T,T,T, "Japan recalled its ambassador to South Korea on Friday 2012-08-10: SANCTION JPN -> KOR, asserted."),
 15: (F,F,F,F,F,F, "Spurious: the Houthis describing themselves as defending their Zaydi community against discrimination is a statement of their motives, not a SUPPORT act toward a political actor."),
 16: (T,T,T,T,T,T, "Kim is due to meet Moon Jae-in (KOR) in April: a future CONSULT dated 2018-04, all right ('Moon Jae' is the right person)."),
 17: (T,T,T,F,T,T, "A military coup by Bashir (SDN) in 1989 ('three years later' than 1986) is accepted as ASSAULT. The sentence names who was overthrown, so the target should be al-Mahdi's elected government (SDN), not empty."),
 18: (T,T,T,T,T,T, "Pence (USA) turning down a request to meet Sogavare (SLB) is a REJECT of a meeting. Its time is not given, so unknown is right. 'According to media reports' is attribution, so asserted."),
 19: (T,T,T,F,T,T, "Trump's REQUEST to Sharaa during the meeting on 2025-05-14 is right, but the target Sharaa has no country code: he is Syria's president, so it should be SYR."),
 20: (T,T,T,T,F,T, "The voters' approval of Bouteflika's plan is a SUPPORT by Algerian voters. The text dates the vote to Thursday ('those who voted on Thursday'), so the date should be 1999-09-16, not the Friday of the results."),
 21: (T,T,T,T,T,T, "Jalili called on his supporters to respect the result: REQUEST IRN -> his supporters (IRN), in this news on 2024-07-06, asserted."),
 22: (F,F,F,F,F,F, "Spurious: 'I have not given up' means Tuomioja has not given up hope on the talks. It is not a CONCEDE (negated or otherwise) between actors."),
 23: (T,T,T,T,F,F, "FARC holding hostages in the zone is an ASSAULT (abduct), but it is a background act of 1998-2002 that should have no date (or that span), not the document date. It sits inside the critics' claim ('Critics say ...'), so the modality should be reported."),
 24: (T,T,T,T,T,T, "Police and soldiers deployed in Jakarta: MOBILIZE, police (IDN), no target. The sentence gives no date, so the document date 2014-07-23 is right by the rules. Asserted."),
 25: (F,F,F,F,F,F, "Spurious: Japan approving its own security strategy is a domestic policy decision. SUPPORT means approving another party's act, and no actor is acted upon (at most a future MOBILIZE)."),
 26: (T,T,F,T,F,T, "'The test' is France's underground nuclear test at Mururoa (a weapons test, MOBILIZE), which dateline codes nowhere else. The source should be France (FRA), and the date should be Tuesday 1995-09-05 ('two days after', 'the blast on Tuesday'), not the document date."),
 27: (T,T,T,T,T,T, "Istanbul authorities banned demonstrations: COERCE (restrict/ban) by Turkish authorities. No party is named as the target, so empty is right. Document date 2025-03-19, asserted."),
 28: (T,T,T,T,T,T, "Bouteflika's conditional offer to resign is a RETREAT (resign) in the condition, so hypothetical. Its time is unknown and no target: all right."),
 29: (T,T,T,F,T,T, "The French troops' evacuation of foreigners in June 1997 is accepted as AID. The target's code is wrong: the foreigners are by definition not Congolese, and the text gives no nationality, so the code should be empty, not COG."),
 30: (T,T,T,T,T,T, "Soldiers (MRT) detained President Abdallahi (MRT) early on Wednesday 2008-08-06: COERCE arrest, asserted."),
 31: (T,T,F,F,T,T, "Fox welcoming the march is a SUPPORT, but the source's code should be MEX, not empty. The march is the Zapatistas' and the same sentence names 'the rebels', so the target should be the Zapatistas (EZLN, MEX)."),
 32: (F,F,F,F,F,F, "Spurious: Mahathir imposing capital controls is an economic policy measure with no target actor. It is not COERCE (restrict) against a political actor."),
 33: (T,T,T,T,T,T, "EU diplomats expressing frustration is ACCUSE (disapprove). The sentence names no party at which it is aimed (only 'a bilateral trade dispute'), so the target is empty. Document date, asserted."),
 34: (T,T,T,T,F,T, "The week of violent protests over water, power and corruption is a PROTEST against the Iraqi state (IRQ), an act separate from the consulate attack. It is a wave still going on when the story is told, so it takes the document date 2018-09-08, not Friday 2018-09-07 (the date of the consulate attack)."),
 35: (T,T,T,T,T,T, "The Houthis accuse Riyadh (SAU) of killing civilians (YEM): an ASSAULT inside an accusation, so reported. It has a separate target from the 'bombed several areas' event and is kept. The text gives no date for the killing, so the document date."),
 36: (T,T,T,T,T,T, "Sistani (IRQ) has urged the government (IRQ) to meet the protesters' demands: REQUEST, in this news, asserted."),
 37: (T,T,T,F,F,F, "The source, Russia or Chechen authorities (RUS), is right for ordering the killing. The target should be the Georgian man Zelimkhan Khangoshvili (GEO), not the state of Georgia. The killing was in August 2019 (Aug. 23), so the date is 2019-08, not unknown. It sits inside Germany's accusation, so the modality should be reported."),
 38: (T,T,F,T,T,T, "'His party' is Kamto's opposition party (CMR), which called on Cameroonians to defend their vote, so the source is wrong: it should be Kamto's party, not the Constitutional Council. Target, date (Monday 2018-10-22) and modality are right."),
 39: (T,T,T,T,T,T, "Western diplomats (no country given) urged both sides, the Mozambican government and Renamo (MOZ), to return to talks: REQUEST in this news, asserted."),
 40: (T,T,F,T,T,T, "A rally in New Delhi against Bush's visit and the Iraq war is a PROTEST aimed at the U.S., so the USA target is right. The protesters are Indians (IND), not USA."),
 41: (T,T,F,F,T,T, "'The strikes' are India's missile strikes, so the source should be India (IND), not empty. The 26 civilians killed were in Pakistan, so the target should be Pakistani civilians (PAK), not IND."),
 42: (T,T,T,T,F,T, "Khartoum hosted the 1967 Arab League summit. It is a background act, so the date should be 1967, not the document date 2020-10-24."),
 43: (T,T,T,T,T,T, "The United States and others (and Australia) condemned the mutiny: ACCUSE in this news, asserted. The sentence names no mutineer, so an empty target is right by the rules, though the natural target would be the mutineers (PHL)."),
 44: (T,F,T,F,F,T, "Iran 'ordering the attack' is coded, like 'ordered the killing' elsewhere, as the attack itself. The type should be ASSAULT with the target the AMIA Jewish community centre (ARG). Even if coded as an order to Hezbollah, the target would be Hezbollah, not the state of Lebanon. The bombing was in 1994, so the date is 1994. Reported is right."),
 45: (T,T,T,T,T,T, "Britain backed Washington's strikes: SUPPORT GBR -> USA, in this news, asserted."),
 46: (T,T,T,T,T,T, "Israeli gunships (ISR) fired rockets killing PFLP leader Abu Ali Mustafa (PSE) on Monday 2001-08-27: ASSAULT, asserted."),
 47: (T,T,T,T,T,T, "U.S. prosecutors (USA) charged Snowden (USA) in a complaint unsealed on Friday 2013-06-21: ACCUSE (charge), asserted."),
 48: (T,T,T,F,T,T, "Western governments' REQUEST for a return to democratic order is aimed at Tunisia, which the same sentence names. The target should be Tunisia / Saied's government (TUN), not empty."),
 49: (T,T,T,F,T,T, "India, the U.S. and Britain welcomed the ceasefire announcement made by the two sides that the same sentence names ('both sides'). The target should be Nepal's government and the Maoist rebels (NPL), not empty."),
 50: (T,T,T,T,T,T, "Colombia's OAS ambassador Hoyos (COL) demanded that a commission be allowed to visit the sites: REQUEST earlier on Thursday 2010-07-22. The sentence names no addressee, so the empty target is right. Asserted."),
}
items=[json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items)==50 and set(V)==set(range(1,51))
with open('events-a.jsonl','w') as f:
    for it in items:
        e,t,s,g,d,m,r = V[it['n']]
        if not e: t=s=g=d=m=False
        v={"event":e,"type":t,"source":s,"target":g,"date":d,"modality":m,"all":all([e,t,s,g,d,m])}
        o=dict(it); o['verdict']=v; o['reasons']=r
        f.write(json.dumps(o, ensure_ascii=False)+'\n')
# counts
fields=["event","type","source","target","date","modality","all"]
rows=[json.loads(l) for l in open('events-a.jsonl')]
print({k:sum(r['verdict'][k] for r in rows) for k in fields})
