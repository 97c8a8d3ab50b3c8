"""Write the round-3 quote judgements (verdicts typed in by the coder) to docs/judged/round3/quotes.jsonl."""
import json

FIELDS = ("speaker", "cue", "content", "kind", "cue_class")
# n -> {field: reason} for wrong fields; "spurious" -> not an attribution at all (every field wrong)
WRONG = {
    2: {"kind": "indirect, not mixed: \"Lion\" is a product name in quotation marks, not quoted words"},
    3: {"cue_class": "a review is a document: should be document (cf. 'According to Washington Post' -> document)"},
    9: {"cue_class": "company statistics are a document, not speech"},
    24: {"spurious": "'reported February sales' is a business report of figures, no attributed proposition"},
    25: {"content": "drops the subject: content is 'that was an electronic trade' ('that' is a demonstrative, not a complementizer)",
         "cue_class": "'know' is a cognition cue: thought, not speech"},
    26: {"cue_class": "'have known' is a cognition cue: thought, not speech"},
    29: {"spurious": "'in full compliance with the task force to seek bankruptcy' is no attribution; Henderson does not seek, and 'seek bankruptcy' is an action"},
    33: {"speaker": "'the Obama administration' resolved to the person Barack Obama; should be the US government (administration), not the president"},
    37: {"spurious": "'(be expected to) propose a peace plan' is a PROPOSE event with an NP object, not an attributed proposition; the expectation is item 55"},
    49: {"spurious": "'whether they wished to remain...' is an embedded question describing a referendum choice, not an attribution; 'they' (citizens) also resolved to the state Central African Republic"},
    50: {"content": "content cut at the bracket: 'to kill [the MP' instead of 'to kill [the MP] Hans Christian Andersen'"},
    54: {"speaker": "speaker span swallows the relative clause ', which had to step in and handle the crisis ... Swaziland'"},
    57: {"speaker": "'Security sources at a Cairo hospital' resolved to 'Egypt government' (EGY): hospital sources are not the government"},
}
NOTES = {
    1: "nested intention inside Morimoto's direct quote; coded as nested attribution, fine",
    5: "borderline: NP content ('just 77 cents') of an expectation; accepted",
    16: "headline announcement with NP (eventuality) content; accepted as PARC-style nominal content",
    18: "content span ends before the closing quotation mark (unbalanced quote), accepted",
    25: "speaker 'We' resolved to actor named 'Gamble' (Procter & Gamble cut in two by the actor stage); body right",
    32: "content keeps a stray ')' from the parenthesis; accepted",
    42: "text truncated in the source story; nested 'hope' inside the Consulate's statement",
    60: "no explicit source (raising 'are believed'); speaker null is right",
}


def main() -> None:
    items = [json.loads(line) for line in open("/tmp/j3q/sample.jsonl")]
    with open("docs/judged/round3/quotes.jsonl", "w") as f:
        for it in items:
            n = it["n"]
            wrong = WRONG.get(n, {})
            spurious = "spurious" in wrong
            verdict = {k: not (spurious or k in wrong) for k in FIELDS}
            verdict["attribution"] = not spurious
            verdict["all"] = all(verdict.values())
            reasons = {k: v for k, v in wrong.items()}
            row = {"n": n, "corpus": it["corpus"], "doc": it["doc"], "sentence": it["sentence"],
                   "predicted": it["quote"], "speaker_actor": it["speaker_actor"], "verdict": verdict,
                   "reasons": reasons, "note": NOTES.get(n)}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for corpus in ("meantime", "stories", None):
        rows = [json.loads(line) for line in open("docs/judged/round3/quotes.jsonl")]
        rows = [r for r in rows if corpus is None or r["corpus"] == corpus]
        counts = {k: sum(r["verdict"][k] for r in rows) for k in ("attribution",) + FIELDS + ("all",)}
        print(corpus or "total", len(rows), {k: f"{v}/{len(rows)} {100 * v / len(rows):.0f}%" for k, v in counts.items()})


main()
