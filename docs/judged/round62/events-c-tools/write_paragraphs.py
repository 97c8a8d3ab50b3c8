"""Round 62, judge c: recall on the 6 story first paragraphs (paragraphs-c.jsonl).

Writes paragraphs-c-verdicts.jsonl. Run from docs/judged/round62.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
PARAS = os.path.join(ROUND, "paragraphs-c.jsonl")
OUT = os.path.join(ROUND, "paragraphs-c-verdicts.jsonl")

P = {
    "h8-x25-14": dict(
        coder_events=[
            "RETREAT (release: appeal overturns convictions, generals freed): ICTY appeals chamber -> Ante Gotovina, Mladen Markac [HRV], 2012-11-16",
            "ASSAULT (crimes against Serbs in the 1995 offensive, background): Croatian forces [HRV] -> Serbs [SRB], 1995",
        ],
        found=0, spurious=0,
        notes="dateline's only event is SANCTION convict on the noun 'convictions', dated Friday and asserted: the sentence "
              "reports the reversal of the convictions, so it records the opposite of the news. The 2011 conviction is a "
              "real background act, so I do not count it spurious (its date and the missing acquittal are the errors). "
              "Neither the acquittal nor the 1995 crimes were found. Celebrations in Croatia / anger in Serbia are "
              "moods, not coded."),
    "h8-x28-08": dict(
        coder_events=[
            "SUPPORT (appointment/endorsement): UN General Assembly [UNO] -> Ban Ki-moon [KOR], 2006-10-13",
        ],
        found=0, spurious=0,
        notes="PLOVER has no 'appoint' type; a coder would most likely code the appointment as SUPPORT (endorse). "
              "dateline coded nothing here."),
    "h8-x26-19": dict(
        coder_events=[
            "ASSAULT (recapture of Mosul, nine months of urban warfare ended by the declared victory): Iraqi forces/government [IRQ] -> Islamic State, 2017-07-10",
        ],
        found=0, spurious=0,
        notes="The declaration of victory reports the end of the battle to recapture Mosul; the 2014 proclamation of the "
              "caliphate has no target and is background. dateline coded nothing here."),
    "h8-x26-10": dict(
        coder_events=[
            "CONSULT (indirect peace talks): Israel [ISR] <-> Syria [SYR], 2008-05-21",
            "CONSULT (mediation): Turkey [TUR] -> Israel, Syria, 2008-05-21",
        ],
        found=1, spurious=0,
        notes="dateline's CONSULT Israel -> Turkish mediators has the right type (counts for the talks); Syria, the "
              "counterpart of the talks, is missing and the mediation is not a separate event."),
    "h8-x27-19": dict(
        coder_events=[
            "ASSAULT (bombing of tunnels, at least 36 killed): U.S. military [USA] -> Islamic State militants (Afghanistan), 2017-04-13",
        ],
        found=1, spurious=0,
        notes="Found with the right type and parties (target 'fighters' coded AFG); its date is the document date "
              "2017-04-14 instead of Thursday 2017-04-13."),
    "h8-x26-21": dict(
        coder_events=[
            "COERCE (removal from power / coup): Sudan's military [SDN] -> Omar al-Bashir [SDN], 2019-04-11",
            "COERCE (arrest): Sudan's military [SDN] -> Omar al-Bashir [SDN], 2019-04-11",
            "PROTEST (months of street protests, against Bashir's rule): protesters [SDN] -> Bashir / government of Sudan, ongoing (2019-04-11)",
        ],
        found=1, spurious=0,
        notes="The detention is found and right in all fields. The ouster ('removed ... from power') and the "
              "months of street protests are missed."),
}


def main():
    rows = [json.loads(l) for l in open(PARAS) if l.strip()]
    assert {r["doc"] for r in rows} == set(P)
    tot = dict(coder=0, found=0, dl=0, sp=0)
    with open(OUT, "w") as out:
        for r in rows:
            p = P[r["doc"]]
            rec = {"doc": r["doc"], "coder_events": p["coder_events"], "found": p["found"],
                   "dateline_events": len(r["events"]), "spurious": p["spurious"], "notes": p["notes"]}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{r['doc']:10s} coder={len(p['coder_events'])} found={p['found']} dateline={len(r['events'])} spurious={p['spurious']}")
            tot["coder"] += len(p["coder_events"]); tot["found"] += p["found"]
            tot["dl"] += len(r["events"]); tot["sp"] += p["spurious"]
    print(f"total      coder={tot['coder']} found={tot['found']} dateline={tot['dl']} spurious={tot['sp']}")


if __name__ == "__main__":
    main()
