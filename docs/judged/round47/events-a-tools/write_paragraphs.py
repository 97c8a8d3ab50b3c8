"""Write paragraphs-a-verdicts.jsonl (judge a, round 47). Run from round47/."""
import json

P = {
 "h3-x7-25": dict(
  coder_events=[
   "CONSULT (visit): Narendra Modi (IND) visits Pakistan (PAK), Lahore, 2015-12-25",
   "CONSULT (meet): Narendra Modi (IND) meets Nawaz Sharif (PAK), 2015-12-25",
  ], found=2, spurious=1,
  notes="e1 visit and e2 meet found; e3 'trip' is a duplicate of the visit in the same sentence (Sharif as visitor, Afghanistan as host)."),
 "h3-x8-22": dict(
  coder_events=[
   "SUPPORT (sign): China (CHN) signs a security agreement with Solomon Islands (SLB), 'in recent days' (said 2022-04-19)",
   "REJECT: China (CHN) brushes aside objections of Australia (AUS) and the United States (USA), 2022-04-19",
   "ACCUSE (disapprove): Australia (AUS) and the United States (USA) object to the China-Solomon Islands pact, undated",
  ], found=1, spurious=0,
  notes="Only the signing found (SUPPORT, target empty where Solomon Islands is named). The REJECT of objections and the objections themselves are missed."),
 "h3-x6-03": dict(
  coder_events=[
   "SANCTION (withdraw): Arab League suspends Syria's (SYR) membership, 2011-11-12",
   "THREATEN: Arab League threatens Syria (SYR) with economic and political sanctions, 2011-11-12",
   "COERCE (repress): Bashar al-Assad (SYR) cracks down on protesters (SYR), ongoing (document date)",
  ], found=3, spurious=0,
  notes="All three found. The crackdown has date unknown where an ongoing act takes the document date (event precision, not counted here)."),
 "h3-x7-18": dict(
  coder_events=[
   "ASSAULT: Indian troops (IND) strike suspected militant bases across the Line of Control, overnight to 2016-09-29",
   "ASSAULT: militants attack an Indian army base (Uri), killing at least 18 Indian soldiers (IND), 2016-09-18 (11 days earlier)",
  ], found=1, spurious=0,
  notes="The surgical strikes found; the earlier assault on the army base ('an assault ... that killed at least 18 Indian soldiers') is missed."),
 "h3-x5-02": dict(
  coder_events=[
   "AGREE: European Union leaders agree to a 750 billion euro recovery fund, 2020-07-21",
   "CONSULT (multilateral): EU leaders' summit / four days of haggling, 2020-07-17 to 2020-07-21",
  ], found=1, spurious=0,
  notes="The agreement found; the summit (CONSULT, 'ending one of the longest summits') is not coded."),
 "h3-x6-12": dict(
  coder_events=[
   "COERCE (arrest): Saudi Arabia (SAU) detains 11 princes, four ministers, dozens of former ministers and businessmen (SAU), reported 2017-11-05",
  ], found=1, spurious=0,
  notes="Found. Target lists only 'princes', though ministers and businessmen are also detained."),
}

rows = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert {r["doc"] for r in rows} == set(P)
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for r in rows:
        p = P[r["doc"]]
        out.write(json.dumps({"doc": r["doc"], "coder_events": p["coder_events"], "found": p["found"],
                              "dateline_events": len(r.get("events", [])), "spurious": p["spurious"],
                              "notes": p["notes"]}, ensure_ascii=False) + "\n")
print("wrote paragraphs-a-verdicts.jsonl")
