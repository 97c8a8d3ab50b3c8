"""Write paragraphs-b-verdicts.jsonl (judge b, round 165). Run from the round165 folder."""
import json

P = {
 "h60-x233-25": dict(
   coder_events=[
     "COERCE: Austrian police (AUT) -> Ivo Sanader (HRV), arrested him near Salzburg, 2010-12-10",
     "COERCE: Croatian parliament (HRV) -> Ivo Sanader (HRV), stripped him of immunity, 2010-12-09",
   ], found=1, spurious=0,
   notes="Dateline found the arrest (right type, parties and Friday date). It missed parliament stripping Sanader's immunity (CAMEO 172, administrative sanction). 'He left Croatia' is not an event; 'could be investigated' is a purpose (hypothetical), not coded."),
 "h60-x235-12": dict(
   coder_events=[
     "COERCE: Charles Taylor (LBR) -> (Liberia), declared a state of emergency, 2002-02-08",
     "ASSAULT: rebels (LBR) -> Liberia (LBR), advanced to within 50 km of Monrovia (in Taylor's statement), undated (by 2002-02-08)",
   ], found=1, spurious=0,
   notes="Dateline found the state of emergency. It missed the rebel advance on Monrovia (fighting in an ongoing war; MOBILIZE would be a defensible alternative)."),
 "h60-x234-02": dict(
   coder_events=[
     "AGREE: Hamas leaders (PSE) -> Palestinian Authority (PSE), pledged not to disrupt next month's elections, 1995-12-21",
     "CONSULT: Hamas (PSE) <-> Palestinian Authority officials (PSE), three days of talks in Cairo, ended by 1995-12-21",
   ], found=0, spurious=0,
   notes="Dateline has no event in this paragraph. The talks ending 'without a deal' is not coded as a separate act here (the refusal comes later in the story)."),
 "h60-x235-16": dict(
   coder_events=[
     "AGREE: Olusegun Obasanjo (NGA) <-> Alhaji Mujahid Dokubo-Asari (NGA), agreed to end fighting in the Niger Delta, 2004-10-01",
     "THREATEN: Dokubo-Asari (NGA) -> oil companies, threat of 'all-out war', days earlier (undated)",
   ], found=0, spurious=0,
   notes="Dateline coded the agreement to end fighting (right parties, mutual, right date) but as CONCEDE; a mutual agreement to end a conflict is AGREE in the PLOVER codebook ('Express willingness to end a conflict', CAMEO 0356), so it is not counted as found with the right type (CONCEDE 'declaration of ceasefire' is a defensible near miss; it is not spurious). The rebel's threat of all-out war was missed."),
 "h60-x233-06": dict(
   coder_events=[
     "ASSAULT: unknown bombers -> at least 28 people (GBR) killed and 200 wounded, car bomb in Omagh, 1998-08-15",
   ], found=1, spurious=0,
   notes="One act (the bombing; the killing and wounding are the same attack). Dateline found it with the right date and target."),
 "h60-x236-21": dict(
   coder_events=[
     "CONCEDE: Nambaryn Enkhbayar (MNG) -> Tsakhiagiin Elbegdorj (MNG), conceded defeat in the presidential election, 2009-05-25",
   ], found=0, spurious=0,
   notes="Winning an election is not a PLOVER event; the incumbent's concession is a verbal concession (CONCEDE). Dateline has no event in this paragraph."),
}

paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    for p in paras:
        v = P[p['doc']]
        rec = {"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
               "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot['coded'] += len(v['coder_events']); tot['found'] += v['found']
        tot['dateline'] += len(p['events']); tot['spurious'] += v['spurious']
print(tot)
