"""Write paragraphs-b-verdicts.jsonl (the judge's coding of the six lead paragraphs) and check it.
usage (from docs/judged/round86): python events-b-tools/write_paragraphs.py"""
import json

P = {
 "h20-x75-23": dict(coder_events=[], found=0, spurious=0,
    notes="An election win (Muizzu defeating Solih) is not a PLOVER act, so there is nothing to code. Dateline has no event here, which is right."),
 "h20-x75-12": dict(coder_events=[
    "COOPERATE: Robert Mugabe (ZWE) -> Morgan Tsvangirai (ZWE), swore in his rival as prime minister, launching the power-sharing unity government, 2009-02-11"],
    found=0, spurious=0,
    notes="Borderline: an inauguration under a power-sharing deal is material political cooperation between the two rival leaders and parties. Dateline codes nothing in the lead."),
 "h20-x76-16": dict(coder_events=[
    "SANCTION: Communist Party of China (CHN) -> Bo Xilai (CHN), removed him as Chongqing party chief, 2012-03-15"],
    found=0, spurious=0,
    notes="Removing an official from a party post is SANCTION (expel from a post or organisation). Dateline codes nothing in the lead."),
 "h20-x73-10": dict(coder_events=[], found=0, spurious=0,
    notes="Election results only; no act to code. Dateline has no event here, which is right."),
 "h20-x76-22": dict(coder_events=[
    "PROTEST: supporters of Prabowo Subianto (IDN) -> Indonesian police (IDN), overnight riots and clashes over the election results, 2019-05-22",
    "ASSAULT: unnamed (-) -> at least six people (IDN), killed in the overnight riots, 2019-05-22"],
    found=1, spurious=0,
    notes="Dateline finds the killing (ASSAULT, right) but not the riot (PROTEST riot) by Prabowo's supporters against the police."),
 "h20-x73-01": dict(coder_events=[
    "SUPPORT: Belarus voters (BLR) -> Alexander Lukashenko (BLR), endorsed his plans in Sunday's referendum, 1995-05-14"],
    found=1, spurious=0,
    notes="Dateline's SUPPORT is the right type. Its date is the document date (Monday, 1995-05-15), though the referendum was on Sunday 1995-05-14 (the next paragraph); the date does not count for recall."),
}
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert len(paras) == 6 and {p["doc"] for p in paras} == set(P)
with open("paragraphs-b-verdicts.jsonl", "w") as fh:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
tot = {k: 0 for k in ("coded", "found", "dateline", "spurious")}
for l in open("paragraphs-b-verdicts.jsonl"):
    r = json.loads(l)
    tot["coded"] += len(r["coder_events"]); tot["found"] += r["found"]
    tot["dateline"] += r["dateline_events"]; tot["spurious"] += r["spurious"]
print(tot)
