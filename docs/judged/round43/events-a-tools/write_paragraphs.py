"""Write paragraphs-a-verdicts.jsonl (judge a, round 43)."""
import json

P = {
 "hn-w3-20": (["ASSAULT: unnamed attackers (rebels) fatally wounded President Idriss Deby while he visited the front, undated (before 2021-04-20)",
               "ASSAULT: Chadian troops fighting rebels in the north, ongoing (2021-04-20)"],
              0, 0, "Dateline coded nothing; the death of Deby from battle wounds and the fighting with rebels are both missed. Being declared election winner and visiting own troops are not coded."),
 "hn-w3-24": (["ASSAULT: Islamic State fighters attacked the town of Palma in a days-long assault killing dozens, from 2021-03-24",
               "ASSAULT: Mozambican government forces fighting to regain control of the Palma area, ongoing (2021-03-29)"],
              1, 0, "e1 (ASSAULT 'killed') is the Palma assault, found by type though its source (Islamic State, named as claimant) is empty. The government's fight to retake the area is missed (I count it; another coder might not)."),
 "hn-w2-16": (["ASSAULT: the United States killed Qassem Soleimani (IRN) in a drone strike at Baghdad airport, 2020-01-03",
               "THREATEN: Iran's supreme leader (Khamenei) promised 'severe revenge' against the United States, 2020-01-03"],
              2, 0, "Both found; the THREATEN has an empty target (the US, implied)."),
 "hn-w4-01": (["ACCUSE: China blamed the United States for the mid-air collision, 2001-04-02"],
              0, 0, "The accusation is missed; the collision itself (an accident) and the crew remaining on Hainan are not coded."),
 "hn-w4-04": (["RETREAT: Yoon Suk Yeol lifted martial law, 2024-12-04",
               "COERCE: Yoon Suk Yeol declared martial law, 2024-12-03 (six hours earlier, Tuesday night)",
               "REJECT: lawmakers voted unanimously to reject Yoon's martial-law order, 2024-12-04"],
              2, 0, "RETREAT and REJECT found (REJECT target empty where Yoon is meant); the declaration of martial law ('after declaring it') is missed. Lawmakers forcing their way past soldiers is not coded separately."),
 "hn-w2-12": (["ASSAULT: Jamal Khashoggi killed in a fight inside the Saudi consulate in Istanbul (acknowledged by Saudi Arabia; the killing is of 2018-10-02, undated in this paragraph)",
               "COERCE: Saudi Arabia arrested 18 Saudi nationals, announced 2018-10-20"],
              2, 0, "Both found by type: e1 ASSAULT (but dated 2018-10-20, Khashoggi coded USA), e2 COERCE from 'announced' with target Mohammed bin Salman instead of the 18 nationals. The dismissal of two aides is an internal personnel act, not coded."),
}

rows = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert {r["doc"] for r in rows} == set(P)
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for r in rows:
        ce, found, spur, notes = P[r["doc"]]
        f.write(json.dumps({"doc": r["doc"], "coder_events": ce, "found": found,
                            "dateline_events": len(r["events"]), "spurious": spur,
                            "notes": notes}, ensure_ascii=False) + "\n")
tot = lambda k: sum((len(P[d][0]) if k == "coder" else P[d][1] if k == "found" else P[d][2]) for d in P)
print("coder", tot("coder"), "found", tot("found"), "dateline", sum(len(r["events"]) for r in rows), "spurious", tot("spur"))
