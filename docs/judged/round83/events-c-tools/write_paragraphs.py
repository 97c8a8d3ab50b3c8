"""Write paragraphs-c-verdicts.jsonl (the judge's own coding of each lead paragraph)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
P = {
 "h19-x72-07": dict(coder_events=[
    "PROTEST: South Korean protesters (KOR) -> U.S. military (USA), candlelight vigils in Seoul against the acquittal of two U.S. soldiers, 2002-11-27",
    "ASSAULT: students (KOR) -> riot police (KOR), scuffled near a U.S. base, 2002-11-27"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline found nothing in the lead. The girls' deaths were an accident (not coded); the acquittal is background."),
 "h19-x71-23": dict(coder_events=[
    "THREATEN: United States (USA) -> Bangladesh government and opposition (BGD), warning it will deny visas to those undermining the election, 2023-05-24"],
    found=0, dateline_events=1, spurious=0,
    notes="Dateline has the act but as REJECT (deny), the wrong type, so it is not counted as found; it is not spurious."),
 "h19-x70-19": dict(coder_events=[
    "SANCTION: Morocco (MAR) -> Iran (IRN), severing diplomatic relations, 2018-05-01",
    "ACCUSE: Morocco (MAR) -> Iran (IRN), accusing Tehran of arming the Polisario through Hezbollah, 2018-05-01",
    "AID (reported): Hezbollah (LBN) / Iran (IRN) -> Polisario Front, training and arming, no date"],
    found=2, dateline_events=2, spurious=0,
    notes="Both dateline events right; the accused arming (reported) was not extracted in this sentence."),
 "h19-x69-04": dict(coder_events=[
    "ACCUSE: Etibar Mammadov, nearest challenger (AZE) -> Azerbaijani authorities (AZE), rigging the count, 1998-10-12"],
    found=1, dateline_events=1, spurious=0,
    notes="Aliyev winning the vote is not a PLOVER act."),
 "h19-x70-01": dict(coder_events=[
    "CONSULT: Israeli chief of staff (ISR) <-> Syrian chief of staff (SYR), three days of talks in Washington, 1995-06-29"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline missed the talks in the lead (it coded the meeting from the second paragraph, Lipkin-Shahak -> Christopher). 'Any Israeli withdrawal' is hypothetical and not listed."),
 "h19-x71-18": dict(coder_events=[
    "REJECT: Burundi (BDI) -> African Union (AU), rejected the plan to send 5,000 peacekeepers, 2015-12-22",
    "THREATEN: Burundi (BDI) -> African Union (AU), troops deployed without consent would be treated as an invading force, 2015-12-22"],
    found=1, dateline_events=1, spurious=0,
    notes="The warning (THREATEN) was missed."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        d = P[p["doc"]]
        assert d["dateline_events"] == len(p["events"])
        out.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")
print("coded", sum(len(d["coder_events"]) for d in P.values()), "found", sum(d["found"] for d in P.values()),
      "dateline", sum(d["dateline_events"] for d in P.values()), "spurious", sum(d["spurious"] for d in P.values()))
