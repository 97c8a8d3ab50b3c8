"""Round 85 judge b: write paragraphs-b-verdicts.jsonl (hand-coded first paragraphs).
usage (from docs/judged/round85): python events-b-tools/paragraphs.py"""
import json
from pathlib import Path

P = {
 "h20-x75-18": dict(
   coder_events=[
     "COERCE: Liberia's Supreme Court (LBR) -> the presidential run-off / National Elections Commission (LBR), ordered the suspension of the Nov 7 run-off, 2017-11-06 (no clean PLOVER type for a court halting an election; restrict)",
     "ACCUSE (investigate): [the court's order; the NEC per the story] (LBR) -> fraud in the first round (no party), investigation into fraud allegations ordered, pending (future), 2017-11-06",
   ],
   found=1, spurious=0,
   notes="Dateline's one event is ACCUSE investigate on 'ordered' (Supreme Court, Monday 2017-11-06): it matches the ordered investigation. The suspension of the run-off itself, the main act, is not coded."),
 "h20-x76-20": dict(
   coder_events=[
     "THREATEN: North Korea (PRK) -> United States (USA), plans to fire four intermediate-range missiles into waters near Guam, 2017-08-10",
     "REJECT: North Korea (PRK) -> Donald Trump (USA), dismissed his 'fire and fury' threat as a 'load of nonsense', 2017-08-10",
     "THREATEN: Donald Trump (USA) -> North Korea (PRK), threat to unleash 'fire and fury', 2017-08-08 (Tuesday, per the story's fourth paragraph; background act named as a noun)",
   ],
   found=0, spurious=0,
   notes="Dateline has no event in this paragraph: the missile threat, the dismissal and Trump's earlier threat are all missed."),
 "h20-x74-08": dict(
   coder_events=[
     "COERCE (arrest): Iraqi security officers (IRQ) -> Abu Nidal (PSE), arrived to detain him in Baghdad (he shot himself, so an attempted arrest), date not given in the paragraph (before Monday 2002-08-19)",
   ],
   found=0, spurious=0,
   notes="The intelligence chief's statement has no PLOVER type and a suicide is not an act between actors; the attempted detention is the one codeable act. Dateline has no event in the paragraph."),
 "h20-x73-07": dict(
   coder_events=[
     "REJECT: Irish voters (IRL) -> European Union (IGO), rejected the Treaty of Nice in Thursday's referendum, 2001-06-07 (results shown Friday 2001-06-08)",
   ],
   found=1, spurious=0,
   notes="Dateline found the REJECT (Irish voters -> EU) with the right type; its date is the document date 2001-06-09, but the text gives Thursday's vote / Friday's results."),
 "h20-x74-24": dict(
   coder_events=[],
   found=0, spurious=0,
   notes="An election result (the IAF winning 31 seats) is not a PLOVER event, and 'most vocal critic of Israel' is a description, not an act. Nothing to code; dateline codes nothing."),
 "h20-x75-09": dict(
   coder_events=[],
   found=0, spurious=0,
   notes="An electoral commission declaring a winner is not a PLOVER event; 'driven from power and into exile' six years earlier is an agentless background clause (the 1998-99 ouster), which a coder would not code from this sentence. Dateline codes nothing."),
}

here = Path(__file__).resolve().parents[1]
with open(here / "paragraphs-b-verdicts.jsonl", "w") as out:
    tot = [0, 0, 0, 0]
    for l in open(here / "paragraphs-b.jsonl"):
        p = json.loads(l)
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for i, k in enumerate((len(v["coder_events"]), v["found"], len(p["events"]), v["spurious"])):
            tot[i] += k
print("coded acts, found, dateline events, spurious:", tot)
