"""Write paragraphs-d-verdicts.jsonl (the judge's coding of the six first paragraphs)."""
import json
from pathlib import Path
here = Path(__file__).resolve().parent.parent
P = {
"h65-x253-16": dict(coder_events=[
    "SUPPORT: Russia (RUS) <-> Ukraine (UKR), signed a five-year gas transit agreement, 2019-12-30 (Monday, per the next paragraph)"],
    found=1, spurious=0,
    notes="Dateline's mutual SUPPORT (sign agreement) is the act; its date is the document date 2019-12-31 while the story's next paragraph says the package was signed on Monday 2019-12-30 (dates are not scored for recall). 'Averting a supply crisis' is no act."),
"h65-x256-25": dict(coder_events=[], found=0, spurious=0,
    notes="Election results and a coming run-off: no PLOVER act between political actors; dateline coded nothing, correctly."),
"h65-x255-25": dict(coder_events=[], found=0, spurious=0,
    notes="Goita being granted a mandate under a law he signed is a domestic institutional act with no PLOVER type; 'nearly five years after he first seized power' is a background mention of the 2020 coup (no clear PLOVER type, undated here). Dateline coded nothing."),
"h65-x256-14": dict(coder_events=[
    "ASSAULT (crowd-control): U.S. border agents (USA) -> Central American migrants (no code), fired tear gas into Mexico, 2018-11-25",
    "COERCE (restrict): United States (USA) -> none, closed the San Ysidro land crossing for several hours, 2018-11-25"],
    found=1, spurious=0,
    notes="Dateline found the tear-gas ASSAULT (with Mexico as target, wrong) but not the closing of the border crossing (CAMEO 191 restrict movement -> COERCE)."),
"h65-x255-05": dict(coder_events=[], found=0, spurious=0,
    notes="An arbitration tribunal's maritime award to Bangladesh over India is not a PLOVER act (no finding of guilt or liability; at most an adjudication); dateline coded nothing. A coder who codes awards as SANCTION (convict) against India would count one missed act."),
"h65-x254-23": dict(coder_events=[
    "CONSULT (multilateral): Arab leaders (no code) met at the summit in Bahrain, 2024-05-16",
    "REQUEST: Arab leaders (no code) -> United Nations (no code), called for U.N. peacekeeping forces in the Palestinian territories, 2024-05-16",
    "REQUEST (yield): Arab leaders (no code) -> Israel (ISR), demanded an immediate Gaza ceasefire and withdrawal from Rafah, 2024-05-16"],
    found=2, spurious=1,
    notes="Dateline's 'called' REQUEST (target Palestine, should be the UN) and 'demanded' REQUEST -> Israel are found; the summit meeting (CONSULT) is missed. Its RETREAT 'withdrawal' by Israel is spurious: the withdrawal is only the content of the demand already coded as REQUEST, not an act, and it is marked asserted."),
}
paras = [json.loads(l) for l in open(here / "paragraphs-d.jsonl")]
assert len(paras) == 6
with open(here / "paragraphs-d-verdicts.jsonl", "w") as f:
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    for p in paras:
        v = P[p["doc"]]
        out = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
        tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += v["spurious"]
print(tot)
