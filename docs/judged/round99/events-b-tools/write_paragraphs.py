"""Write paragraphs-b-verdicts.jsonl (judge b's coding of the 6 first paragraphs) and check it.
usage (from docs/judged/round99): python events-b-tools/write_paragraphs.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h27-x104-07": dict(
   coder_events=[
     "AGREE: George W. Bush (USA) -> Taiwan (TWN), approved the largest arms sale to Taiwan in a decade (commitment to provide arms), 2001-04-26",
     "ACCUSE: China (CHN) -> United States / U.S. ambassador (USA), summoned the ambassador in protest, 2001-04-26",
     "THREATEN: China (CHN) -> United States (USA), warned the deal would damage ties, 2001-04-26"],
   found=1, spurious=0,
   notes="Dateline found the summons (ACCUSE). It coded the approval as SUPPORT (Bush -> Taiwan); approving an arms sale is a material commitment (AGREE, or AID once delivered), not verbal support, so it is not counted as found, but it is a real act, not spurious. The warning about damaged ties is missed. The spy-plane collision is background, not an act."),
 "h27-x101-22": dict(
   coder_events=[
     "MOBILIZE: Serbia (SRB) -> Kosovo (XKX), put its army on the highest level of combat readiness, 2022-12-26 (said late on Monday)",
     "PROTEST: ethnic Serbs in northern Kosovo (XKX) -> Kosovo authorities (XKX), kept up road barricades for more than two weeks, ongoing (2022-12-27)"],
   found=0, spurious=0,
   notes="Dateline coded no event in this paragraph: both the army alert and the barricades are missed."),
 "h27-x102-19": dict(
   coder_events=[
     "SUPPORT: Algeria's parliament (DZA) -> none, approved the constitutional overhaul, 2016-02-07",
     "SUPPORT: President Bouteflika's camp (DZA) -> none, hailed the reforms as a milestone, 2016-02-07/08",
     "ACCUSE: Algerian opposition (DZA) -> the reforms / government (DZA), dismissed them as window dressing, 2016-02-07/08"],
   found=2, spurious=0,
   notes="Both dateline events have the right type, but both give the opposition as target: the parliament's approval has no target and the opposition is the critic, not the object of the praise. The opposition's dismissal is missed."),
 "h27-x102-13": dict(
   coder_events=[
     "COERCE: King Abdullah (JOR) -> Jordan's parliament (JOR), dissolved parliament two years into its term, 2009-11-23",
     "REQUEST: King Abdullah (JOR) -> none, called (ordered) early elections, 2009-11-23"],
   found=1, spurious=0,
   notes="The dissolution of parliament is missed (type debatable: COERCE as an administrative sanction on the chamber). The call for early elections is found as REQUEST with the right date."),
 "h27-x101-17": dict(
   coder_events=[
     "REJECT: pro-Russian separatists in Donetsk and Luhansk (UKR) -> Ukraine (UKR), declared independence, 2014-05-12",
     "ACCUSE: Kiev (UKR) and Western governments -> the separatists / referendums, dismissed the referendums as illegal, undated",
     "REQUEST: leaders in Donetsk (UKR) -> Russia (RUS), asked to be absorbed by Russia, 2014-05-12"],
   found=2, spurious=0,
   notes="The declaration (REJECT, defying the law) and the request to Russia are found; the dismissal of the referendums as illegal by Kiev and Western governments is missed. The referendums themselves are votes, not PLOVER acts."),
 "h27-x102-03": dict(
   coder_events=[
     "SUPPORT: Sudan's government (SDN) -> six southern rebel factions (SDN), signed a peace agreement, 1997-04-21",
     "AGREE: Sudan's government (SDN) -> the south (SDN), promised a referendum on self-determination after four years, 1997-04-21",
     "REJECT: main rebel army led by John Garang, SPLA (SDN) -> Sudan's government (SDN), dismissed the accord as a sham, 1997-04-21/22",
     "THREATEN: SPLA (SDN) -> Sudan's government (SDN), vowed to fight on, 1997-04-21/22"],
   found=2, spurious=0,
   notes="The signing and the promise of a referendum are found with the right types and date; Garang's rejection of the accord and his vow to fight on are missed."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
assert len(paras) == 6
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
assert [b["doc"] for b in back] == [p["doc"] for p in paras]
tot = {k: sum((len(b[k]) if k == "coder_events" else b[k]) for b in back)
       for k in ("coder_events", "found", "dateline_events", "spurious")}
print(tot)
