"""Write paragraphs-b-verdicts.jsonl: the acts a trained coder codes in each first paragraph.

usage: write_paragraphs.py   (run in docs/judged/round177/)
"""
import json

P = {
 "h66-x257-22": dict(
   coder_events=[
     "SUPPORT: Vladimir Putin (RUS) -> Abkhazia and South Ossetia (GEO breakaway regions), ordered official ties (diplomatic cooperation) with the regions, 2008-04-16",
     "ACCUSE: Georgia (GEO) -> Russia / Putin (RUS), denounced the move as a step toward annexation, 2008-04-17 (reported as this news; Wednesday 2008-04-16 also acceptable)",
   ], found=1, spurious=0,
   notes="Dateline's ACCUSE Georgia -> Putin matches. Its REQUEST Putin -> Russian government codes the same act as a domestic order to his own government; not spurious (an order is a REQUEST-family act), but it misses the cross-border act a coder codes, ties with the breakaway regions."),
 "h66-x257-14": dict(
   coder_events=[
     "CONCEDE: Biljana Plavsic (BIH Serb) -> U.N. war crimes tribunal (ICTY, no code), pleaded guilty to persecution, 2002-10-02",
     "ASSAULT: Biljana Plavsic / Bosnian Serb leadership (BIH) -> Muslims and Croats (BIH), persecution during the war, 1992-1995 (background, admitted in the plea)",
   ], found=0, spurious=0,
   notes="Dateline coded nothing in this paragraph; the guilty plea is the story's main act."),
 "h66-x260-07": dict(
   coder_events=[
     "ASSAULT: Cambodian riot police (KHM) -> opposition protesters (KHM), broke up the sit-in firing guns in the air and swinging electric batons, 1998-09-08 (Tuesday)",
     "PROTEST: opposition supporters (KHM) -> Cambodian government (KHM), two-week sit-in over the disputed election, ongoing to 1998-09-08",
     "COERCE: Hun Sen (KHM) -> opposition protesters (KHM), ordered an end to the protests (ban), shortly before 1998-09-08 (no exact date)",
   ], found=0, spurious=0,
   notes="Dateline coded nothing: the crackdown, the sit-in and the ban on protests are all missed."),
 "h66-x257-02": dict(
   coder_events=[
     "ASSAULT: gunman (ETA suspected; ESP) -> Francisco Tomas y Valiente (ESP, former Constitutional Court president), shot dead, 1996-02-14 (Wednesday)",
     "ACCUSE: Spanish police (ESP) -> ETA (ESP separatist group), said ETA was almost certainly responsible, 1996-02-14",
   ], found=0, spurious=0,
   notes="Dateline coded nothing: the killing and the police attribution to ETA are both missed."),
 "h66-x260-25": dict(
   coder_events=[
     "CONSULT: Kim Jong Il (PRK) -> China / Hu Jintao (CHN), five-day visit hosted by Hu in Beijing, ended 2010-05-07 (Friday)",
     "ACCUSE (investigate): South Korea (KOR) -> none named, investigates the sinking of its warship, ongoing, 2010-05-08",
   ], found=2, spurious=1,
   notes="Dateline's visit (CONSULT) and investigation (ACCUSE investigate) match. Its second CONSULT, Hu hosted Kim, duplicates the visit (one CONSULT visit in PLOVER) and is spurious. 'Drawing irritation' is a sentiment, not coded."),
 "h66-x257-20": dict(
   coder_events=[
     "SUPPORT: United States (USA) <-> Russia (RUS), signed a bilateral trade agreement (sign formal agreement, CAMEO 057), 2006-11-19 (Sunday)",
   ], found=1, spurious=0,
   notes="Dateline's mutual SUPPORT for the signing matches. Russia's 13-year WTO bid is background and not coded."),
}

paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert len(paras) == 6
tot = dict(coded=0, found=0, dl=0, spur=0)
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot["coded"] += len(d["coder_events"]); tot["found"] += d["found"]
        tot["dl"] += len(p["events"]); tot["spur"] += d["spurious"]
print(tot)
