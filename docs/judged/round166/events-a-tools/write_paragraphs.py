"""Judge a, round 166: write paragraphs-a-verdicts.jsonl (hand-coded leads)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = [
 {
  "doc": "h61-x237-14",
  "coder_events": [],
  "found": 0,
  "dateline_events": 0,
  "spurious": 0,
  "notes": "Winning an election is not a PLOVER act between actors. 'the small Adriatic country that joined NATO last year' is a background relative clause that sentence-level coders would not code (at most COOPERATE Montenegro -> NATO, 2017)."
 },
 {
  "doc": "h61-x237-15",
  "coder_events": [
   "COERCE: Turkey (TUR) -> elected pro-Kurdish mayors of three southeastern cities (TUR), removed them from office and replaced them with state-appointed governors, 2019-08-19",
   "ACCUSE: Turkey (TUR) -> the removed mayors (TUR), accused of links to Kurdish militants, 2019-08-19",
   "ACCUSE: opposition parties (TUR) -> Turkey / the government (TUR), called the move a blow to democracy, 2019-08-19"
  ],
  "found": 1,
  "dateline_events": 1,
  "spurious": 0,
  "notes": "Dateline has only the ACCUSE (right type, but target empty where 'them', the mayors, is right). It missed the removal (COERCE) and the opposition's criticism."
 },
 {
  "doc": "h61-x237-24",
  "coder_events": [
   "SANCTION: France's ecology minister Agnes Pannier-Runacher (FRA) -> Azerbaijan (AZE) / the COP29 summit, cancelled her trip, 2024-11-13",
   "ACCUSE: Ilham Aliyev (AZE) -> France (FRA), accused Paris of 'crimes' in its overseas territories, 2024-11-13"
  ],
  "found": 2,
  "dateline_events": 2,
  "spurious": 0,
  "notes": "Both found with the right types. The SANCTION's target is coded as the United Nations; the row is with Azerbaijan, the host."
 },
 {
  "doc": "h61-x240-06",
  "coder_events": [
   "AGREE: North Korea (PRK) <-> South Korea (KOR), agreed to reopen the Kaesong industrial zone, 2013-08-14",
   "SANCTION: North Korea (PRK) -> South Korea (KOR), pulled its workers out of the joint Kaesong zone, 2013-04"
  ],
  "found": 1,
  "dateline_events": 2,
  "spurious": 0,
  "notes": "The AGREE is found (source South Korea only; North Korea is dropped). The withdrawal of workers is coded as RETREAT, the wrong type (item #9), so it is not counted as found. It is not spurious."
 },
 {
  "doc": "h61-x240-09",
  "coder_events": [
   "RETREAT: United States (USA) -> Cuba (CUB), removed Cuba from the list of state sponsors of terrorism (easing sanctions; CAMEO 081/085, CONCEDE also defensible), 2015-05-29"
  ],
  "found": 0,
  "dateline_events": 0,
  "spurious": 0,
  "notes": "Dateline has no event in this lead. 'Restoring diplomatic relations' is a prospect, not an act."
 },
 {
  "doc": "h61-x240-20",
  "coder_events": [
   "MOBILIZE: China (CHN) -> Taiwan (TWN), sent 56 military aircraft into Taiwan's air defence identification zone, 2021-10-04"
  ],
  "found": 1,
  "dateline_events": 1,
  "spurious": 0,
  "notes": "Found, with the right arguments and date. The 'four days of mass flights' describe the same series of acts and are not coded again."
 }
]

src = [json.loads(l)["doc"] for l in open(HERE / "paragraphs-a.jsonl")]
assert src == [p["doc"] for p in P]
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print("ok")
