"""Write paragraphs-c-verdicts.jsonl (judge c's coding of the 6 first paragraphs) and print totals.

usage (from round144/): python3 events-c-tools/write_paragraphs.py
"""
import json

P = {
 "h49-x191-10": dict(
   coder_events=[],
   found=0, spurious=0,
   notes="The only act is the court's acquittal of Zuma (Monday 2006-05-08); PLOVER has no type for an acquittal (SANCTION convict is a finding of guilt), so a coder codes nothing here. Dateline found no event: right."),
 "h49-x189-25": dict(
   coder_events=[
     "MOBILIZE: Russian fighter jet / Russian military (RUS) -> Estonia (EST), entered Estonian airspace, this week (Tuesday 2025-05-13 per the story)",
     "COERCE: Estonian navy (EST) -> oil tanker Jaguar (Russia's shadow fleet, RUS or no code), tried to check/inspect the sanctioned tanker, this week (2025-05-13)",
     "ACCUSE: Estonia / Tallinn (EST) -> Russia (RUS), called the incursion one of the most serious incidents at sea, 2025-05-15",
   ],
   found=0, spurious=0,
   notes="Dateline has no event in this paragraph; the airspace incursion, the attempted inspection and Tallinn's disapproval are all missed."),
 "h49-x190-22": dict(
   coder_events=[
     "CONSULT: Yair Lapid (ISR) -> Morocco (MAR), first visit by an Israeli foreign minister, 2021-08-12",
     "SUPPORT: Yair Lapid / Israel (ISR) -> Morocco (MAR), inaugurated Israel's liaison office in Rabat (expanding diplomatic ties), 2021-08-12",
     "SUPPORT: Israel (ISR) <-> Morocco (MAR), ties restored under a U.S.-brokered deal, 2020",
   ],
   found=1, spurious=0,
   notes="Dateline's e1 (CONSULT visit, Lapid -> Morocco, 2021-08-12) is right. The inauguration of the liaison office and the background restoration of ties (2020) are missed."),
 "h49-x191-23": dict(
   coder_events=[
     "ASSAULT: Malian soldiers (MLI) and foreign fighters believed Russian (RUS?) -> about 300 civilian men (MLI), executed in Moura, 2022-03 (last month)",
     "ACCUSE: Human Rights Watch (no code) -> Malian army / government (MLI), reported the killings as the worst atrocity of the conflict, 2022-04-05",
   ],
   found=0, spurious=0,
   notes="Dateline has no event in this paragraph (its only Moura events are in later paragraphs); the mass execution and HRW's accusation are missed."),
 "h49-x190-16": dict(
   coder_events=[
     "COERCE: Britain (GBR) -> Abu Qatada (JOR), deported (flown out of Britain), 2013-07-07",
     "COOPERATE: Britain (GBR) -> Jordan (JOR), handed him to Jordanian authorities (judicial cooperation), 2013-07-07",
   ],
   found=0, spurious=0,
   notes="Dateline has no event in this paragraph: the deportation ('flown out ... and handed to Jordanian authorities') is missed in both its acts."),
 "h49-x190-03": dict(
   coder_events=[
     "SUPPORT: Iran's parliament (IRN) -> Mohammad Khatami / his 22 ministers (IRN), approved the whole cabinet, 1997-08-20 (Wednesday, per the next paragraph)",
     "ACCUSE: conservative deputies (IRN, not named in the sentence) -> Khatami's nominees for culture and interior (IRN), fierce attacks on his choices, during the four-day debate",
   ],
   found=1, spurious=1,
   notes="Dateline's e1 (SUPPORT approved) is the right type (its target is empty though Khatami is named). Its e2 AGREE 'proposed' is spurious: nominating ministers is a domestic appointment, not an AGREE or any PLOVER act. The verbal attacks (ACCUSE) are missed."),
}

paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += v["spurious"]
print(tot)
