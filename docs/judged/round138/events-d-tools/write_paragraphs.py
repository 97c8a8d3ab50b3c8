"""Write paragraphs-d-verdicts.jsonl from the judge's paragraph coding below and check it.
Run from docs/judged/round138: python events-d-tools/write_paragraphs.py"""
import json

P = {
 "h46-x178-20": dict(
    coder_events=[
      "THREATEN: United States / Pompeo (USA) -> Iran (IRN), vow to work with allies to expel 'every last Iranian boot' from Syria, stated 2019-01-10 (future act)",
      "RETREAT: Donald Trump / United States (USA) -> Syria (SYR), decision to pull U.S. troops out of Syria, background (no date in the paragraph)",
    ],
    found=1, dateline_events=2, spurious=0,
    notes="Dateline found the troop pull-out as RETREAT. It coded the expulsion vow as SANCTION/expel with target Syria: that is an act, so not spurious, but the type should be THREATEN and the target Iran. Its RETREAT takes the document date for a decision made earlier (December 2018), which the paragraph does not date. 'reassure Arab partners' is a borderline SUPPORT that I did not count."),
 "h46-x178-08": dict(
    coder_events=[
      "ACCUSE: head of Columbia University, Lee Bollinger (USA) -> Mahmoud Ahmadinejad (IRN), blistering rebuke, 2007-09-24",
    ],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline coded nothing in this paragraph. The rebuke is the main event of the story. Ahmadinejad addressing students, questioning Holocaust research and saying Iran had no homosexuals are not coded: they have no political target."),
 "h46-x177-06": dict(
    coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="Winning an election and unseating an incumbent in a run-off is not a PLOVER event, so there is nothing to code."),
 "h46-x177-07": dict(
    coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="Election results and a coalition majority are not PLOVER events, so there is nothing to code."),
 "h46-x180-05": dict(
    coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="Election results and voters braving the rain are not PLOVER events, so there is nothing to code."),
 "h46-x180-15": dict(
    coder_events=[
      "SANCTION: Chinese court (CHN) -> Gu Kailai (CHN), suspended death sentence (convict), 2012-08-20",
      "ASSAULT: Gu Kailai (CHN) -> Neil Heywood (GBR), poisoning (murder), background (November 2011 per the next paragraph; no date in this one)",
    ],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline coded nothing in this paragraph. It missed the court sentence, the main event of the story, and the poisoning named as its ground. The story's second paragraph does hold a dateline ASSAULT for the killing, but that is outside this paragraph."),
}

paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert len(paras) == 6 and {p["doc"] for p in paras} == set(P)
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in paras:
        v = P[p["doc"]]
        assert v["dateline_events"] == len(p["events"]), p["doc"]
        assert v["found"] <= len(v["coder_events"]) and v["spurious"] <= v["dateline_events"]
        f.write(json.dumps({"doc": p["doc"], **v}, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(back) == 6
tot = {k: sum(len(b["coder_events"]) if k == "coder_events" else b[k] for b in back)
       for k in ["coder_events", "found", "dateline_events", "spurious"]}
print("paragraph totals:", tot)
