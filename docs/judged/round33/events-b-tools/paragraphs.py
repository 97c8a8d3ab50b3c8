"""Round 33, judge b: the 12 first paragraphs (paragraphs-b.jsonl) coded by CONVENTIONS.md.

usage (from docs/judged/round33): python events-b-tools/paragraphs.py
writes paragraphs-b-verdicts.jsonl and prints recall and the spurious share.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

# doc -> (coder_events, found with the right type, spurious among dateline's events here, notes)
P = {
    "ngec-2435": (["CONCEDE: Netanyahu (ISR) says the settlement enterprise is an obstacle to peace and Israel will "
                   "reverse the trend (one statement, coded once), today"],
                  1, 0, "dateline e1 CONCEDE found (trigger 'compromises' in another sense, but the record matches "
                        "the statement; event item 35 scored the same way)."),
    "ngec-2503": (["RETREAT release: hostages released from a South African mine (releaser not named in the sentence)",
                   "REQUEST: rebel government official (MOZ) urges people in Eastern Africa to stop fighting"],
                  1, 0, "e1 REQUEST found (source wrongly the hostages and South Africa; arguments not scored here); "
                        "the release is missed."),
    "ngec-0251": (["ASSAULT assassinate: Nattaphon Promphan (THA) gunned down in front of his office, 2012-03-10"],
                  0, 0, "The commemoration gathering is not a protest and not coded; the killing (background, dated) "
                        "is missed."),
    "ngec-1608": (["ACCUSE investigate: Russian Foreign Ministry (RUS) seeks to establish the facts of information "
                   "warfare operations in Ukraine (UKR), per Zakharova"],
                  0, 0, "No dateline event in the paragraph."),
    "ngec-1834": (["RETREAT access: Syrian authorities (SYR) grant humanitarian convoys free passage to "
                   "opposition-held towns"],
                  0, 0, "No dateline event in the paragraph."),
    "ngec-2117": (["REQUEST change (or PROTEST): protesters in Antigua (ATG) call for the monarchy's removal"],
                  0, 0, "The storm cutting a cable is no political event. No dateline event in the paragraph."),
    "ngec-2869": (["PROTEST demo: about 700 demonstrators in Zagreb (HRV) on Saturday against the government's plan "
                   "to ban Islamic schools (target Croatian government)"],
                  0, 0, "'There were no arrests' is a non-event; the planned ban is only the protest's aim (not coded "
                        "separately). No dateline event in the paragraph."),
    "ngec-2941": (["SUPPORT: the U.S. Senate (USA) passes a bill authorizing President Bush to use force, Tuesday",
                   "ACCUSE disapprove: critics say the bill paves the way for an unnecessary war"],
                  0, 0, "The earlier use of force against al-Qaeda and the Taliban is a relative-clause description "
                        "of the force, not coded. No dateline event in the paragraph."),
    "ngec-4459": (["SUPPORT: UAE (ARE) and Nepal (NPL) sign a treaty to return citizens tried for genocide and war "
                   "crimes (announced Tuesday)"],
                  1, 0, "e1 SUPPORT found (date is the document date although the announcement is Tuesday). "
                        "'despite international condemnation' names no actor or act; not coded."),
    "ngec-1980": (["COERCE cyber: cyber attack disables a nuclear power plant in Hungary (HUN), attacker unnamed"],
                  0, 0, "No dateline event in the paragraph (its COERCE cyber is on a generic sentence later)."),
    "ngec-4373": (["REQUEST: a judge (GBR) orders police to return confiscated vehicles, Monday",
                   "COERCE seize: police seized vehicles while investigating a car gang in London"],
                  0, 0, "No dateline event in the paragraph (the seizure is found in a later sentence, item 27)."),
    "ngec-1814": ([],
                  0, 0, "'The opposition to plans ... has been crushed' is figurative (the group then conceded, next "
                        "sentence); no act with a party in the paragraph. No dateline event."),
}


def main():
    paras = [json.loads(line) for line in (HERE / "paragraphs-b.jsonl").open()]
    assert [p["doc"] for p in paras] == list(P), [p["doc"] for p in paras]
    tot = found = ev = spur = 0
    with (HERE / "paragraphs-b-verdicts.jsonl").open("w") as f:
        for p in paras:
            coder, fnd, sp, notes = P[p["doc"]]
            n_ev = len(p["events"])
            assert fnd <= len(coder) and sp <= n_ev
            f.write(json.dumps({"doc": p["doc"], "coder_events": coder, "found": fnd, "dateline_events": n_ev,
                                "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
            tot += len(coder); found += fnd; ev += n_ev; spur += sp
    print("coder events %d, found with right type %d (recall %.1f%%); dateline events %d, spurious %d (%.1f%%)"
          % (tot, found, 100 * found / tot, ev, spur, 100 * spur / ev if ev else 0))


if __name__ == "__main__":
    main()
