"""Judge p29, pairs32: write pairs-p29.jsonl from the hand verdicts below and print the tallies.

Fields per non-null side: event/type/source/target/date/modality/all (CONVENTIONS.md).
A null side gets {"omit_right": bool}.  Run from the repo root.
"""
import json, collections, pathlib

HERE = pathlib.Path("docs/judged/pairs32")
F = ("event", "type", "source", "target", "date", "modality")


def s(event=True, type=True, source=True, target=True, date=True, modality=True):
    d = dict(event=event, type=type, source=source, target=target, date=date, modality=modality)
    if not event:  # spurious: wrong in every field
        d = {k: False for k in F}
    d["all"] = all(d[k] for k in F)
    return d


V = {
 1: (s(target=False), {"omit_right": False}, "X",
     "A drone strike that killed three people is an ASSAULT a coder codes; Y drops it. X: source empty is right "
     "(the sentence names no attacker; 'An Army drone' is in the previous sentence and only 'the strike' is here), "
     "2022-09-21 is the last Sept. 21 before the document date, 'the family said' is attribution so asserted; but the "
     "sentence names the victims ('three people', country not given) and X leaves the target empty, so target wrong."),
 2: (s(), s(source=False), "X",
     "Same ACCUSE disapprove for 'condemned the allegations'; target empty is right (the allegations are no party, the "
     "accused Peace Forum members are in the previous sentence). X's source, the South African Soccer Federation [ZAF], "
     "is the party in the sentence; Y turns it into the state South Africa, a wrong party."),
 3: (s(), s(target=False), "X",
     "Same SUPPORT by the United States for 'an end to Namibia's war against the Soviet Union' (garbled text). "
     "The party backed is Namibia ('Namibia's war', 'with its help'); Y also makes the Soviet Union, the enemy in "
     "that war, a target of US support, which a coder would not. Shared date '198': 'over four decades ago' from "
     "2023 is about 1983 or a little before, so the 1980s decade is a defensible reading of a vague span; scored right "
     "for both (a coder might prefer 197/198 left unknown)."),
 4: (s(date=False), s(), "Y",
     "Same SUPPORT by the Portuguese Government for the resolution, target empty right (the resolution is no party; "
     "its proposers are in the previous sentence). The quoted statement is the one the previous sentence dates: "
     "'The Portuguese Government said Wednesday that it supports the resolution', and Wednesday before Thursday "
     "2023-06-15 is 2023-06-14. The text gives the act a date, so Y's 2023-06-14 is right and X's document date wrong."),
 5: (s(source=False), s(source=False, target=False), "X",
     "Same ASSAULT (suicide bombing), date Friday = 2023-06-09 right for both. The sentence names the victims, "
     "'48 people', killed in the German capital, so X's 48 people[DEU/CVL] is right (location gives the country "
     "as for protesters in a capital; 'Austria's parliament' in the garbled text makes AUT arguable) and Y's empty "
     "target wrong. Shared error: the suicide bomber gets DEU, but the text gives no nationality for the bomber, so "
     "by the rule the code should be empty (I would accept a location code here myself, but score by the rule)."),
 6: (s(), s(target=False), "X",
     "Same CONSULT by coach Jorge Salcedo Pino (URY plain from the Uruguayan association he talks to). The other "
     "party is the Uruguayan Football Association, an organisation named in the sentence; X has it, Y turns it into "
     "the state Uruguay, a wrong party."),
 7: ({"omit_right": False}, s(target=False, date=False), "Y",
     "'The protest organisers are banned for two weeks from participating in political activities' is a COERCE ban "
     "a coder codes, so X's omission is wrong. Y has type, mode and an empty source right (passive, no agent in the "
     "sentence), modality asserted ('the statement said' is attribution). Target: 'the protest organisers' is a "
     "definite description of the organisers of the Somali opposition's protests (previous sentences), so the "
     "description is right only with SOM; Y's empty code makes it wrong by the rule (a near miss). Date: the text "
     "dates the statement Saturday (2023-06-10), in the days after Saturday's deaths; the document date is not the "
     "date the text gives (debatable: the two-week ban is still running on 2023-06-15)."),
 8: (s(target=False), s(target=False), "same",
     "Same ASSAULT, empty source right ('terrorist attacks' names no group), 2023-W24 right for 'this week'. "
     "Both targets wrong: the sentence names the victims, 'more than 1,000 people' in the Middle East (a region, so "
     "no country code), and Y leaves it empty, while X has the right victims but codes them THA, a country from "
     "elsewhere in the story (Bangkok) that the Middle East sentence does not support. Right party with a false "
     "country against no party: neither is more right for a coder."),
 9: (s(target=False), s(target=False), "X",
     "Same ASSAULT (chemical attack), source empty right, document date right for 'has killed'. Both targets "
     "wrong: the victims are 'as many as 15 people' in the Czech Republic (CZE by location). X leaves it empty; Y "
     "makes the European Union, named only as the area where such attacks are rare, the party attacked, a false "
     "dyad. A missing target is less wrong than a wrong one, so X."),
 10: (s(source=False, target=False), s(source=False), "Y",
     "Same ASSAULT dated by the sentence, May 11, 2012 (right although the context's 'seventh anniversary' "
     "contradicts it). Target: the sentence names '20 people' killed in 'the gay nightclub', the Bangkok nightspot "
     "of the previous sentence, so Y's 20 people[THA/CVL] is right and X's empty target wrong. Shared error: "
     "'after they burst into the gay nightclub' refers by pronoun to the five men of the previous sentence, so an "
     "empty source is wrong for both by the rule."),
}

items = [json.loads(l) for l in open(HERE / "items.jsonl")]
out = []
for it in items:
    n = it["n"]
    x, y, better, reason = V[n]
    assert ("omit_right" in x) == (it["X"] is None) and ("omit_right" in y) == (it["Y"] is None), n
    out.append({"n": n, "X": x, "Y": y, "better": better, "reasons": reason})
with open(HERE / "pairs-p29.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

c = collections.Counter(o["better"] for o in out)
allx = sum(1 for o in out if o["X"].get("all"))
ally = sum(1 for o in out if o["Y"].get("all"))
nx = sum(1 for o in out if "all" in o["X"]); ny = sum(1 for o in out if "all" in o["Y"])
print(f"X better {c['X']}, Y better {c['Y']}, same {c['same']}")
print(f"all fields right: X {allx}/{nx} non-null, Y {ally}/{ny} non-null")
for side in "XY":
    wrong = collections.Counter(k for o in out if "all" in o[side] for k in F if not o[side][k])
    print(side, "wrong fields:", dict(wrong))
