"""Round 56, judge a: recall on the 6 story first paragraphs (paragraphs-a.jsonl).

For each lead: the acts a coder would code (TYPE: who -> whom, date), how many of them dateline found
with the right type (any arguments), dateline's events there and how many are spurious.
Writes ../paragraphs-a-verdicts.jsonl and prints the table.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
    "h6-x18-25": (
        ["ACCUSE (allege: seeks arrest warrants): ICC chief prosecutor (Karim Khan, ICC) -> Netanyahu "
         "(ISR), Gallant (ISR), three Hamas leaders (PSE), 2024-05-20"],
        0, 0,
        "dateline has the act (e1) but as REQUEST; applying for arrest warrants against named persons is "
        "legal action, ACCUSE allege (CAMEO 115 -> ACCUSE). As a REQUEST the addressee would be the "
        "court's judges. Not spurious, wrong type: found 0 of 1."),
    "h6-x19-25": (
        [],
        0, 0,
        "Being declared the winner of an election and an economic meltdown toppling the government are "
        "no acts between political actors; nothing to code, dateline codes nothing."),
    "h6-x18-01": (
        ["SUPPORT (sign agreement): Ehud Barak (ISR) <-> Yasser Arafat (PSE), 1999-09-04"],
        1, 0,
        "e1 SUPPORT, mutual, Saturday 4 Sept: right. The terms the agreement commits Israel to (hand "
        "over land, free prisoners) are the content of the same act and not coded again."),
    "h6-x19-04": (
        ["SUPPORT (sign ceasefire agreement): Sri Lanka's government (LKA) <-> Tamil Tiger rebels "
         "(LTTE, LKA), 2002-02-22"],
        1, 0,
        "e1 SUPPORT right type (its arguments miss the LTTE as the other party). 'a conflict that has "
        "killed more than 60,000 people since 1983' names no actor: not coded."),
    "h6-x17-08": (
        [],
        0, 0,
        "Milosevic found dead in his cell; the tribunal's statement and the unfinished trial are no "
        "event; nothing coded, nothing missed."),
    "h6-x18-14": (
        ["AGREE (reach interim nuclear deal): Iran (IRN) <-> six world powers, 2013-11-24"],
        1, 0,
        "e1 AGREE right type (SUPPORT 'finalizing an agreement' would also be right); its arguments "
        "miss the six powers as the other party. The deal's terms (Tehran to curb its programme, "
        "sanctions relief) are its content, not separate acts."),
}


def main():
    paras = [json.loads(line) for line in (HERE / "paragraphs-a.jsonl").open(encoding="utf-8") if line.strip()]
    assert sorted(p["doc"] for p in paras) == sorted(P), "P must cover the 6 paragraphs"
    tot_c = tot_f = tot_d = tot_s = 0
    with (HERE / "paragraphs-a-verdicts.jsonl").open("w", encoding="utf-8") as fh:
        print(f"{'doc':10} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
        for p in paras:
            coder, found, spurious, notes = P[p["doc"]]
            n_dl = len(p["events"])
            assert found <= len(coder) and spurious <= n_dl
            rec = {"doc": p["doc"], "coder_events": coder, "found": found, "dateline_events": n_dl,
                   "spurious": spurious, "notes": notes}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{p['doc']:10} {len(coder):>5} {found:>5} {n_dl:>8} {spurious:>8}")
            tot_c, tot_f, tot_d, tot_s = tot_c + len(coder), tot_f + found, tot_d + n_dl, tot_s + spurious
    print(f"{'total':10} {tot_c:>5} {tot_f:>5} {tot_d:>8} {tot_s:>8}")
    print(f"recall {tot_f}/{tot_c}; spurious {tot_s}/{tot_d}")


if __name__ == "__main__":
    main()
