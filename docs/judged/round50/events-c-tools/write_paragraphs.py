"""Judge c, round 50: write paragraphs-c-verdicts.jsonl (recall on the 6 first paragraphs)."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h4-x12-01": dict(
   coder_events=[
     "ASSAULT: Sinaloa cartel gunmen attack troops in Culiacan ('turned the city into a battlefield'), Thursday 2019-10-17",
     "RETREAT: outnumbered Mexican troops back down and free Ovidio Guzman (the 'decision to free' him), Thursday 2019-10-17",
   ],
   found=0, spurious=0,
   notes="dateline's one event codes the troops' backing down as CONCEDE with the gunmen as source; the troops' withdrawal and the release of a captive have immediate material consequences, so RETREAT (the act is real, so not spurious, but the type is wrong). Lopez Obrador 'defended the decision' is a statement with no PLOVER type; the ASSAULT is missed."),
 "h4-x12-05": dict(
   coder_events=["ASSAULT (destroy): North Korea blows up the joint liaison office with South Korea, Tuesday 2020-06-16"],
   found=1, spurious=0, notes="found with the right type, source, target and date."),
 "h4-x10-08": dict(
   coder_events=["ASSAULT: forces loyal to a renegade former general (Haftar) attack Islamist militias in Benghazi with warplanes, helicopters and ground troops, Friday 2014-05-16"],
   found=1, spurious=0, notes="'sparking the fiercest fighting' and 'leaving more than 70 dead' are the same act, not separate events."),
 "h4-x9-20": dict(
   coder_events=[],
   found=0, spurious=0, notes="a claim of an election win, the end of a party's rule and a 'dispute' over church rights: no PLOVER act; dateline coded none."),
 "h4-x10-03": dict(
   coder_events=[
     "RETREAT (ceasefire): the U.N.-brokered Israel-Hezbollah ceasefire takes effect, Monday morning 2006-08-14",
     "THREATEN/REQUEST: Israel warns displaced Lebanese to stay away from the south (undated, ongoing)",
   ],
   found=1, spurious=0, notes="the ceasefire is found; the Israeli warnings are missed. The U.N. brokering (CONSULT, mediation, earlier) is optional background and not counted."),
 "h4-x9-24": dict(
   coder_events=[
     "REQUEST: Chancellor Kurz calls for an early election, Saturday 2019-05-18",
     "RETREAT (resign): Vice Chancellor Strache resigns over the video, 2019-05-18",
   ],
   found=2, spurious=0, notes="both found by type; the resignation has the wrong source (Kurz instead of Strache). Strache 'appeared to offer' contracts in the video is a background, hypothetical act, not counted."),
}
rows = []
for l in open(os.path.join(ROOT, "paragraphs-c.jsonl")):
    d = json.loads(l)
    p = P[d["doc"]]
    rows.append({"doc": d["doc"], "coder_events": p["coder_events"], "found": p["found"],
                 "dateline_events": len(d["events"]), "spurious": p["spurious"], "notes": p["notes"]})
with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print("coder", sum(len(r["coder_events"]) for r in rows), "found", sum(r["found"] for r in rows),
      "dateline", sum(r["dateline_events"] for r in rows), "spurious", sum(r["spurious"] for r in rows))
