"""Write events-d.jsonl from the judge's per-item verdicts below (judge d, round 118).
Fields: event, type, source, target, date, modality (False = wrong); reasons."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
F = ["event", "type", "source", "target", "date", "modality"]
T = dict.fromkeys(F, True)
def w(*wrong):
    d = dict(T)
    for k in wrong:
        d[k] = False
    return d
SPURIOUS = dict.fromkeys(F, False)
V = {
 1: (w("target"), "Cutting ties is SANCTION (break diplomatic exchanges), source and 2016-01 date right; the ties cut were with Iran, which the sentence names ('its missions in Iran'), so target should be Iran (IRN), not empty."),
 2: (T, "Australia and New Zealand welcoming the Commonwealth's envoy move is SUPPORT; 'the move' is an act, not a party, so an empty target is right by the rules; undated reaction takes the document date."),
 3: (T, "Car bomb killing at least 11 on Saturday (2003-11-08) is ASSAULT; no attacker named so empty source is right; victims in the Saudi capital coded SAU is acceptable (text later says most were Arab expatriates); asserted with Saudi officials as reporter."),
 4: (T, "Obama urging all sides to avoid escalation is REQUEST; 'all sides' is a common-noun group with no single country, right; distinct from the 'condemned' ACCUSE in the same sentence, so not a duplicate."),
 5: (w("source"), "CONSULT visit to Syria in week 14 of 2007 is right, but the Republican lawmakers are U.S. lawmakers: source country should be USA, not SYR."),
 6: (w("type"), "Banning air links with Libya is an embargo, PLOVER SANCTION (curtail exchanges; CAMEO 163), not COERCE ban, which is for banning individuals or organisations; UNSC -> Libya and 1992 right."),
 7: (T, "Parliament's 88-0 vote electing Somare is SUPPORT (approve an actor) by PNG lawmakers; the vote is the Monday election of the previous sentence, so 2002-08-05 is right."),
 8: (T, "Air strikes killing civilians is ASSAULT, Monday-night/Tuesday strikes 2006-04-25 right; the sentence names no striking party ('the air strikes'), so empty source is right by the rules (a coder would add the Sri Lankan air force, LKA); 'said' keeps it asserted."),
 9: (w("type"), "Ahtisaari presenting his Kosovo status proposal is not a meeting: type should be AGREE (an offer of a settlement plan), not CONSULT; UN envoy, Kosovo, no date and future modality ('is expected to') are right."),
 10: (T, "Talks between Prince Faisal (SAU) and Raisi (IRN) on Saturday 2023-06-17 are CONSULT; all fields right."),
 11: (w("type"), "'We will not accept this theft' is Martelly refusing the results: type should be REJECT (asserted), toward the electoral result; AGREE negated misreads accepting an outcome (at most CONCEDE negated). Source, empty target, document date and negated reading of the 'accept' act scored right."),
 12: (T, "Opposition leaders hailing the court ruling is SUPPORT; 'the ruling' is an act, no party named, so empty target is right; ARG right (GOV sector is off but only country counts); undated reaction takes document date."),
 13: (w("modality"), "Holding those responsible to account is the condition of the relatives' refusal ('until those responsible were held to account'), an act in a condition: modality should be hypothetical, not asserted; ACCUSE, empty source, 'those responsible' and no date are acceptable."),
 14: (w("target"), "Rwandan troops pulling out in 2002 is RETREAT withdraw with the right source and year; they pulled out of Congo, named in the sentence, so target should be DR Congo (COD), not empty."),
 15: (w("source"), "Her request that Colombians pray is REQUEST to Colombians (COL); source should be Maria Claudia Tarazona alone (wife of the Colombian senator Miguel Uribe, COL); adding former president Alvaro Uribe, a different man, is wrong."),
 16: (T, "Abbas calling for restraint is REQUEST with no addressee named, so empty target is right; undated news act takes document date."),
 17: (T, "Kenya hosting Somali refugees is AID (asylum), an ongoing situation taking the document date; all fields right."),
 18: (T, "Obama congratulating Trudeau is SUPPORT, distinct from the CONSULT phone call coded from the same sentence, so not a duplicate; all fields right."),
 19: (w("target"), "Rights groups accusing the security forces of extrajudicial killings is ACCUSE; target should be the Punjab security forces (IND), not police chief K.P.S. Gill, who is not named in the sentence; no date is right for this background act."),
 20: (w("target"), "Mali accusing the soldiers of being mercenaries is ACCUSE; the soldiers are the 46 Ivorian soldiers, so target country should be CIV, not GIN."),
 21: (T, "Saudi authorities killing suspected militants is ASSAULT; 'since then' makes it a span from May with no date, so null is right; militants' country not given, empty right."),
 22: (w("source", "target"), "March on Friday 2004-11-19 is PROTEST demo, but the demonstrators marched in the Chilean capital (CHL or empty, not USA), and the protest is aimed at the Iraq war and U.S. trade policy, so target should be the United States (USA), not Chile."),
 23: (T, "The council convening in Addis Ababa in 1972 is a separate past meeting from the 1990 one; CONSULT, UNSC, 1972 and empty target right."),
 24: (T, "Kabbah thanking Britain is SUPPORT, SLE -> GBR, undated news act takes document date; right."),
 25: (T, "Macri hosting the G20 summit is CONSULT (host); G20 as an international body with its own code accepted; undated, document date right."),
 26: (w("target", "date"), "Banning opposition rallies is COERCE (restrict/ban) by the Ivorian government, but the sentence names the opposition, so target should be the Ivorian opposition (CIV); the ban was 'in the run-up to the vote', before 2025-10-25, so the document date is wrong (should be unknown or before the vote)."),
 27: (T, "'It' is the no-confidence motion tabled by the opposition Communists; ACCUSE of the Moldovan government is right; the accusation carries no date of its own, document date accepted."),
 28: (w("target"), "Biswas accusing two officers of political activity is ACCUSE; the sentence names them, so target should be the two army officers (BGD), not empty; no exact date ('days after') so null is right."),
 29: (w("date"), "China's foreign ministry opposing official contact is REJECT toward Washington and Taipei, accepted; but it 'had warned before the trip' and said so then, before 2020-08-09, so the document date 2020-08-10 is wrong (should be unknown, before the trip)."),
 30: (w("type"), "Ordering China to close its Houston consulate is a cut in diplomatic exchanges, type should be SANCTION (CAMEO 161/166), not REQUEST; USA -> CHN and July 2020 right."),
 31: (T, "Ziobro praising the tribunal's judgment is SUPPORT; 'the judgment' is an act, no party named, empty target right; document date right."),
 32: (w("target"), "The council's 1990 meeting outside New York is CONSULT with right source and year, but New York is a place the council met outside of, not a party: target should be empty."),
 33: (SPURIOUS, "Gazans visiting relatives along the new route is a private family visit, not a meeting between political actors; no CONSULT event (spurious)."),
 34: (T, "Petro's office rejecting Rubio's remark is REJECT by the Colombian presidency; 'the remark' is an utterance, no party named, empty target right; document date right."),
 35: (w("target"), "Barak convening security chiefs overnight is CONSULT on 2008-03-07, but the sentence names the security chiefs, so target should be Israeli security chiefs (ISR), not empty."),
 36: (w("target"), "Sharaa meeting world leaders is CONSULT, but the target should be the world leaders he met (no single country), not the UN General Assembly, which is only the venue."),
 37: (T, "Rao condemning the 'dastardly act' is ACCUSE with no party named as target; Aug 31 is the story's dateline date, right."),
 38: (w("source", "target"), "Burning houses and attacking farms is ASSAULT, undated over months (null accepted), but 'They' are the Isatabu Freedom Movement militants (SLB), not the United Kingdom, and the victims are Malaitan settlers' houses and farms (SLB or empty), not the Solomon Islands government."),
 39: (T, "Authorities investigating who hired the gunman is ACCUSE investigate, ongoing, document date right; unknown party investigated, empty target right."),
 40: (T, "Bush holding talks with Hu, Koizumi and Roh is CONSULT with the right parties; undated, document date right."),
 41: (w("target", "date", "modality"), "The Greens' eight lawmakers supporting the coalition is SUPPORT, but target should be the Labour-New Zealand First coalition (NZL) named in the sentence; the support is future ('will form a minority coalition supported'), so modality should be future and there is no date."),
 42: (T, "Hattar's arrest in August 2016 is COERCE arrest with no arresting party named; all fields right."),
 43: (T, "Opposition leaders demanding the dismissal of Lebanon's security chiefs and an inquiry is REQUEST; Lebanon (its government) as target accepted; document date right."),
 44: (T, "Officials putting police on high alert is MOBILIZE police by Pakistani officials, right; note reported_by wrongly names the security analysts, whose statement is a separate clause (not a scored field)."),
 45: (T, "Netanyahu's planned trip to Jordan is CONSULT visit, future, undated; all right."),
 46: (w("source"), "The long-standing complaint about U.S. subsidies is ACCUSE -> USA with the story date accepted, but 'They' are Benin, Burkina Faso, Chad and Mali (BEN, BFA, TCD, MLI), countries, not an uncoded business group."),
 47: (w("target"), "The earlier sentencing is SANCTION convict with no court named and no date; but the person sentenced is the former deputy director of the Bicske children's home (HUN), not the Hungarian government."),
 48: (T, "Religious leaders appealing for calm is REQUEST, separate from their condemnation; Jordanian religious leaders (JOR), Sunday 2016-09-25 right."),
 49: (T, "Police arresting the attacker on Sunday 2016-09-25 is COERCE arrest, JOR police -> attacker; right."),
 50: (w("source", "target"), "Rockets fired from Gaza are ASSAULT (ongoing, document date accepted), but the militants firing from Gaza are Palestinian (PSE), and the rockets are not aimed at Palestine: target should be empty (or Israel, ISR)."),
}
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-d-items.jsonl"))]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = open(os.path.join(ROOT, "events-d.jsonl"), "w")
counts = dict.fromkeys(F + ["all"], 0)
for it in items:
    v, reason = V[it["n"]]
    v = dict(v)
    if not v["event"]:
        v = dict(SPURIOUS)
    v["all"] = all(v[k] for k in F)
    for k in counts:
        counts[k] += v[k]
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
out.close()
print(counts)
