"""Write paragraphs-c-verdicts.jsonl from the coder's lists for the six first paragraphs."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
R44 = os.path.dirname(HERE)

P = {
 "h2-x3-24": dict(
   coder_events=[
     "COERCE: King Gyanendra [NPL] dismisses the government of PM Sher Bahadur Deuba [NPL], Tuesday 2005-02-01",
     "COERCE: King Gyanendra [NPL] declares a state of emergency in Nepal, 2005-02-01",
     "ACCUSE: King Gyanendra [NPL] accuses the country's politicians [NPL] of failing to end the insurgency or hold elections, 2005-02-01",
   ], found=2, spurious=0,
   notes="Found the emergency (COERCE) and the accusation (ACCUSE; its target 'the country's politicians' is left empty). The dismissal of the Deuba government is missed. 'Announced that he would rule ... directly' is not listed as a separate act (it is part of the takeover)."),
 "h2-x3-17": dict(
   coder_events=[
     "ASSAULT: five gunmen storm India's parliament [IND], killing several security personnel, Thursday 2001-12-13",
     "ASSAULT: security forces [IND] shoot dead all the attackers, 2001-12-13",
   ], found=2, spurious=0,
   notes="Both found: 'stormed' (gunmen -> parliament) and 'shot' (source empty, target the attackers). The killing of security personnel is coded as part of the storming, not separately."),
 "h2-x3-13": dict(
   coder_events=[
     "ASSAULT: South African police [ZAF] shoot dead 34 striking mineworkers and wound 78 at Lonmin's Marikana mine, 2012-08-16 (reported Friday 08-17; the text gives only the Friday of the report)",
   ], found=1, spurious=0,
   notes="Found; dateline leaves the target empty though the mineworkers are named. 'Striking' is a participle of the background strike, not listed as a separate act."),
 "h2-x1-04": dict(
   coder_events=[
     "AID: Western governments evacuate their citizens from Albania, Friday 1997-03-14",
     "PROTEST (riot): looting spreads from the rebel-held south to Tirana [ALB], 1997-03-13",
   ], found=1, spurious=0,
   notes="Found the evacuation (AID; borderline: a coder may leave an evacuation of one's own nationals uncoded, so I do not count it spurious). The looting (riot) of the day before is missed. 'Gunfire echoed' and 'armed gangs roamed' name no act between actors."),
 "h2-x3-15": dict(
   coder_events=[
     "SANCTION (expel): Mali's military-led government [MLI] orders the French ambassador [FRA] to leave within 72 hours, Monday 2022-01-31",
     "ACCUSE: Mali's government [MLI] accuses French ministers [FRA] of hostile and outrageous remarks, 2022-01-31",
   ], found=2, spurious=0,
   notes="Both found (source named 'led government' from 'military-led government', country right)."),
 "h2-x3-06": dict(
   coder_events=[
     "SUPPORT (sign agreement): Ethiopia's and Eritrea's leaders sign a comprehensive peace agreement in Algiers, Tuesday 2000-12-12",
   ], found=1, spurious=0,
   notes="Found (mutual; both states given as source and as target). The two-year war and its toll are background, not listed."),
}

paras = [json.loads(l) for l in open(os.path.join(R44, "paragraphs-c.jsonl"))]
assert {p["doc"] for p in paras} == set(P)
with open(os.path.join(R44, "paragraphs-c-verdicts.jsonl"), "w") as out:
    tc = tf = td = ts = 0
    for p in paras:
        v = P[p["doc"]]
        row = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        tc += len(v["coder_events"]); tf += v["found"]; td += len(p["events"]); ts += v["spurious"]
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"coder events {tc}, found {tf} ({tf/tc:.0%}), dateline events {td}, spurious {ts}")
