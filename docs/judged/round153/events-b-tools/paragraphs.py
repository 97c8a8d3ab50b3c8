"""Judge b, round 153: writes paragraphs-b-verdicts.jsonl (coder's events per first paragraph) and checks it."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h54-x209-16": dict(
   coder_events=[
    "ASSAULT (execute): Belarus (BLR) -> two young men convicted of the metro bombing (BLR), executed, date unknown (before Saturday 2012-03-17, when the mother said so)",
    "ACCUSE (disapprove): European Union (EUR) and rights groups (no code) -> Belarus (BLR), condemnation of the executions, 2012-03-17",
    "SANCTION (convict): Belarus court (BLR) -> the two men (BLR), convicted of the metro bombing, earlier (2011-11 per the story)",
    "ASSAULT (explosives): bombers (BLR) -> Minsk metro passengers (BLR), deadly bomb attack, last year (2011)",
    "ACCUSE (disapprove): rights groups (no code) -> Belarus (BLR), questioned the fairness of the trial, earlier, date unknown",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="dateline coded nothing in the lead: the execution (its e3 'shot' in paragraph 3 is a generic statement), the EU condemnation ('drawing condemnation from', a noun) and the background conviction and bombing are all missed here."),
 "h54-x212-10": dict(
   coder_events=[
    "ACCUSE (investigate): independent inquiry (Volcker panel, no code) -> Kofi Annan (UN), inquiry found no evidence he influenced the contract, 2005-03-29 (report released Tuesday)",
    "ACCUSE (disapprove): independent inquiry (no code) -> Kofi Annan (UN), criticised him for failing to investigate the conflict of interest, 2005-03-29",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="dateline's one event (e1 'criticised' ACCUSE) has the right type but the arguments reversed: Annan is the one criticised, the inquiry is the source; its date is the document date, not Tuesday. The inquiry's finding itself is missed."),
 "h54-x211-09": dict(
   coder_events=[
    "ASSAULT: militants in speedboats (Niger Delta, NGA) -> Shell oil facility (Shell, no code), attacked, Sunday 2006-01-15",
    "ASSAULT: militants (NGA) -> soldiers guarding the facility (Nigerian army, NGA), killed more than a dozen, 2006-01-15",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="dateline found the attack on the facility (e1, militants -> Shell); the killing of the soldiers, a distinct target, is not coded from this sentence (only e2 'opening fire on troops' in the next paragraph)."),
 "h54-x210-21": dict(
   coder_events=[
    "CONSULT (visit): UAE coast guard delegation (ARE) -> Iranian border police (IRN), talks in Tehran, Tuesday 2019-07-30",
    "AGREE: UAE coast guard (ARE) <-> Iranian border police (IRN), agreed to step up cooperation at sea, 2019-07-30",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="dateline found the talks (e1, item 23: source lacks its ARE code); the agreement to step up cooperation is missed."),
 "h54-x210-09": dict(
   coder_events=[
    "CONCEDE (ceasefire declaration): Hamas and Islamic Jihad (PSE) -> Israel (ISR), announced a three-month suspension of attacks, Sunday 2003-06-29",
    "CONCEDE (ceasefire declaration): Fatah (PSE) -> Israel (ISR), declared a six-month truce, 2003-06-29",
   ],
   found=2, dateline_events=2, spurious=0,
   notes="both found with the right type. e1 has only Islamic Jihad as source (Hamas is put as reported_by) and e2 adds Arafat beside Fatah; e2 leaves Israel out as target."),
 "h54-x209-09": dict(
   coder_events=[
    "MOBILIZE (troops): European Union (EUR) -> Bosnia (BIH), took over peacekeeping from NATO / launched its largest military operation (EUFOR), Thursday 2004-12-02",
   ],
   found=0, dateline_events=1, spurious=0,
   notes="dateline coded the launch as ASSAULT (e1 'launching'): a peacekeeping operation is a deployment, not an attack, so the act is there but with the wrong type (not found). The Dayton accords (1995) are named without parties and not counted."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as fh:
    for p in paras:
        v = P[p["doc"]]
        assert v["dateline_events"] == len(p["events"]), p["doc"]
        assert v["found"] <= len(v["coder_events"]) and v["spurious"] <= v["dateline_events"]
        fh.write(json.dumps({"doc": p["doc"], **v}, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
assert len(back) == 6
tot = {k: sum(len(b["coder_events"]) if k == "coder_events" else b[k] for b in back)
       for k in ("coder_events", "found", "dateline_events", "spurious")}
print("paragraph totals:", tot)
