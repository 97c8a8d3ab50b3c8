"""Write events-b.jsonl (item + verdict + reasons) and paragraphs-b-verdicts.jsonl from the judgments below."""
import json

F = ("event", "type", "source", "target", "date", "modality")
ALL_TRUE = dict.fromkeys(F, True)


def v(reasons="", **false):
    d = dict(ALL_TRUE)
    if false.get("event") is False:
        d = dict.fromkeys(F, False)
    d.update(false)
    d["all"] = all(d[k] for k in F)
    return d, reasons


J = {
    1: v("ACCUSE Morocco->Djibouti, 'last July' = 2022-07; a background act but dated by the text."),
    2: v("No act: the court says it has no power to order a withdrawal; no RETREAT occurs (the codebook counts only "
         "retreats that occur), the withdrawal is the topic of the court's statement; at most a hypothetical.",
         event=False),
    3: v("REQUEST, future, Lopes to his members; 'on Friday' belongs to the strike, so an unknown date is right "
         "for the asking."),
    4: v("MOBILIZE (patrolling the Canal Zone, an armed-forces move); Wednesday 2023-06-14 from the previous "
         "sentence's 'overnight Wednesday'. Party and country right (sector CVL is off: they are military pilots)."),
    5: v("Source: the actor is the Caribbean football federation, not a 'Caribbean' country with no code. Date: the "
         "statement was made 'In October' (2022); 2023-SU comes from 'the summer World Cup', the deal's occasion. "
         "SUPPORT negated (would not sign) is accepted; REJECT would be as good.",
         source=False, date=False),
    6: v("REQUEST, MOH -> government of Croatia, statement 'issued today'."),
    7: v("Date: this is the same statement as the lead's 'Laos also commended ... its embassy in Luanda said Friday', "
         "so the text dates it Friday 2023-06-09, not the document date (a sentence-only coder would give the "
         "document date).", date=False),
    8: v("REQUEST by the U.S. Government in the letter dated 1 February; whose laws are meant is not said in the "
         "sentence, so the empty target is right."),
    9: v("PROTEST ongoing ('weeks of protests'), document date by the ongoing rule; aimed at a pipeline so the empty "
         "target is right. By the rule the empty source is right (the protesters are not named); I would have "
         "coded the villagers (IND) as source."),
    10: v("Target: a mutual signing by Cameron and Renzi; Renzi (ITA) is named in the sentence and the target is "
          "empty.", target=False),
    11: v("ACCUSE, Guam residents -> McCain, present perfect, document date. USA for Guam residents is accepted "
          "(Guam is a US territory)."),
    12: v("SUPPORT (approve an action) by South Ossetia, Tuesday 2023-06-13; GEO is the usual coding of South "
          "Ossetia though the text calls it a region of Russia; AGREE would also do."),
    13: v("Target country: the detained are relatives of Ribeiro, whom the text calls a Brazilian man; nothing makes "
          "them Haitian, so the code should be empty (or BRA), not HTI.", target=False),
    14: v("COERCE arrest, authorities -> high-ranking officials (VEN), 'on April 19' (year 2023 assumed, as the text "
          "gives none)."),
    15: v("ASSAULT on a Milanese officer (ITA); the attacker is not named in the sentence so the empty source is "
          "right; no date is given for this attack, so unknown is right."),
    16: v("PROTEST whose start is 'over the last week'; the week before the document date (2023-W23) is right; "
          "protesters not named in the sentence so the empty source is right."),
    17: v("COERCE (impose state of emergency) by Turkey 'in the wake of a failed military coup in July' (2022-07). "
          "Accepted, though 'three states of emergency' is a count of acts and could be read as undated."),
    18: v("Target: the sentence names no party acted upon; Jorge Rodriguez (the prosecutor) is not clearly the "
          "requester. Date: 'on Tuesday' = 2023-06-13, not 2003.", target=False, date=False),
    19: v("Date: 'today' in a speech the lead dates to Monday ('the country's interior minister said Monday'), so "
          "2023-06-12, not the document date.", date=False),
    20: v("Modality: the teachers are 'gearing up for' the strike; it has not started, so future, not asserted. "
          "Date: the next sentence says it was slated to begin on March 3rd; the document date is wrong.",
          date=False, modality=False),
    21: v("ACCUSE (denounce) by the Palestinian Authority; the bombers are unnamed, so the empty target is right; "
          "document date for a denunciation reported as this news."),
    22: v("No act: 'to whom we respectfully offer' is a garbled courtesy in a truncated quote about the possibility "
          "of a meeting; nothing is offered or agreed, and the speaker is the foreign minister's 'we', not "
          "Mamphenga.", event=False),
    23: v("ASSAULT crowd-control (deadly force to disperse protesters), police -> protesters (IND); 'in the past' "
          "with no date, so unknown is right."),
    24: v("Source and target are reversed: New Zealand would give the FARC permission to enter. Modality: 'could "
          "see them given' is hypothetical. Date: a hypothetical act has no date, so the document date is wrong. "
          "CONCEDE is accepted (RETREAT access, hypothetical, would also do).",
          source=False, target=False, date=False, modality=False),
    25: v("Target: 'a United' is a truncated name (likely a UN body), not a US company. Date: 'a few days earlier' "
          "than April 9, so April 9 is wrong at day precision. SDN for the armed group is accepted in a Sudan "
          "story.", target=False, date=False),
    26: v("AGREE (agreed to support the treaty), Widodo (TZA); the treaty is not a party, so the empty target is "
          "right."),
    27: v("CONCEDE (the codebook's 'promise of removing curfews in the future'); the promise is asserted; 'earlier' "
          "with no date, so unknown is right."),
    28: v("Source: 'They' are the demonstrators, not the Madagascar government. Target: 'a wealthy elite' is named "
          "in the sentence and the target is empty.", source=False, target=False),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == len(J) == 28
with open("events-b.jsonl", "w") as f:
    for it in items:
        verdict, reasons = J[it["n"]]
        f.write(json.dumps({**it, "verdict": verdict, "reasons": reasons}) + "\n")

P = {
    "ngec-2665": ([], "A failed referendum is a vote, not an act between political actors; a stretch would be "
                  "REJECT by Syrian voters of a settlement, not counted."),
    "ngec-3403": (["SUPPORT: nations at the UN General Assembly conclude a climate accord, first day of the meeting "
                   "(date not given)"], "Missed."),
    "ngec-4206": (["AGREE: President Islam Karimov (UZB) announces Uzbekistan will resume (opium) exports to the US "
                   "by the end of March, announcement before this week"],
                  "Missed; COOPERATE (economic, future) would also do."),
    "ngec-1679": (["SUPPORT: the Prime Minister (Malaysia) and representatives of the USA and the Marshall Islands "
                   "sign the ratification at a ceremony in Kuala Lumpur (25th anniversary of 25 July 1995, so "
                   "2020-07-25)"], "Missed; the 1995 joint declaration is background with no named parties, not "
                  "counted."),
    "ngec-3275": (["ACCUSE: Estonia's foreign minister voices concern over a plan with Russia to suspend "
                   "cooperation over Ukraine, Tuesday 2023-06-13"],
                  "Missed; the planned suspension itself (a future SANCTION with unclear parties) not counted."),
    "ngec-3256": (["CONCEDE: Liberia will not proceed with a law imposing compulsory Ebola tests on travellers, "
                   "announced Friday 2023-06-09 (by a human rights organization)"], "Missed."),
    "ngec-0185": (["SUPPORT: Cameron (GBR) and Renzi (ITA) sign an intergovernmental military agreement, Monday "
                   "2023-06-12"],
                  "Found (e1, SUPPORT), though with an empty target where Renzi/Italy belongs (it is also event "
                  "item 10)."),
    "ngec-1108": (["COOPERATE: foreign firms invest new cash in Finland, reported late Thursday"],
                  "Missed; marginal (business actors, economic cooperation)."),
    "ngec-0499": (["AGREE: the leaders of Mexico, Canada and the United States say they will begin talks on a "
                   "Pacific trade agreement next month, Wednesday 2023-06-14"], "Missed."),
    "ngec-2078": (["COERCE: Israeli troops (ISR) search Beirut airport (LBN) for people, reported early Monday",
                   "COERCE: Israeli troops break into vehicles and seize laptops and phones (LBN), reported early "
                   "Monday"], "Both missed."),
    "ngec-1127": (["THREATEN: the (US) Secretary of Defense warns that the US Virgin Islands would be invaded by US "
                   "forces if an impasse breaks out in San Marino, today 2023-06-15 (hypothetical invasion)"],
                  "Missed."),
    "ngec-2164": (["COERCE: a cyber assault (unnamed attacker) on the servers of the US State Department (USA), "
                   "no date"], "Missed."),
}
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
FOUND = {"ngec-0185": 1}
SPURIOUS = {}
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for p in paras:
        ev, notes = P[p["doc"]]
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": FOUND.get(p["doc"], 0),
                            "dateline_events": len(p["events"]), "spurious": SPURIOUS.get(p["doc"], 0),
                            "notes": notes}) + "\n")

# summary for events-b.md
n = len(items)
real = sum(J[i][0]["event"] for i in J)
for k in F + ("all",):
    c = sum(J[i][0][k] for i in J)
    print(f"| {k} | {c}/{n} | {100 * c / n:.1f}% | {c}/{real} | {100 * c / real:.1f}% |")
ce = sum(len(P[d][0]) for d in P)
print("paragraphs: coder", ce, "found", sum(FOUND.values()), "dateline", sum(len(p['events']) for p in paras),
      "spurious", sum(SPURIOUS.values()))
