"""Write events-d.jsonl from the judge's verdicts below (fields: event, type, source, target, date, modality)."""
import json
T, F = True, False
ALL = (T, T, T, T, T, T)
SPUR = (F, F, F, F, F, F)
V = {
 1: (ALL, "Regional leaders of Chechnya and the North Caucasus (RUS) urging calm is a REQUEST with no addressee named; undated statement reported as this news, so the document date is right."),
 2: (ALL, "Saudi riot police dispersing the Riyadh crowd with batons and dogs is ASSAULT (crowd control); the crowd is plainly in Saudi Arabia and the dispersal was on the Tuesday evening, 2003-10-14."),
 3: (ALL, "U.S. Embassy revoking visas of Ukrainian officials is a SANCTION; undated act reported as this news, document date right; attribution keeps it asserted."),
 4: (ALL, "Biya's warning that all legal means will be used is THREATEN; it names no addressee, so an empty target is right; Wednesday evening is 2008-02-27."),
 5: (ALL, "Opposition leaders (TUR) called on Erbakan to resign: REQUEST, undated news act with the document date. (Sector GOV for the opposition is off but not scored.)"),
 6: ((T, T, F, T, F, T), "The tribunal's ongoing investigation of the Hariri killing is at most ACCUSE investigate with no named target, but the source wrongly adds Rafik al-Hariri, the victim (source should be the U.N.-backed tribunal alone); the date 2009-04-29 is the date of the release order, while the ongoing investigation takes the document date 2009-04-30. (The sentence's main act, the release order, is a separate event.)"),
 7: ((T, T, T, F, F, T), "Being charged is ACCUSE allege by an unnamed charger, but the ones charged are 'some' of the defendants (former Algerian officials and businessmen, DZA), not Bouteflika, whose campaign was the object; the charges are background to the trial with no date in the text, so the date should be empty (unknown), not the document date."),
 8: (ALL, "Bangladeshi government leaders accusing the BNP is ACCUSE, BGD on both sides, undated news act with the document date."),
 9: ((T, F, T, F, F, T), "Rebels freeing prisoners from a government jail in a raid is a forcible jailbreak, part of the ASSAULT on the town, not a RETREAT release of the rebels' own captives; type should be ASSAULT and the party acted upon is the Nepali state's jail (NPL); the raid was late on Saturday, so the date should be 2002-02-16, not the document date."),
 10: ((T, T, T, T, F, T), "Police detaining dozens in Moscow is COERCE arrest with right parties, but the detentions were made in Saturday's clashes that the story reports, so the date should be 2010-12-11, not the document date (Sunday)."),
 11: ((T, T, T, F, T, T), "Investigators opening criminal cases is ACCUSE investigate, but the police are the victims of the violence, not the party investigated; the target should be empty (the unnamed people who used violence against police)."),
 12: (ALL, "Tens of thousands rallying in Lagos against the subsidy removal is PROTEST demo; no aim named in the sentence, so the Nigerian state is a right target; Tuesday 2012-01-10."),
 13: (ALL, "A death toll of the conflict is ASSAULT against people in Nepal with no named perpetrator; a total summed since 1996 has no date, so the empty date is right."),
 14: ((T, T, T, F, F, T), "Cuban authorities detaining the man is COERCE arrest, but the target is the American contractor (a U.S. citizen, USA), not the United States as a country; the date should be 2009-12-03, the arrest date given in the next sentence ('was arrested on December 3'), not Friday's State Department statement."),
 15: (ALL, "Perez Molina conceding defeat is a yield (CAMEO 080, CONCEDE), early Monday = document date 2007-11-05; Colom is not in this sentence, so the empty target is right."),
 16: ((T, T, F, T, T, T), "Sviridov shot dead last Monday (2010-12-06) is ASSAULT firearms, but the sentence says it was in a brawl with a group of men from the North Caucasus, who should be the source (RUS), not empty."),
 17: (ALL, "Opposition leaders met Yanukovich: CONSULT, all UKR, undated news act with the document date."),
 18: (ALL, "Tusk expected to attend the EU summit (European Council) on Thursday 2023-12-14: CONSULT, future."),
 19: (SPUR, "Duplicate: the flag burning is part of the same march already coded from this sentence (e4 'marched'); a coder codes the protest once."),
 20: ((T, F, T, T, T, T), "Journalists' unions calling for further protests is a call (REQUEST-like appeal, or at most a future protest), not a protest held; type should be REQUEST, not PROTEST. Unions (PER) right; no addressee named."),
 21: ((T, T, F, T, T, T), "Approving the release is SUPPORT on Sunday 2020-08-09, but the source is the Afghan grand assembly (loya jirga, AFG), not 'Afghanistan' the country; empty target acceptable for approval of a policy."),
 22: (ALL, "The FLN (DZA) calling for an inquiry is REQUEST with no addressee named; undated news act with the document date. (Sector REB is wrong but not scored.)"),
 23: (ALL, "The army's three seizures of power since 1960 are background coups (ASSAULT by the Turkish army, no target named); a span since 1960 has no date, so the empty date is right."),
 24: ((T, T, F, T, T, T), "Banning all demonstrations is COERCE on Saturday 2014-01-04, but the sentence names the banning authority: source should be Cambodia's interior ministry (KHM), not empty (it is only put in reported_by)."),
 25: (ALL, "Russia's Foreign Ministry accusing the U.S. Embassy of interfering: ACCUSE, RUS -> USA, undated news act with the document date."),
 26: ((T, T, T, T, F, T), "Mikati calling the bombing an attempt to drag Lebanon into war is ACCUSE disapprove against unnamed attackers, but 2013-08-17 is wrong: 'Saturday' is the day of mourning (2013-08-24), and the statement itself takes the document date 2013-08-24 (or the dateline's 2013-08-23)."),
 27: ((T, T, T, F, T, T), "Vucevic resigning in January 2025 is RETREAT resign, but the parliament is in another clause and not the party acted upon; the target should be empty."),
 28: (ALL, "Pashinyan and Aliyev agreeing to strengthen the ceasefire is a mutual AGREE, Friday 2019-03-29; listing both leaders on each side keeps each as source and the other as target."),
 29: (ALL, "State Department condemning the harsh tactics: ACCUSE disapprove; the sentence names no user of the tactics, so the empty target is right; undated news act with the document date."),
 30: ((T, T, T, T, F, T), "Investigators opening criminal cases for mass disorder is ACCUSE investigate with no named target, but it is reported as this news, so the date should be the document date 2010-12-12, not empty/unknown."),
 31: (ALL, "Bani Irsheid accusing the Jordanian government: ACCUSE, JOR -> JOR, undated news act with the document date."),
 32: ((T, T, T, T, T, F), "The powers gave the envoy authority to impose laws on Bosnia (COERCE family, governments with no single code -> BIH, Wednesday 1997-12-10), but no law was imposed: the imposition is a power granted, so the modality should be hypothetical, not asserted."),
 33: (SPUR, "Duplicate: 'throwing the Kremlin's weight behind its ally' is the writer's characterisation of the loan promise already coded from this sentence (e1), not a second act."),
 34: (ALL, "Conservative newspapers (IRN) accusing 'the group' (the Servants of Construction, IRN) is ACCUSE; the description with the right country counts; undated news act with the document date."),
 35: ((T, T, F, T, F, T), "'We demand that China withdraw' is REQUEST to China, but 'we' is Vietnam: the source should be Vietnam's Foreign Ministry (VNM), not a code-less Foreign Ministry; the demand was made at Friday's briefing (lead: 'Vietnam on Friday demanded'), so the date should be 2019-07-19."),
 36: ((T, T, T, T, F, T), "The trigger 'protests' is the current Maputo protests (PROTEST, no party named in this sentence), but the date 2008-02 belongs to the earlier transport-fare riots; the protests were on Wednesday, 2010-09-01."),
 37: (ALL, "The Luanda government blaming Savimbi's UNITA: ACCUSE, AGO -> UNITA (with its leader), undated news act with the document date."),
 38: ((T, T, T, T, F, T), "Duda asking Morawiecki to form a government is REQUEST, POL -> POL, but 2023-10-15 is the election date, not the date of the request; it is a background act with no date in the text, so the date should be empty (unknown)."),
 39: (ALL, "'It' (the ADF) is accused by unnamed accusers of killing civilians in Congo: ACCUSE, standing accusation with the document date. COD is accepted for a group based in Congo (UGA, its origin, would also be defensible)."),
 40: ((T, T, T, F, T, T), "France calling on both sides to end the bloodshed is REQUEST on Wednesday 1997-09-03, but 'both sides' are the Comoros government and the Anjouan separatists, whose country the text makes plain: the target code should be COM, not empty."),
 41: (ALL, "Orban (HUN) calling for a snap vote is REQUEST with no addressee named; undated news act with the document date."),
 42: (ALL, "Maduro calling off his trip to the U.N. General Assembly is a reduction of relations (SANCTION), VEN -> UN; 'last week' from Tuesday 2013-10-01 is 2013-W39."),
 43: (ALL, "Eight people killed in Port Moresby on Wednesday 2024-01-10: ASSAULT against people in PNG; the shooters are named only for 'some' deaths, so an empty source is accepted."),
 44: (SPUR, "Duplicate: the attack on the convoy and the soldier's death are one act, already coded from this sentence as e5 ('killed', ASSAULT, 2022-06-28)."),
 45: ((T, F, T, F, T, T), "Accepting the cabinet's resignation under protest pressure is a CONCEDE (accede to demands for change in leadership, CAMEO 0831), not an AGREE; the party acted upon is Sharaf's cabinet (EGY), named in the sentence, so the target should not be empty. Tuesday 2011-11-22 right."),
 46: (ALL, "Thousands marching in Lima on Sunday evening (1997-07-13) is PROTEST demo; no aim named in the sentence, so the Peruvian government is a right target."),
 47: (ALL, "Putin promising Lukashenko a loan is an offer of aid, AGREE, RUS -> BLR, Monday 2020-09-14."),
 48: ((T, T, F, T, T, T), "Zarqawi sentenced to death in absentia is SANCTION convict with no date given (background, unknown is right), but the sentence says he was sentenced in Jordan: the source should be Jordan's judiciary (JOR), not empty."),
 49: ((T, T, T, F, T, T), "Obama lifting restrictions on family travel and remittances (April 2009) is an easing of sanctions (RETREAT/CONCEDE family accepted), but the restrictions were on travel and remittances to Cuba: the target should be Cuba (CUB), not the United States."),
 50: ((T, F, T, T, T, T), "Pakistan withdrawing most of its diplomatic staff from Kabul reduces diplomatic relations: type should be SANCTION (CAMEO 161), not RETREAT (a military withdrawal); PAK -> AFG and the document date are right."),
}
KEYS = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and set(V) == {i['n'] for i in items}
with open('events-d.jsonl', 'w') as out:
    for it in items:
        vals, reason = V[it['n']]
        if not vals[0]:
            vals = SPUR
        v = dict(zip(KEYS, vals)); v['all'] = all(vals)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
print('written')
