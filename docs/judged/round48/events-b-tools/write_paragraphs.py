"""Write paragraphs-b-verdicts.jsonl: judge b's recall/spurious coding of the 6 first paragraphs."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h3-x8-18": dict(coder_events=[
   "COERCE (curfew): Chilean authorities extend the state of emergency and night-time curfews to more cities, 2019-10-20",
   "PROTEST (riot): rioters/protesters riot, burn and loot against the fare rise (Chile government), 2019-10-18..20 (third day)",
   "CONCEDE: President Pinera reverses the subway fare rise (to the protesters), 2019-10-19"],
   found=0, spurious=0, notes="Dateline found no event in the paragraph."),
 "h3-x7-19": dict(coder_events=[
   "COERCE: Pakistan's government lifts the death-penalty moratorium for terrorism cases, 2014-12-17",
   "ASSAULT: the (Pakistani) Taliban attack an army-run school in Peshawar, killing 141, 2014-12-16"],
   found=1, spurious=0, notes="e1 ASSAULT found (type right; source coded AFG though the TTP is Pakistani, date 12-17 instead of the Tuesday attack). Moratorium lifting missed."),
 "h3-x5-04": dict(coder_events=[
   "ASSAULT: Russia fires dozens of cruise missiles at Ukrainian cities incl. central Kyiv, 2022-10-10"],
   found=1, spurious=1, notes="e1 'fired' found; e2 'striking' is the same missile attack in the same sentence (duplicate, spurious). The Crimean bridge explosion has no actor in the paragraph and is not counted."),
 "h3-x8-03": dict(coder_events=[
   "ASSAULT: a North Korean submarine torpedoes the South Korean corvette, killing 46 sailors, 2010-03 (reported by the investigators)",
   "ACCUSE: the international investigation team concludes North Korea sank the ship, 2010-05-20",
   "THREATEN: Lee Myung-bak promises 'resolute countermeasures' against North Korea, 2010-05-20",
   "THREATEN: Pyongyang warns South Korea that any punishment would mean war, 2010-05-20"],
   found=1, spurious=0, notes="e1 ASSAULT found (date wrong: document date for the March sinking). e2 codes Lee's promise as AGREE - a real act with the wrong type, so not found and not spurious. The investigators' accusation and Pyongyang's threat are missed."),
 "h3-x8-23": dict(coder_events=[
   "SANCTION: the U.N. Security Council imposes new sanctions on North Korea, 2017-08-05",
   "MOBILIZE (weapons test): North Korea tests two ICBMs, 2017-07"],
   found=1, spurious=0, notes="e2 MOBILIZE found. e1 codes the sanctions vote as SUPPORT (approve) - a real act with the wrong type (SANCTION), not found, not spurious."),
 "h3-x7-11": dict(coder_events=[
   "COERCE: Burkina Faso's presidential guard dissolves the transitional government (coup), 2015-09-17",
   "COERCE (arrest): the presidential guard seizes interim president Kafando and prime minister Zida, 2015-09-16"],
   found=0, spurious=0, notes="Dateline found no event in the paragraph."),
}
rows = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-b.jsonl"))]
assert {r["doc"] for r in rows} == set(P)
with open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"), "w") as f:
    for r in rows:
        p = P[r["doc"]]
        f.write(json.dumps({"doc": r["doc"], "coder_events": p["coder_events"], "found": p["found"],
                            "dateline_events": len(r["events"]), "spurious": p["spurious"], "notes": p["notes"]},
                           ensure_ascii=False) + "\n")
print("wrote", len(rows))
