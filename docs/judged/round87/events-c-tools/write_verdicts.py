"""Write events-c.jsonl from my hand verdicts (judge c, round 87).
Each verdict: n -> (event, type, source, target, date, modality, reasons)."""
import json
T, F = True, False
V = {
 1: (T,T,T,T,F,T, "Ethiopia blaming the Mubarak attack on Sudan-sheltered gunmen is ACCUSE Ethiopia -> Sudan (the harbouring state), fine. Date wrong: 'has blamed' is a background act from the two months since the June attack, not this news; it should have no date (unknown), not the document date."),
 2: (T,T,T,T,F,T, "Barring Olympio from the race is COERCE with no named agent (empty source right) and Olympio (TGO) as target. Date wrong: the ban was imposed before the election, a background act; it should be undated, not the document date 2005-04-27."),
 3: (T,T,F,F,T,T, "The hostage deaths are an ASSAULT dated Tuesday 1998-12-29, fine. Source wrong: the sentence says the four died when the forces attacked the gunmen, not who killed them (the next paragraph gives conflicting accounts), so the source should be empty. Target wrong: 'an Australian' hostage is coded as the state Australia; it should be the Britons and the Australian hostage (GBR/AUS civilians)."),
 4: (T,T,T,T,T,T, "Pompeo meeting Pena Nieto on Friday 2018-10-19 is CONSULT USA -> MEX; all right. e4 ('visiting', same sentence) codes the same consultation a second time, but this main-clause 'met' is the event a coder would keep."),
 5: (T,T,T,F,T,T, "The charging of the two plotters is ACCUSE (allege) with no named prosecutor (empty source acceptable) and no date in the text (past perfect, unknown acceptable). Target country wrong: the two men are Arbabsiar (naturalised U.S. citizen with an Iranian passport) and Shakuri of Iran's Quds Force; the group should be IRN or empty, not USA."),
 6: (T,T,T,F,F,T, "'They' are the two sides (Clinton and Jiang), so this is a mutual AGREE; China as source is fine, but the target should then be the United States (Clinton), not empty. Date wrong: the pledge was made at Saturday's summit news conference, 1998-06-27 (the document date), not unknown."),
 7: (T,T,T,T,T,T, "Qatar's interior ministry calling the bombing a 'criminal act' is an ACCUSE (disapprove) aimed at unnamed perpetrators (empty target right), made in a statement reported as this news (document date right). It is a different act from the investigation (e2) in the same sentence."),
 8: (T,F,T,F,T,T, "Clinton beginning his China trip is a visit: the type should be CONSULT (visit), not AGREE, and the target should be China (CHN) as host, not empty. Source Clinton and date Thursday 1998-06-25 are right."),
 9: (T,T,T,T,T,T, "Jiang's trip to Washington last October is CONSULT (visit) CHN -> USA, dated 1997-10; all right."),
 10: (T,T,T,T,T,T, "The car-bomb killing of Yandarbiyev on Friday 2004-02-13 is ASSAULT. The bombers are unknown (empty source right) and the Chechen ex-leader is RUS; all right."),
 11: (T,T,F,F,T,T, "'Panama has refused to grant him safe passage' is a REJECT by Panama (PAN government) aimed at Martinelli. Source wrong: it should be Panama, not Martinelli. Target wrong: it should be Martinelli, not empty. The refusal is ongoing, so the document date is acceptable."),
 12: (T,T,T,T,T,T, "Al-Hijri calling for international protection is REQUEST (SYR) with no named addressee, reported as this news; all right."),
 13: (T,T,F,F,F,T, "'It ... calls on all states' is the resolution, i.e. the UN Security Council. Source should be the UN Security Council (UNO), not the United States. Target should be all states (no single party, empty), not Israel. Date should be 2016-12-23, the Friday it was adopted."),
 14: (T,T,T,F,T,T, "The lawyers calling the government's immunity argument 'absurd' is ACCUSE (disapprove). The source is garbled as 'argument lawyers' but it is the right party (KHM). Target wrong: it should be the Cambodian government officials (KHM) named in the sentence, not empty."),
 15: (T,T,T,F,T,T, "The Malawi street protests on Wednesday 2011-07-20 are PROTEST by demonstrators (MWI). Target wrong: Blantyre is a city, not a party. The protest is aimed at shortages, prices and Mutharika's authoritarianism, so the target should be the Malawian government / Mutharika (MWI)."),
 16: (T,F,T,F,T,T, "Portman calling the deal 'a step forward' is praise, so the type should be SUPPORT (approve), not CONSULT phone ('called' in the sense of calling it something). Target should be empty (the deal) or the WTO members, not India. Source and date (Dec 18, the story's day) are right."),
 17: (T,T,T,T,T,T, "Netanyahu's office calling the resolution 'shameful' is ACCUSE (disapprove) ISR. The sentence names no party, only the resolution, so an empty target is right by the rules (a coder might add the UNSC). Document date right; all right."),
 18: (T,T,T,F,T,T, "Vance meeting Weidel is CONSULT. Target country wrong: Alice Weidel is the German AfD co-leader (DEU), not USA/GOV. 'later' gives no explicit date, so the document date is acceptable."),
 19: (T,T,T,T,T,T, "Bobi Wine being charged at the Iganga court on Friday (the day he was bailed, 2020-11-20) is ACCUSE (allege) against him (UGA), with no named prosecutor; all right."),
 20: (T,T,T,F,F,T, "Lavin conceding defeat is CONCEDE (CAMEO 080 yield) CHL. Target wrong: the concession is to the winner, the rival named in the same sentence, Ricardo Lagos (CHL). Date wrong: he conceded 'within hours' of Sunday's vote, so 2000-01-16, not the Monday document date."),
 21: (T,T,T,T,F,T, "The army's account that the movement tried to assassinate Buratai is ASSAULT (attempted assassination) Islamic Movement -> Buratai (NGA), asserted under a plain 'said'. Date wrong: the attempt was Saturday's road incident, 2015-12-12, not the document date."),
 22: (T,T,T,T,T,T, "Aid agencies pulling their staff out of the region last week is a withdrawal (RETREAT) by non-state NGOs with no target, dated 1996-W43; acceptable (marginal as a political event)."),
 23: (T,T,T,F,T,T, "The Ben Yehuda suicide bombing on Thursday 1997-09-04 is ASSAULT by unaffiliated bombers. Target wrong: Ben Yehuda is the pedestrian mall, not a person or government; it should be the five Israelis killed (ISR civilians)."),
 24: (T,T,T,T,T,T, "EU officials pressing Israel to facilitate the vote is REQUEST EU -> ISR, a pluperfect background act with no date (unknown right); all right."),
 25: (T,T,F,T,T,T, "Tear gas fired at protesters on Saturday 2005-12-17 is ASSAULT (crowd control). Source wrong: it should be the (Hong Kong) police, not the South Korean farmers, who were among the targets. Target protesters (many South Korean, KOR) is acceptable."),
 26: (T,T,T,T,T,T, "The shooting of a senior Syrian officer last month (2008-08) is ASSAULT by unknown attackers against a SYR officer (name garbled but the right party); all right."),
 27: (T,T,T,T,T,T, "'Hundreds have been jailed' in Bahrain's unrest is COERCE (arrest) against BHR people. It is a total since 1994, so no date is right; all right."),
 28: (T,T,T,T,T,T, "Blinken meeting Qin in Beijing in June 2023 is CONSULT USA -> CHN; all right."),
 29: (F,F,F,F,F,F, "Spurious: Mulino's victory-speech promise to restore economic growth and attract investment is a domestic policy vow with no counterpart. It is no offer or commitment to cooperate with another actor, so it is not a PLOVER AGREE."),
 30: (T,T,T,T,T,T, "Obama ending the Summit of the Americas on Sunday 2009-04-19 is a multilateral CONSULT with Obama as actor and no recipient; all right."),
 31: (T,T,T,T,T,T, "Umarov urging his followers in July 2013 to use force against the Games is coded REQUEST to his followers (RUS North Caucasus militants). A coder might prefer THREATEN against Russia, but the literal request is acceptable; all fields right."),
 32: (T,T,T,F,T,T, "Zelenskiy criticising 'him' last month is ACCUSE (disapprove), dated 2022-03. Target wrong: 'him' is Orban (HUN), the subject of the preceding sentences, not Putin."),
 33: (T,T,T,T,T,T, "Opposition legislators voting against the proclamation in Thursday's early-hours session is REJECT PHL with no party as target; all right."),
 34: (T,T,T,T,T,T, "Rebels shelling Bujumbura last month (2003-04) is ASSAULT BDI rebels -> Burundi. The state/government as target of the shelling of its capital is acceptable, though the named victims are civilians."),
 35: (T,T,F,F,T,T, "The Maoists killed last month (2007-03) in clashes is ASSAULT. Both parties are in the sentence: the source should be the ethnic Madhesi group (NPL), not empty, and the target should be the Maoists (NPL), not empty."),
 36: (T,T,T,T,T,T, "The UN human rights office calling for an investigation is REQUEST (UNO) with no named addressee, reported as this news; all right."),
 37: (T,T,T,F,F,T, "Cisse conceding defeat is CONCEDE MLI. Target wrong: it should be the winner named in the sentence, Ibrahim Boubacar Keita (MLI), not empty. Date wrong: 'Sunday's' dates the run-off, not the concession. He conceded on Monday evening, 2013-08-12, when he visited Keita (next sentence), or at the latest by the document date, not 2013-08-11."),
 38: (T,T,T,T,T,T, "'More than 30 people have been killed' in Bahrain's unrest since 1994 is an ASSAULT total against BHR people. It correctly has no date; all right."),
 39: (T,T,T,T,T,T, "Yemeni security forces attacking the Islamist kidnappers on Tuesday 1998-12-29 is ASSAULT YEM -> gunmen (country not given, empty right); all right."),
 40: (T,T,T,T,F,T, "Sudan blaming Israel for the convoy strike and last year's missile attack is ACCUSE SDN -> ISR. Date wrong: 2009 is the date of the strike, not of the blame, which also covers an attack from 2011; the blame is an undated background act (no date)."),
 41: (T,T,T,F,T,T, "The military blaming the old political class for corruption is ACCUSE (allege) by the Malian military, an ongoing stance (document date fine). Target wrong: it should be 'the old political class' (MLI) that 'whom' refers to in the same sentence, not empty."),
 42: (T,T,T,T,T,T, "Western governments urging Moscow to stop the flow of arms is REQUEST (Western governments, no code) -> RUS, reported as this news; all right."),
 43: (F,F,F,F,F,F, "Spurious: analysts voicing scepticism about the plot's plausibility is commentary by non-political actors, not an accusation against the Mexican gang or anyone else."),
 44: (F,F,F,F,F,F, "Spurious: 'before it takes in up to a dozen new members' is EU enlargement, a trigger in another sense. There is no arrest (COERCE)."),
 45: (T,T,T,T,T,T, "Junta spokesman Zaw Min Tun accusing ASEAN of breaching its principles is ACCUSE MMR -> ASEAN, reported as this news; all right."),
 46: (T,T,T,T,T,F, "Mulino saying he would seek Washington's help to repatriate migrants is REQUEST (assist) PAN -> USA with no date. Modality wrong: a stated intention ('said he would seek') is future, not hypothetical."),
 47: (T,T,T,F,T,T, "Iran's ambassador complaining in writing about the 'fabricated' allegations is ACCUSE (official complaint) IRN. Target wrong: Ban Ki-moon is only the addressee; the party complained about is the United States, author of the allegations. The target should be USA (or empty), not Ban."),
 48: (T,T,F,T,T,T, "'It asks the office of ... Navi Pillay to carry out an investigation' is REQUEST by the resolution. Source wrong: it should be the UN Human Rights Council (UNO), not India, which abstained. Target (Pillay's office, UNO) and date (Thursday 2014-03-27) are right."),
 49: (T,T,T,T,F,T, "Goita's junta expelling French troops is SANCTION (expel) MLI -> FRA. Date wrong: August 2020 is the first coup. The expulsion came 'since' the coups and the text gives it no date, so it should be undated."),
 50: (T,T,T,T,T,T, "Abdiqasim asking every Somali to lay down weapons in his Sunday inauguration speech is REQUEST SOM -> Somalis. Coding them as Somalia (SOM) is acceptable for 'every Somali', and the date 2000-08-27 is right; all right."),
}
FIELDS = ["event","type","source","target","date","modality"]
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and sorted(V) == [i['n'] for i in items]
with open('events-c.jsonl','w') as out:
    for it in items:
        v = V[it['n']]
        d = dict(zip(FIELDS, v[:6]))
        if not d['event']:
            assert not any(d.values())
        d['all'] = all(d[f] for f in FIELDS)
        o = dict(it); o['verdict'] = d; o['reasons'] = v[6]
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
counts = {f: sum(V[n][k] for n in V) for k, f in enumerate(FIELDS)}
counts['all'] = sum(all(V[n][:6]) for n in V)
print(counts)
