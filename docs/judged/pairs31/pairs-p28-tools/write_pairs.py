"""Judge p28, pairs31: write pairs-p28.jsonl from hand verdicts.

Each verdict lists, per side, the fields that are WRONG by docs/judged/CONVENTIONS.md
(every other field is right), or 'SPURIOUS' (wrong in every field), or
('omit', True/False) for a null side.  'all' is derived.
Run from the worktree root:  python3 docs/judged/pairs31/pairs-p28-tools/write_pairs.py
"""
import json, collections

FIELDS = ["event", "type", "source", "target", "date", "modality"]
ITEMS = "docs/judged/pairs31/items.jsonl"
OUT = "docs/judged/pairs31/pairs-p28.jsonl"

V = {
 1: ({"source", "date"}, {"source"}, "Y",
     "Same MOBILIZE; the deployment is part of this news (response to the current threat), no date in the text, so the document date (Y) is right and X's unknown is wrong. Shared: source empty though the sentence names the deployed police (Austrian), I count that wrong."),
 2: (set(), {"target"}, "X",
     "Finnish jets killed three Islamic State members: the target is named in the sentence; X has it, Y leaves it empty."),
 3: ({"source", "target"}, {"source", "target", "date"}, "X",
     "The attack in this story is dated Wednesday (2023-06-14) in the context; Y gives the document date (Thursday), a date the text contradicts; X's unknown asserts no wrong date and I score it right. Shared: source and target empty though the sentence names the French military (its own attacks) and the AQIM-linked fighters; strictly by rule an empty source could pass, I would code French military -> AQIM fighters."),
 4: (set(), {"source", "target"}, "X",
     "'The clashes' are the militants (IS) vs SDF clashes of the previous sentence; X's SDF source with empty target is right (mutual event, target not named in the sentence). Y lists IS and Syria as both source and target: IS against itself and the Syrian state, which is no party."),
 5: ({"date"}, set(), "Y",
     "Killings during the ongoing crackdown, reported as this news with no date: document date (Y) right, X unknown wrong. Empty source right by rule (security forces only in earlier sentences)."),
 6: ({"target", "date"}, {"target"}, "Y",
     "The context dates the sanctions 'on Thursday' = document date 2023-06-15: Y right, X unknown wrong. Shared: targets are the Netherlands state, 'French company' and Total, but the sanctioned party is Oceana (NLD company); Total only leases the field."),
 7: ({"date"}, set(), "Y",
     "The killings were reported by Panetta a day before the attack that is this news; X puts them on the document date, which the text contradicts; Y's 2023-06-14 (the day of Panetta's statement) is the date the text gives."),
 8: ("SPURIOUS", ("omit", True), "Y",
     "'after the shooting' and 'the shooting was under investigation' only refer back to the shooting coded from the lead; the sentence reports no shooting act (the act it reports is the police investigation, ACCUSE, not in this pair). X's ASSAULT is a re-mention; Y's null is right. Low-confidence call."),
 9: (set(), set(), "same",
     "Only the source label differs ('police' vs 'Japan police', both JPN/COP); both right, date 'earlier this year' = 2023 right."),
 10: (set(), {"date"}, "X",
     "Protesters burning a police vehicle in the current unrest (the latest incident), no date in the text: document date (X) right, Y unknown wrong. Protest against the election of the president aims at the authorities, so Bahamas as target is right."),
 11: ({"source", "target"}, {"source", "target"}, "X",
     "'The country' is Finland, not Syria (both wrong). The recipient of joining is the U.S.-led coalition: X leaves it empty (wrong), Y gives Islamic State, which turns the act into Syria supporting IS - worse. I would code the joining as COOPERATE (military) rather than SUPPORT, but accept SUPPORT."),
 12: ({"source", "target"}, {"source", "target"}, "same",
     "Identical except 'Islamic State' vs 'Islamic State group'. Both wrong the same way: the hypothetical joiner is Montenegro, not 'other ethnic groups', and the recipient would be the coalition, not IS."),
 13: (set(), {"target"}, "X",
     "The first crackdown targets al Qaeda (and IS) militants named in the sentence; X has al-Qaeda, Y leaves the target empty (also wrong if meant as the crackdown on rights groups)."),
 14: ({"source", "target"}, {"source"}, "Y",
     "Both give the Yemeni government as source; the approver is Qatar's government (shared error). X's target Islamic State (with SAU code) makes Qatar support ISIS; ISIS is the object of the approved action, not of the approval; Y's empty target is right."),
 15: ({"target"}, {"target", "date"}, "X",
     "AQAP's warning ('had warned' = reported recent statement, the news of the story): document date (X) right, Y unknown wrong. Y names AQAP more precisely than X's 'al-Qaeda' (both YEM, I accept both). Shared: 'the ships' (Yemeni ships) is the target, empty is wrong."),
 16: (set(), {"date"}, "X",
     "The letter is the news the diplomat reports, no date in the text: document date (X) right, Y unknown wrong. I would lean to ACCUSE for a letter to a court over an alleged intervention, but CONSULT by other media is defensible; accepted."),
 17: (set(), {"date"}, "X",
     "Hungarian authorities said they had launched an investigation: this news, no date in the text, document date (X) right; Y unknown wrong. The organization/group kind difference is not scored."),
 18: (set(), set(), "same",
     "Only the actor kind differs (organization vs group); both right."),
 19: (set(), {"date"}, "X",
     "Strikes of the ongoing offensive ('more sites ... than at any time so far'), an act still going on: document date (X) right; Y unknown wrong."),
 20: (set(), {"date"}, "X",
     "The rally and its dispersal are Monday's events (context: 'on Monday', 5 p.m., 6 p.m.); Y's document date (Thursday) is a date the text contradicts; X's unknown I score right (the act's own date is not given)."),
 21: (set(), set(), "same",
     "Only the actor kind differs; both the same event, right by the rules."),
 22: (set(), {"target"}, "X",
     "'offensive against ISIS': the target is named; X has it, Y leaves it empty."),
 23: ({"type", "target", "date"}, {"type", "target"}, "Y",
     "The NGOs' use of resources is a background act of unknown time found by an investigation: Y's unknown is right, X's document date wrong. Shared: material support is AID/COOPERATE, not SUPPORT (verbal only), and 'foreign governments' named in the sentence should be the target."),
 24: (set(), {"target"}, "X",
     "Ghani vows to eradicate Islamic State: X's target right; Y's target is CNN (the dateline tag)."),
 25: (set(), {"date"}, "X",
     "Gupta's order to the police is this news, no date: document date (X) right, Y unknown wrong."),
 26: (set(), ("omit", False), "X",
     "The sentence's own clause reports the clashes and dates them (Tuesday = 2023-06-13); X codes it with no actors named in the sentence (right by rule), Y has nothing. A coder might see it as a restatement, but it is not a duplicate within one sentence."),
 27: ({"date"}, set(), "Y",
     "Health Ministry's toll is this news with no date: document date (Y) right, X unknown wrong. Empty source right by rule (Israeli warplanes named only in the previous sentence)."),
 28: (set(), {"date"}, "X",
     "The warning belongs to the Saturday air raids (context), earlier than the document date: Y's document date is wrong; X's unknown right (the warning's own time is not given)."),
 29: ({"target"}, set(), "Y",
     "Iraq accused ISIS: the accused is named; Y has it, X leaves the target empty."),
 30: ({"target"}, {"target"}, "X",
     "The recipient is ISIL. X has Islamic State but also splits the name into Iraq and 'Levant' (wrong extra parties); Y has only 'Levant'. Both wrong, X has the right party."),
 31: ({"target"}, set(), "Y",
     "'battling ISIL': the target is named; Y has it, X leaves it empty."),
 32: ({"source", "target"}, {"target"}, "Y",
     "The Daesh car bomb was destroyed (by its opponents) in a controlled explosion: IS owns the destroyed bomb, it is not the destroyer. X makes IS the source (wrong); Y's empty source is right. Shared: IS should be the target."),
 33: ({"source"}, {"source", "date"}, "X",
     "The dispatch of the soldiers is a background act of unknown time: X's unknown right, Y's document date wrong. Shared: source empty though 'the soldiers' are South Korean soldiers (the mobilized party)."),
 34: ({"target"}, {"target", "date"}, "X",
     "The government's agreement to ratify is this news (Maurer said): document date (X) right, Y unknown wrong. Shared: target Switzerland is the source itself; the bank/European partners or empty would be right."),
 35: (("omit", False), {"date"}, "Y",
     "The sentence's clause reports the signing of the agreements between the Yemeni government and the al-Qaeda group (reciprocal, both as source, no target: right). Y codes it but with 2019, while the text gives 26 February 2015; X has nothing."),
 36: ({"target"}, {"target", "date"}, "X",
     "Monday's events (context 'on Monday'): Y's document date wrong, X's unknown right. Shared: 'those who were blocking exit gates' (the protesters) is the target, empty wrong."),
 37: (set(), {"date"}, "X",
     "Decision announced on the visit of Thursday = document date: X right, Y unknown wrong."),
 38: ({"date"}, set(), "Y",
     "The spokesman 'said Saturday' (context) that police had arrested suspects: the document date (Thursday) is contradicted by the text, X wrong; Y's unknown right."),
 39: (set(), {"date"}, "X",
     "The storming follows the Saturday bombing (context): Y's document date wrong; X's unknown right."),
 40: ({"target"}, ("omit", False), "X",
     "A Daesh attack on YPG positions is reported in the sentence; X codes it with IS as source and the Tuesday-evening date (2023-06-13TEV, right), but 'their positions' are the YPG fighters', so its empty target is wrong. Y has nothing (unless another Y event covers the clash, which this item does not show)."),
 41: ({"target", "date"}, {"target"}, "Y",
     "Displeasure reported as this news, no date: document date (Y) right, X unknown wrong. Shared: 'at the minister' (Spindelegger) is the target, empty wrong."),
 42: ({"target"}, {"target", "date"}, "X",
     "The charge follows Saturday's arrest (context), its own date not given: X's unknown right, Y's document date wrong (close call). Shared: the charged 'Pangilinan' is Carlos Pangilinan, not his wife Maria."),
 43: ({"type", "target", "date"}, {"type", "target"}, "Y",
     "The cattle seizure was the trigger of the initial operation (late April), not Wednesday's truce: X's 2023-06-14 wrong, Y's unknown right. Shared: a militia seizing cattle is not authorities confiscating (COERCE seize); by the wave-30 reading it is ASSAULT; 'a couple' is the target, empty wrong."),
 44: ({"source", "target", "date"}, {"source", "target", "date"}, "same",
     "Only the source kind differs. Both wrong alike: the bomber is the claiming group (affiliated with, not, al-Qaeda), the target is that same group, and the bombing was on March 24, not the document date."),
 45: ({"date"}, ("omit", False), "X",
     "The attack inside Iraq's accusation is an event (reported, ISIS source): X codes it rightly but dates it 2003, a number that is not the attack's date ('since 2003'); Y has nothing."),
 46: ({"type"}, {"type", "target"}, "X",
     "Target is the emir of Islamic State: X has him with no country (right; its extra IS entry is his own group); Y gives him AFG, a country the text does not give. Shared: 'intention to provide its entire support' is verbal support/allegiance (SUPPORT or AGREE), not AID."),
}

def side(v):
    if isinstance(v, tuple):
        return {"omit_right": v[1]}
    if v == "SPURIOUS":
        d = {f: False for f in FIELDS}
    else:
        d = {f: (f not in v) for f in FIELDS}
    d["all"] = all(d[f] for f in FIELDS)
    return d

items = [json.loads(l) for l in open(ITEMS)]
assert sorted(V) == [it["n"] for it in items] == list(range(1, 47))
rows = []
for it in items:
    n = it["n"]
    xv, yv, better, reason = V[n]
    for s, v in (("X", xv), ("Y", yv)):
        assert (it[s] is None) == isinstance(v, tuple), (n, s)
    rows.append({"n": n, "X": side(xv), "Y": side(yv), "better": better, "reasons": reason})
with open(OUT, "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

c = collections.Counter(r["better"] for r in rows)
allx = [r["n"] for r in rows if r["X"].get("all") or r["X"].get("omit_right")]
ally = [r["n"] for r in rows if r["Y"].get("all") or r["Y"].get("omit_right")]
print("better:", dict(c))
print("X right in all fields (or null rightly):", len(allx), allx)
print("Y right in all fields (or null rightly):", len(ally), ally)
for f in FIELDS:
    wx = [r["n"] for r in rows if f in r["X"] and not r["X"][f]]
    wy = [r["n"] for r in rows if f in r["Y"] and not r["Y"][f]]
    print(f, "wrong X:", wx, " wrong Y:", wy)
