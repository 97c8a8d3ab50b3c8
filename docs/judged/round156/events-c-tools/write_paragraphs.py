"""Write paragraphs-c-verdicts.jsonl from the judge's hand coding of the 6 first paragraphs."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h55-x216-04": (["ASSAULT/explosives: unnamed attackers (no code) -> villagers / oil pipeline in northwest Colombia (COL), dynamite attack killing at least 50, 1998-10-18 (Sunday)"], 0,
   "The attack is the one codable act; the ELN is blamed only in a later paragraph. Dateline coded nothing in the paragraph."),
 "h55-x216-07": ([], 0,
   "An acquittal (court throwing out the case against Thaksin) has no PLOVER type (not SANCTION/convict); nothing to code. Dateline coded nothing."),
 "h55-x215-22": (["SUPPORT: Emmanuel Macron (FRA) -> Rwanda (RWA), recognised France's 'overwhelming responsibility' for the genocide as a conciliatory gesture (a formal apology withheld), 2021-05-27 (Thursday)",
                  "SUPPORT: France (FRA) -> Rwanda's 'genocidal regime' (RWA), Paris stood by it (in Macron's statement), 1994"], 0,
   "The recognition is the borderline one (CAMEO 015 acknowledge responsibility has no PLOVER type; coded as SUPPORT toward Rwanda, apology negated within it). 'the 1994 genocide' is a topic noun with no actors, not coded. Dateline coded nothing."),
 "h55-x213-19": (["AGREE: Ukraine (UKR) -> (Steinmeier formula; Russia/contact group not named) agreed to the formula for local elections in the separatist-held east, 2019-10-01 (Tuesday)",
                  "ACCUSE: opponents (UKR) -> Zelenskiy / Ukraine's government (UKR), accusations of capitulation, 2019-10-01"], 0,
   "The four-way summit is only made possible ('opening the way'), not an act. Dateline coded nothing in the paragraph."),
 "h55-x216-16": (["SANCTION/convict: Cambodia's U.N.-backed war crimes tribunal (KHM) -> two most senior surviving Khmer Rouge leaders (KHM), life sentences, 2014-08-07 (Thursday)"], 1,
   "Dateline's e1 (item 28) has the right type; its target (Cambodia) is wrong but it is not spurious. 'their regime was driven from power' is a time phrase with no agent, not coded."),
 "h55-x216-22": (["SUPPORT: Joko Widodo (IDN) -> Prabowo Subianto (IDN), named his defeated rival defence minister, drawing him into the coalition, 2019-10-23 (Wednesday)"], 0,
   "Borderline: a cabinet appointment of a rival is coded as political cooperation (SUPPORT) by a trained coder, though CAMEO has no appointment code. Dateline coded nothing."),
}
paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c.jsonl"))]
with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as out:
    for p in paras:
        ev, found, notes = P[p["doc"]]
        spur = 0
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
print("written")
