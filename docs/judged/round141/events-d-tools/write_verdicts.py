"""Write events-d.jsonl from the judge's verdicts below (fields: event type source target date modality;
1 = right, 0 = wrong; a spurious event is all zeros) and check the output."""
import json
V = {
 1: ("111011", "Target code is wrong: the detained 44-year-old man is the suspected attacker; the text gives no nationality, so the code should be empty, not JPN. Date 2024-09-18 (detained at the scene of Wednesday's attack) and the rest are right."),
 2: ("111111", "Arrest of Pukach in 2009, arrester not named so an empty source is right; target and year right."),
 3: ("110011", "The standing deployment of the peace force is a codable MOBILIZE, but the source should be the NATO-led force (IFOR/NATO), not a garbled 'led troops' coded BIH; NATO is the force's leader, not the target, which should be empty."),
 4: ("111111", "'Said he would not resign' is a RETREAT negated under the conventions (or REJECT asserted); Samak is the source, no target named; no date in the text, so the document date is right by rule."),
 5: ("111001", "PROTEST riot by the crowds is right, but the riot's aim is a mosque and recruitment agencies, so the state is wrong and the target should be empty; date should be 2004-09-01, the Wednesday of the rampage given in the lead, not the document date."),
 6: ("111111", "Court in Batumi sentenced Amaglobeli on Wednesday 2025-08-06; all fields right."),
 7: ("111111", "'It' is the Nepal government; the travel ban on its citizens is COERCE (restrict movement); an undated background act with no date is right."),
 8: ("111111", "SUPPORT by Albright; 'the agreement' is no party, so an empty target is right by the rules (a coder might give Greece/Turkey); July 8, the dateline's day, is right."),
 9: ("101111", "Type should be AGREE (a promise to the U.S. that the culprits would be found) or SUPPORT for the expressed regret (CAMEO 055), not THREATEN; source right and, for those types, the U.S. is not named in the sentence so an empty target is right."),
 10: ("111111", "ACCUSE by Sri Lankan officials against Western governments (no single country code, empty right); present tense, ongoing, document date right."),
 11: ("111111", "ASSAULT on the Japanese boy, attacker not named in the sentence; Wednesday morning 2024-09-18 right."),
 12: ("111011", "Target should be the rebels (Libyan rebels, LBY), named in the sentence as the object of the counter-offensive; an empty target is wrong. Source, type, date 2011-03-10 right."),
 13: ("111111", "Future CONSULT of Gantz with (Moroccan) army officials in Rabat; no exact date, unknown basis right."),
 14: ("000000", "Spurious: 'supports adopting the euro' is a standing policy position with no act between political actors and no time; the sentence's codable act is the pledge to work with the government (dateline's e4)."),
 15: ("111111", "Police fire on rioters: ASSAULT, Nepal police -> rioters, Wednesday 2004-09-01; all right."),
 16: ("111001", "AID by Soro's fighters is a fair type, but the target should be Alassane Ouattara (CIV), named as the one helped, and the date should be 2011, given in the sentence, not the document date."),
 17: ("111111", "UN accused Chadian troops: right. The sentence dates it only 'days after'; an undated value is accepted, though the text later gives the U.N. spokesman's statement on Tuesday 2014-04-01."),
 18: ("111111", "REQUEST by human rights groups (no country given) to the Nepali authorities; document date right for news with no date."),
 19: ("111111", "ACCUSE by PAD leaders (THA; the GOV sector is off but the party and country are right) against Samak; no date given, document date right."),
 20: ("111111", "Police tear gas on marching crowds in Georgetown: ASSAULT crowd-control; 'this week' = 1998-W03 right."),
 21: ("111011", "Lifting the travel ban is RETREAT, but its target should be the American pro-democracy workers (USA) on whom the ban lay, not Egypt."),
 22: ("111111", "Mutual AGREE of Greece and Turkey on Tuesday 1997-07-08; all right."),
 23: ("111111", "Shooting of Kem Ley on Sunday 2016-07-10, shooter not named in the sentence; right (the second target string is the same person)."),
 24: ("111111", "Future CONSULT Pickering -> Russian officials on Thursday 1995-09-14; all right."),
 25: ("111111", "SUPPORT by Carrie Lam; 'the decision' is no party, empty target right by the rules; document date right."),
 26: ("111111", "Samper condemned the killing: ACCUSE, no perpetrator named so empty target right; Nov 2 right."),
 27: ("111111", "Norway welcomed the deal: SUPPORT, empty target right by the rules, document date right."),
 28: ("111111", "Cambodia refused Thailand's request: REJECT Cambodia -> Thailand; all right."),
 29: ("000000", "Spurious: 'clash' is the political dispute between president and prosecutors in analysts' words, not an ASSAULT or any act."),
 30: ("111101", "Conviction of Tokcan right, but the date should be empty: 1996 is the year of the hijacking, the text gives no date for the conviction."),
 31: ("111001", "Bin Laden's call is a REQUEST; the target 'followers' should have no country code (the text gives none, not SAU); the date should be empty, a background call of unknown earlier time, not the document date."),
 32: ("000000", "Spurious: 'was only supporting local people' is Gargash's defence of the deployment against Yemen's charge, not an act of support between political actors (and Socotra's people would be YEM, not ARE)."),
 33: ("101011", "Type should be MOBILIZE (Poroshenko put his troops on highest combat readiness), not REQUEST; target should not be 'troops' coded RUS: they are Ukrainian troops being mobilised, so the target should be empty. (reported_by should be Poroshenko, not Putin.)"),
 34: ("111110", "Chile's promise to negotiate is AGREE with Bolivia unnamed (empty right), undated right, but the modality should be reported: the promise is inside Morales's argument in filing the case."),
 35: ("111001", "Target should be the detained PSF party member ('he'), not government spokesman Koulamallah; date should be empty, the arrest preceded the Wednesday violence and the text gives no date."),
 36: ("111111", "Conviction of the two men in Cambodia's flawed trial; court not named, undated right."),
 37: ("111111", "Erdogan condemned the killing: ACCUSE, empty target right, document date right."),
 38: ("111101", "Assad opening the summit as host is a multilateral CONSULT with an empty target; date should be 2008-03-29, the Saturday the lead gives for the opening, not the document date."),
 39: ("111111", "Britain sanctioned Kirillov in October 2024; all right."),
 40: ("111011", "Future ACCUSE by the Special Tribunal; the target should be members of Hezbollah (LBN), not Nasrallah himself."),
 41: ("111111", "U.S. officials welcomed the departures: SUPPORT, empty target acceptable, document date right."),
 42: ("111111", "Yemeni officials accuse Abu Dhabi (UAE government): all right."),
 43: ("111011", "Summoning the envoy to lodge a protest is ACCUSE (complain officially); the target 'the envoy' is the Chinese ambassador and should be coded CHN, not JPN."),
 44: ("111101", "Negated ratification by Washington is codable, but the date should be empty (the non-ratification spans 1996 to now; the Senate rejection was in 1999), not the 2023 Thursday of the story."),
 45: ("111111", "The relative's 'He was killed' restates Kem Ley's killing; ASSAULT, target Kem Ley, Sunday 2016-07-10 right (a repeat of the lead's event, not a same-sentence duplicate)."),
 46: ("000000", "Spurious: the Thai deputy minister flying with the gunmen to the border as a safety guarantee is no visit to or meeting with Myanmar's government."),
 47: ("111111", "Shooting of the Italian priest on Sunday 2006-02-05, shooter not named in the sentence; all right."),
 48: ("111111", "Closing the border with Thailand and halting trade is CAMEO 163/172, COERCE restrict in CAMEO2PLOVER (SANCTION would also be defensible); Myanmar government -> Thailand, document date right."),
 49: ("111111", "Maskhadov signed a peace treaty with Yeltsin in May 1997: SUPPORT (sign agreement), mutual; right."),
 50: ("111101", "ACCUSE by critics against Jansa is right, but the date should be empty: it is a background accusation over his term, not this news."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and len(V) == 50
out = []
for it in items:
    bits, reason = V[it["n"]]
    v = {f: b == "1" for f, b in zip(FIELDS, bits)}
    v["all"] = all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open("events-d.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# checks and counts
back = [json.loads(l) for l in open("events-d.jsonl")]
assert [(b["n"], b["doc"], b["trigger"]) for b in back] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for b in back:
    assert b["verdict"]["all"] == all(b["verdict"][f] for f in FIELDS)
    if not b["verdict"]["event"]:
        assert not any(b["verdict"].values())
for f in FIELDS + ["all"]:
    print(f, sum(b["verdict"][f] for b in back), "/ 50")
