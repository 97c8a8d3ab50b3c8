"""Write events-c.jsonl from the judge's verdicts below (fields false listed per item) and check it.
usage: verdicts.py  (run in docs/judged/round66)"""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n -> (fields that are wrong, reasons); "spurious" = event false (all false)
V = {
 1: ((), "ACCUSE France (FRA) condemning the killing of Mainassara; 'the killing' names no party, so the empty target is right by the rules (a coder might add the presidential guard, NER); undated reaction takes the document date."),
 2: ((), "Beijing's push for anti-protectionism wording at the summit is a REQUEST by China (CHN); no party is named as addressee, so the empty target is right; summit-weekend act, document date 2018-11-18 right."),
 3: ((), "REQUEST by Khamenei (IRN) calling on 'all sides' (Iranian factions, IRN) to support the new president; document date of the Saturday report is right."),
 4: ((), "ACCUSE Odinga (KEN) -> 'the president' = Kibaki (KEN); undated reaction reported as this news takes the document date."),
 5: ((), "Recalling an ambassador in protest is SANCTION (CAMEO 161) Canada (CAN) -> Israel (ISR); no date in the text, reported as this news, document date right."),
 6: ((), "ACCUSE Deby (TCD) -> Sudan (SDN) for backing the rebels; 'on Thursday' grammatically dates the fighting, not the accusation, so the document date is right by the rules."),
 7: ((), "Negated COERCE arrest: police (PAK) report no arrest; passive with no named target, empty target right; negated modality and document date right. (A negated act is kept as an event because the scheme codes negation.)"),
 8: ((), "'Chad is severing its relations with Sudan with immediate effect' is SANCTION Chad (TCD) -> Sudan (SDN), asserted; speech undated in the text, document date right. It repeats the lede's break-off but in another sentence, so not a duplicate by the rules."),
 9: ((), "Conceding the election is CONCEDE (CAMEO 080 yield) by Hsieh (TWN), no party named as target; 2008-03-22 (the Saturday election night) is what the narrative implies and is accepted (the document date would also be right)."),
 10: ((), "Sealing the Gaza crossings is a blockade, COERCE restrict (CAMEO 191), Israel (ISR) -> Gaza/Palestinians (PSE); 'last week' from 2008-01-24 is 2008-W03, right."),
 11: ("spurious", "Spurious: 'what it calls an anti-terrorist operation' is naming, not an accusation (trigger in another sense). The act in the sentence is Kiev launching a military operation (ASSAULT/MOBILIZE, UKR -> separatists, this week), which this ACCUSE record does not code."),
 12: ("spurious", "Spurious: Walker visiting the village of Racak to view the bodies is an on-site inspection of a place, not a CONSULT with a host actor; the target 'Racak [USA]' is a place with a wrong code. (A coder who codes visits to places would want target Yugoslavia, YUG, dated 1999-01-16.)"),
 13: ((), "SUPPORT (praise) by human rights groups in London and Madrid (GBR accepted for a two-country group; ESP also applies) of the arrest; British police are clearly the party whose act is praised; document date right."),
 14: ((), "Ordering the Cambodian ambassador out is SANCTION (diplomatic expulsion) Thaksin (THA) -> Cambodian ambassador (KHM), Thursday = document date 2003-01-30 right."),
 15: (("target",), "COERCE restrict by Chad (TCD) closing its border is right, but the sentence names Sudan ('Sudan's neighbour Chad'), whose border is closed: target should be Sudan (SDN), not empty."),
 16: (("source", "target", "date"), "'backed by huge street protests' is support for Ravalomanana by protesters, not by him: source should be the street protesters in Antananarivo (MDG), target Ravalomanana (MDG); the act is background from February, date should be 2002-02, not the document date."),
 17: ("spurious", "Spurious: 'About 5,000 U.S. troops are stationed in Saudi Arabia, most since 1991' describes a standing presence as background; no move, deployment or activation is reported."),
 18: ((), "SUPPORT Nasheed (MDV) congratulating Yameen (MDV) in his concession speech; no explicit date, document date 2013-11-17 accepted (the concession came 'within hours' of Saturday's result, so 2013-11-16 is also possible)."),
 19: (("target",), "Taking control of the palace and airport is ASSAULT (armed forces seizing ground) by the RSF (SDN), but the target is wrong: Hemedti is the RSF's own leader; target should be empty (sites, no party) or the Sudanese army/state (SDN). Modality: 'said' is attribution, asserted kept by the rules, though the next sentence calls it a claim."),
 20: (("target",), "THREATEN by Hamas officials (PSE) warning the movement will not be deterred from its struggle is right, but the struggle is 'against Israeli occupation': target should be Israel (ISR), not Hamas itself."),
 21: ((), "RETREAT resign by Prime Minister Gakharia (GEO); 'on Thursday' before Tuesday 2021-02-23 is 2021-02-18, right."),
 22: (("date",), "ACCUSE opposition politicians (PAK) -> Punjab provincial administration (PAK) is right, but the accusation is a reaction to Tuesday's attack, reported as this news: date should be the document date 2009-03-03, not unknown."),
 23: ((), "SUPPORT United States (USA) welcoming Taiwan's vote -> Taiwan (TWN); undated reaction, document date right."),
 24: ((), "ASSAULT (heavy bombardment) Israel (ISR) -> people in Lebanon (LBN); the week-long bombardment is still going on when the story is told, so the document date is right."),
 25: (("target",), "REQUEST by Russia (RUS) urging restraint is right, but the sentence names the addressee 'all sides' (the Yugoslav/Serb forces and the KLA in Kosovo): target should be all sides, not empty."),
 26: (("target",), "COERCE arrest by Scotland Yard (GBR) late on Friday (1998-10-16) is right, but the sentence names the detainee: target should be Augusto Pinochet (CHL), not empty."),
 27: ((), "Signing the friendship treaty is SUPPORT (CAMEO 057) between Yeltsin (RUS) and Kuchma (UKR), mutual; Saturday 1997-05-31 right."),
 28: ((), "SUPPORT Nateq-Nouri (IRN) congratulating 'the winner' = Khatami (IRN); document date of the Saturday report right."),
 29: (("source",), "CONCEDE (agreeing to pull back forces and admit verifiers) dated 1998-10 is right, but Milosevic is the Yugoslav president: source code should be YUG (or SRB), not USA."),
 30: (("date", "modality"), "'No American was reported killed there' negates the killing of Americans in the Dar es Salaam bombing: modality should be negated, not asserted; the bomb went off 'minutes' after the Friday Nairobi blast, so the date should be 1998-08-07, not 1998-08-08."),
 31: (("target",), "ACCUSE (charged under the anti-mercenary law) with an unnamed charging authority is right, but the man charged is Mark Thatcher: target should be Mark Thatcher (GBR), not Margaret Thatcher."),
 32: (("target",), "Future CONSULT visit by NATO's Clark and Naumann (NATO) is right, but the sentence names the party visited: target should be President Slobodan Milosevic (YUG), not a 'Serbia government' (SRB)."),
 33: ((), "REJECT by the Democratic Coordinator (VEN) of the referendum results; no party named, empty target right; document date right."),
 34: ((), "CONSULT visit Yeltsin (RUS) -> Ukraine (UKR): the official visit during which the treaty was signed on 1997-05-31; right."),
 35: (("date",), "ACCUSE Walker (USA) -> Serbian security forces (SRB) is right, but the accusation came before Monday's order ('after he accused'); the text dates it to Saturday at Racak: date should be 1999-01-16, not the document date."),
 36: ((), "Summoning the British ambassador is an official complaint, ACCUSE (CAMEO 114), target British ambassador (GBR); the passive names no summoner so the empty source is right by the rules (a coder would add Chile, CHL); document date right."),
 37: (("target",), "SUPPORT (hoped to sign an agreement), EU (EUR), hypothetical, 2008-W06 is right, but the agreement is 'with Belgrade': target should be Serbia (SRB government), not 'Belgrade's opposition' (a party)."),
 38: ((), "REQUEST Bush (USA) urging Ankara (TUR) not to send troops; document date right."),
 39: ((), "CONCEDE by Nasheed (MDV) conceding defeat; no explicit date, document date 2013-11-17 accepted ('within hours' of the Saturday result leaves Saturday night or early Sunday)."),
 40: ((), "SUPPORT by EU leaders (EUR) welcoming the result; no party named, empty target right; document date right."),
 41: ((), "Apologising is SUPPORT (CAMEO 055) by Hsieh (TWN) -> his supporters (TWN); no date in the text, document date right."),
 42: ((), "REQUEST by the AU, Portugal and the United States for restoration of the elected government; addressee (the junta) not named, empty target right; document date right."),
 43: ((), "Recalling the ambassador from Washington is SANCTION Turkey (TUR) -> United States (USA); background act of unstated time (between last week's committee vote and now), so no date is accepted."),
 44: (("target",), "COERCE arrest by Zimbabwean authorities (ZWE) in March 2004 is right, but the text says the 70 men were 'most of them South Africans': the target's code should be ZAF, not empty."),
 45: ((), "REQUEST China's Foreign Ministry (CHN) urging Pyongyang (PRK) to return to dialogue; same-day reaction, document date right."),
 46: ((), "Serbia (SRB) 'will never recognise' Kosovo (XKX): SUPPORT negated accepted (equivalent of a REJECT, as the rules allow 'RETREAT negated'); the statement's time is not given, so no date is right."),
 47: ((), "CONCEDE by Nateq-Nouri (IRN) conceding defeat; document date of the Saturday report right."),
 48: ((), "ASSAULT by the rival generals (SDN army and RSF) killing civilians (SDN); 'on Sunday' 2023-04-16 right."),
 49: ((), "REQUEST by Guterres, Blinken and the AU for an end to hostilities; no party named, empty target right; document date right."),
 50: ((), "Ivanov (MKD) calling the name deal 'a historic mistake' is a criticism of a policy, ACCUSE disapprove; the deal names no party in the sentence, empty target right; document date right."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    bad, why = V[it["n"]]
    if bad == "spurious":
        v = {f: False for f in F}
    else:
        assert all(b in F for b in bad)
        v = {f: f not in bad for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = why
    out.append(o)
with open("events-c.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
# checks
back = [json.loads(l) for l in open("events-c.jsonl")]
assert [(b["n"], b["doc"], b["trigger"]) for b in back] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for b in back:
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(b["verdict"][f] for b in back) for f in F + ("all",)}
print(counts)
