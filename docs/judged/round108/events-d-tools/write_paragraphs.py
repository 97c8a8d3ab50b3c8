"""Write paragraphs-d-verdicts.jsonl from the judge's coding of the six first paragraphs."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h31-x119-07": dict(coder_events=[
   "COERCE: Nepal (NPL) -> Nepal (NPL), declares nationwide state of emergency, 2001-11-26",
   "MOBILIZE: Nepal government (NPL) -> Maoist rebels (NPL), orders the army to crush the rebels, 2001-11-26",
   "SANCTION: Maoist rebels (NPL) -> Nepal government (NPL), walk out of the four-month ceasefire, 2001-11 (days before)",
   "ASSAULT: Maoist rebels (NPL) -> Nepal security forces (NPL), deadliest attacks yet, 2001-11 (days before; 2001-11-23 per the story)"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline has the emergency only (COERCE, Nepal, 2001-11-26, right). It misses the army order, the ceasefire walk-out and the rebel attacks."),
 "h31-x118-19": dict(coder_events=[
   "ASSAULT: Lebanese security forces (LBN) -> protesters (LBN), tear gas and water cannon, 2015-08-23",
   "PROTEST: protesters (LBN) -> Lebanon government / political class (LBN), rubbish protest turned revolt, 2015-08-23"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's crowd-control ASSAULT is right in all fields. The protest itself is not coded from this sentence, though dateline codes a riot from the next sentence. 'A political class accused of corruption' is descriptive and I do not code it."),
 "h31-x119-15": dict(coder_events=[
   "ASSAULT: unknown gunman (-) -> former Rwandan army chief Nyamwasa (RWA), shot and wounded in Johannesburg, 2010-06-19",
   "ACCUSE: Nyamwasa's wife (RWA) -> Rwandan government (RWA), says the attack was an attempt to silence him, 2010-06-19/20 (document date)"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline finds the shooting (right). It misses the wife's accusation against Kigali."),
 "h31-x120-12": dict(coder_events=[
   "ASSAULT: unknown bombers (-) -> people in Bangkok (THA), bomb blasts kill three and wound dozens, 2006-12-31"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's ASSAULT (no mode, target three people THA, 2006-12-31) is the act. The authorities cancelling celebrations is not an act toward a party and I do not code it."),
 "h31-x118-04": dict(coder_events=[
   "ASSAULT: Turkish troops (TUR) -> Kurdish rebels PKK (TUR) in northern Iraq (IRQ), cross-border offensive with tanks, artillery and warplanes, 1997-05-14"],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline codes nothing in the lead. It misses the offensive, the main event of the story."),
 "h31-x119-14": dict(coder_events=[
   "ASSAULT: Sri Lankan troops (LKA) -> Tamil Tiger rebels LTTE (LKA), capture Kilinochchi, 2009-01-02 (announced Friday)",
   "REQUEST: Mahinda Rajapaksa (LKA) -> LTTE guerrillas (LKA), urges them to lay down their arms, 2009-01-02"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline finds the REQUEST (right). It misses the capture of Kilinochchi (a seizure of ground is ASSAULT by the conventions)."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
    for p in paras:
        d = P[p["doc"]]
        assert d["dateline_events"] == len(p["events"]), p["doc"]
        f.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")
tot = lambda k: sum(P[p["doc"]][k] for p in paras)
print("coded", sum(len(P[p["doc"]]["coder_events"]) for p in paras), "found", tot("found"),
      "dateline", tot("dateline_events"), "spurious", tot("spurious"))
