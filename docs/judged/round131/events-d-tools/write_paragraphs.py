"""Write paragraphs-d-verdicts.jsonl (judge d's coding of the 6 sampled first paragraphs) and check it.
usage (from docs/judged/round131): python events-d-tools/write_paragraphs.py"""
import json

P = {
 "h43-x168-10": dict(
  coder_events=["ASSAULT: renegade MILF commanders (PHL) -> towns of Lanao del Norte and their civilians (PHL), attacked towns killing at least 30, 2008-08-18"],
  found=1, spurious=0,
  notes="One attack (the killing is part of it). dateline's e1 has the right type; its target 'Mindanao' as a country is wrong (item 47)."),
 "h43-x165-23": dict(
  coder_events=["AGREE: Armenia (ARM) <-> Azerbaijan (AZE), agreed to free prisoners of war and back each other's diplomatic bids, 2023-12-07"],
  found=1, spurious=0,
  notes="One reciprocal agreement; dateline's e1 matches it (mutual source/target, Thursday 7 Dec)."),
 "h43-x168-20": dict(
  coder_events=[
   "SANCTION convict: Suriname's military court (SUR) -> President Desi Bouterse (SUR), sentenced to 20 years, 2019-11-29",
   "ASSAULT: Desi Bouterse (SUR) -> 15 political opponents (SUR), murder of which he was convicted, 1982",
   "CONSULT visit: Desi Bouterse (SUR) -> China (CHN), on an official visit to China, 2019-11-29 (ongoing)"],
  found=1, spurious=0,
  notes="dateline found the sentencing only; the dated 1982 killings (background, in the noun phrase of the charge) and the president's official visit to China are missed."),
 "h43-x166-05": dict(
  coder_events=[
   "AGREE: African leaders at the OAU summit (no single country) <-> each other, agreed to create an African Union, 1999-09-09",
   "CONSULT multilateral: African leaders (OAU extraordinary summit) meeting in Gaddafi's home town Sirte (host Libya, LBY), 1999-09-09",
   "SUPPORT: African leaders -> Muammar Gaddafi (LBY), endorsing a scaled-down version of his 'United States of Africa', 1999-09-09"],
  found=1, spurious=0,
  notes="dateline found the AGREE (target 'African Union' is odd for a reciprocal agreement, but any arguments count); the summit meeting and the endorsement of Gaddafi's plan are missed."),
 "h43-x167-03": dict(
  coder_events=[
   "SANCTION: UN Security Council (UNO) -> Sierra Leone junta (SLE), oil and arms embargo, 1997-10-08",
   "COERCE restrict: UN Security Council (UNO) -> Sierra Leone's military rulers (SLE), barred from foreign travel, 1997-10-08",
   "ASSAULT (coup): the junta (SLE military) -> President Ahmad Tejan Kabbah (SLE), toppled him, 1997-05"],
  found=2, spurious=0,
  notes="Both Security Council acts found with the right types (e2's target is the country rather than its military rulers); the background May coup is missed."),
 "h43-x165-13": dict(
  coder_events=["CONCEDE (ease administrative restrictions, CAMEO 081): EU interior ministers (EU) -> Serbia (SRB), Macedonia (MKD), Montenegro (MNE), approved visa-free travel, lifting the visa requirement, 2009-11-30"],
  found=0, spurious=0,
  notes="dateline coded the act as SUPPORT ('approved'); the EU enacting its own easing of the visa requirement is a concession (lifting a restriction), not verbal support of another party's act: right act, wrong type, so not found and not spurious."),
}

paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert len(paras) == 6
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        assert rec["found"] <= len(rec["coder_events"])
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
print(len(back), "coded", sum(len(b["coder_events"]) for b in back), "found", sum(b["found"] for b in back),
      "dateline", sum(b["dateline_events"] for b in back), "spurious", sum(b["spurious"] for b in back))
