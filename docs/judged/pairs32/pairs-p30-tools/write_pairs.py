"""Judge p30, pairs32: write pairs-p30.jsonl from hand judgments (scored by docs/judged/CONVENTIONS.md)."""
import json, pathlib

F = ("event", "type", "source", "target", "date", "modality")

def s(**wrong):
    """All fields right except those passed as False; 'all' derived."""
    d = {f: wrong.get(f, True) for f in F}
    d["all"] = all(d.values())
    return d

OMIT_WRONG = {"omit_right": False}

J = [
 (1, s(target=False), OMIT_WRONG, "X",
  "The Sept. 21 strike killing three people is an ASSAULT, so Y's null is wrong. X: type right, date 2022-09-21 right "
  "(the last Sept. 21 before the 2023-06-15 doc date), asserted right ('the family said' is attribution only). "
  "The empty source is right by the rules: the sentence names no attacker, and 'the strike' describes the act, not a party "
  "(a document-level coder would take the Army from the sentence before, and I would). Target wrong: the sentence names "
  "the victims ('three people'), a common-noun group like 'three soldiers', so an empty target is wrong."),
 (2, s(), s(source=False), "X",
  "ACCUSE disapprove for 'condemned the allegations' is right. 'The allegations' is not a party, so the empty target "
  "is right. Document date and asserted are right. X's source (South African Soccer Federation, ZAF) is right. Y "
  "replaces the federation with the state South Africa, which is the wrong party."),
 (3, s(date=False), s(target=False, date=False), "X",
  "SUPPORT from the United States is right. Namibia, whose war it is, is the target. Y adds the Soviet Union as a second "
  "target, but it is Namibia's enemy in the war and the US backs no Soviet side, so that target is wrong. Error on both "
  "sides: the decade '198' comes from 'over four decades ago', a duration. That puts the act in 1983 or earlier, maybe the "
  "late 1970s, so 1984-89 is ruled out and 197x is possible; I score it wrong. A lenient coder might accept it as "
  "decade precision."),
 (4, s(date=False), s(), "Y",
  "The act is the same statement as in the sentence before, 'The Portuguese Government said Wednesday that it supports "
  "the resolution'. The text gives it Wednesday = 2023-06-14, so Y's date is right. X's document date is wrong (the text "
  "gives another date). SUPPORT, the source and the empty target are right on both sides ('the resolution' and 'European "
  "Council' are not parties acted upon), and so is asserted."),
 (5, s(source=False, target=False), s(source=False, target=False), "X",
  "ASSAULT is right. Friday = 2023-06-09 is right. Error on both sides: 'suicide bomber' gets DEU, but the text gives no "
  "nationality for the bomber, so the country should be empty. X names the victims ('48 people', CVL), which is the right "
  "party, but the text puts them 'at the entrance of Austria's parliament' (AUT). It also places the series 'across the "
  "German capital', so the location contradicts itself and DEU is not plain: target wrong by the rule. Y's empty target "
  "misses victims the sentence names, also wrong. X is better because its party is right and only its code is arguable "
  "(a coder reading the scene as the German capital would accept DEU)."),
 (6, s(), s(target=False), "X",
  "CONSULT between the coach and the Uruguayan Football Association is right. The coach's URY is accepted: he seeks "
  "reform guarantees from the Uruguayan FA, so the U-20 side is Uruguay's. X's target, the association (URY), is right. "
  "Y replaces it with the state Uruguay, the wrong party. The document date and asserted are right. Note: whether "
  "football bodies are political actors is borderline, but both sides share that."),
 (7, OMIT_WRONG, s(target=False, date=False), "Y",
  "Banning the protest organisers from political activity for two weeks is a COERCE ban, so X's null is wrong. Under "
  "the sentence-level rule it is not a duplicate, though the sentence before reports the same ban and a document-level "
  "coder would code it once. Y's type and empty source are right: the passive names no banning party, and the statement "
  "is only reported_by. Asserted is right. Y's target is the right party, but 'the protest organisers' refers to the "
  "Somali opposition's organisers, so the country should be SOM and empty is wrong. The date is also wrong: the text "
  "says the statement came out on Saturday (2023-06-10), not the document date."),
 (8, s(target=False), s(target=False), "Y",
  "ASSAULT is right. The empty source is right ('terrorist attacks' names no actor party). 'This week' = 2023-W24 is "
  "right, and so is asserted. Both targets are wrong. X names the victims ('1,000 people') but codes them THA, although "
  "the attacks are 'in the Middle East', which gives no single country, so the code should be empty. Y's empty target "
  "misses the named victims. Y is better: X puts a false country (Thailand) on 1,000 deaths, which is worse for a coder "
  "than a missing victim group."),
 (9, s(target=False), s(target=False), "X",
  "ASSAULT is right, and so are the empty source, the document date ('has killed', reported as news) and asserted. Y's "
  "target, the European Union, is wrong: the EU appears only in a comparison ('first of its kind in the EU'), it is not "
  "the party attacked. X's empty target is wrong too by the rule, since the sentence names the victims ('as many as 15 "
  "people', CZE). X is better because it adds no false party."),
 (10, s(source=False, target=False), s(source=False), "Y",
  "ASSAULT is right. The explicit date 2012-05-11 is right, and so is asserted. Y's target, '20 people' THA, is right: "
  "the victims are named in the sentence, and 'the gay nightclub' refers to the nightspot in Bangkok from the sentence "
  "before. X's empty target is wrong. Error on both sides: the source is empty, but 'they burst into the gay nightclub' "
  "refers by pronoun to the five men, so the source should be the five men (country not plain)."),
]

out = pathlib.Path(__file__).resolve().parents[1] / "pairs-p30.jsonl"
with out.open("w") as fh:
    for n, x, y, better, reason in J:
        fh.write(json.dumps({"n": n, "X": x, "Y": y, "better": better, "reasons": reason}, ensure_ascii=False) + "\n")

from collections import Counter
c = Counter(b for *_, b, _ in J)
allx = sum(1 for _, x, *_ in J if x.get("all"))
ally = sum(1 for _, _, y, *_ in J if y.get("all"))
print("better", dict(c), "all-right X", allx, "Y", ally)
