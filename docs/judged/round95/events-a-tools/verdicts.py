"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the verdicts below (judge a, round 95),
then check them. usage: python events-a-tools/verdicts.py (run from docs/judged/round95)"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n: (list of wrong fields, or "spurious"), reasons
V = {
 1: ([], "Suicide attack at the festival: ASSAULT by the first bomber (country not given in the sentence, so an empty code is right), no target named, Saturday 2003-07-05, asserted with investigators as reporter. The mode should be suicide-attack, but the type is right."),
 2: ([], "Signing the reconciliation pact is SUPPORT (CAMEO 057). A reciprocal agreement coded with the factions (PSE) as actor and no recipient is right by the PLOVER note. Thursday is 2022-10-13."),
 3: (["date"], "ACCUSE by the United States is right. The empty target is right by the rule because 'the trip' is an act, not a party (a trained coder would still code Mandela/ZAF). The date is wrong: 'had made clear' is background from before Wednesday's trip, so it should be undated or 1997-10-21, the Tuesday statement in the next sentence, not the document date."),
 4: (["target"], "ACCUSE by Saad Hariri (LBN) on the day of the bombing is right, but 'them' refers to the killers. The target should be the unnamed killers with no country code, not Syria, which appears only in an earlier sentence as a comparison."),
 5: ([], "France (FRA) granted recognition to Palestine (PSE), which is SUPPORT, on Monday 2025-09-22. All fields right."),
 6: (["target"], "Serbia's standing rejection, with the document date because it is ongoing, is acceptable as REJECT. The sentence names the party rejected, though: the target should be Kosovo (XKX), whose declaration of independence Serbia rejects, not empty."),
 7: (["source"], "ACCUSE Sassou Nguesso -> Lissouba (COG) on the document date is right. The source's country is wrong: the sentence says he ruled Congo, so it should be COG, not empty."),
 8: (["source"], "CONCEDE (conceded defeat) with the document date is right. The source's country is wrong: Branko Crvenkovski is Macedonian (MKD), not USA."),
 9: (["source"], "ASSAULT on the Ankara peace rally, 2015-10, with the people at the rally (TUR) as target, is right. The source's country is wrong: the text does not say where the suicide bombers came from (the attack was blamed on Islamic State), so the code should be empty, not TUR."),
 10: (["source"], "AGREE ('ready to build normal relations') toward Russia on the document date is right. Maskhadov's code is wrong: SUN (Soviet Union) should be RUS for the Chechen separatist leader (Chechnya, a region of Russia)."),
 11: (["date", "modality"], "An act inside the Western governments' accusation, a failure to investigate, coded as a negated ACCUSE/investigate by Lukashenko; I count it as an event, though a trained coder would likely code only the accusation. The modality should be reported, because the act is claimed in an accusation. The date is wrong: 1999 is when the disappearances happened, while the failure to investigate runs on, so it should be undated or the document date."),
 12: (["target"], "SUPPORT (welcomed) by Sikorski (POL) on 2025-01-01 is right. The target is wrong: he welcomed the end of gas transit, and NATO appears only in the comparison ('after NATO's expansion'). The target should be empty, or Ukraine, whose refusal ended the transit."),
 13: (["source", "target"], "REQUEST (urged them to stay calm) on 1995-07-10 is right. Suu Kyi's code should be MMR, not JPN. The target should be the crowd of her supporters ('them', MMR), not the witnesses who report it."),
 14: ([], "CONSULT between Clinton (USA) and Musharraf (PAK) on the visit day, Saturday 2000-03-25. All fields right."),
 15: (["source"], "REQUEST to the Malian government (MLI) is right, and the ongoing pressure takes the document date. The source list has a bogus third party, 'whose peacekeeping mission' (GOV, no country): the source should be France (FRA) and the United Nations only."),
 16: (["date"], "COERCE arrest of the four Russian officers (RUS) by Tbilisi (GEO) is right; 'Tbilisi's forces' is loosely named but is the Georgian state with the right code. The date is wrong: the text says 'in September', so it should be 2006-09, not the document date 2006-11-13."),
 17: ([], "Multilateral CONSULT (the Arab summit) ending Wednesday 2001-03-28. Arab leaders have no single country code, and no target is right. All fields right."),
 18: ([], "Javadov (AZE) was wounded in the storming: ASSAULT on Friday 1995-03-17. The attacker is not named in this sentence ('the assault' is an act), so an empty source is right. The mode 'assassinate' is off, but the type is right."),
 19: (["source"], "MOBILIZE police on Sunday 2013-05-12 is right. The source is wrong: the police deployed in Reyhanli to protect Syrian-owned shops are Turkish police (TUR), not Syrian police."),
 20: ([], "Ter-Petrosyan (ARM) resigned in February 1998: RETREAT resign. All fields right."),
 21: (["target"], "China's announced expulsion is SANCTION expel (future, undated), and the source China is right. The target is incomplete: it should be the American journalists (USA) working for the three papers. The New York Times is dropped, leaving only the WSJ and the Post."),
 22: ([], "ACCUSE by the European Commission of 'the Balkan country' (Bulgaria, BGR) on Wednesday 2008-07-23. All fields right."),
 23: ([], "COERCE arrest by police (Chile, in Santiago) of dozens of people (CHL) during the Sunday celebrations of Pinochet's death, 2006-12-10. All fields right."),
 24: (["target"], "REQUEST (demanded an apology and an investigation) by Liu Weimin (CHN) on the document date is right. The target is wrong: the demand is addressed to the United States, which this sentence names, so it should be USA, not empty."),
 25: ([], "SUPPORT (welcomed the run-off) by ZANU-PF (ZWE). The run-off is not a party, so no target is right, and the undated reaction takes the document date. All fields right."),
 26: (["date"], "The killing of six people in Beirut (LBN) by an unnamed attacker is ASSAULT. The date is wrong: 2013-03-14 comes from the name of the 'March 14 coalition', and the bombing was Friday 2013-12-27."),
 27: ([], "REQUEST by Abbas (PSE) to the United States (USA) at the Saturday summit, 2023-11-11. All fields right."),
 28: (["date"], "REQUEST (appealed for unity, no addressee named) by Mwanawasa (ZMB) is acceptable. The date is wrong: the inaugural address belongs to Wednesday's swearing-in, so it should be 2002-01-02, not the document date 2002-01-03."),
 29: (["source"], "ACCUSE disapprove of the coup attempt, with no party named as target and the document date, is right. The source is wrong: ECCAS is coded CAF (Central African Republic) when it should have no country code, and Portugal, which the sentence names as a condemner, is missing."),
 30: ([], "Russia's invasion of Ukraine in February 2022 (RUS -> UKR) is ASSAULT. All fields right."),
 31: (["target"], "ASSAULT firearms by Guinean troops (GIN) on 2009-09-28 is right. The target is wrong: the troops fired on an opposition rally, so it should be the opposition rally-goers (GIN), not empty."),
 32: (["source", "target"], "Type REJECT (dismissed the plot as a pretext) accepted, though ACCUSE of the government is arguable. The source's code is wrong: the critics are Nigerian (NGA), not DNK. The target is wrong: it should be the Nigerian government (NGA), which the sentence names ('critics of the government') and whose claim is dismissed."),
 33: (["date"], "'The offensive' (the government offensive on UNITA) is ASSAULT, and this sentence names no party, so an empty source and target are right. The date is wrong: 1994 is the year of the Lusaka protocol. The offensive is current news, so the date should be the document date 1999-10-25 (the capture of Bailundo was Sunday 1999-10-24)."),
 34: (["target", "date"], "MOBILIZE troops by Venezuela (VEN) is right. 'its border' is Venezuela's own border, so the target should be empty (or Colombia, the implied adversary), not Ecuador. The date should be undated (after the March 1 raid, 2008-03 at most), not 2008-03-01, which is the day of the Colombian raid."),
 35: ([], "ACCUSE (has been criticised) of Mbeki (ZAF) by unnamed critics is ongoing, so it takes the document date. All fields right."),
 36: ([], "SUPPORT (signed the joint communique) between Wang Yi (CHN) and Vargas (DOM) on Tuesday 2018-05-01 is a mutual event, coded both ways. All fields right."),
 37: ([], "CONSULT visit by Hu ('he', the former party chief, CHN) to the United States (USA) in spring 2002. All fields right."),
 38: (["modality"], "ACCUSE by the Zimbabwean government (ZWE) of the MDC (ZWE) on the document date is right, but the blame is asserted, not negated. The negation ('denies') belongs to the other clause."),
 39: (["target"], "PROTEST riot in 2001 with no rioters named is right. The target is wrong: the sentence says the riots forced President Fernando de la Rua from office, so it should be de la Rua / the Argentine government (ARG), not empty."),
 40: (["target"], "SUPPORT (stood with its ally) by the US government on the document date is right. The target is wrong: 'its ally' refers to Turkey, so it should be TUR, not empty."),
 41: ([], "CONSULT (peace talks) between the Yemeni government and the Houthis (YEM) on Thursday 2016-04-21. All fields right."),
 42: (["target"], "THREATEN by Turkey (TUR) 'in recent days', with the document date, is right. The target is wrong: the threatened offensive is against the Kurdish militia in the SDF (YPG, SYR), which this sentence names, so it should not be empty."),
 43: ([], "REQUEST (demanded the decision be reversed) by Ambassador Mitrofanova (RUS) on the document date. 'The decision' is an act, not a party, so the empty target is right by the rule (a coder would name Bulgaria). All fields right."),
 44: ([], "SUPPORT (signed the friendship treaty) between Hungary and Romania on Monday 1996-09-16, coded as mutual. All fields right."),
 45: ([], "THREATEN violence by Davutoglu (TUR) against the Syrian Kurdish militia (SYR) on Thursday 2016-02-18. All fields right."),
 46: ([], "SUPPORT (welcomed the result) by Russia and Iran on the document date. 'The result' is not a party, so the empty target is right by the rule. All fields right."),
 47: (["date"], "COERCE arrest of Obasanjo (NGA) by Nigerian security agents (NGA) is right. The date is wrong: the text says he was taken from his home on Monday, so it should be 1995-03-13, not the document date 1995-03-14."),
 48: ([], "REQUEST by the Pakistani government (PAK) for Washington (USA) to play a more active role, told to reporters on the visit day 2000-03-25. All fields right."),
 49: ("spurious", "Not an event: 'investors welcomed his victory' describes the market's reaction (the sol firmed), not an act or statement by a political actor. A trained PLOVER coder would not code it."),
 50: ([], "Fujimori (PER) faxed his resignation in 2000: RETREAT resign. All fields right."),
}

PARAS = {
 "h25-x94-18": (["REQUEST: Saudi Arabia (SAU) and allies -> Qatar (QAT), sent a list of 13 demands (close Al Jazeera, scale back ties with Iran, shut the Turkish base), 2017-06-23 (copy seen Friday; sent before)"], 0,
               "The ongoing boycott is presupposed ('ending their boycott'), not reported as an act here, so it is not counted. Dateline has no event in the paragraph and misses the demands."),
 "h25-x96-19": (["SUPPORT: Dominican Republic (DOM) -> China (CHN), established diplomatic relations, 2018-05-01",
                 "SANCTION: Dominican Republic (DOM) -> Taiwan (TWN), cut diplomatic ties, 2018-05-01"], 2,
               "Both found with the right types and arguments."),
 "h25-x96-09": (["RETREAT: Chen Shui-bian (TWN) resigned as DPP chairman, 2004-12-14"], 1,
               "Found. The election result is an outcome, not an act."),
 "h25-x96-16": (["ASSAULT: a knife attacker (Kim Ki-jong, KOR) -> U.S. Ambassador Mark Lippert (USA), slashed him, 2015-03-05",
                 "ACCUSE: South Korea's president Park Geun-hye (KOR) -> the attacker/attack, called it an assault on the alliance, 2015-03-05"], 0,
               "Dateline has no event in the lead paragraph: it misses the stabbing itself and Park's condemnation (it codes her condemnation later, in paragraph 5)."),
 "h25-x95-08": (["COERCE: Zimbabwe (ZWE) -> 64 suspected mercenaries, seized/holding them aboard a cargo plane at Harare airport, 2004-03-07 (Sunday night; announced 2004-03-09)",
                 "COERCE: Equatorial Guinea authorities (GNQ) -> an advance team, arrested for plotting to overthrow Obiang, undated (reported 2004-03-09)"], 0,
               "No dateline event in this paragraph; its arrest event e1 is from paragraph 4. The coup-plot allegation could also be coded as ACCUSE (GNQ -> the team), but I have not counted it."),
 "h25-x93-21": (["SANCTION: Bulgaria (BGR) -> 70 Russian diplomats and staff (RUS), ordered expelled, 2022-06-28 (announced Tuesday)",
                 "THREATEN: Russia's ambassador Eleonora Mitrofanova (RUS) -> Bulgaria (BGR), threatened to close her embassy, 2022-06-28/29"], 1,
               "The expulsion is found as SANCTION (mode withdraw; expel would be better). The ambassador's threat is missed."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, notes = PARAS[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(p["events"]), "spurious": 0, "notes": notes},
                             ensure_ascii=False) + "\n")

# checks
rows = [json.loads(l) for l in open("events-a.jsonl")]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it["n"], it["doc"], it["trigger"]) == (r["n"], r["doc"], r["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
pr = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(pr) == 6
counts = {f: sum(r["verdict"][f] for r in rows) for f in F + ["all"]}
print("counts of 50:", counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pr), "found", sum(p["found"] for p in pr),
      "dateline", sum(p["dateline_events"] for p in pr), "spurious", sum(p["spurious"] for p in pr))
