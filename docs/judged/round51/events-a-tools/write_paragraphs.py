"""Round 51, judge a: recall on the 6 story first paragraphs (paragraphs-a.jsonl).

Writes ../paragraphs-a-verdicts.jsonl, one line per paragraph, and prints the table.

usage (from docs/judged/round51): /work/main/.venv/bin/python events-a-tools/write_paragraphs.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
    "h4-x11-11": {
        "coder_events": [
            "PROTEST demo: farmers (IND) -> India (government; against the new farm laws), 2021-01-26",
            "ASSAULT (or PROTEST riot): farmers (IND) -> police/India, broke through police barricades, stormed "
            "the Red Fort, clashes, 2021-01-26",
        ],
        "found": 2,
        "spurious": 1,
        "notes": "e1 'protesting' PROTEST finds the protest (farmers -> India). e2 'stormed' ASSAULT finds the "
                 "storming/clashes (I accept ASSAULT as for 'clashed' in the items; PROTEST riot is the other fair "
                 "type), though its source wrongly adds 'India'. e3 'rally' PROTEST with no arguments is the same "
                 "tractor rally already coded as e1 from this sentence: a duplicate, spurious. Raising a Sikh flag "
                 "at the fort is symbolic; I do not code it.",
    },
    "h4-x10-18": {
        "coder_events": [
            "THREATEN (ultimatum): Haider al-Abadi (IRQ GOV) -> Kurdish region (KRG, IRQ): hand over airports by "
            "Friday or face a halt to international flights, 2017-09-27",
        ],
        "found": 0,
        "spurious": 1,
        "notes": "The ultimatum was missed. e1 'voted' SUPPORT with source 'Iraq' codes the Kurds' referendum vote "
                 "(held Monday, results Wednesday); a referendum result is an electoral outcome, not an act between "
                 "political actors, and its source 'Iraq' is the state the Kurds voted to leave: spurious. "
                 "'has alarmed Baghdad' is a reaction, not an act.",
    },
    "h4-x12-13": {
        "coder_events": [],
        "found": 0,
        "spurious": 0,
        "notes": "An election victory ending Bolsonaro's rule is not a PLOVER event; dateline coded nothing, rightly.",
    },
    "h4-x12-11": {
        "coder_events": [
            "AGREE: Venezuela (Maduro) <-> Guyana (Ali), agreed not to threaten or use force against each other, "
            "2023-12-14",
        ],
        "found": 1,
        "spurious": 0,
        "notes": "e1 'agreed' AGREE finds it (Thursday = 2023-12-14 right), though its party lists add "
                 "'St Vincent' as a person from the dateline. Caracas's claim to Essequibo is background, not coded.",
    },
    "h4-x12-24": {
        "coder_events": [
            "SANCTION discontinue (or COERCE restrict, CAMEO 163): China -> Japan, immediate ban on all seafood "
            "imports, 2023-08-24",
            "PROTEST demo: protesters in neighbouring countries -> Japan, over the water release, 2023-08-24",
        ],
        "found": 0,
        "spurious": 0,
        "notes": "Dateline coded nothing in this paragraph: both the import ban and the protests were missed. "
                 "Japan discharging water is not an act toward another actor.",
    },
    "h4-x10-22": {
        "coder_events": [
            "ASSAULT (taking ground): Syrian army (SYR MIL) -> rebels, regained full control of Aleppo, 2016-12-22",
            "RETREAT withdraw: rebel fighters (SYR REB) left eastern Aleppo (evacuation), 2016-12-22",
        ],
        "found": 0,
        "spurious": 0,
        "notes": "Dateline coded nothing: the army's retaking of Aleppo (ASSAULT by the wave-30 rule on taking "
                 "ground) and the rebels' departure (RETREAT withdraw) were missed.",
    },
}


def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
    assert sorted(P) == sorted(p["doc"] for p in paras)
    rows = []
    for p in paras:
        v = P[p["doc"]]
        n_dl = len(p["events"])
        assert v["found"] <= len(v["coder_events"]) and v["spurious"] <= n_dl
        rows.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                     "dateline_events": n_dl, "spurious": v["spurious"], "notes": v["notes"]})
    with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':<12}{'coder':>6}{'found':>7}{'dateline':>10}{'spurious':>10}")
    for r in rows:
        print(f"{r['doc']:<12}{len(r['coder_events']):>6}{r['found']:>7}{r['dateline_events']:>10}{r['spurious']:>10}")
    tc = sum(len(r["coder_events"]) for r in rows)
    tf = sum(r["found"] for r in rows)
    td = sum(r["dateline_events"] for r in rows)
    ts = sum(r["spurious"] for r in rows)
    print(f"{'total':<12}{tc:>6}{tf:>7}{td:>10}{ts:>10}")
    print(f"recall {tf}/{tc}; spurious {ts}/{td}")


if __name__ == "__main__":
    main()
