"""Judge d, round 47: write paragraphs-d-verdicts.jsonl (first paragraphs)."""
import json, os
ROUND = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h3-x8-09": (["SANCTION: the Philippines notifies the United States it is ending the Visiting Forces Agreement (discontinue military cooperation), 2020-02-11"],
              0, "Dateline codes nothing in the lead; the termination of the VFA is missed."),
 "h3-x8-24": (["ACCUSE: Cuban President Diaz-Canel accuses the United States of stoking the protests, 2021-07-12",
               "PROTEST: thousands of people take to the streets in Havana and other cities against the government, 2021-07-11"],
              2, "Both found. e2 (PROTEST) has the United States as target: the protest is anti-government, so the Cuban state (or empty) would be the target; type right."),
 "h3-x6-18": (["ASSAULT: Jordan hangs two Iraqi jihadist prisoners (execute), 2015-02-04",
               "ASSAULT: Islamic State burns a captured Jordanian pilot to death (shown in the video; killed earlier, no date in this paragraph)",
               "THREATEN: King Abdullah vows a relentless war against Islamic State, 2015-02-04"],
              1, "The burning is found (e1, source empty though IS is named; target Jordan rather than the pilot). The vow is coded AGREE (e2): real act, wrong type, not spurious. The hanging of the two prisoners, the lead act, is missed."),
 "h3-x8-25": (["ASSAULT: Hun Sen's forces crush troops loyal to co-premier Prince Ranariddh in two days of fighting in Phnom Penh, 1997-07-05/06",
               "COERCE: soldiers loot shops, factories and the airport (seize property), 1997-07-05/06"],
              0, "Dateline codes nothing in the lead (the fighting is reported inside Hun Sen's statement)."),
 "h3-x5-06": (["SANCTION: Russia recalls its ambassador from Georgia, 2006-09-28",
               "SANCTION: Russia begins evacuating its diplomats' families from Georgia (reduce relations), 2006-09-28",
               "COERCE: Georgian police arrest four Russian army officers on espionage charges, 2006-09-27"],
              2, "Recall (e1, dated with the Friday document date instead of Thursday 09-28) and arrest (e3) found. The evacuation is coded AID to 'families' (e2): a real act with the wrong type, not spurious."),
 "h3-x6-01": (["ASSAULT: stone-throwing Palestinians clash with Israeli riot police in Jerusalem's Old City, 2000-09-28",
               "ACCUSE: Palestinian leaders denounce Sharon's visit as a deliberate provocation, 2000-09-28"],
              2, "Both found (ACCUSE e2 has an empty target; Sharon, named in the sentence, would be it). Sharon's tour of the compound is a visit to a site, not to an actor, and is not coded."),
}
paras = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-d.jsonl"))]
with open(os.path.join(ROUND, "paragraphs-d-verdicts.jsonl"), "w") as out:
    for p in paras:
        ce, found, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ce, "found": found,
                              "dateline_events": len(p["events"]), "spurious": 0,
                              "notes": notes}, ensure_ascii=False) + "\n")
