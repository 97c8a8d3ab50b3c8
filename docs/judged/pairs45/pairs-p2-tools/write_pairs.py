#!/usr/bin/env python3
"""Judge p2's blind paired judgments for pairs45 (scored by docs/judged/CONVENTIONS.md).

Run from the worktree root:  python3 docs/judged/pairs45/pairs-p2-tools/write_pairs.py
Writes docs/judged/pairs45/pairs-p2.jsonl and prints the counts.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # docs/judged/pairs45
ITEMS = os.path.join(ROOT, "items.jsonl")
OUT = os.path.join(ROOT, "pairs-p2.jsonl")

FIELDS = ("type", "source", "target", "date", "modality")


def ev(wrong=""):
    """A real event; `wrong` lists the wrong fields (space separated)."""
    bad = set(wrong.split())
    assert bad <= set(FIELDS), bad
    d = {"event": True}
    for f in FIELDS:
        d[f] = f not in bad
    d["all"] = not bad
    return d


def spurious():
    d = {"event": False}
    for f in FIELDS:
        d[f] = False
    d["all"] = False
    return d


def omit(right):
    return {"omit_right": right}


J = {
    1: (ev("target"), ev(), "Y",
        "target differs. Both leaders (of Zimbabwe and Chad) thank each other for the dialogue the two "
        "countries held: a reciprocal SUPPORT, which the codebook codes with both as actor and no recipient, "
        "as Y does (source 'Both leaders', empty country right for a two-country pair). X names Zimbabwe and "
        "Chad as target, the same parties as the source, so its target is wrong. Date (joint statement, no "
        "date -> document date) and modality asserted right in both."),
    2: (ev("source"), ev("source target"), "X",
        "target differs. 'We can't accept a state of war against a state ... in Catalonia' (Martinez): AGREE "
        "negated taken as the REJECT it stands for (conventions' 'refused to ...' example); the war the "
        "speaker refuses is the one 'declared by the state of Gibraltar' (next sentence), so Spain is not the "
        "party acted upon and is not named: Y's Spain target is wrong, X's empty target right. Source wrong "
        "in both: Martinez is a Gibraltar government member, not NIC. Date 2023-06-13 (told TV on Tuesday) right."),
    3: (omit(False), ev(), "Y",
        "X codes nothing; Y's AID (Chinese government provided CNY 20 million in cash and support for "
        "infrastructure projects) is a real act, all fields right: the recipient is not named in the "
        "sentence ('for the infrastructure projects'), so the empty target is right by the rules; year 2013 "
        "from 'report for the year 2013' right; attribution to the province keeps it asserted."),
    4: (ev(), omit(False), "X",
        "Y codes nothing; X's AID Bhutan -> India ('Delhi' as metonym for India's government) for providing "
        "an airport is the sentence's act, all fields right (undated 'has provided' reported as news -> "
        "document date)."),
    5: (omit(False), ev(), "Y",
        "X codes nothing; Y's AID Angola -> Laos ('has been sending money to Laos to help pay for ... roads "
        "and bridges') is real and all fields right: an ongoing act takes the document date; Angola's own "
        "statement is attribution, so asserted."),
    6: (ev("type target"), ev("type"), "Y",
        "target differs: Saudi Arabia (X) is only described as the neighbour, not acted upon; Y's Houthi "
        "target is right. Type wrong in both: 'vowed to stop Yemen's Houthi rebels from taking over' is a "
        "coercive warning against an adversary (THREATEN), not AGREE (a commitment to cooperate). Undated "
        "background vow with basis unknown is right; asserted right."),
    7: (spurious(), spurious(), "same",
        "date differs (unknown vs document date) but both are spurious: Estonians visiting New Zealand for "
        "education, business and vacations are private travellers, not a CONSULT between political actors, "
        "so both are wrong in every field. (Were it an event, Y's document date for an ongoing act would be "
        "the right one.)"),
    8: (ev("target"), ev("target"), "Y",
        "target differs, both wrong by the rules: the US sanctioned 'other countries it found to be "
        "supporting the guerrillas', a common-noun party in the sentence, so an empty target (Y) misses it, "
        "and X's FARC is a wrong party (the guerrillas were not the ones sanctioned). Y preferred because it "
        "asserts no wrong party. Type SANCTION, source US, date '198' (the 1980s at the text's precision), "
        "asserted right in both."),
    9: (spurious(), omit(True), "Y",
        "X's CONSULT visit for '80 refugees arrive in Pago Pago (Fiji)' is spurious (refugees arriving is no "
        "meeting or visit between political actors); Y rightly codes nothing."),
    10: (ev("target"), ev("target"), "Y",
         "target differs. Maldives rejects the MRDF/MLF's ceasefire proposal: REJECT right (mode should be "
         "yield, not meet, but mode is not scored). Target wrong in both: MLF is coded PHL, but it is a "
         "Maldivian group (MDV). X also adds Mokhtar Malama[PHL/GOV], the government side the rebels fight, "
         "which is not the party rejected, so X is further off; Y preferred on the target. Source, document "
         "date ('has rejected', news) and asserted right in both."),
    11: (ev("source"), ev("source target"), "X",
         "target differs. The Democratic Party backed a motion (SUPPORT of a policy): the motion calls on "
         "Berlusconi to stand down, so Berlusconi is the motion's target, not the party's support; Y's "
         "Berlusconi target is wrong, X's empty target right (the motion is no actor). Source wrong in both: "
         "Renzi's ruling Democratic Party is Italian, coded USA. Document date and asserted accepted in both."),
    12: (omit(False), ev(), "Y",
         "X codes nothing; Y's AID Israeli army -> Cypriot army ('will provide a base ... and be involved in "
         "training') is the sentence's act, all fields right: future modality, no date given (unknown)."),
    13: (ev(), ev("target"), "X",
         "target differs. The rebels 'in return' agreed not to harm the Indonesian people under the deal "
         "with the Indonesian authorities ('the government announced'): the sentence refers to the "
         "Indonesian government and people, so X's Indonesia is right and Y's empty target wrong. Date "
         "2023-06-10 (deal reached Saturday) and asserted right in both."),
    14: (spurious(), omit(True), "Y",
         "X's AID is spurious: 'It is essential that the United States provide the best tools for deterring "
         "the illicit trade in arms' is a spokesman's view of policy, no act of aid to anyone; Y rightly "
         "codes nothing."),
    15: (spurious(), omit(True), "Y",
         "X's CONSULT visit is spurious: unnamed activists who 'arrived in the region from Zambia' made no "
         "visit to a political host (and X's source, the resident, is not even the one who arrived); Y "
         "rightly codes nothing."),
    16: (spurious(), spurious(), "same",
         "target differs (X adds the United States) but both are spurious: three Israeli civilians visiting "
         "the site of an attack is no CONSULT between political actors (no host), so both are wrong in every "
         "field."),
    17: (ev("source target"), ev("source"), "Y",
         "target differs: the rebels agreed to submit to 'Chinese authorities' demands', so Y's China target "
         "is right and X's empty target wrong. Source wrong in both: the agreeing party is the rebels, not "
         "'Shenzhen[None/None/country]'. AGREE, document date ('said they agreed', news) and asserted right."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"missing judgments {missing}, judgments for unknown items {extra}")
    rows = []
    for it in items:
        n = it["n"]
        x, y, better, reasons = J[n]
        for side, j in (("X", x), ("Y", y)):
            if it[side] is None:
                assert set(j) == {"omit_right"}, (n, side)
            else:
                assert "event" in j, (n, side)
        assert better in ("X", "Y", "same"), n
        rows.append({"n": n, "X": x, "Y": y, "better": better, "reasons": reasons})
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def nums(pred):
        return [r["n"] for r in rows if pred(r)]

    print(f"wrote {len(rows)} lines to {os.path.relpath(OUT)}")
    for b in ("X", "Y", "same"):
        l = nums(lambda r, b=b: r["better"] == b)
        print(f"better {b}: {len(l)} {l}")
    for s in ("X", "Y"):
        coded = nums(lambda r, s=s: "event" in r[s])
        allr = nums(lambda r, s=s: r[s].get("all"))
        spur = nums(lambda r, s=s: r[s].get("event") is False)
        nul_r = nums(lambda r, s=s: r[s].get("omit_right") is True)
        nul_w = nums(lambda r, s=s: r[s].get("omit_right") is False)
        print(f"{s}: coded {len(coded)}, all fields right {len(allr)} {allr}, spurious {len(spur)} {spur}, "
              f"null right {len(nul_r)} {nul_r}, null wrong {len(nul_w)} {nul_w}")
        for f in FIELDS:
            ok = sum(1 for r in rows if r[s].get(f))
            print(f"   {f} right {ok}/{len(coded)}")


if __name__ == "__main__":
    main()
