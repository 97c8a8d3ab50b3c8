"""Judge b's round-70 paragraph verdicts: writes paragraphs-b-verdicts.jsonl and checks it."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h12-x44-07": dict(
   coder_events=["CONSULT: Madeleine Albright (USA) -> Kim Jong Il (PRK), two days of talks in Pyongyang (visit), 2000-10-23/2000-10-24"],
   found=0, spurious=0,
   notes="Dateline has no event in this paragraph; the talks are missed. 'said they had made serious progress' is a comment with no PLOVER type."),
 "h12-x42-08": dict(
   coder_events=["ASSAULT: forces loyal to President Taya (MRT) -> rebel soldiers (MRT), put down the attempted coup and regained control of Nouakchott, 2003-06-09",
                 "ASSAULT: rebel soldiers (MRT) -> Taya's government (MRT), attempted coup / fighting around the presidential palace, 2003-06-08"],
   found=0, spurious=0,
   notes="No dateline event in the paragraph; both sides of the coup fighting are missed."),
 "h12-x41-06": dict(
   coder_events=["SUPPORT: Turkey (TUR) <-> Syria (SYR), signed a security agreement in Adana, 1998-10-20",
                 "AGREE: Syria (SYR) -> Turkey (TUR), promised to end all support for the Kurdish (PKK) rebels, 1998-10-20"],
   found=1, spurious=0,
   notes="e1 SUPPORT signed is right in every field. Syria's promise (AGREE, or CONCEDE as a promised concession) is missed."),
 "h12-x43-11": dict(
   coder_events=["COOPERATE: India (IND) <-> Pakistan (PAK), opened the first Kashmir crossing point for relief supplies, 2005-11-07 (RETREAT access would also do)"],
   found=0, spurious=0,
   notes="No dateline event; the earthquake deaths are a natural disaster, not an event."),
 "h12-x43-24": dict(
   coder_events=["CONCEDE: Mahamudu Bawumia (GHA) -> John Dramani Mahama (GHA), conceded defeat in the presidential election, 2024-12-08"],
   found=1, spurious=0,
   notes="e1 CONCEDE found with the right date; its source sector BUS is wrong for the vice-president and its target is empty although Mahama is named. 'voted out of office' eight years ago is an election result, not coded."),
 "h12-x42-25": dict(
   coder_events=["CONSULT: Iran (IRN) <-> United States (USA), first nuclear talks, in Oman (hosted by Oman), 2025-04-12",
                 "AGREE: Iran (IRN) <-> United States (USA), agreed to hold a second round next week, 2025-04-12"],
   found=2, spurious=0,
   notes="e1 CONSULT has the right type and parties but the Sunday date 2025-04-13 instead of Saturday 2025-04-12; e2 AGREE has the right type and date but the wrong source (Donald Trump, named only in a time clause) and no target: the parties are Iran and the United States."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
assert len(paras) == 6 and {p["doc"] for p in paras} == set(P)
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as fh:
    for p in paras:
        d = P[p["doc"]]
        o = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
             "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        assert o["found"] <= len(o["coder_events"]) and o["spurious"] <= o["dateline_events"]
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
print(len(back), "paragraphs:", {k: sum(len(b[k]) if k == "coder_events" else b[k] for b in back)
                                 for k in ("coder_events", "found", "dateline_events", "spurious")})
