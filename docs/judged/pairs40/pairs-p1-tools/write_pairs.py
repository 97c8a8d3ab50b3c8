"""Blind paired judging, pairs40, judge p1.

Holds the judgments of docs/judged/pairs40/items.jsonl (22 items), checks that every item and every
side is judged, writes docs/judged/pairs40/pairs-p1.jsonl and prints the counts.

usage (from the repository root): python3 docs/judged/pairs40/pairs-p1-tools/write_pairs.py

Scoring follows docs/judged/CONVENTIONS.md. A non-null side is scored by its five fields plus
`event`; `all` is derived (event and all five fields right). A spurious event (`event` False) is
wrong in every field. A null side is {"omit_right": bool}.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = HERE.parent
ITEMS = PAIRS / "items.jsonl"
OUT = PAIRS / "pairs-p1.jsonl"
FIELDS = ("type", "source", "target", "date", "modality")


def ev(event=True, type=True, source=True, target=True, date=True, modality=True):
    """A scored non-null side; a spurious event is wrong everywhere."""
    if not event:
        return {"event": False, **{f: False for f in FIELDS}, "all": False}
    d = {"event": True, "type": type, "source": source, "target": target,
         "date": date, "modality": modality}
    d["all"] = all(d.values())
    return d


def spurious():
    return ev(event=False)


def omit(right):
    return {"omit_right": right}


J = {
    1: dict(
        X=omit(False), Y=ev(source=False), better="Y",
        reasons="X codes nothing at 'killed' although the sentence reports a killing (ASSAULT) on Monday. "
                "Y holds it: ASSAULT right, target 'Five people' (victims, Chad from the story) right, Monday = "
                "2023-06-12 right, asserted right; its source is wrong: empty, while the sentence names the "
                "fighting parties of the clashes (rival militiamen, the army), either of which is the source. "
                "Differs: event (miss vs. held), then every field."),
    2: dict(
        X=spurious(), Y=omit(True), better="Y",
        reasons="'this is a way for the government to help' is an anonymous resident's opinion of the curfew, "
                "not a report of an act of material aid; X's AID at 'help' is spurious (wrong in every field). "
                "Y coding nothing there is right. Differs: event."),
    3: dict(
        X=ev(date=False), Y=ev(target=False, date=False), better="X",
        reasons="Same COERCE arrest; source empty is right in both (passive 'were arrested', no agent given). "
                "Target: 'they' = the demonstrators (Nairobi, KEN): X right, Y empty wrong. Date wrong in both: "
                "the text dates the dispersal and arrests Saturday (2023-06-10), not the document date. "
                "Differs: target."),
    4: dict(
        X=ev(target=False, modality=False), Y=omit(True), better="same",
        reasons="Item 7 is the same sentence with the mirror-image pair: one version codes the US financing at "
                "'finance', the other at 'helping' — one act, coded once by each version at a different trigger "
                "(both triggers are fine). So Y's null here is right, and the coded event is identical in both "
                "versions' fields: AID, U.S. government (USA) right, document date accepted (sentence gives none), "
                "target wrong (empty; the Zambian government, named in the sentence, is the other party), "
                "modality wrong ('would contribute ... helping to finance' the facility 'to be built' is future, "
                "not asserted). Judged 'same' because the versions differ only in trigger; if one version in fact "
                "coded both triggers, that second one is a duplicate."),
    5: dict(
        X=omit(False), Y=ev(target=False), better="Y",
        reasons="The peacekeepers' ongoing operation ('have been a mainstay in Syria, helping to secure the "
                "capital') is an act still going on, AID (CAMEO 074 military protection/peacekeeping); X misses "
                "it. Y: AID, source peacekeepers (no country, international) right, document date right for an "
                "ongoing act, asserted right; target wrong: 'Syria security forces' are one side of the clashes the "
                "peacekeepers prevent, not the party helped (Syria / the capital). Differs: event (miss vs. held)."),
    6: dict(
        X=ev(source=False, date=False), Y=omit(False), better="X",
        reasons="'More than 200 people have also been killed in clashes between Vanuatu Government Forces and the "
                "rival Serbs' is a killing total, an event; Y misses it. X: ASSAULT right, target the 200 victims "
                "(VUT) right, asserted right; source wrong (empty while the sentence names both fighting parties), "
                "date wrong (a summed total has no date; X gives the document date). Differs: event (X holds it)."),
    7: dict(
        X=omit(True), Y=ev(target=False, modality=False), better="same",
        reasons="Mirror of item 4 (same sentence): the act 'the U.S. government helping to finance the remainder' "
                "is coded once by each version, here at 'helping', there at 'finance'; X's null here is right. "
                "Y's event: AID, U.S. government right, date accepted, target wrong (empty; the Zambian "
                "government is the other party), modality wrong (future plan coded asserted) — the same fields as "
                "the other version's event at 'finance'. Only the trigger differs: 'same'."),
    8: dict(
        X=ev(source=False, target=False), Y=omit(False), better="X",
        reasons="FEMA's ongoing hurricane relief ('have been working hard to help the people of Puerto Rico and "
                "the U.S. Virgin Islands') is a real AID act, reported inside Chaffetz's praise (attribution, so "
                "asserted); Y misses it. X: AID right, date (ongoing, document date = Thursday of the release) "
                "right, asserted right; source wrong in part: FEMA (USA) right but 'Administration' has no country "
                "(the US administration, USA); target wrong: empty while the sentence names the people of Puerto "
                "Rico and the USVI. Differs: event (X holds it)."),
    9: dict(
        X=omit(False), Y=ev(date=False), better="Y",
        reasons="'ordered police to seize' is an order, REQUEST by the PLOVER definition ('requests, demands, and "
                "orders'); X codes nothing at 'ordered'. Y: REQUEST, Thailand's Governor (THA) -> police (THA) "
                "right, asserted right (attribution to the ruling party's statement); date wrong: the text dates "
                "the statement Friday (2023-06-09), by which the order was given, not the document date "
                "(Thursday). Differs: event (miss vs. held)."),
    10: dict(
        X=omit(True), Y=spurious(), better="X",
        reasons="'defended the strike' mentions the strike only as the object of Bainimarama's defence; the "
                "sentence reports no new strike act, and Bainimarama is not the striker. Y's PROTEST strike at "
                "'strike' with Bainimarama as source is spurious; X coding nothing there is right (the sentence's "
                "event is the SUPPORT at 'defended', item 17). Differs: event."),
    11: dict(
        X=omit(True), Y=spurious(), better="X",
        reasons="'the army would not hesitate to defend its territory against illegal groups' is a military "
                "warning (a THREATEN at the statement, August), not verbal SUPPORT: 'defend' in another sense. Y's "
                "SUPPORT army -> Poland, negated, document date is spurious (and would be wrong in type, target, "
                "modality 'negated' for 'would not hesitate', and date August). X coding nothing at 'defend' is "
                "right. Differs: event."),
    12: dict(
        X=omit(True), Y=spurious(), better="X",
        reasons="'we expect that the Slovak government will not use the Federation Guard to defend it' is an "
                "expectation of a non-use of a security force, no act and not verbal support; Y's SUPPORT "
                "(asserted, document date) at 'defend' is spurious. X's null is right. Differs: event."),
    13: dict(
        X=ev(), Y=ev(target=False), better="X",
        reasons="Same THREATEN by 'Authorities' on Saturday (2023-06-10 right), asserted right; no country for "
                "either party is right (the text's places contradict each other: Milan dateline, Naples, Isle of "
                "Man). Target: 'the members of a nationalist group' is named in the sentence: X right, Y empty "
                "wrong. Differs: target."),
    14: dict(
        X=ev(), Y=omit(False), better="X",
        reasons="'Hu ordered police throughout provinces to \"step up strict supervision\"' is an order, REQUEST "
                "(scored as in item 9); Y misses it. X: Hu (CHN) -> police (CHN) right, document date right (the "
                "sentence gives none, reported as this news), asserted right; all fields right. Differs: event."),
    15: dict(
        X=omit(True), Y=spurious(), better="X",
        reasons="The sentence reports one act: the militants 'launched an attack', 'killing several civilians' in "
                "it. The ASSAULT belongs at the main predicate 'attack' (unchanged, so not shown); a second "
                "ASSAULT at 'killing' is a duplicate of the same act, spurious by the conventions. Were it not a "
                "duplicate its fields would be right (militants EGY -> civilians EGY, Sunday 2023-06-11, asserted): "
                "I score by the duplicate rule, assuming the attack is coded at 'attack'. X's null here is right. "
                "Differs: event."),
    16: dict(
        X=ev(source=False), Y=ev(source=False, target=False), better="X",
        reasons="Same ACCUSE disapprove; both sources wrong ('Soviet Union' for the LSSR, Lithuanian Social "
                "Democrats, LTU); date (document date, none in the text) and asserted right in both. Target: 'the "
                "sentence by the president' = President Grybauskaite (LTU): X right, Y empty wrong. Differs: target."),
    17: dict(
        X=ev(), Y=omit(False), better="X",
        reasons="'Bainimarama defended the strike' is verbal SUPPORT; Y codes nothing at 'defended'. X: SUPPORT, "
                "Bainimarama (TUV) right, target empty right by the rule ('the strike' is an act, the sentence "
                "names no party supported; I would code the striking teachers/unions from context, but score by "
                "the rule), Sunday = 2023-06-11 right, asserted right; all fields right. Differs: event."),
    18: dict(
        X=omit(True), Y=spurious(), better="X",
        reasons="'Guinea plays an outstanding humanitarian role, helping to ensure clean water, food and health "
                "for millions' is the Carter Center envoy's praise of Guinea's general role (the sentence's event "
                "is that SUPPORT), not a report of an act of aid to a party; Y's AID from Guinea at 'helping' is "
                "spurious. X's null is right. Differs: event."),
    19: dict(
        X=omit(True), Y=spurious(), better="X",
        reasons="'Russia says it is defending rights and freedoms in Ukraine' is Russia's self-justifying claim "
                "about values, with no party acted upon; the sentence's event is Kiev's ACCUSE. Y's SUPPORT at "
                "'defending' is spurious (and even as an event its modality would be reported, not asserted, "
                "being inside Russia's claim). X's null is right. Differs: event."),
    20: dict(
        X=ev(target=False), Y=omit(False), better="X",
        reasons="The police release 'confirms the three were arrested': the sentence reports the arrest "
                "(COERCE), an event at sentence level even though the previous sentence reports it too (the "
                "duplicate rule is within a sentence); Y misses it. X: COERCE arrest right, source empty right "
                "(passive, no agent), date 'this morning' = document date right, asserted right; target wrong: "
                "empty while 'the three' (the three arrested individuals) is in the sentence. Differs: event."),
    21: dict(
        X=ev(), Y=ev(date=False), better="X",
        reasons="Same REJECT (refusing to leave), demonstrators (KEN) right, asserted right (attribution to the "
                "spokesman). Target: the sentence names no party refused (only 'the court order'), so Y's empty "
                "target is right; X's Mwai Kibaki is also right, being clearly the party whose demand to leave "
                "they refused (he ordered their dispersal and urged them to leave). Date: the refusal is a "
                "background act from before the narrative ('had earlier said'), ongoing when Kibaki ordered the "
                "dispersal on Saturday: X's 2023-06-10 right, Y's document date wrong. Differs: date."),
    22: dict(
        X=ev(), Y=ev(target=False), better="X",
        reasons="Same COERCE arrest, source empty right (passive, no agent), 'said today that he has been "
                "arrested' dated at the document date right, asserted right. Target: 'he' = the employee: X right "
                "(no country right, his nationality/company not given), Y empty wrong. Differs: target."),
}


def main():
    items = [json.loads(line) for line in ITEMS.read_text().splitlines() if line.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"unjudged items {missing}, judged non-items {extra}")
    rows = []
    for it in items:
        j = J[it["n"]]
        assert j["better"] in ("X", "Y", "same"), it["n"]
        assert j["reasons"].strip(), it["n"]
        for side in ("X", "Y"):
            null = it[side] is None
            judged = j[side]
            if null != ("omit_right" in judged):
                sys.exit(f"item {it['n']} side {side}: null={null} but judged {judged}")
            if not null:
                assert set(judged) == {"event", "all", *FIELDS}, (it["n"], side)
        rows.append({"n": it["n"], "X": j["X"], "Y": j["Y"], "better": j["better"], "reasons": j["reasons"]})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    print(f"wrote {OUT.relative_to(PAIRS.parents[2])} ({len(rows)} items)")
    for b in ("X", "Y", "same"):
        nn = [r["n"] for r in rows if r["better"] == b]
        print(f"better {b:4}: {len(nn):2}  {nn}")
    for side in ("X", "Y"):
        coded = [r for r in rows if "event" in r[side]]
        nulls = [r for r in rows if "omit_right" in r[side]]
        print(f"side {side}: coded {len(coded)}, all-right {sum(r[side]['all'] for r in coded)} "
              f"{[r['n'] for r in coded if r[side]['all']]}, spurious "
              f"{[r['n'] for r in coded if not r[side]['event']]}; "
              f"null {len(nulls)}: omit right {[r['n'] for r in nulls if r[side]['omit_right']]}, "
              f"omit wrong {[r['n'] for r in nulls if not r[side]['omit_right']]}")
        for f in ("event",) + FIELDS:
            print(f"    {f:9} right {sum(r[side][f] for r in coded)}/{len(coded)}")


if __name__ == "__main__":
    main()
