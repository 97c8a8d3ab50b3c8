"""Write paragraphs-a-verdicts.jsonl (the judge's coding of the 6 first paragraphs) and check it."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
P = {
 "h56-x219-23": dict(
   coder_events=[
     "ASSAULT: Madagascar presidential guards (MDG) -> opposition supporters (MDG), opened fire on the marchers killing at least 25, 2009-02-07",
     "PROTEST: thousands of opposition supporters (MDG) -> Madagascar government / Ravalomanana (MDG), march on the presidential palace, 2009-02-07"],
   found=2, spurious=0,
   notes="Both found with the right type. e1 (ASSAULT) has an empty target (should be the opposition supporters) and the date 2009-02-08 where the text says Saturday, 2009-02-07; e2 (PROTEST) is right in all fields."),
 "h56-x217-16": dict(
   coder_events=[
     "THREATEN: Kurdish rebels / PKK (TUR) -> Turkey (TUR), ended the unilateral ceasefire (resumption of armed action signalled; PLOVER has no exact type for ending a truce), 2004-06-01",
     "CONCEDE: Kurdish rebels / PKK (TUR) -> Turkey (TUR), declared the unilateral ceasefire five years ago, 1999"],
   found=1, spurious=0,
   notes="Dateline coded the 1999 ceasefire declaration (CONCEDE, 1999 right) but with an empty target (Turkey is named in the sentence); it did not code the ending of the truce, the paragraph's news."),
 "h56-x217-01": dict(
   coder_events=[
     "SUPPORT: Estonia (EST), Latvia (LVA), Lithuania (LTU) -> European Union, signed association agreements, 1995-06-12"],
   found=1, spurious=0,
   notes="Found and right in all fields. 'What their ministers called an irreversible step' is a characterization, not a further event."),
 "h56-x218-01": dict(
   coder_events=[
     "ASSAULT: suicide bomber (no country given) -> bus passengers in Ramat Gan (ISR), suicide bombing killing at least six, 1995-07-24"],
   found=1, spurious=0,
   notes="Found: ASSAULT (mode explosives; suicide-attack would be the exact PLOVER mode), target six people (ISR), Monday morning 1995-07-24."),
 "h56-x217-20": dict(
   coder_events=[
     "SUPPORT: Bulgaria (BGR), Romania (ROU) -> European Union, joined the EU (accession takes effect), 2007-01-01"],
   found=0, spurious=0,
   notes="Dateline has no event in this paragraph. The accession is an event a coder would code (SUPPORT finalize agreement, or COOPERATE); the celebrations in the streets are not a protest or any PLOVER event."),
 "h56-x217-09": dict(
   coder_events=[
     "CONSULT: Vladimir Putin (RUS) -> Tony Blair (GBR), talks in London on his visit, 2000-04-17",
     "PROTEST: protesters outside (in London; country not given) -> Russia (RUS), demonstration denouncing Russia's war in Chechnya, 2000-04-17"],
   found=1, spurious=0,
   notes="CONSULT found (right in all fields). The protest was coded as ACCUSE disapprove with trigger 'denounced'; PLOVER codes protests expressing disapproval as PROTEST, so it is not found with the right type (an event, not spurious; its source country RUS is also unsupported)."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
assert len(paras) == 6
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
outs = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
tot = {k: sum(len(o[k]) if k == "coder_events" else o[k] for o in outs) for k in ["coder_events", "found", "dateline_events", "spurious"]}
print(len(outs), tot)
