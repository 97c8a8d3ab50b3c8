#!/usr/bin/env python3
"""Judge p24, pairs28 items 1-20: write pairs-p24.jsonl and tally counts for pairs-p24.md.

Judgments are hand-coded below (CONVENTIONS.md); the script only serialises and counts.
Field string: event,type,source,target,date,modality as T/F (all = conjunction).
"""
import json, pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
F = ["event", "type", "source", "target", "date", "modality"]

def ev(s):
    d = {k: (c == "T") for k, c in zip(F, s)}
    d["all"] = all(d.values())
    return d

def null(right):
    return {"omit_right": right}

SPUR = "FFFFFF"
J = [
 (1, ev("TTFFTT"), ev("TTTTTT"), "Y",
  "Y names the source the sentence gives (Over 100 people, TUR: protest in Istanbul) and a target (Turkey: the authorities asked to arrest the Istanbul police); X leaves both empty though the sentence names them. Date Monday=2023-06-12 right in both."),
 (2, null(True), ev(SPUR), "X",
  "'Aurora theater massacre (courtesy: CNN)' is a photo caption / headline fragment with no act: not an event. X's omission is right; Y's ASSAULT is spurious (and 'Aurora' is a place, not a person)."),
 (3, null(False), ev("TTTFFT"), "Y",
  "The sentence conveys the arrests of Ocalan and colleagues (COERCE; the statement is also an ACCUSE). Y finds the arrest with the right type and an empty source (arrester not named), but target is empty though Ocalan is named, and 2023-06-14 is the date of the state of emergency, not of the arrests. Y weakly better for catching the act."),
 (4, null(False), ev("TTTFTT"), "Y",
  "100 policemen arriving to deal with kidnappers is a police deployment (MOBILIZE), Tuesday=2023-06-13 right. ISL accepted (only country the story places it in; weak). I would give the kidnappers as target (named as the party the deployment is directed at), so target scored wrong. X misses a real event."),
 (5, ev("TTFTTT"), null(False), "X",
  "'will not back down' is a refusal (CONCEDE negated / REJECT asserted both acceptable). X has it but turns 'anti-government activists' into 'government activists' GOV organization: wrong party. Y misses it. Weak preference for X (right type, one field wrong); the sector inversion is a real defect."),
 (6, ev("TTTTTT"), ev("TTTTTT"), "Y",
  "Same event (hypothetical seize, 'fear it is seeking to take full control'). X's 'government militia' drops 'pro-' but keeps the non-state sector, so the same party; Y gives the exact mention and kind group. Minor. Both code a pro-government militia as REB, which I would not (militia/paramilitary)."),
 (7, ev("TTTTTT"), ev("TTFTTT"), "X",
  "Y leaves the source empty though 'Hundreds of thousands of youths' (Lima, PER) is named. Target: X's Peru is clearly the party protested against (the government's tax bill, approved by Humala in the previous sentence); Y's empty target is also right by rule. Date last week = 2023-W23 right in both."),
 (8, ev("TTTTTT"), ev("TTFTTT"), "X",
  "X keeps 'pro-government militias'; Y turns them into 'government militias' YEM/GOV/organization, i.e. the state itself, a different party. Habitual killing takes the document date; HRW 'said' is attribution, so asserted is right."),
 (9, ev("TTTTTT"), ev("TTTFTT"), "X",
  "Y turns 'anti-government protesters' into 'government protesters' GOV: wrong party (the inverse side). X right in all fields."),
 (10, ev("TFFTTT"), ev("TFTTTT"), "Y",
  "X turns 'anti-government protesters' into 'government protesters' GOV; Y right (ARG/CVL). Both code protesters occupying a building as COERCE seize; a coder would code PROTEST (occupation), so type wrong in both (shared)."),
 (11, null(False), ev("TTTTFT"), "same",
  "'The attack' refers back to the Friday mosque bombing already coded in earlier sentences; by the background-act reading of CONVENTIONS (date rule) it still holds an event, so X's omission is not right. Y's empty source/target are right by rule, but it dates the attack to the story date instead of Friday (2023-06-09), creating a second attack on a wrong day. Neither more right."),
 (12, ev("TTFTFT"), ev("TTFTTT"), "Y",
  "Background mention of the 2012 Aurora shooting: the text gives 2012 (previous sentence), so Y's date is right and X's document date is wrong (background act given the document date). Both give 'Aurora' (a place) as a person source; the sentence names no shooter, so empty would be right. I would lean to not coding a re-mention at all, but CONVENTIONS' date rule treats background acts as events."),
 (13, ev("TFTTTT"), ev("TFFFTT"), "X",
  "'were met by ... protesters' is a confrontation, not a meeting: CONSULT is the trigger in another sense (type wrong in both; a coder would code the PROTEST march / a confrontation). X keeps both parties right; Y turns them into 'government protesters' GOV and 'government forces' (the state army), both wrong."),
 (14, ev("TTFTTF"), ev("TTTTTF"), "Y",
  "X turns 'anti-government protesters' into 'government protesters' GOV; Y right (CUB/CVL). Both mark the shooting asserted although it sits inside 'Local media reports claimed that ...': reported (shared error)."),
 (15, ev("TTTTTT"), ev("TTTTTT"), "Y",
  "Same raids event; as item 6, X's 'government militia' is a truncated mention of the same non-state party; Y exact. Minor. REB for a pro-government militia is questionable in both."),
 (16, ev("TTTFFT"), ev("TTTFTT"), "Y",
  "'The arrests' are the December arrests of the previous sentences: Y's 2022-12 is the date the text gives; X's document date is wrong. Source empty right (police not named here). Both leave the target empty though the sentence names the demonstrators who were arrested (shared)."),
 (17, ev("TTTTTT"), ev("TTFTTT"), "X",
  "Y turns 'pro-government gunmen' into 'government gunmen' GOV organization: the government is the party being attacked here, so wrong party. X right (GMB, unidentified armed group)."),
 (18, ev("TTTTTT"), ev("TTFFTT"), "X",
  "Y turns 'anti-military protesters' into 'military protesters' MIL and 'anti-government demonstrators' into 'government demonstrators' GOV: both wrong. Claimed killing reported: right in both."),
 (19, ev("TTTFTT"), ev("TTTFTT"), "X",
  "Y's 'bailout protesters' drops 'anti-' but keeps CVL, so still the same party; X exact. Both leave the target empty although the deal rejected is the government's and Samaras is named in the sentence as the counterpart (shared); strict reading."),
 (20, ev("TTFTTT"), ev("TTFTTT"), "Y",
  "Same event; X 'government militia' truncates the mention, Y exact. Both leave the militia's country empty though it seized buildings in Guam's capital (GUM plain), so source wrong in both (shared). Date: army said Friday = 2023-06-09 right."),
]

out = HERE / "pairs-p24.jsonl"
with out.open("w") as f:
    for n, x, y, b, r in J:
        f.write(json.dumps({"n": n, "X": x, "Y": y, "better": b, "reasons": r}, ensure_ascii=False) + "\n")

cnt = {"X": 0, "Y": 0, "same": 0}
allr = {"X": [], "Y": []}
nullr = {"X": [], "Y": []}
for n, x, y, b, r in J:
    cnt[b] += 1
    for s, d in (("X", x), ("Y", y)):
        if d.get("all"):
            allr[s].append(n)
        if d.get("omit_right"):
            nullr[s].append(n)
print(cnt)
print("all-right", {k: (len(v), v) for k, v in allr.items()})
print("null-right", nullr)
