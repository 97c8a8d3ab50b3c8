"""Judge b's verdicts for the 60 sampled events (round 16). Fields: event type source target date modality.
'y'/'n' per field in that order; spurious events (event n) are wrong in every field. Writes ../events-b.jsonl."""
import json
V = {
 1: ("yyynny", "target: the country's security forces, not Honduras the country; date: Dec 21 is the curfew-lifting date, the (expected) attack has none"),
 2: ("yyyyyy", ""),
 3: ("yyyyny", "date: EU agreed 'early in the current legislative session', not Tuesday (Tuesday is Guinea's act in the lead)"),
 4: ("yynyny", "source country empty though the story plainly places Zaghreb in Tunisia (Zagreb 'and the rest of the country', Tunisia); date: the urging is this news with no date -> document date, not unknown"),
 5: ("yyyyny", "date: text gives 'since last April 16', coded unknown"),
 6: ("yyyyyy", ""),
 7: ("yyynyy", "target: tariffs imposed at the US's request on food items generally, not against the US"),
 8: ("yynyyy", "source: the spokesman of Colombia's President Santos (COL), not Saud al-Faisal"),
 9: ("yyyyyy", ""),
 10: ("yyynyn", "target: La Reunion is the thing (not) traded, counterpart is Madagascar; modality: 'committed not to ... trade' is a negated/future commitment, not asserted"),
 11: ("nnnnnn", "spurious: the resignation is only demanded ('We demand ... the resignation of the president'); the act is a REQUEST by protesters to Kabila, not a RETREAT by Kabila"),
 12: ("nnnnnn", "spurious: a plan 'had been prepared by a government committee' is no act between actors, not AGREE"),
 13: ("nnnnnn", "spurious: a parade 'came six days after' - 'came' in temporal sense, not AID"),
 14: ("yynnyy", "source: Honduras authorities decide/deny the asylum case, not Velasquez; target: should be Velasquez, empty"),
 15: ("yyynyy", "target: MH17 crew/passengers of a Malaysian airliner; the text gives no nationality, UKR (place) is wrong"),
 16: ("yyynyy", "target: 'Niue mission' is the group's own mission; the party withdrawn from is Niue (NIU)"),
 17: ("yyyyny", "date: arrested and sentenced in 2007 (text), given the document date"),
 18: ("yyyyny", "date: the summit 'begins on May 12', coded unknown"),
 19: ("yyyyyy", ""),
 20: ("nnnnnn", "spurious: generic 'when patrols come in handy to fight drugs', no act"),
 21: ("yyyyyy", "(both officials are UAE in the garbled text; ARE accepted)"),
 22: ("nnnnnn", "spurious: description of a law under which forces 'can arrest suspects', no act"),
 23: ("yyyyny", "date: the hunger strike runs 'since Saturday, April 17' (previous sentence), given the document date"),
 24: ("yyyyyy", ""),
 25: ("yyyyyy", "(mutual listing of both parties in source and target accepted)"),
 26: ("nnnnnn", "spurious: 'The alleged incident is alleged to have occurred' - hedge word, no accuser or accused"),
 27: ("yyyyyy", ""),
 28: ("yyyyyy", ""),
 29: ("yyynny", "target: 'Lithuanian media' is the reporter, the other party is Tobago's PM; date: the leaders agreed at the April 26 meeting in Vilnius (previous sentence), not the document date"),
 30: ("yyyyyy", ""),
 31: ("yyynyy", "target: the sentence names the party instructed ('an official commission of bishops'), empty"),
 32: ("yynyyy", "source country: Beltran Leyva is of El Salvador's FREM (story opens 'El Salvador's rebels'), not COL"),
 33: ("yyyyyy", ""),
 34: ("yyyyny", "date: text says 'On May 24', given the document date"),
 35: ("yyyyyy", ""),
 36: ("yynyny", "source: the resisters are 'their Gulf allies' (of the Western powers), not Yemen; date: present 'are resisting' reported as news -> document date, not the 'yesterday' of an earlier sentence (target US/UAE as the callers of the previous sentence accepted)"),
 37: ("nnnnnn", "spurious: 'The Tzoni's are not accepted by the UN' is a state (non-recognition) in a garbled passage, no act"),
 38: ("nnnnnn", "spurious: habitual trade fact ('Sweden also exports to ...'), no event"),
 39: ("ynyyyy", "type: sending 1,500 military trainers to a country's army in a crisis is AID (military/police assistance incl. personnel), not COOPERATE"),
 40: ("yyyyny", "date: the activists' detention is background of unknown time ('who are detained'), given the document date"),
 41: ("yyynyy", "target: the accused is the coalition/'Global Islamic Media Front' (the 'which'), Iraq is the victim of the alleged attack"),
 42: ("yyyyyy", ""),
 43: ("yyyyny", "date: the failure to investigate is background, not Tuesday of HRW's statement (note: the sentence's own act is Sonfield's demand, uncoded)"),
 44: ("yyyynn", "date: the text gives no date for the visit (2023-06-20 has no basis); modality: 'planned to spend two days' is future, coded asserted"),
 45: ("nnnnnn", "spurious: 'free the country from the IMF ... programs' is not a release of captives; no act"),
 46: ("yyyyyy", "(garbled: 'the 93-year-old' read as Compaore, consistent with the next sentence)"),
 47: ("yyynyy", "target: the sentence names the addressees ('those in the vicinity'), empty"),
 48: ("ynyyyy", "type: activists occupying a court building as a protest is PROTEST (obstruct), not COERCE seize"),
 49: ("yyynny", "target: the backed party is the militant 'groups', not the US/Turkey themselves (mutual rule misapplied); date: standing background relation given the document date"),
 50: ("yynnyy", "source/target: 'AFP' here is the Armed Forces of the Philippines; Agence France-Presse added as a party"),
 51: ("yyynyy", "target: the sentence names the recipient whose support is suspended (the Luhansk region, UKR), empty"),
 52: ("nnnnnn", "spurious: 'help end the conflict' is not AID to Yemen; the act is the US/UAE urging their allies (REQUEST)"),
 53: ("yyyyyy", ""),
 54: ("yyyyyy", ""),
 55: ("yynnyy", "source: unnamed critics 'from a wider spectrum', not Labour; target: Labour (its policy) is the criticised party, not the UK military"),
 56: ("nnnnnn", "spurious: 'an opportunity for Iraqis to ... improve their relations' is a description of a proposal, no AGREE act by Iraqis"),
 57: ("yyynyy", "target: Iran is the place expelled from, not a party expelled (Allen and the Army officers right)"),
 58: ("yyyyyy", ""),
 59: ("yyynyy", "target country: Williams is the president of the island nation (Barbados in the lead), coded USA"),
 60: ("yyynyy", "target: the protest is 'against the recent decision by President Dilma Rousseff' - Rousseff named, target empty"),
}
KEYS = ["event", "type", "source", "target", "date", "modality"]
out = open("../events-b.jsonl", "w")
for line in open("sample-events.jsonl"):
    it = json.loads(line)
    v, reason = V[it["n"]]
    assert len(v) == 6, it["n"]
    d = {k: c == "y" for k, c in zip(KEYS, v)}
    if not d["event"]:
        d = {k: False for k in KEYS}
    d["all"] = all(d.values())
    it["verdict"] = d
    it["reasons"] = reason
    out.write(json.dumps(it, ensure_ascii=False) + "\n")
out.close()
