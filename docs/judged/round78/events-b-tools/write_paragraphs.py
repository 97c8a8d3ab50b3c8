"""Write paragraphs-b-verdicts.jsonl (judge b, round 78). usage: python events-b-tools/write_paragraphs.py"""
import json

P = {
 "h16-x60-17": ([], 0, 0, 0,
   "An election result: the PAP's win and the loss of a constituency that ousted George Yeo are electoral outcomes, not PLOVER acts between actors; nothing to code, and dateline coded nothing."),
 "h16-x58-08": (["RETREAT (resign): Mahmoud Abbas (PSE) -> none, resigned as prime minister, 2003-09-06"], 1, 1, 0,
   "Dateline's e1 is right (RETREAT resign, Abbas, 2003-09-06). The 'blow to a U.S.-backed peace plan' is a consequence, not an act."),
 "h16-x57-05": (["SANCTION (convict): Turkish state security court (TUR) -> Abdullah Ocalan (TUR, PKK), sentenced to death for treason, 1999-06-29"], 1, 1, 0,
   "Dateline's e1 found it ('finding him guilty' is the same act, not a second one). Its target sector GOV for Ocalan is wrong (rebel leader), the type right. The 15-year armed campaign is background inside the verdict, not coded."),
 "h16-x60-04": (["AGREE: Hugo Chavez (VEN) -> none, promised to tear down the political system (intent to change the regime, CAMEO 0344), 1998-12-06",
                 "ACCUSE (allege): Hugo Chavez (VEN) -> Venezuela's political system/establishment (VEN), said it had plundered the nation, 1998-12-06"], 1, 1, 0,
   "Dateline found the AGREE (e1) but not the accusation of plunder. The election win is not coded; the failed 1992 coup is a background aside I do not count."),
 "h16-x59-07": (["SUPPORT (diplomatic cooperation): African leaders (multilateral, no code) -> African Union, launched the AU replacing the OAU, 2002-07-09"], 0, 0, 0,
   "Dateline coded nothing in the lead. Launching the union is diplomatic cooperation (CAMEO 050, SUPPORT; COOPERATE would also be defensible). What the body 'would be' is a description, not an act."),
 "h16-x58-07": (["ACCUSE (investigate): Germany (DEU) -> Tunisia (TUN), sent police investigators to Djerba to look into the blast, 2002-04-13",
                 "ACCUSE (disapprove): officials in Berlin (DEU) -> Tunisia (TUN), voiced growing doubt over Tunisia's insistence the blast was an accident, 2002-04-13"], 0, 0, 0,
   "Dateline coded nothing in the lead. Sending investigators could also be read as COOPERATE (judicial); either way it is missed. The blast itself is not coded: the lead presents it as possibly an accident (a gas truck)."),
}
rows = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for r in rows:
        ev, found, de, sp, notes = P[r["doc"]]
        assert de == len(r["events"]), r["doc"]
        out.write(json.dumps({"doc": r["doc"], "coder_events": ev, "found": found,
                              "dateline_events": de, "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
print("wrote", len(rows))
