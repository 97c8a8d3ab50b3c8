"""Write paragraphs-d-verdicts.jsonl (judge d's coding of the 6 lead paragraphs)."""
import json
P = {
 "h11-x38-22": dict(coder_events=[
    "COERCE: Kais Saied (TUN) -> parliament / Assembly of People's Representatives (TUN), dissolved parliament, 2022-03-30",
    "REJECT: more than 100 lawmakers (TUN) -> Kais Saied (TUN), defied his suspension of the chamber by holding an online session and voting to cancel his emergency powers, 2022-03-30",
    "COERCE: Kais Saied (TUN) -> parliament (TUN), suspended the chamber and seized emergency powers (background), 2021-07",
  ], found=0, spurious=0,
  notes="Dateline found no event in the paragraph: it missed both the dissolution (a news act, Wednesday) and the lawmakers' defiance. The July 2021 seizure of powers is background but a sentence-level coder would code it."),
 "h11-x37-09": dict(coder_events=[
    "ACCUSE: opposition (BLR) -> Belarus authorities / Lukashenko (BLR), called the referendum result rigged, 2004-10-18",
    "ACCUSE: Western observers (no code; the OSCE mission) -> Belarus authorities (BLR), said the vote fell well short of democratic standards, 2004-10-18",
  ], found=0, spurious=0,
  notes="Voters approving the constitutional change is an election result, not a PLOVER event. Dateline coded neither criticism."),
 "h11-x37-02": dict(coder_events=[
    "SUPPORT: Alexander Lebed (RUS) <-> Aslan Maskhadov (RUS, Chechen rebels), signed an agreement to end the Chechen war, 1996-08-31",
  ], found=1, spurious=0,
  notes="Dateline's e1 has the right type and date. As a mutual event its target should be Lebed (RUS), but here it is empty (scored in item #25). The deferral of the status decision is part of the same accord."),
 "h11-x38-20": dict(coder_events=[
    "AGREE: Sudan (SDN) <-> Israel (ISR), agreed to move toward normalising relations, 2020-10-23",
    "CONSULT: United States (USA) -> Sudan (SDN) / Israel (ISR), brokered (mediated) the deal, 2020-10-23",
  ], found=1, spurious=0,
  notes="Dateline's AGREE is right in all fields. It did not code the US mediation (CAMEO 045, CONSULT)."),
 "h11-x39-08": dict(coder_events=[
    "SANCTION: India (IND) -> Pakistan (PAK), ordered Pakistan's high commissioner out of New Delhi (expulsion of an envoy), 2002-05-18",
    "ASSAULT: militants (no code) -> soldiers' families at an army camp in Kashmir (IND), killed more than 30 people, 2002-05-14",
  ], found=0, spurious=0,
  notes="Dateline coded the expulsion as REQUEST ('told Pakistan to withdraw'). It holds an event, but the story itself calls it 'the expulsion' (SANCTION expel, CAMEO 166), so the type is wrong and it is not counted as found. The militant attack (Tuesday, per the next paragraph) was missed."),
 "h11-x40-19": dict(coder_events=[
    "SANCTION: Prabowo Subianto (IDN) -> election commission / election process (IDN), pulled out of the process (withdrew his candidacy), 2014-07-22",
    "ACCUSE: Prabowo Subianto (IDN) -> election organisers / Widodo camp (IDN), alleged widespread cheating, 2014-07-22",
  ], found=0, spurious=0,
  notes="The commission declaring the winner is an administrative result, not coded. Dateline found no event in the paragraph."),
}
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
with open("paragraphs-d-verdicts.jsonl", "w") as out:
    for p in paras:
        q = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": q["coder_events"], "found": q["found"],
               "dateline_events": len(p["events"]), "spurious": q["spurious"], "notes": q["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
