"""Write paragraphs-b-verdicts.jsonl (the judge's own coding of the 6 first paragraphs)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h28-x105-23": dict(
   coder_events=[
     "ASSAULT: Wagner fighters (RUS) -> Ukraine (UKR), taking full control of Bakhmut, 2023-05-20, reported (Prigozhin's claim)",
     "REJECT: Ukraine's military (UKR) -> Prigozhin / Wagner (RUS), rejects the capture claim, 2023-05-20",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's ASSAULT (taken, RUS fighters -> UKR, reported) matches; Ukraine's rejection of the claim is missed (borderline REJECT of a claim)."),
 "h28-x108-02": dict(
   coder_events=[
     "MOBILIZE: France (FRA) -> none, carried out its last (sixth) nuclear test (weapons test), 1996-01-27",
     "CONCEDE: Jacques Chirac (FRA) -> none, announces the definitive end of French nuclear testing, 1996-01-29",
     "PROTEST: protesters across the Pacific -> France (FRA), months of protests against the tests, background span 1995 (no single date)",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="No events found in the lead. The end of testing could also be coded RETREAT; 'strained ties' has no acting party and is not coded."),
 "h28-x108-08": dict(
   coder_events=[
     "COERCE: Singapore government (SGP) -> 13 suspected Islamic militants (SGP, Jemaah Islamiyah), detained, 2001-12 (arrested in December per the story)",
     "ACCUSE: Singapore government (SGP) -> the detained militants / al Qaeda, accuses them of plotting to bomb the U.S. embassy and Western missions, 2002-01-05/06",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline codes the arrests only from the second paragraph ('had been arrested in December'), so nothing in the lead."),
 "h28-x105-07": dict(
   coder_events=[
     "SUPPORT: Russia, Ukraine, Belarus, Kazakhstan (RUS, UKR, BLR, KAZ), mutual, sign the single economic space agreement, 2003-09-19",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's SUPPORT (signed, the four countries as mutual parties, 2003-09-19) is right. Kiev's insistence is a statement, not an event."),
 "h28-x108-06": dict(
   coder_events=[
     "COERCE: Luis Gonzalez Macchi (PRY) -> none, declares a 30-day state of emergency, 2000-05-19",
     "ASSAULT: loyal troops (PRY military) -> rebel soldiers and police (PRY), put down the uprising, overnight 2000-05-18/19",
     "ASSAULT (armed revolt; MOBILIZE also defensible): rebel soldiers and police (PRY) -> Paraguayan government (PRY), uprising rolling armoured vehicles into Asuncion, 2000-05-18 (began late Thursday)",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline found the state of emergency only; the suppression of the revolt and the revolt itself are missed."),
 "h28-x106-23": dict(
   coder_events=[
     "CONSULT: Ebrahim Raisi (IRN) -> Syria / Bashar al-Assad (SYR), visit to Damascus, 2023-05-03",
   ],
   found=1, dateline_events=2, spurious=1,
   notes="e1 (arrived, Raisi -> Syrian government, 2023-05-03) is right. e2 ('visit', Iranian head -> Syria, dated 2010) is spurious: 'the first visit ... since 2010' is Raisi's same visit (a duplicate in the same sentence); the 2010 visit is only implied. 'A show of solidarity' characterises the visit and is not a separate act."),
}
docs = [json.loads(l)["doc"] for l in open(HERE / "paragraphs-b.jsonl")]
assert docs and set(docs) == set(P)
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
    for d in docs:
        f.write(json.dumps({"doc": d, **P[d]}, ensure_ascii=False) + "\n")
tot = {k: sum((len(P[d]["coder_events"]) if k == "coder_events" else P[d][k]) for d in docs)
       for k in ["coder_events", "found", "dateline_events", "spurious"]}
print(tot)
