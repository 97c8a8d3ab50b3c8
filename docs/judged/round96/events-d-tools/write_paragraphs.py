"""Write paragraphs-d-verdicts.jsonl (judge d's coding of the six first paragraphs)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
P = [
 {"doc": "h25-x95-03",
  "coder_events": ["ASSAULT: troops loyal to President Lissouba (COG) -> militiamen of Denis Sassou Nguesso (COG), battled with heavy weapons in Brazzaville, 1997-06-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline codes nothing in this paragraph. It misses the main fighting (it does code Kolelas's 1993 fighting later in the story)."},
 {"doc": "h25-x96-10",
  "coder_events": ["COERCE: Cambodia's National Assembly (KHM) -> Sam Rainsy and two Sam Rainsy Party lawmakers (KHM), voted to lift their parliamentary immunity, 2005-02-03",
                   "ACCUSE: critics (KHM) -> Cambodian government (KHM), said the charges were designed to silence the opposition leader, 2005-02-04"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline codes nothing in this paragraph: it misses both the vote stripping immunity and the critics' claim."},
 {"doc": "h25-x93-12",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Claiming election victory has no PLOVER type. The statement that Kosovo will declare independence is a unilateral intention with no PLOVER act (at most a public statement, CAMEO 01, which PLOVER drops). Nothing to code."},
 {"doc": "h25-x94-11",
  "coder_events": ["REQUEST: Mahmoud Ahmadinejad (IRN) -> (no addressee; the call concerns Israel, ISR), called for Israel to be wiped off the map, 2005-10-26",
                   "ACCUSE: Western governments (no code) -> Ahmadinejad / Iran (IRN), wave of condemnation of the remarks, 2005-10-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 REQUEST is the call, correctly dated Wednesday 2005-10-26 (THREATEN toward Israel would also be defensible). It misses the Western condemnation."},
 {"doc": "h25-x93-10",
  "coder_events": ["ASSAULT: two women suicide bombers (no code; the Kremlin blames Chechen separatists) -> people at a Moscow rock festival (RUS), at least 14 killed, 2003-07-05",
                   "ACCUSE: the Kremlin (RUS) -> Chechen separatists (RUS), blamed for the attack, 2003-07-05/06"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 ASSAULT is the bombing (the mode should be suicide-attack, not explosives; giving the bombers RUS is arguable). It misses the Kremlin's blame."},
 {"doc": "h25-x94-21",
  "coder_events": ["ACCUSE: Western nations and the Syrian opposition (no code / SYR) -> the Syrian government (SYR), called the election a farce, undated (the Western statement came before the Wednesday vote)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Assad winning the vote and the speaker announcing it are not PLOVER acts. Dateline codes nothing here and misses the 'farce' condemnation."},
]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
print({k: sum((len(p["coder_events"]) if k == "coded" else p[k]) for p in P) for k in ["coded", "found", "dateline_events", "spurious"]})
