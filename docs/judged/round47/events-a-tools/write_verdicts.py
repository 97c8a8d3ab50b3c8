"""Write events-a.jsonl: judge a's verdicts for round 47 (60 items).

Each verdict lists the fields that are wrong (F); an item with event=False is
false in every field.  Usage: python write_verdicts.py  (run from round47/)
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = "SPURIOUS"

# n -> (list of wrong fields or SPURIOUS, reasons)
V = {
 1: (["target", "date"], "Target: the Britons are British (GBR), not IRN. Date: the detention is this news (Friday = document date 2007-03-23), not an act of unknown time."),
 2: (["target"], "Target: 'the former colonial power' accused of punishing Harare is Britain (GBR); Zimbabwe's government is the party said to be punished."),
 3: (SPURIOUS, "'clashes' between parliament and government are political disputes, a trigger in another sense; no ASSAULT."),
 4: (SPURIOUS, "'open a land corridor' is the aim of a military conquest in a general's remark, not a concession granting access; the remark itself (a THREATEN, last week) is another act."),
 5: ([], "Right: Kony's repeated failure to sign is a negated SUPPORT (sign), no date for a repeated span. (A coder might leave failures uncoded.)"),
 6: (["source", "target"], "Source: the Senate is Mexico's (MEX), not USA. Target: no 'federal government [USA]' in the sentence; the declined act is removing Ruiz (target Ruiz or empty)."),
 7: (["target"], "Target: the army chief took control of the country (Thailand), ousting Thaksin, both named in the sentence; empty is wrong (I code THA government/Thaksin)."),
 8: ([], "Right."),
 9: ([], "Right: background trip to Kenya, no date in the text."),
 10: (["target"], "Target: the government and opposition leaders are Georgia's (GEO, plain from the story and the sentence's context); country empty is wrong."),
 11: (["type"], "Type: signalling they would work with the new government is AGREE (indicate willingness to cooperate, codebook; wave-76 promise rule), not COOPERATE. (Date/modality scored as coded: a hinted future act, hypothetical, undated.)"),
 12: (["date"], "Date: the recall was 'on Thursday' = 2006-09-28; the document date (Friday 2006-09-29) is wrong."),
 13: ([], "Right: background nuclear test dated 2006 by the text."),
 14: ([], "Right."),
 15: (SPURIOUS, "'struggle to agree on a government' reports no agreement, only a background state of talks; a coder codes no AGREE here."),
 16: (["target"], "Target: the rejected description is Lapid's ('He' in the sentence), so the target is Lapid (ISR); empty is wrong."),
 17: (["source"], "Source: the seizure of white-owned farms is Harare's ('its' = Zimbabwe government), not the Commonwealth's."),
 18: ([], "Right (Kobler as UN head with empty country, plus the UN; troops are Congo's army)."),
 19: (["type"], "Type: 'warned that ending it would weaken the country's hand' is a caution/criticism of the decision (ACCUSE disapprove), not a THREATEN."),
 20: (SPURIOUS, "Duplicate: 'the first trip to the country by an Indian leader' is Modi's visit already coded (e1) from this sentence; Sharif as visitor and Afghanistan as host are also wrong."),
 21: (["type", "date", "modality"], "Type: establishing contact with the kidnappers is CONSULT (contact), not SUPPORT. Modality: 'have been able to establish contact' is asserted, not hypothetical. Date: reported as this news, document date 2020-12-13."),
 22: ([], "Right: protest against the tax reform's authorities (COL state target); marches span from April 28, no single date."),
 23: ([], "Right."),
 24: ([], "Right (MOBILIZE for sending troops; ASSAULT would also be defensible)."),
 25: (["date"], "Date: the minister flew to Honiara 'days' before the announcement; a background act of an earlier time given the document date is wrong (unknown/no date)."),
 26: ([], "Right."),
 27: ([], "Right by the rules: 'abroad' names no party and 'the coup' is an act. (I would code the target as the coup leaders, MLI MIL.)"),
 28: ([], "Right: detainer not named in the sentence; 'in recent months' is a span, no date; attribution keeps asserted."),
 29: ([], "Right."),
 30: ([], "Right."),
 31: ([], "Right: protest aimed at the government's decree, state as target; Wednesday night = 2017-02-01."),
 32: ([], "Right: 'Sheikh' is a truncated name of the emir (KWT); Friday = 2012-10-19."),
 33: ([], "Right (source as the Colombian military, as CAMEO codes deployments; future, undated)."),
 34: (["type", "source"], "Type: an invitation to talks is AGREE ('invite a delegation', codebook), not REQUEST. Source: the inviting party is the Arab League's resolution, not the Syrian government."),
 35: ([], "Right."),
 36: ([], "Right."),
 37: (["target", "date"], "Target: 'him' is Megrahi, named in the sentence as the only man convicted of the Lockerbie bombing; empty is wrong. Date: the text gives Thursday (2009-08-20) for the release, not the document date."),
 38: ([], "Right."),
 39: ([], "Right."),
 40: ([], "Right."),
 41: ([], "Right: 'the action' is an act, the sentence names no party acted on."),
 42: ([], "Right."),
 43: ([], "Right: attacker not named in the sentence."),
 44: (["target"], "Target: the Constituent Assembly (TUN) is named in the sentence as the body they suspend participation in; empty is wrong."),
 45: (SPURIOUS, "Ending the siege by force is the assault already coded from 'killing' in this sentence (e7); it is no ceasefire (RETREAT)."),
 46: (["source"], "Source: Habre's political police (Documentation and Security Directorate) is Chad's (TCD), not Burkina Faso's (the judge's country)."),
 47: (["target"], "Target: 'asked it' = the CSTO, not Armenia itself."),
 48: (["target"], "Target: the envoy is what is sent; the host is Albania (Tirana), not 'envoy[ALB]'."),
 49: ([], "Right."),
 50: (["target", "date"], "Target: Israel pulled back within (south) Lebanon, named in the sentence; empty is wrong. Date: the pullback came 'later' than 1982 (by 1985); 1982 is the invasion's year."),
 51: (["type"], "Type: cancelling a planned visit because of a crisis at home is no SANCTION against Egypt; at most a negated CONSULT."),
 52: (["type"], "Type: ordering security forces onto the streets is MOBILIZE (deploy police/forces), not a REQUEST to another party."),
 53: (["source", "target"], "Source/target: the Polish delegation is the visitor and Russia (Katyn) at most the host; Russia listed as a visitor and the delegation as its own host are wrong."),
 54: ([], "Right."),
 55: (["date"], "Date: the text says Blinken postponed the visit on Friday (2023-02-03); no date is wrong."),
 56: ([], "Right."),
 57: ([], "Right."),
 58: (["source"], "Source: the missile tests are China's (PLA); Xinhua only announced them."),
 59: ([], "Right."),
 60: (["type"], "Type: 'this crime will not go unpunished' threatens punishment of the perpetrators (THREATEN), not AGREE."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 60 and set(V) == {it["n"] for it in items}
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reasons = V[it["n"]]
        if wrong == SPURIOUS:
            verdict = {f: False for f in FIELDS}
        else:
            assert all(f in FIELDS[1:] for f in wrong), it["n"]
            verdict = {f: f not in wrong for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        it = dict(it)
        it["verdict"] = verdict
        it["reasons"] = reasons
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote events-a.jsonl")
