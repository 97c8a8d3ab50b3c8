"""Write paragraphs-b-verdicts.jsonl (recall on story first paragraphs)."""
import json
P = {
 "h57-x221-08": dict(coder_events=[
    "AID: IMF (IMF) -> Ukraine (UKR), approved a four-year $17.5 billion loan programme (the 'lifeline'), 2015-03-11"],
    found=1, spurious=1,
    notes="Dateline coded the one act twice: SUPPORT on 'approved' and AID on 'throwing' (a lifeline). The AID one matches; the second event for the same act is a duplicate, counted spurious."),
 "h57-x224-07": dict(coder_events=[
    "REJECT: China's parliament / NPC Standing Committee (CHN) -> Hong Kong pro-democracy camp (HKG), ruled out fully open elections for Hong Kong's leader, 2014-08-31",
    "ACCUSE: pro-democracy activists (HKG) -> China's parliament (CHN), said the move betrayed promises of universal suffrage, 2014-08-31"],
    found=0, spurious=0,
    notes="Dateline found no event in this paragraph."),
 "h57-x221-06": dict(coder_events=[
    "SUPPORT: Swiss voters (CHE) -> the SVP's immigration-quota proposal (CHE), backed it in Sunday's referendum, 2014-02-09"],
    found=1, spurious=0,
    notes="Dateline's SUPPORT is the act, but its target (the EU) is wrong: the vote goes against EU free movement; the date should be the Sunday referendum 2014-02-09, not 2014-02-10."),
 "h57-x223-21": dict(coder_events=[],
    found=0, spurious=0,
    notes="An election result (the ruling coalition lost its majority): no PLOVER act between actors."),
 "h57-x224-03": dict(coder_events=[
    "RETREAT: Myanmar (MMR) -> political prisoners (MMR), freed best-known political prisoners, 2012-01-13",
    "AGREE: United States (USA) -> Myanmar (MMR), announced it would exchange ambassadors, 2012-01-13"],
    found=1, spurious=0,
    notes="Dateline found the release (its target code USA is wrong; the prisoners are Burmese) but not the U.S. announcement of exchanging ambassadors."),
 "h57-x223-16": dict(coder_events=[
    "REJECT: Renamo (MOZ) -> national election commission / result (MOZ), rejected the result as fraudulent, 2019-10-27",
    "REQUEST: Renamo (MOZ) -> Mozambican authorities (MOZ), called for the election to be annulled, 2019-10-27"],
    found=1, spurious=0,
    notes="Dateline found the call for annulment (REQUEST) but not the rejection of the result."),
}
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for line in open("paragraphs-b.jsonl"):
        p = json.loads(line)
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
