"""Judge p33, wave 35: write pairs-p33.jsonl from the judgments below and print the counts.

Fields per non-null side: event/type/source/target/date/modality (booleans by
docs/judged/CONVENTIONS.md); `all` is computed as their conjunction. A null side gets
{"omit_right": bool}. Run from the repo root:
    python3 docs/judged/pairs35/pairs-p33-tools/write_pairs.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "pairs-p33.jsonl"
ITEMS = HERE.parent / "items.jsonl"
FIELDS = ("event", "type", "source", "target", "date", "modality")


def side(event, type_, source, target, date, modality):
    d = dict(zip(FIELDS, (event, type_, source, target, date, modality)))
    d["all"] = all(d.values())
    return d


def spurious():
    return side(False, False, False, False, False, False)


T, F = True, False

J = {
    1: dict(
        X=side(T, F, T, T, T, T),
        Y=side(T, T, T, F, T, T),
        better="Y",
        reasons=(
            "'ordered the deployment of additional police' is the deployment itself: MOBILIZE (police; "
            "CAMEO 153), not a REQUEST, since a head of government ordering her own police is the "
            "mobilisation. X's type is wrong. Y's type is right (its mode 'troops' should be 'police'; mode "
            "is not scored) but its target is the deployed police, who are the instrument on the source's "
            "side, not a party acted upon; the sentence names no party the deployment is aimed at, so "
            "X's empty target is right. The type is what a coder needs first, so Y is better. Both sides "
            "share source Rousseff BRA, date 2023-06-12 (narrative: Monday of the police account, "
            "which I accept because it fits the story's timeline; the document date would also be "
            "defensible), asserted."
        ),
    ),
    2: dict(
        X=spurious(),
        Y={"omit_right": True},
        better="Y",
        reasons=(
            "The sentence reports that the Libreville curfew has been lifted: that is RETREAT/CONCEDE "
            "(CAMEO 0813 ease curfew), by the Gabonese security authorities. X codes COERCE curfew on "
            "the trigger 'curfew', dated today and asserted, which records a restriction the sentence "
            "says has ended. Read as the lifting it has the opposite type; read as the earlier "
            "imposition (a participle modifier, not the reported act) it is a background act given "
            "the document date with no source. Either way it is wrong in every field. Y rightly has "
            "no COERCE event. (Whether either version codes the lifting as RETREAT is not shown.)"
        ),
    ),
    3: dict(
        X=side(T, T, T, T, T, T),
        Y=side(T, T, T, T, T, T),
        better="same",
        reasons=(
            "Identical ASSAULT PKK[TUR] -> civilians[TUR], asserted (claim of responsibility by the "
            "perpetrator itself; I keep it asserted). They differ only in date precision: 'early "
            "Wednesday' with document date Thursday 2023-06-15 is 2023-06-14, which both give; Y adds "
            "the local time 05:18 the text states. Both are right at day precision, the unit event "
            "data codes; the time adds nothing a coder needs and takes nothing away."
        ),
    ),
    4: dict(
        X={"omit_right": False},
        Y=side(T, T, T, T, T, T),
        better="Y",
        reasons=(
            "'said he would order reinforcements to protect the government employees who took part in "
            "the strike' is a stated future deployment: MOBILIZE with future modality, source Adly "
            "Mansour EGY, an undated act of unknown time (null date right). Y codes it so. Target: the "
            "employees are the party the deployment is for; I accept them as the recipient (EGY is "
            "right; GOV sector for strikers is arguable but sector is not scored). X has no such "
            "event, so misses a codeable act."
        ),
    ),
    5: dict(
        X=spurious(),
        Y=spurious(),
        better="same",
        reasons=(
            "'sent a message to the Israelis, telling them, \"We ask that the Israeli attack on us "
            "stop\"' is one act, a request (REQUEST, coded in item 6 from the same sentence); a "
            "one-way message is no consultation, so CONSULT is a duplicate of that act and spurious "
            "in every field for both. They differ only in PAF's code: X leaves it empty, Y gives LBN. "
            "The text shown never places PAF in a country (the setting is 'South Monaco'; Hezbollah "
            "is a different group), so X's empty code is the defensible one and X would be better "
            "if the event stood. Date 2023-W22 for 'two weeks ago' is right on both."
        ),
    ),
    6: dict(
        X=side(T, T, F, T, F, T),
        Y=side(T, T, T, T, F, T),
        better="Y",
        reasons=(
            "REQUEST (stop the attack, i.e. de-escalation) PAF -> Israel[ISR], asserted: right on both. "
            "Source code: the text gives PAF no country (see item 5), so Y's empty code is right and "
            "X's LBN is an unsupported guess. Both share a wrong date: the message was sent 'two "
            "weeks ago' (2023-W22), not on the document date 2023-06-15."
        ),
    ),
    7: dict(
        X=side(T, T, T, T, T, T),
        Y=side(T, T, T, F, T, T),
        better="X",
        reasons=(
            "ACCUSE Obama[USA] 'accusing him of wanting to gut health': 'him' is Romney, named in the "
            "same sentence, so the target is Mitt Romney[USA]. X has it; Y's empty target is wrong. "
            "Document date for the ongoing campaign reported as this news, asserted: right on both."
        ),
    ),
    8: dict(
        X=side(T, T, T, F, T, T),
        Y=side(T, T, T, F, F, T),
        better="X",
        reasons=(
            "ASSAULT in 'three police officers were killed ... in the bombing' (a new sentence, so not "
            "a duplicate by the sentence-level rule). Both give the same wrong target, the garbled "
            "span 'Turkish police sources informed journalists' (the informants), where the victims "
            "are the three police officers[TUR/COP] (and the civilians wounded). The source is empty on "
            "both, which is right by the rule since the sentence names no perpetrator ('the bombing' "
            "is the act, not a party); as a story coder I would carry PKK from the sentence before. "
            "Date: 'the bombing' is the one the text dates early Wednesday, 2023-06-14; X gives that, "
            "Y gives the document date 2023-06-15, which is wrong when the text dates the act."
        ),
    ),
}


def main():
    ns = [json.loads(line)["n"] for line in ITEMS.read_text().splitlines() if line.strip()]
    assert sorted(ns) == sorted(J), (ns, sorted(J))
    with OUT.open("w") as fh:
        for n in sorted(J):
            j = J[n]
            fh.write(json.dumps({"n": n, "X": j["X"], "Y": j["Y"], "better": j["better"],
                                 "reasons": j["reasons"]}, ensure_ascii=False) + "\n")
    better = {k: sum(1 for j in J.values() if j["better"] == k) for k in ("X", "Y", "same")}
    allr = {s: [n for n, j in J.items() if j[s].get("all")] for s in ("X", "Y")}
    omit = {s: [(n, j[s]["omit_right"]) for n, j in J.items() if "omit_right" in j[s]] for s in ("X", "Y")}
    print("better", better)
    print("all-right", allr)
    print("null sides", omit)


if __name__ == "__main__":
    main()
