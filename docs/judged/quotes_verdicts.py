"""Write docs/judged/quotes.jsonl and the table in quotes.md from the hand verdicts below.

Verdicts: number -> {field: reason} for every WRONG field (fields absent are right).
"NOT_ATTRIBUTION" marks an item that is no attribution at all (every field counted wrong).
Speaker rule: wrong when the span is wrong or the canonical actor is missing/wrong where the text
names the referent (same or previous sentences); a document source (report, email) needs no actor.
"""
import json
from collections import Counter

FIELDS = ("speaker", "cue", "content", "kind", "cue_class")
V = {
    1: {}, 3: {}, 4: {}, 6: {}, 7: {}, 8: {}, 9: {}, 10: {}, 14: {}, 15: {}, 19: {}, 20: {},
    22: {}, 23: {}, 24: {}, 25: {}, 27: {}, 30: {},
    2: {"speaker": "span 'Nasdaq' right but not resolved to an actor (actor null)"},
    5: {"speaker": "source is Subaru and Hyundai; span is the generic 'the few auto firms', actor null"},
    11: {"speaker": "said by 'European Commissioner for Competition Neelie Kroes', not 'The European Commission' (subject of the preceding clause)"},
    12: {"speaker": "'I' inside Sam Brownback's quote left unresolved (actor null)"},
    13: {"speaker": "'The group' is Consumer Reports (previous sentence), resolved to Apple Inc."},
    16: {"content": "only the first sentence of a six-sentence email", "cue_class": "source is an email: document, not speech"},
    17: {"speaker": "the speaker is Djamal; Detik.com only quoted him", "content": "merges Xinhua's separate translation ('Xinhua translated the quote as: ...') into Djamal's quote"},
    18: {"cue": "cue is 'spoke about' (the verb), not the colon"},
    21: {"speaker": "right span, but resolved to an actor named 'Irish low cost airline' instead of Ryanair"},
    26: {"content": "content is 'the new iPod range as ...' per described-as convention; only the quoted fragment kept", "kind": "quoted fragment inside the speaker's clause: mixed, not direct"},
    28: {"speaker": "resolved to an organisation 'company president', not the person Louis Gallois", "content": "quote runs three sentences, only the first kept", "kind": "quotation marks: direct, not indirect"},
    29: {"cue": "the quote's cue is 'saying', not 'announced'", "content": "glues 'the development at a developers' conference, where he promoted ...' to the quote", "kind": "should be a direct quote cued by 'saying'"},
    31: {"speaker": "person Valerie Amos resolved to the organisation United Nations"},
    32: {"kind": "content opens a quotation mark: mixed, not indirect"},
    33: {}, 35: {}, 37: {}, 38: {}, 39: {}, 40: {}, 42: {}, 43: {}, 44: {}, 45: {}, 47: {}, 48: {},
    50: {}, 52: {}, 53: {}, 54: {}, 55: {}, 57: {}, 60: {},
    34: {"speaker": "span runs on into ', reported by IRNA' (the medium, a second source)"},
    36: "NOT_ATTRIBUTION: 'the latest test was ... intended to further destabilize' is a predicate about the test, not an intention of a speaker (the attribution is the State Department official's 'said')",
    41: {"speaker": "span starts inside the quotation ('some recent reports\" regarding ...') and is resolved to Russia; source is the reports (document)"},
    46: {"speaker": "'they' (Calderon's government) is Mexico, resolved to Cameroon"},
    49: {"speaker": "'the principality's foreign ministry' not resolved to Monaco (country null)"},
    51: {"content": "content runs on into ', police in Polk County, Florida' (the second cue's source)"},
    56: "NOT_ATTRIBUTION: 'to understand how this operation took place' is the review's purpose, not an attribution by 'our government'",
    58: {"speaker": "'the presidents of the countries' left as a generic group with no country (Kyrgyzstan and Papua New Guinea named in the sentence)"},
    59: {"content": "misses the coordinated ', while public spaces would be available only during normal working hours'", "cue_class": "source is a written call for protests: document"},
}
HEAD = "33a486618220fe8f10ee2038e8c35a390cd3547a"
# Recall paragraphs (P1..P20 from quotes_paragraphs.py): attributions a coder marks, and how
# many of them dateline found (same source, cue and content, overlap allowed).
GOLD = {
    1: ["Spokeswoman Sandy Angers | said | that the team ... designs"], 2: ["several national banks | announced | a joint effort to pump more money into the markets"],
    4: ["Jobs | announced | a new iCloud service to sync data among all devices"],
    5: ["Analyst Charles Golvin | predicts | the resignation will not ... 2 years"],
    7: ["Boeing | claims | the resulting reduction of weight ... environment"],
    8: ["the auto firm (General Motors) | announced | its auditors had \"substantial doubt\" ..."],
    12: ["Boeing | says | they have 800 orders at 200 million per aircraft"],
    14: ["industry experts | say | the deal had been killed ... favored Boeing", "reports | stating | the deal had favored Boeing"],
    16: ["(none) | are said | The iMac and the new MacBook Pro ... to be up to four times faster ..."],
    20: ["Steve Jobs | said | We are going to demote ... into the cloud (continued from previous line)"],
}
FOUND = {k: len(v) for k, v in GOLD.items()}
NOTES = {8: "found, but the speaker resolves to an actor 'auto firm', not General Motors"}


def main() -> None:
    sample = json.load(open("/tmp/jq_sample.json"))
    assert sorted(V) == list(range(1, 61)), sorted(set(range(1, 61)) - set(V))
    rows, counts = [], {c: Counter() for c in ("meantime", "stories", "all")}
    for x in sample:
        v = V[x["n"]]
        spurious = isinstance(v, str)
        verdict = {f: (False if spurious else f not in v) for f in FIELDS}
        verdict["is_attribution"] = not spurious
        verdict["all"] = all(verdict[f] for f in FIELDS)
        reasons = {"all": v} if spurious else v
        rows.append({"item": "quote", "n": x["n"], "corpus": x["corpus"], "doc": x["doc"], "sentence": x["context"],
                     "predicted": {k: x[k] for k in ("qid", "speaker", "speaker_actor", "cue", "content",
                                                     "parts", "kind", "cue_class", "rule")},
                     "verdict": verdict, "reasons": reasons})
        for c in (x["corpus"], "all"):
            counts[c]["n"] += 1
            for f in (*FIELDS, "is_attribution", "all"):
                counts[c][f] += verdict[f]
    with open("docs/judged/quotes.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    paras = json.load(open("/tmp/jq_paras.json"))
    with open("docs/judged/quotes.jsonl", "a") as fh:
        for i, p in enumerate(paras, 1):
            fh.write(json.dumps({"item": "recall_paragraph", "n": i, "doc": p["doc"], "paragraph": p["paragraph"],
                                 "coder_attributions": GOLD.get(i, []), "found": FOUND.get(i, 0),
                                 "dateline_quotes": p["dateline_quotes"], "note": NOTES.get(i, "")},
                                ensure_ascii=False) + "\n")
    print("recall:", sum(FOUND.values()), "/", sum(len(v) for v in GOLD.values()),
          "extra:", sum(len(p["dateline_quotes"]) for p in paras) - sum(FOUND.values()))
    print("| field | MEANTIME | stories | all |\n|---|---|---|---|")
    for f in ("is_attribution", *FIELDS, "all"):
        cells = [f"{counts[c][f]}/{counts[c]['n']} ({100 * counts[c][f] / counts[c]['n']:.0f}%)"
                 for c in ("meantime", "stories", "all")]
        print(f"| {f} | " + " | ".join(cells) + " |")


main()
