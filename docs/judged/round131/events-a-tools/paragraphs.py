"""Write paragraphs-a-verdicts.jsonl (judge a, round 131). usage (from docs/judged/round131): python events-a-tools/paragraphs.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h43-x166-23": dict(
   coder_events=[
     "SANCTION (discontinue): Turkey (TUR) -> Kurdistan Regional Government (IRQ), stopped pumping Kurdish crude through its pipeline to Ceyhan, 2023-03-25",
     "SANCTION (convict): arbitration tribunal (no code) -> party ruled against (not named in the paragraph; Turkey per the story), Baghdad (IRQ) won the arbitration case over Kurdish exports, date not given (before 2023-03-25)",
   ], found=0, spurious=0,
   notes="dateline has no event in the lead: the halt of the pipeline flows (the news) is missed. The Kurdish authorities exporting without federal approval is background, not coded."),
 "h43-x166-25": dict(
   coder_events=[], found=0, spurious=0,
   notes="An appointment to a party post (Abbas naming Hussein al-Sheikh vice chairman of the PLO) has no PLOVER type; nothing to code. A coder who codes appointments as SUPPORT (Abbas -> al-Sheikh, 2025-04-26) would find it missed."),
 "h43-x166-01": dict(
   coder_events=[
     "RETREAT (withdraw): Israeli troops (ISR) -> Palestinian police / Palestinian Authority (PSE), pulled out of Bethlehem and handed the town over, 1995-12-21",
   ], found=1, spurious=0,
   notes="dateline e1 RETREAT withdraw has the right type and source but an empty target (the town was handed to the Palestinian police, PSE) and date 1995-12-18, where the text says Thursday, 1995-12-21. The street celebrations are not a political act."),
 "h43-x166-18": dict(
   coder_events=[
     "COERCE (ban): Bahraini courts (BHR) -> main opposition groups (BHR: Al-Wefaq, Waad), dissolved, background (2016-2017 per the story)",
     "COERCE (ban): Bahraini authorities (BHR) -> members of the dissolved groups (BHR), barred from standing in the election, background (a law of 2018 per the story)",
   ], found=0, spurious=0,
   notes="dateline has no event in the lead. The turnout announcement and the election are not PLOVER acts."),
 "h43-x168-17": dict(
   coder_events=[
     "ASSAULT: Myanmar army (MMR) -> Myanmar government (MMR), army seized power in a coup, 1962",
   ], found=0, spurious=0,
   notes="A parliament electing a president has no PLOVER type. The 1962 coup is a background act (PLOVER has no coup type; coded as ASSAULT as dateline codes 'seized power' elsewhere); borderline, a coder skipping background clauses would list nothing."),
 "h43-x166-20": dict(
   coder_events=[
     "REJECT: Lebanese government (LBN; PM Hassan Diab) -> Eurobond creditors (no code), will not pay the $1.2 billion Eurobond due Monday, announced 2020-03-07",
   ], found=0, spurious=0,
   notes="The announced default is a refusal to pay foreign bondholders (CAMEO 1211-like, REJECT); borderline as a political act, but a coder of this story would code it. dateline has no event in the lead."),
}

def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
    with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
