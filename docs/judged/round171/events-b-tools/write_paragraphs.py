"""Write paragraphs-b-verdicts.jsonl from judge b's hand coding of the six lead paragraphs."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h62-x244-09": dict(coder_events=[
     "CONSULT: Madeleine Albright (USA) -> Paek Nam Sun (PRK), met in Bangkok (mutual), 2000-07-28"],
     found=1, spurious=0,
     notes="Dateline's one event (CONSULT Albright -> Paek, Friday 2000-07-28) is right. Calling the meeting 'a small but historic step' is a comment, not a separate act."),
 "h62-x241-11": dict(coder_events=[], found=0, spurious=0,
     notes="Election results (Sarovic heading for victory) are not a PLOVER act; 'indicted war crimes suspect' is a descriptor of Karadzic, not an act reported here. Nothing to code; dateline found nothing."),
 "h62-x241-24": dict(coder_events=[
     "ACCUSE: Georgian government (GEO) and Western governments -> Abkhazia / its election (Bagapsh, GEO separatist region), dismissed the results as meaningless, 2009-12-12",
     "SUPPORT: Russia (RUS) -> Abkhazia (GEO separatist region), recognised its independence, 2008 ('last year')"],
     found=0, spurious=0,
     notes="The dismissal could be coded REJECT instead of ACCUSE (the headline says 'reject'); either way dateline has no event here. Bagapsh's election win itself is not a PLOVER act."),
 "h62-x243-15": dict(coder_events=[
     "ASSAULT: rebel leaders (COD rebels: MLC, RCD) -> President Joseph Kabila's government (COD), fought to topple him, undated (nearly five years of war)"],
     found=0, spurious=0,
     notes="The fighting is background in a relative clause but is an act a coder would code, undated. The swearing-in of former rebels as vice presidents under the peace deal is not a PLOVER act in itself (some coders might code the power-sharing as CONCEDE; I do not). Dateline has no event here."),
 "h62-x243-19": dict(coder_events=[], found=0, spurious=0,
     notes="Voters approving a constitution in a referendum, and the commission announcing results, are not acts between political actors in PLOVER. Nothing to code; dateline found nothing."),
 "h62-x243-05": dict(coder_events=[], found=0, spurious=0,
     notes="Mbeki elected ANC leader unopposed, succeeding Mandela: an internal party election, not a PLOVER act. Nothing to code; dateline found nothing."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
assert len(paras) == 6
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        j = P[p["doc"]]
        row = {"doc": p["doc"], "coder_events": j["coder_events"], "found": j["found"],
               "dateline_events": len(p["events"]), "spurious": j["spurious"], "notes": j["notes"]}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        tot["coded"] += len(j["coder_events"]); tot["found"] += j["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += j["spurious"]
print(tot)
