"""Write paragraphs-d-verdicts.jsonl (judge d, round 45)."""
import json, pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

P = {
 "h2-x2-07": dict(
   coder_events=[
     "ASSAULT: Syrian rebels (SYR) sweep into/take Damascus from the Assad government (SYR GOV), 2024-12-08",
     "PROTEST: crowds (SYR) tear down statues of Hafez al-Assad, against the Assad government, 2024-12-08"],
   found=0, spurious=0,
   notes="Dateline has no event in the paragraph. 'declared the end of Assad's rule' and 'fled the country' I do not code as separate PLOVER acts."),
 "h2-x2-21": dict(
   coder_events=[
     "ASSAULT (aerial): French warplanes (FRA MIL) fire on Libyan government forces (LBY MIL), 2011-03-19",
     "ASSAULT: Gaddafi's troops (LBY MIL) push into the outskirts of rebel-held Benghazi (rebels, LBY REB), 2011-03-19"],
   found=1, spurious=0,
   notes="e1 found (mode heavy-weapons should be aerial). e2 'pushed' is the real act but typed COERCE seize; armed forces taking ground is ASSAULT by the conventions, so not found with the right type (not spurious); its source should be Gaddafi's troops and target the rebels/Benghazi."),
 "h2-x3-16": dict(
   coder_events=[
     "PROTEST (riot): protesters (BFA) set fires outside the French embassy (FRA), 2022-10-01",
     "COERCE/ASSAULT (coup): junior officers led by Capt. Traore (BFA MIL) overthrow military leader Damiba (BFA GOV), announced 2022-09-30"],
   found=0, spurious=0,
   notes="Dateline has no event in the paragraph. 'gunfire rang out' has no actor."),
 "h2-x4-03": dict(
   coder_events=[
     "SUPPORT: Norwegian Nobel Committee (NOR) awards the Peace Prize to Liu Xiaobo (CHN), 2010-10-08",
     "ACCUSE (disapprove): Beijing (CHN GOV) responds angrily to the Nobel Committee's decision, 2010-10-08"],
   found=0, spurious=0,
   notes="Dateline has no event in the paragraph. Liu's imprisonment is a state in the background, not coded."),
 "h2-x4-04": dict(
   coder_events=[
     "ASSAULT (execute): North Korea (PRK GOV) executes Jang Song Thaek (PRK GOV), 2013-12-12 (Thursday, next sentence)",
     "SANCTION (convict): special military tribunal (PRK JUD) convicts Jang Song Thaek, 2013-12-12"],
   found=2, spurious=0,
   notes="Both found with the right type; e1 date should be 2013-12-12; e2 target is Kim Jong Un (wrong: 'him' is Jang)."),
 "h2-x3-10": dict(
   coder_events=[
     "ASSAULT (firearms): one of his bodyguards (COD) shoots President Laurent Kabila (COD GOV), 2001-01-16 (Tuesday)"],
   found=1, spurious=0,
   notes="Found; date 2001-01-17 (narrative) is the day of the government's statement, the shooting was on Tuesday 2001-01-16. The government's insistence that Kabila is alive is not a PLOVER act."),
}

def main():
    rows = []
    for l in open(HERE / "paragraphs-d.jsonl"):
        d = json.loads(l)
        p = P[d["doc"]]
        rows.append({"doc": d["doc"], "coder_events": p["coder_events"], "found": p["found"],
                     "dateline_events": len(d["events"]), "spurious": p["spurious"], "notes": p["notes"]})
    with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ce = sum(len(r["coder_events"]) for r in rows); fo = sum(r["found"] for r in rows)
    de = sum(r["dateline_events"] for r in rows); sp = sum(r["spurious"] for r in rows)
    print(f"coder events {ce}, found {fo} ({100*fo/ce:.0f}%), dateline events {de}, spurious {sp}")

if __name__ == "__main__":
    main()
