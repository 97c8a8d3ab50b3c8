"""Write paragraphs-c-verdicts.jsonl (recall on the six first paragraphs)."""
import json
P = [
 {"doc": "h37-x144-01",
  "coder_events": [
   "AGREE: United States government (USA) -> Cuban refugees held at Guantanamo (CUB), will let most of ~20,000 enter the country (promise to ease restrictions; CONCEDE would also do), 1995-05-02 (Tuesday), future",
   "COERCE deport: United States government (USA) -> Cubans picked up at sea (CUB), will be returned to the island, 1995-05-02 (Tuesday; announced as a policy), future"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Policy announcement by the Clinton administration; dateline found no event. The detention at Guantanamo is background and not coded."},
 {"doc": "h37-x141-13",
  "coder_events": [
   "SANCTION: Belarus (BLR) -> United States (USA), recalled its ambassador from Washington, 2008-03-07",
   "SANCTION expel (or REQUEST): Belarus (BLR) -> U.S. ambassador in Minsk (USA), advised him to go home, 2008-03-07"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the recall (SANCTION, right). It missed the request to the U.S. ambassador to leave. The U.S. sanctions on the oil company are the topic of the dispute and earlier than this report, so not coded here."},
 {"doc": "h37-x142-06",
  "coder_events": [
   "CONSULT visit: Tony Blair (GBR) -> Bashar al-Assad (SYR), joint news conference in Damascus during the first visit by a British PM, 2001-10-31",
   "SUPPORT: Bashar al-Assad (SYR) -> Palestinian militant groups (PSE), defended them as freedom fighters, 2001-10-31",
   "ACCUSE: Bashar al-Assad (SYR) -> United States (USA), criticised the U.S.-led bombing of Afghanistan, 2001-10-31"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found the SUPPORT (target given as 'Palestine' rather than the militant groups) and the ACCUSE (target left empty; should be the USA). It missed the meeting/visit. The 'public rebuff' describes the same acts and is not coded again."},
 {"doc": "h37-x144-09",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result (party wins seats) is not a PLOVER act between political actors; nothing to code."},
 {"doc": "h37-x143-23",
  "coder_events": [
   "SUPPORT: Sudan's army (SDN) <-> Rapid Support Forces (SDN), signed a seven-day ceasefire and humanitarian agreement in Jeddah, 2023-05-20"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Signing coded once (mutual). The 'five weeks of fighting' is background. Dateline's event is right, with the U.S. as reporter."},
 {"doc": "h37-x142-21",
  "coder_events": [
   "SUPPORT: Yemen's government (YEM) <-> southern separatists (STC, YEM), signed a power-sharing agreement in Riyadh, 2019-11-05",
   "ASSAULT: southern separatists (YEM) -> Yemen's government (YEM), seized the port city of Aden, 2019-08"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the signing. It missed the armed seizure of Aden in August, which is ASSAULT under the conventions. The coalition's war on the Houthis appears only as a description and is not coded."},
]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
print("coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
