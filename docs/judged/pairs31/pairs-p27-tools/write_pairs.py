"""Judge p27, pairs31: writes pairs-p27.jsonl from the verdicts below.

Each verdict: side spec is either "ok" (all fields right), a string of failing field
letters (e=event,t=type,s=source,g=target,d=date,m=modality; "E" = spurious, all wrong),
or ("omit", bool) for a null side.  Scored by docs/judged/CONVENTIONS.md.
Run from the repo root: python3 docs/judged/pairs31/pairs-p27-tools/write_pairs.py
"""
import json, os

FIELDS = ["event", "type", "source", "target", "date", "modality"]
LET = dict(e="event", t="type", s="source", g="target", d="date", m="modality")

V = {
 1: ("sd", "s", "Y", "Deployment of 14,000 police reported as this story's news (he added), no date in text -> document date (Y right; X's unknown wrong). Both leave the source empty though the sentence names the police (Austria, 'across the country'); I would code police[AUT] as source."),
 2: ("ok", "g", "X", "'killing three Islamic State members': IS is the party acted upon and is named in the sentence; Y's empty target is wrong. Tuesday=2023-06-13 right for both."),
 3: ("sgd", "sg", "Y", "Attacks reported as current news, no date in the sentence -> document date (Y). (The previous sentence dates one airstrike Wednesday; I read 'the attacks' as the stepped-up campaign.) Shared: empty source though the French military is named as speaker of its own attacks, and empty target though 'fighters linked to AQIM' are named."),
 4: ("ok", "sg", "X", "'the clashes' are those between the militants and the SDF in the previous sentence; X's SDF is clearly a party and an empty other side is right by the rule (not named in this sentence). Y gives Islamic State and the state of Syria on both sides: same party as source and target, and Syria is not a party."),
 5: ("d", "ok", "Y", "Killings during the current crackdown, no date -> document date (Y); X unknown wrong. Empty source right by rule (killers not named; I would code NGA police from 'the crackdown')."),
 6: ("gd", "g", "Y", "Context dates the sanctions Thursday = document date 2023-06-15: Y right, X unknown wrong. Shared: target should be Oceana (NLD company); both give Netherlands the state plus Total/'French company', which the sentence only mentions as lessee."),
 7: ("d", "ok", "Y", "The killings were announced by Panetta 'a day before' today's attack, so the document date is too late; Y's 2023-06-14 (date of the statement, the only date the text ties to them) is right."),
 8: ("E", ("omit", True), "Y", "'after the shooting ... the shooting was under investigation' only refers back to the lawmaker's shooting coded from earlier sentences; this sentence's acts are a sighting and an investigation. X's ASSAULT is spurious; Y's omission right. (Moderate confidence: a coder who codes every mention would keep it.)"),
 9: ("ok", "ok", "same", "'police' vs 'Japan police', both JPN/COP; 'Earlier this year' = 2023 for both."),
 10: ("ok", "d", "X", "Riot reported as this news, no date -> document date (X); Y unknown wrong. Protest against the election/police -> Bahamas a right target."),
 11: ("sg", "sg", "X", "'The country' is Finland, both code Syria as source. Target should be the U.S.-led coalition; X leaves it empty, Y codes Islamic State, which turns joining the coalition against IS into support for IS - X is less wrong."),
 12: ("sg", "sg", "same", "Hypothetical joining by Montenegro; both give 'other ethnic groups' as source and Islamic State (MNE) as target (should be Montenegro -> the coalition). Differ only in the name string."),
 13: ("ok", "g", "X", "First clause: the government cracks down on al Qaeda and IS militants - X's al-Qaeda[YEM] right; Y's empty target wrong for either clause (the rights groups are named too)."),
 14: ("sg", "s", "Y", "Source should be Qatar's government; both say Yemen. Approving military action against ISIS is not support for ISIS: Y's empty target right, X's Islamic State[SAU] wrong (party and code)."),
 15: ("g", "gd", "X", "The warning is reported as this news (the group's threat announced now, backshifted 'had warned') -> document date (X); Y unknown wrong. X's 'al-Qaeda'[YEM] is AQAP under a shorter name (Y's AQAP is more precise, not scored as a difference). Shared: target should be the (Yemeni) ships, both empty."),
 16: ("t", "td", "X", "Letter reported as news -> document date (X); Y unknown wrong. Shared: a letter to a tribunal over an alleged intervention is a complaint, ACCUSE, not CONSULT (I would code ACCUSE allege)."),
 17: ("g", "gd", "X", "Investigation launched now -> document date (X). Shared: the investigation is plainly into the armed anti-government militants named in the sentence; both leave target empty. Kind organization/group not scored."),
 18: ("ok", "ok", "same", "Differ only in actor kind (organization vs group), not scored."),
 19: ("ok", "d", "X", "Current strikes, no date -> document date (X); Y unknown wrong."),
 20: ("d", "d", "same", "The story dates the rally and its dispersal to Monday (2023-06-12; 5 p.m., 6 p.m.); X's unknown and Y's document date are both wrong. Otherwise both right."),
 21: ("ok", "ok", "same", "Differ only in actor kind (group vs organization). Costa Rica omitted by both."),
 22: ("ok", "g", "X", "'offensive against ISIS': IS named as target; Y empty wrong."),
 23: ("tmd", "tm", "Y", "The NGOs' use of resources is a background act of unknown time -> unknown (Y); document date wrong (X). Shared: material support is not SUPPORT (verbal only) and the act sits inside a finding/accusation -> reported, both assert it."),
 24: ("ok", "g", "X", "Ghani vows to eradicate Islamic State: X right; Y's CNN (the news agency byline) is wrong."),
 25: ("ok", "d", "X", "Order reported as this news -> document date (X); Y unknown wrong."),
 26: ("ok", ("omit", False), "X", "The sentence reports the clashes and dates them Tuesday (2023-06-13); no parties named, so empty source/target right. Y omits an event that is there."),
 27: ("d", "ok", "Y", "Toll of the current strikes, no date -> document date (Y); X unknown wrong. Empty source right (Israel only in previous sentence)."),
 28: ("ok", "d", "X", "The warning came before Saturday's strikes (context), time not given: unknown right (X); the document date (Thursday) is wrong."),
 29: ("g", "ok", "Y", "'accused ISIS of': Islamic State is named target; X's empty target wrong."),
 30: ("g", "g", "X", "Target should be Islamic State. X has it but adds Iraq (state) and 'Levant' as a person -> wrong; Y has only the bogus 'Levant' person. X closer."),
 31: ("g", "ok", "Y", "'battling ISIL': Islamic State named; X empty wrong."),
 32: ("sg", "g", "Y", "A Daesh car bomb destroyed by (unnamed) opposing forces: Daesh is the party acted upon, not the actor. X's Islamic State as source wrong; Y's empty source right. Shared: target should be Islamic State, both empty."),
 33: ("s", "sd", "X", "The sending precedes the clash (background, time not given) -> unknown right (X); document date wrong (Y). Shared: source should be South Korea (its soldiers, its foreign minister speaking), both empty."),
 34: ("ok", "d", "X", "Decision reported as news -> document date (X); Y unknown wrong. Target Switzerland for the federal council accepted (I would name the federal council, CHE/GOV)."),
 35: (("omit", False), "d", "Y", "The sentence reports the Yemen-AQAP agreements were signed: a SUPPORT (sign) event exists; X omits it. Y's reciprocal source list is acceptable, but 2019 is wrong: the context dates the signing 26 February 2015."),
 36: ("gd", "gd", "same", "Monday's events (see item 20): both dates wrong. Shared: target should be the protesters blocking the gates (ZWE), both empty."),
 37: ("ok", "d", "X", "Decision announced on Thursday's visit = document date (X); Y unknown wrong."),
 38: ("d", "ok", "Y", "Arrests reported in a statement made Saturday (2023-06-10); the document date (Thursday) is too late - X wrong; arrest day not given, unknown right (Y)."),
 39: ("d", "d", "same", "The storming followed the early-Saturday bombing (2023-06-10 by the context); neither unknown (X) nor the document date (Y) is right. Otherwise both right."),
 40: ("g", ("omit", False), "X", "Daesh attack on YPG positions on Tuesday evening is an event; X codes it (source, date right) though the target should be the YPG ('their positions'). Y omits it."),
 41: ("gd", "g", "Y", "Displeasure reported as news -> document date (Y); X unknown wrong. Shared: 'the minister' (Spindelegger) is the target, both empty."),
 42: ("g", "g", "same", "Both target Maria Pangilinan; the charged person is Carlos Pangilinan. Charge day not given, after Saturday's custody: I accept either unknown or the document date."),
 43: ("tgd", "tg", "Y", "The cattle seizure triggered the operation begun in late April - an earlier act; X's Wednesday (truce date) is wrong, Y's unknown right. Shared: a militia seizing cattle is not authorities confiscating (I would code ASSAULT, not COERCE seize); the couple is an unfilled target."),
 44: ("sgd", "sgd", "same", "Differ only in actor kind. Shared: source should be the claiming group (not al-Qaeda), 'terrorist organization' is the perpetrator not the target, and the bombing is dated March 24, not the document date."),
 45: ("d", ("omit", False), "X", "An attack inside an accusation is coded, reported: X does so with the right source; 'since 2003' is a comparison, not the attack's date, so 2003 is wrong. Y omits it."),
 46: ("td", "tgd", "X", "Emir of IS: X's code None (with IS) right; Y's AFG wrong. Shared: a stated intention to give 'entire support' is verbal SUPPORT/AGREE, not AID; the statement is dated Saturday (2023-06-10), both give no date."),
}

def side(spec):
    if isinstance(spec, tuple):
        return {"omit_right": spec[1]}
    if spec == "E":
        d = {f: False for f in FIELDS}
    else:
        bad = set() if spec == "ok" else {LET[c] for c in spec}
        d = {f: (f not in bad) for f in FIELDS}
    d["all"] = all(d[f] for f in FIELDS)
    return d

here = os.path.dirname(os.path.abspath(__file__))
items = [json.loads(l) for l in open(os.path.join(here, "..", "items.jsonl"))]
out = open(os.path.join(here, "..", "pairs-p27.jsonl"), "w")
for it in items:
    n = it["n"]
    xs, ys, better, reason = V[n]
    assert (it["X"] is None) == isinstance(xs, tuple), n
    assert (it["Y"] is None) == isinstance(ys, tuple), n
    out.write(json.dumps({"n": n, "X": side(xs), "Y": side(ys), "better": better, "reasons": reason}, ensure_ascii=False) + "\n")
out.close()
assert len(items) == 46 == len(V)
