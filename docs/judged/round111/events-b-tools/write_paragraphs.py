"""Write paragraphs-b-verdicts.jsonl (judge b, round 111).
usage (from docs/judged/round111): python events-b-tools/write_paragraphs.py"""
import json

P = {
 "h33-x127-02": dict(coder_events=[], found=0, spurious=0,
   notes="Swearing-in of a chief minister and the end of direct rule are changes of office, not PLOVER acts between actors; the 'revolt that has claimed thousands of lives' is an undated background total. Nothing to code; dateline coded nothing."),
 "h33-x126-10": dict(coder_events=[
     "SANCTION: Iraq's Interior Ministry (IRQ) -> Blackwater (USA), revoked its licence, 2007-09-17 (said on Monday)",
     "ACCUSE (allege, future): Iraq's Interior Ministry (IRQ) -> foreign guards of Blackwater (USA), would prosecute them, 2007-09-17",
     "ASSAULT: Blackwater guards (USA) -> Iraqi civilians (IRQ), shooting in a Baghdad square killing at least 11, 2007-09-16 (Sunday, per the next paragraph)"],
   found=1, spurious=0,
   notes="dateline's only event (revoked, SANCTION) is right; the announced prosecution and the shooting itself are missed here (the shooting is coded from the next paragraph)."),
 "h33-x128-21": dict(coder_events=[
     "PROTEST (riot): protesters (HKG) -> Hong Kong Legislative Council / Hong Kong government (HKG), smashed in and ransacked the chamber, 2019-07-01 (late on Monday)",
     "COERCE: riot police (HKG) -> protesters (HKG), cleared the building, 2019-07-02 (after midnight)"],
   found=0, spurious=0,
   notes="dateline found no event in the lead: neither the storming of the legislature nor the police clearing it."),
 "h33-x125-09": dict(coder_events=[
     "RETREAT (release): Turkish appeals court (TUR) -> Leyla Zana and three colleagues (TUR), ordered their release, 2004-06-09",
     "SUPPORT: European Union (EU) -> Turkish appeals court / Turkey (TUR), welcomed the decision, 2004-06-09"],
   found=2, spurious=0,
   notes="Both found with the right type. 'Ankara tries to secure a date for membership talks' is an ongoing aim, not coded."),
 "h33-x127-03": dict(coder_events=[
     "SUPPORT: Sri Lanka's government (LKA) -> United States (USA), welcomed the terrorist listing, 1997-10-09",
     "COERCE (ban): United States (USA) -> LTTE (LKA), listed the Tigers as a foreign terrorist organisation, 1997-10-08 (Wednesday, per the next paragraph)"],
   found=1, spurious=0,
   notes="The welcome is found; the U.S. designation itself, named in the lead as 'a U.S. decision to list', is missed."),
 "h33-x126-20": dict(coder_events=[
     "RETREAT (resign): Avigdor Lieberman (ISR), resigned as defence minister, 2018-11-14",
     "RETREAT (ceasefire): Israel (ISR) <-> Hamas (PSE), ceasefire in Gaza, 2018-11-13 (Tuesday, per the story)"],
   found=1, spurious=0,
   notes="The resignation is found (source Lieberman ISR, right). The ceasefire it protests is missed. Lieberman's protest could also be read as ACCUSE of Netanyahu's government; I have not counted it separately."),
}

rows = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for r in rows:
        p = P[r["doc"]]
        out = {"doc": r["doc"], "coder_events": p["coder_events"], "found": p["found"],
               "dateline_events": len(r["events"]), "spurious": p["spurious"], "notes": p["notes"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote paragraphs-b-verdicts.jsonl")
