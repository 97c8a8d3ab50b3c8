"""Write paragraphs-c-verdicts.jsonl (judge c's recall coding of the 6 first paragraphs) and check it.
usage: python3 events-c-tools/write_paragraphs.py   (run in docs/judged/round77)"""
import json

P = {
 "h16-x59-03": dict(
   coder_events=[
    "COERCE: Frederick Chiluba (ZMB) -> none, declared a state of emergency, 1997-10-29",
    "ASSAULT: loyal troops (ZMB) -> small group of mutinous soldiers (ZMB), put down the coup attempt, 1997-10-28",
    "ASSAULT: small group of soldiers (ZMB) -> state radio station / government (ZMB), seized the state radio station in Lusaka (the coup attempt), 1997-10-28",
   ], found=1, dateline_events=1, spurious=0,
   notes="dateline found the state of emergency (COERCE, right in all fields); the crushing of the coup and the soldiers' seizure of the radio station (both on Tuesday, 'a day after' Wednesday) were not coded."),
 "h16-x57-11": dict(
   coder_events=[
    "COERCE: Spanish police (ESP) -> Ante Gotovina (HRV), arrested at a hotel on Tenerife, 2005-12-07 (evening)",
   ], found=1, dateline_events=1, spurious=0,
   notes="One act, found and right in all fields ('most wanted suspects of the tribunal' is description, not an event)."),
 "h16-x59-13": dict(
   coder_events=[
    "ASSAULT: Comoran troops (COM) -> Anjouan rebel government of Mohamed Bacar (COM), invaded Anjouan and seized its main town and airport, 2008-03-25",
    "AID: African Union (AU soldiers) -> Comoros (COM), military backing of the invasion, 2008-03-25",
   ], found=2, dateline_events=2, spurious=0,
   notes="Both found with the right type; the invasion has an empty target (the rebel island's authorities would be right) and the AID is dated 2008-03-26 (narrative) where the backing was on Tuesday 2008-03-25. Seizing the town and airport is the same act as the invasion; Bacar being forced to flee is its result, not coded separately."),
 "h16-x59-01": dict(
   coder_events=[
    "COERCE: Indian troops (IND) -> separatist guerrillas (IND rebels), two-month siege/cordon of Charar-e-Sharif ending 1995-05-11",
    "ASSAULT: unattributed (disputed in the story) -> Charar-e-Sharif shrine (IND), fire destroyed the shrine, 1995-05-11",
   ], found=0, dateline_events=0, spurious=0,
   notes="dateline coded nothing in this paragraph. The siege could also be coded MOBILIZE; the fire has no agent in the paragraph (each side later blames the other), so a coder may code it with an unknown source or skip it."),
 "h16-x57-04": dict(
   coder_events=[
    "ASSAULT: gunmen (no country) -> Eduard Shevardnadze (GEO), fired grenades and automatic weapons at his motorcade, killing two bodyguards, 1998-02-09 (late Monday)",
   ], found=1, dateline_events=1, spurious=0,
   notes="Found with the right type, source, target and date; the mode 'crowd-control' is wrong (firearms/heavy weapons), but mode is not scored. The bodyguards' deaths are the result of the same attack."),
 "h16-x57-12": dict(
   coder_events=[
    "THREATEN: Turkish armed forces / General Staff (TUR) -> Turkish government / AKP (TUR), warned they were ready to defend the secular republic, 2007-04-27 (late Friday)",
   ], found=0, dateline_events=0, spurious=0,
   notes="The army's warning, the story's main event, was missed."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert [p["doc"] for p in paras] == list(P)
with open("paragraphs-c-verdicts.jsonl", "w") as fh:
    for p in paras:
        d = P[p["doc"]]
        assert d["dateline_events"] == len(p["events"])
        assert d["found"] <= len(d["coder_events"])
        fh.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(back) == 6
print({k: sum((len(b[k]) if k == "coder_events" else b[k]) for b in back) for k in ["coder_events", "found", "dateline_events", "spurious"]})
