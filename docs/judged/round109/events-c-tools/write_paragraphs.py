"""Write paragraphs-c-verdicts.jsonl from the judge's recall coding of the 6 first paragraphs."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h32-x121-16": dict(
   coder_events=[
     "REJECT: Netherlands (NLD), Finland (FIN) -> Romania (ROU), Bulgaria (BGR), blocked their entry to the Schengen area, 2011-09-22",
     "ACCUSE: Netherlands (NLD), Finland (FIN) -> Romania (ROU), Bulgaria (BGR), said they had not done enough against corruption and organised crime, 2011-09-22",
   ], found=0, spurious=0,
   notes="Dateline's one event is the blocking, but typed COERCE restrict; a veto of accession is REJECT, so it is not counted as found. The justifying criticism (ACCUSE) was not extracted."),
 "h32-x124-08": dict(
   coder_events=[
     "AGREE: George W. Bush (USA) <-> Vicente Fox (MEX), promised to work together on migration, trade and drugs, 2001-02-16",
     "CONSULT: George W. Bush (USA) -> Vicente Fox (MEX), meeting/visit at Fox's ranch in Mexico, 2001-02-16",
   ], found=1, spurious=0,
   notes="The mutual AGREE is found with the right type; the meeting/visit (CONSULT) was not extracted."),
 "h32-x122-18": dict(
   coder_events=[], found=0, spurious=0,
   notes="Forming a cabinet that brings Hezbollah and its rivals together is a domestic institutional act with no PLOVER interaction stated; nothing to code, and dateline coded nothing."),
 "h32-x122-19": dict(
   coder_events=[
     "ASSAULT: Israel (ISR, helicopter strike) -> IRGC general (IRN) and six Hezbollah fighters (LBN), killed in an air strike in the Golan Heights, 2015-01-18 (Sunday, per the story's second paragraph)",
   ], found=1, spurious=0,
   notes="Found with the right type, though dateline left the source empty although 'an Israeli helicopter strike' names Israel, and dated it Monday 2015-01-19 (the day of the statement), not Sunday the 18th."),
 "h32-x122-08": dict(
   coder_events=[
     "ASSAULT: unnamed attacker -> leader of a Fatah-linked armed group (PSE; Raed Karmi), killed by a bomb in Tulkarm, 2002-01-14",
     "REJECT: his followers (al-Aqsa Martyrs Brigades, PSE) -> Arafat/ceasefire (PSE), announced they were no longer bound by the ceasefire, 2002-01-14",
     "REQUEST: Yasser Arafat (PSE) -> militants, ceasefire called last month, 2001-12 (background)",
   ], found=0, spurious=0,
   notes="Dateline extracted no event from this paragraph: the bomb killing, the followers' renunciation of the ceasefire and the background ceasefire call are all missed."),
 "h32-x123-10": dict(
   coder_events=[
     "SUPPORT: crowds in Khartoum (SDN) -> John Garang (SDN), hundreds of thousands packed the capital to welcome him, 2005-07-09",
     "ASSAULT: southern Sudanese rebels led by Garang (SDN/REB) <-> Khartoum government (SDN), 21-year war, no date (span)",
   ], found=0, spurious=0,
   notes="The swearing-in itself is not an interaction event. Dateline found nothing in this paragraph (its events in the story are later: Bashir hailed/promised)."),
}
recs = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
assert [r["doc"] for r in recs] == list(P)
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as f:
    tot = dict(coded=0, found=0, dl=0, sp=0)
    for r in recs:
        p = P[r["doc"]]
        out = {"doc": r["doc"], "coder_events": p["coder_events"], "found": p["found"],
               "dateline_events": len(r["events"]), "spurious": p["spurious"], "notes": p["notes"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
        tot["coded"] += len(p["coder_events"]); tot["found"] += p["found"]
        tot["dl"] += len(r["events"]); tot["sp"] += p["spurious"]
print(tot)
