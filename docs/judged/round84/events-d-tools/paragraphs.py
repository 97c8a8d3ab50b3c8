"""Write paragraphs-d-verdicts.jsonl (the judge's coding of the 6 first paragraphs)."""
import json
P = [
 {"doc": "h19-x70-12",
  "coder_events": [
   "ASSAULT: Hezbollah gunmen and allies (LBN) -> Lebanon / west Beirut (LBN), took control of large parts of west Beirut, 2008-05-09",
   "ASSAULT: Hezbollah gunmen and allies (LBN) -> supporters of Lebanon's government (LBN), two days of street battles, 2008-05-07/2008-05-08"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 (took control, ASSAULT, Hezbollah -> Lebanon, Friday) is right in every field. The two days of street battles with government supporters were not coded; a coder would code them as fighting distinct from the seizure."},
 {"doc": "h19-x69-10",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A referendum failing on low turnout, announced by election officials: no PLOVER act between political actors."},
 {"doc": "h19-x72-18",
  "coder_events": [
   "PROTEST: street protesters (JPN) -> Japan's parliament / government (JPN), large street protests outside the legislature against the security laws, days before 2015-09-19"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Parliament enacting laws is domestic legislation, not a PLOVER event; opposition stalling in parliament is not coded. The street protests outside the legislature (aimed at the authorities' law, so the state is the target) were missed."},
 {"doc": "h19-x71-09",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Lawmakers electing a president at a session in Kenya: an election, no PLOVER type (the lawmakers' meeting is their own session, not a consultation between parties)."},
 {"doc": "h19-x71-12",
  "coder_events": [
   "AGREE: UN Security Council (UN) -> Sudan (SDN) / Darfur, unanimous vote to send a joint UN-AU force of up to 26,000 (commitment of peacekeeping, CAMEO 0334), 2007-07-31"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The Council's vote to send a peacekeeping force is a commitment not yet carried out (AGREE by the wave-76 rule; AID once deployed). Dateline found no event in the paragraph."},
 {"doc": "h19-x69-18",
  "coder_events": [
   "RETREAT: Ukrainian forces (UKR) -> (Debaltseve; separatists), pulled out of the besieged town of Debaltseve, 2015-02-18",
   "ASSAULT: pro-Russian separatists (UKR) -> Ukrainian forces (UKR), weeks of fighting for / siege of Debaltseve, ongoing to 2015-02-18"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 (RETREAT withdraw, Ukrainian forces, Wednesday 2015-02-18) is right. The weeks of fighting/siege were not coded. The Minsk ceasefire signing 'last week' is a background act with no party named in the sentence and is not counted."},
]
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
