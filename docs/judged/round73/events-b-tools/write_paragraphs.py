"""Write paragraphs-b-verdicts.jsonl: the judge's coding of each first paragraph."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h14-x51-11": dict(
   coder_events=[
     "ASSAULT: Islamist militias of the Union of Islamic Courts (SOM) -> Mogadishu / Somalia (SOM), took control of the capital (seizure of ground), by Monday 2006-06-05",
     "ASSAULT: Islamist militias of the Union of Islamic Courts (SOM) -> alliance of warlords (SOM), drove them out of the city, by Monday 2006-06-05",
     "AID: United States (USA) -> alliance of warlords (SOM), 'widely believed to be backed by Washington', reported, undated",
   ], found=0, spurious=0,
   notes="Dateline found no event in the paragraph; the seizure of the capital, the rout of the warlords and the reported U.S. backing are all missed. 'months of the worst fighting' is the same conflict, not counted again."),
 "h14-x51-22": dict(
   coder_events=[
     "CONSULT: Afghan government negotiators (AFG) <-> Taliban (AFG), sat down to open peace talks, Saturday 2020-09-12",
     "REQUEST: United States (USA) and others -> Taliban ('the insurgents', AFG), urging a ceasefire, 2020-09-12",
   ], found=1, spurious=0,
   notes="Dateline's e1 REQUEST US -> insurgents is right; the opening of the talks (CONSULT), the paragraph's main act, is missed."),
 "h14-x51-12": dict(
   coder_events=[
     "ASSAULT: unnamed bombers -> crowd welcoming Benazir Bhutto (PAK) and Bhutto, two explosions killing at least 126, early Friday 2007-10-19",
   ], found=0, spurious=0,
   notes="Dateline found no event in the paragraph and missed the bombing. The welcoming crowd (a support rally) and Bhutto's escape are not coded separately."),
 "h14-x52-01": dict(
   coder_events=[
     "SUPPORT (apologise, CAMEO 055): Tomiichi Murayama (JPN) -> Asian nations harmed by Japan's colonial rule (no single code), 'heartfelt apology', Tuesday 1995-08-15",
   ], found=0, spurious=0,
   notes="Dateline found no event in the paragraph and missed the apology, the story's main act; the historical aggression is background and not coded."),
 "h14-x50-09": dict(
   coder_events=[
     "ASSAULT: unnamed bombers -> people at hotels and a market in Sharm el-Sheikh (EGY), bomb blasts killing at least 64, Saturday 2005-07-23",
   ], found=1, spurious=0,
   notes="Dateline's e1 ASSAULT (target 64 people, EGY, 2005-07-23) is right."),
 "h14-x51-13": dict(
   coder_events=[
     "ASSAULT: rebels fighting to oust Deby (TCD) -> N'Djamena / Chad (TCD), swept into the capital, Saturday 2008-02-02",
     "ASSAULT: rebels (TCD) <-> Chadian government forces (TCD), fought near the presidential palace, Saturday 2008-02-02 into Sunday 2008-02-03",
   ], found=1, spurious=0,
   notes="Dateline's e1 ASSAULT 'fought' is the battle, with the right type, but it has Deby rather than the government forces as the counterpart and dates it only to Sunday. Sweeping into the capital is missed. France evacuating foreigners is no PLOVER act."),
}
rows = []
for line in open(HERE / "paragraphs-b.jsonl"):
    p = json.loads(line)
    d = P[p["doc"]]
    rows.append({"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
                 "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]})
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("coded", sum(len(r["coder_events"]) for r in rows), "found", sum(r["found"] for r in rows),
      "dateline", sum(r["dateline_events"] for r in rows), "spurious", sum(r["spurious"] for r in rows))
