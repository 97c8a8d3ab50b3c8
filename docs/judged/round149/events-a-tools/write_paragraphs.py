"""Write paragraphs-a-verdicts.jsonl (judge a, round 149) and print the totals."""
import json
P = [
 {"doc": "h52-x203-24", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result (a party winning a majority, provisional results showing it) is no act between political actors; nothing to code, and dateline coded nothing."},
 {"doc": "h52-x203-12", "coder_events": [
   "COERCE: Malawian police (MWI) -> Vice President Cassim Chilumpha (MWI), arrested at his home, 2006-04-28",
   "ACCUSE: Malawian police (MWI) -> Cassim Chilumpha (MWI), charged with treason, 2006-04-28"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found and right. The 'alleged plot to assassinate' Mutharika is the content of the charge, a plot rather than an act, and not coded."},
 {"doc": "h52-x202-14", "coder_events": [
   "ACCUSE: Lebanese military prosecutor (LBN) -> Michel Samaha (LBN), charged with plotting bombings and assassinations, 2012-08-11",
   "ACCUSE: Lebanese military prosecutor (LBN) -> Syria's national security chief (Ali Mamlouk, SYR), named as an accomplice, 2012-08-11"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the charge against Samaha; the naming of Syria's security chief as an accomplice (an accusation against a Syrian official, the story's point) was missed."},
 {"doc": "h52-x204-24", "coder_events": [
   "SANCTION: Colombian government / Petro (COL) -> Israel (ISR), will break off diplomatic relations (future), announced 2024-05-01"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with type, source, target and future modality right (unknown date is defensible for the future break, 'tomorrow' in the next sentence). Israel's 'military offensive in Gaza' is the background reason, not coded here."},
 {"doc": "h52-x203-10", "coder_events": [
   "ASSAULT: (unnamed; Pakistani security forces per the next sentence) -> Nek Mohammad (PAK) and companions, killed overnight, 2004-06-17/18",
   "ACCUSE: (unnamed) -> Nek Mohammad (PAK), accused of sheltering foreign al Qaeda fighters, background, no date"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found. The ACCUSE is a background accusation but dateline gives it the report date 2004-06-18 (narrative), a date error; the killing is dated 2004-06-18 for 'overnight' before Friday, acceptable. 'Defied the Pakistani army' is background and not coded."},
 {"doc": "h52-x201-02", "coder_events": [
   "ACCUSE: UN war crimes tribunal (IGO) -> Dusko Tadic, Bosnian Serb cafe owner (BIH), put on trial, 1996-05-07",
   "ASSAULT (reported): Dusko Tadic (BIH) -> prisoners in Serb-run camps, murder, torture and beatings (inside the accusation; 1992 per the next sentence)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in the lead: 'went on trial ... accused of' (bring to trial is ACCUSE allege) was missed, and so was the reported assault inside the accusation."},
]
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print({"coded": sum(len(p["coder_events"]) for p in P), "found": sum(p["found"] for p in P),
       "dateline": sum(p["dateline_events"] for p in P), "spurious": sum(p["spurious"] for p in P)})
