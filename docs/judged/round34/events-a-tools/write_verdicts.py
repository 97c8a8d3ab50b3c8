"""Write events-a.jsonl: the 60 sampled items with judge a's verdicts and reasons added.

usage: write_verdicts.py   (run from docs/judged/round34)
Each entry: n -> (false fields, reasons). 'spurious' marks event=false (all fields false).
"""
import json

FIELDS = ["type", "source", "target", "date", "modality"]
V = {
    1: ("type source target", "The sentence's act is the Indigenous leaders holding up (endorsing) the offer, SUPPORT toward its makers; the offer itself is sentence 1's act by Germany/UK/US, so AGREE with Indigenous leaders and the US as mutual parties is the wrong type and wrong source/target pairing."),
    2: ("type target date", "Security forces storming into rights groups' offices is the raid (COERCE seize for police/authorities raiding), not ASSAULT; 'the offices' are the Human Rights Center's, so an empty target is wrong; the raid is dated Saturday (2023-06-10) in the story, not the document date."),
    3: ("date", "The arson attack on Jafari was 'Thursday evening' before the Sunday report (2023-06-08), not Sunday 2023-06-11."),
    4: ("", "Right; empty source acceptable as the sentence names no detaining party (police stations only)."),
    5: ("type", "Announcing a (partial) ceasefire deal is CONCEDE (declaration of ceasefire) or AGREE, not COOPERATE."),
    6: ("date", "The investigation is stated in a report released Dec. 9, so the text dates it (Dec. 9), not the document date."),
    7: ("", "Right; same shooting as coded from the Interfax sentence, but a separate sentence, so not a duplicate by the rules."),
    8: ("", "Right; Israel is implied but not named in the sentence, so an empty target is right by the rules (I would code ISR)."),
    9: ("source", "'troops' are plainly the Israeli forces of the surrounding text (soldiers of a named army), so an empty country code is wrong (ISR)."),
    10: ("", "Right (mutual AGREE, Saturday 2023-06-10)."),
    11: ("spurious", "Fragment: the clause breaks off at 'a meeting of the National High Command was', so no meeting act is stated, and the two parties are the speakers to Reuters, not the meeting's participants."),
    12: ("", "Right; undated 'previously met' with no date is right; CAF is one of the delegates' two countries."),
    13: ("spurious", "'declined to outline the concessions' is declining comment to reporters (CAMEO 'decline comment'), not a REJECT of any request or demand."),
    14: ("spurious", "'the attack' is the possible attack the countries warned of in the previous sentence; no attack took place, and the sentence only says its aim is unclear."),
    15: ("target", "The UN condemns the arrests, i.e. the (unnamed) arresting Bahraini authorities; Bahraini lawmakers are among the victims, so they are the wrong target (empty would be right)."),
    16: ("target", "Donetsk is the place of the killings, not a party investigated; the perpetrators are unnamed, so the target should be empty."),
    17: ("target date", "The sentence names the accused ('the trio and another youth'), so an empty target is wrong; the accusation is background to Saturday's acquittal (of an earlier time), not an act of the document date."),
    18: ("", "Right; 'On Thursday' read as the document's Thursday (the story is unclear whether the arrest preceded Tuesday's statement)."),
    19: ("", "Right; Schaeuble's condition on Greece's bailout is a demand directed at Greece (garbled sentence, acceptable)."),
    20: ("date", "'More than 900 ... killed ... since 2006' is a total summed over a span: no date, not the document date."),
    21: ("spurious", "'drills' is an item in the list of what the joint exercise would include; the act is sentence 1's joint exercise (COOPERATE), and the Lebanese 'military' source is not in this sentence."),
    22: ("", "Right (arrest in March 2010 by Yemeni authorities)."),
    23: ("date", "The non-arrest belongs to the attack that the story dates June 16; 2023-06-09 is only the Friday on which Anwar was quoted."),
    24: ("", "Right (SUPPORT sign agreement, Wednesday 2023-06-14)."),
    25: ("", "Right."),
    26: ("", "Right by CAMEO 03 (intent to cooperate/institute reform) -> AGREE; I would hesitate to code a campaign slogan at all."),
    27: ("spurious", "'fight climate change' is a trigger in another sense; no assault."),
    28: ("", "Right; the arrest is the same night's trigger of the fighting, Tuesday 2023-06-13 acceptable."),
    29: ("", "Right; deporter unnamed, so empty source right; Somalians also deported but Eritreans is a right target."),
    30: ("", "Right (deployment last year, 2022)."),
    31: ("source target date", "'The government' is the French (Sarkozy) government of the previous sentence, not Jersey's; the refusal concerns the French protesters, not Sarkozy; 'is refusing' is ongoing, so the document date, not Sunday 2023-06-11."),
    32: ("source target", "'it' is Jambon's (Belgian) government, not the National Rally; target France is wrong (Belgium/the Muslim public)."),
    33: ("target date", "The UN asks Singapore; Rwanda is the demander, not a target of the request; the sentence dates the matter February 3rd and the next says 'a few weeks later', so it is not the document date."),
    34: ("", "Right."),
    35: ("spurious", "Hosting a standing US military headquarters is a state of affairs, not a CONSULT visit or any act."),
    36: ("", "Right by the rules (the raiding police are not named in this sentence; I would code Nigerian police as target)."),
    37: ("spurious", "'backing' is 'backing out' (withdraw) in another sense, negated; the militia says it goes on with its own activity; no SUPPORT toward any party."),
    38: ("source", "The attackers are 'Yugoslav warlords', a non-state group; coding the state Yugoslavia is the wrong party."),
    39: ("", "Right (Friday clashes, 2023-06-09)."),
    40: ("", "Right (REQUEST for assistance, Sunday 2023-06-11)."),
    41: ("", "Right (role GOV for protesters' leaders is off, but party and country are right)."),
    42: ("date", "'As her first major initiative in office' places the promise at an earlier time (background), not the document date."),
    43: ("", "Right ('last week' = 2023-W23)."),
    44: ("", "Right; undated past agreement with no date is right."),
    45: ("target", "'them' are the G8 nations that will receive the investment, not the Central African Republic's Central Bank."),
    46: ("date", "The abduction is dated Monday night (2023-06-12) in the story's first sentence, not the document date."),
    47: ("spurious", "'willing' is a condition on applicants for access ('need to be willing to give their email'), not an AGREE by O'Rourke toward any party."),
    48: ("type", "A protesters' road blockade is PROTEST obstruct; COERCE restrict is security forces cordoning off."),
    49: ("spurious", "Blowing apart the wreckage to drag out bodies is recovery work after the raid, not an assault on any party."),
    50: ("", "Right (planned march, future, no date; aim at pipeline, so empty target)."),
    51: ("source target", "'DoS' is the kind of attack, not a party: the attacker is unnamed (empty source); the sentence names the targets ('multiple government and private organizations', local ISPs in Lebanon), so an empty target is wrong."),
    52: ("type", "Electronic and digital attacks on institutions are COERCE cyber, not ASSAULT."),
    53: ("type", "Fico's 'could suspend relations' is a threat: PLOVER codes it THREATEN (relations), not a hypothetical SANCTION."),
    54: ("target", "The sentence names the bombed party ('armed group targets'), so an empty target is wrong."),
    55: ("date", "1994-01 comes from the next paragraph's date; the investigation stands among 1995 events ('As of October 1995'), not January 1994."),
    56: ("source", "The party is the Army of Emigrants and Helpers; 'Helpers' as a person is a fragment of its name, not the party (RETREAT negated accepted by the rules, though I would code THREATEN violence)."),
    57: ("type", "Judicial authorities supporting China's drug law enforcement under the MOU is judicial cooperation (COOPERATE, or AGREE as a commitment), not SUPPORT (approval/commendation)."),
    58: ("", "Right (CONSULT phone, Monday 2023-06-12)."),
    59: ("target", "NBP Marine is the beneficiary, not the party asked (the Nepal government, unnamed here: empty would be right), and it is Philippine-owned, not NPL."),
    60: ("target", "The army commander is the owner of the house (a place), not a party attacked; and the crowds in Nairobi should carry KEN."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 60 and set(V) == {i["n"] for i in items}
with open("events-a.jsonl", "w") as out:
    for it in items:
        bad, why = V[it["n"]]
        bad = bad.split()
        if "spurious" in bad:
            v = {"event": False, **{f: False for f in FIELDS}, "all": False}
        else:
            v = {"event": True, **{f: f not in bad for f in FIELDS}}
            v["all"] = all(v[f] for f in FIELDS)
        it = dict(it, verdict=v, reasons=why)
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote events-a.jsonl")
