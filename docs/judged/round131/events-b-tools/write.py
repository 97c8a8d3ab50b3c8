"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the hand verdicts, and check them."""
import json
from pathlib import Path
from verdicts import V

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
out = []
for it in items:
    *vals, reasons = V[it["n"]]
    verdict = dict(zip(FIELDS, vals))
    if not verdict["event"]:
        assert not any(vals), it["n"]
    verdict["all"] = all(vals)
    rec = dict(it)
    rec["verdict"] = verdict
    rec["reasons"] = reasons
    out.append(rec)
with open(HERE / "events-b.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

P = [
 {"doc": "h43-x168-04",
  "coder_events": [
    "SUPPORT: China (CHN) <-> Vietnam (VNM), signed the land border treaty (settling the dispute), 1999-12-30",
    "ASSAULT: China (CHN) <-> Vietnam (VNM), the short but bloody war 20 years ago, 1979"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "Dateline's SUPPORT 'signed' is right (mutual, Thursday 1999-12-30). Its AGREE 'settling' is the same act (the treaty is what settles the dispute), a duplicate, so spurious. The background 1979 war is not coded by dateline here (it is coded further down the story)."},
 {"doc": "h43-x166-21",
  "coder_events": [
    "SUPPORT: Jordan (JOR) <-> Israel (ISR), signed a declaration of intent to explore a solar-for-water deal, 2021-11-22"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's SUPPORT 'signed' is right (Monday 2021-11-22, mutual). The supply and sale of power and water are hypothetical terms of a deal to be explored, not coded."},
 {"doc": "h43-x165-24",
  "coder_events": [
    "RETREAT: Goran Vesic (SRB) -> -, resigned as construction minister, 2024-11-04",
    "PROTEST: protesters (SRB) -> Serbian government (SRB), angry protests against the government after the canopy collapse, 2024-11 (ongoing; document date 2024-11-05)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the resignation (RETREAT resign, Monday 2024-11-04) but not the protests against the government. The canopy collapse killing 14 is an accident, no event."},
 {"doc": "h43-x166-14",
  "coder_events": [
    "AGREE: Syrian opposition groups (SYR) -> -, agreed to form a new coalition against Assad, 2012-11-11",
    "CONSULT: Syrian opposition groups (SYR) <-> each other, hosted by Qatar (QAT), a week of negotiations in Doha, 2012-11 (the week to 2012-11-11)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's AGREE (Sunday 2012-11-11) is right. Electing the cleric as head is an internal choice, not coded. The week of talks in the Qatari capital is missed."},
 {"doc": "h43-x166-06",
  "coder_events": [
    "REQUEST: Abdelaziz Bouteflika (DZA) -> France (FRA), told French lawmakers France must recognise the suffering of colonial rule / pressed for a new relationship, 2000-06-14",
    "CONSULT: Abdelaziz Bouteflika (DZA) -> France (FRA), first state visit by an Algerian leader in 17 years (speech to French lawmakers), 2000-06-14"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in this lead: it misses both the demand that France recognise colonial suffering (Wednesday 2000-06-14) and the state visit."},
 {"doc": "h43-x167-19",
  "coder_events": [
    "AGREE: Somalia (SOM) <-> Eritrea (ERI), agreed to establish diplomatic relations and exchange ambassadors, 2018-07-30",
    "SUPPORT: Ethiopia (ETH) <-> Eritrea (ERI), made peace (signed the declaration ending the state of war), 2018-07"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's AGREE (Monday 2018-07-30, mutual) is right. The background Ethiopia-Eritrea peace this month is missed in the lead (AGREE would also do for it)."},
]
assert len(P) == 6
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(P, paras):
    assert p["dateline_events"] == len(q["events"]), p["doc"]
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks and counts
back = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(back) == 50
for b, it in zip(back, items):
    assert (b["n"], b["doc"], b["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in FIELDS)
    if not v["event"]:
        assert not any(v.values())
    assert {k: b[k] for k in it} == it
counts = {k: sum(b["verdict"][k] for b in back) for k in FIELDS + ["all"]}
print("per-field right of 50:", counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
