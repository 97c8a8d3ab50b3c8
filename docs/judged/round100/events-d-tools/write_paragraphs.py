"""Write paragraphs-d-verdicts.jsonl (judge d, round 100)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h27-x104-08": dict(
    coder_events=[
        "ASSAULT: FARC rebels (COL) -> Ingrid Betancourt (COL), kidnapped her in the former demilitarised zone, reported Sunday 2002-02-24 (the story's second paragraph dates the seizure Saturday 2002-02-23)",
        "SANCTION: Andres Pastrana (COL) -> FARC guerrillas (COL), broke off three years of peace talks, 'days' earlier (2002-02-20 per the story's last paragraph)",
    ],
    found=1, spurious=0,
    notes="Dateline coded the kidnapping (ASSAULT, FARC -> Betancourt) but not Pastrana's breaking off of the peace talks in the 'days after' clause."),
 "h27-x102-10": dict(
    coder_events=[],
    found=0, spurious=1,
    notes="Citizens voting in an election is not a PLOVER act between political actors (no type covers casting ballots; the elected members are not named here); officials' description of the vote is a comment, not an event. Dateline's SUPPORT (Citizens -> none, 'voted') is spurious."),
 "h27-x102-14": dict(
    coder_events=[
        "COERCE: Iran (IRN) -> Abdolmalek Rigi (IRN, Jundallah), captured him, said on Tuesday 2010-02-23 (capture date not given)",
        "ACCUSE: Iran (IRN) -> United States (USA), accused it of supporting Rigi, Tuesday 2010-02-23",
    ],
    found=1, spurious=0,
    notes="Dateline found the accusation but not the capture (the arrest). The relative clause 'which has waged a bloody insurgency' is a characterisation of Jundallah and is not counted as an act."),
 "h27-x102-15": dict(
    coder_events=[
        "PROTEST: Coptic Christians (EGY) -> Egypt's state (EGY), protest outside the state television building, Sunday evening 2011-10-09 (date from the second paragraph)",
        "ASSAULT: soldiers and armed men (EGY) -> the Coptic protesters (EGY), street battles, at least 24 killed and 200 wounded, 2011-10-09",
    ],
    found=1, spurious=0,
    notes="Dateline coded the killing (ASSAULT, no source, target 24 people) but not the protest. 'The fall of Hosni Mubarak in February' is a background noun phrase and is not counted."),
 "h27-x101-09": dict(
    coder_events=[
        "ACCUSE: Mikheil Saakashvili (GEO) -> Russia (RUS), accused it of deliberately cutting off gas supplies, Sunday 2006-01-22",
        "COERCE: Russia (RUS) -> Georgia (GEO), deliberately cutting off gas supplies, reported (inside the accusation), 2006-01-22",
    ],
    found=1, spurious=0,
    notes="Dateline found the accusation. The act inside the accusation (the gas cut-off, reported modality, as the conventions treat acts inside accusations) was not coded. The pipeline explosions have no actor in this paragraph and are not counted."),
 "h27-x104-16": dict(
    coder_events=[],
    found=0, spurious=0,
    notes="An election victory and a campaign 'dogged by claims' (no claimant or accused named) hold no PLOVER act; dateline coded nothing here, correctly."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
tot = lambda k: sum((len(P[p["doc"]][k]) if k == "coder_events" else P[p["doc"]][k]) for p in paras)
print("coded", tot("coder_events"), "found", tot("found"),
      "dateline", sum(len(p["events"]) for p in paras), "spurious", tot("spurious"))
