"""Judge p2's blind paired judgments for pairs49 (30 items).

Scored by docs/judged/CONVENTIONS.md. Reading used for the field that differs in most items, the
country of a party named by a common noun ("its country is right if the text makes it plain ... or
empty when the text does not"):
  * plain: an affiliation or nationality the text gives (soldiers of a named army, "German-born",
    "Libyan suspects"), a named group whose home the text gives (Boko Haram's "home region of
    northeastern Nigeria"), or a group the text makes the place's own (protesters, victims, local
    troops, a domestic militia or insurgency fought at home);
  * not plain: an unidentified perpetrator (gunman, bomber, attackers, "unknown assailant",
    militants the text does not identify) or a transnational group (Islamic State) whose home the
    text does not give: the place of the attack alone does not make its country plain, so empty is
    right and the place's country is wrong.
Targets that are only things (a building, vehicles, facilities) are read as naming no party, so an
empty target is right there. A spurious event is wrong in every field.

usage: python3 docs/judged/pairs49/pairs-p2-tools/write_pairs.py
"""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "items.jsonl"
OUT = HERE.parent / "pairs-p2.jsonl"

FIELDS = ("event", "type", "source", "target", "date", "modality")


def J(event=1, type=1, source=1, target=1, date=1, modality=1):
    d = dict(zip(FIELDS, (bool(event), bool(type), bool(source), bool(target), bool(date), bool(modality))))
    if not d["event"]:  # spurious: wrong in every field
        d = {k: False for k in FIELDS}
    d["all"] = all(d[k] for k in FIELDS)
    return d


SPURIOUS = J(event=0)

# n: (X, Y, better, reasons)
JUDGED = {
    1: (J(), J(source=0), "X",
        "source: 'other militants' are unnamed and unplaced (only compared with the Sudanese rebels); the text does "
        "not make their country plain, so X's empty code is right and Y's SDN wrong. Both: a weak but real ongoing "
        "ASSAULT (fighting), document date for an act going on, asserted (attribution to the leaders only)."),
    2: (J(source=0), J(), "Y",
        "source: the gunman is unidentified (an ISIS affiliate claimed it; 'worked for' a Tunisian resort is no "
        "nationality); the place Sousse alone does not make his country plain, so Y's empty is right, X's TUN wrong. "
        "Both: target 22 people TUN (victims of the place), date 2023-04 from 'two months ago' right."),
    3: (J(type=0), J(type=0, source=0), "X",
        "source: the militant belongs to the domestic anti-government militia fighting Hawaii police (Kailua-Kona), "
        "so USA is plain (X right, Y's empty wrong; the title's 'Marshall Islands' contradicts the body, I follow "
        "the body). Both: type wrong, 'We are going to be here to fight' said by an armed militant is a THREATEN "
        "(violence), not an ASSAULT; future/unknown date would fit the act as coded."),
    4: (J(), J(source=0), "X",
        "source: 'gunmen' are unidentified (masked, 'associated with radical Islamists'); Dagestan alone does not make "
        "them Russian, so X's empty is right and Y's RUS wrong. Both: target reporter RUS, document date for the "
        "news (the story's own timeline is contradictory), asserted."),
    5: (SPURIOUS, SPURIOUS, "same",
        "event: both spurious, 'called up the Commission' means phoned it (the act is the demand, item 26), not a "
        "MOBILIZE troops call-up; they differ only in the source's country (IRN vs empty), which does not count."),
    6: (J(type=0), J(type=0, source=0), "X",
        "source: 'the attackers' are unidentified; Mexico as the place does not make their country plain, so X's "
        "empty is right, Y's MEX wrong. Both: type wrong, the attackers of 'a spate of attacks in which several people "
        "died' are coded ASSAULT by a coder, not COERCE cyber (a cyber reading is possible from the story's topic); "
        "empty target right (facilities, no party); document date accepted for recent attacks."),
    7: (J(target=0, date=0), J(source=0, target=0, date=0), "X",
        "source: the bomber was 'a soldier of the Sufian Movement' in a Boko Haram attack on Cameroonian troops; he is "
        "not Cameroonian, so Y's CMR is wrong and X's empty right. Both: target wrong (General Badjeck is the "
        "speaker; the group of Cameroonian soldiers is the target), date wrong (the text gives Sunday's explosion, "
        "2023-06-11, not the document date)."),
    8: (J(date=0), J(source=0, date=0), "X",
        "source: the militants are the local Islamists of Tamanrasset (arrested by Mali's army, Ansar Dine 'took to the "
        "streets in Tamanrasset'), a domestic unrest in Mali, so MLI is plain: X right, Y's empty wrong. Both: date "
        "wrong (the text puts the fighting on Tuesday night / Wednesday, not the document date); empty target accepted "
        "('the building' is a thing)."),
    9: (J(date=0), J(source=0, date=0), "X",
        "source: the militants are the ARSA-led insurgents of Rakhine that the military calls 'an internal terror "
        "attack', a domestic insurgency, so MMR is plain: X right, Y's empty wrong. Both: date wrong, the raids are a "
        "background act before Monday's meeting and get the document date."),
    10: (J(date=0, modality=0), J(target=0, date=0, modality=0), "X",
         "target: the pirates off Negril are not Argentine (they kidnapped Argentina's minister), so Y's ARG is wrong "
         "and X's empty right. Both: modality wrong ('never officially acknowledged providing' negates the "
         "acknowledgement; the providing is alleged, reported, not negated), date wrong (an earlier undated act "
         "given the document date); AID accepted for giving intelligence to an armed group (COOPERATE possible)."),
    11: (J(), J(target=0), "X",
         "target: the story's lead says 'More than 20 Libyan suspects were arrested Sunday', the arrests the "
         "ministry reports, so LBY is plain: X right, Y's empty wrong (the Tunisian origin is only the witnesses' "
         "belief about the church attackers). Both: source Libya's Interior Ministry, Sunday 2023-06-11 right."),
    12: (J(), J(target=0), "X",
         "target: the 'terrorists' are IS fighters (the army targeted IS positions), a transnational group the text "
         "gives no home for; Syria as the place does not make them Syrian, so X's empty is right, Y's SYR wrong. "
         "Both: Thursday = document date, reported ('claimed to have killed') right."),
    13: (J(), J(source=0), "X",
         "source: the militants are Boko Haram, whose insurgency and 'home region of northeastern Nigeria' the text "
         "gives, so NGA is plain: X right, Y's empty wrong. Both: targets Niger and Morocco (the countries attacked), "
         "'this week' 2023-W24 right."),
    14: (J(target=0), J(target=0), "Y",
         "target: the three gunmen killed are 'described as Palestinians' later in the text; X's ISR is false, Y's empty "
         "misses PSE: both wrong by the rule, Y better since it asserts no false country. Both: empty source right (the "
         "sentence names no killer), Saturday 2023-06-10 right."),
    15: (J(target=0), J(), "Y",
         "target: the arrested militants are Ansar al-Dine militants based out of Burkina Faso who fled to Mauritania; "
         "being held in Accra does not make them Ghanaian, so Y's empty is right, X's GHA wrong. Both: empty source "
         "(the arresting party is not named), unknown date of a background arrest right."),
    16: (J(source=0), J(), "Y",
         "source: the IRGC's 'three militants' are unidentified; the attack's place in Iran does not make their "
         "country plain, so Y's empty is right, X's IRN wrong. Both: document date, asserted, empty target (vehicles) "
         "accepted."),
    17: (J(), J(source=0), "X",
         "source: ISIS is a transnational group whose home the text does not give; that it struck a mosque in Iraq "
         "does not make it Iraqi, so X's empty is right, Y's IRQ wrong (a judge who codes IS as IRQ would see them "
         "equal). Both: background act with unknown date right."),
    18: (J(source=0), J(), "Y",
         "source: as in item 17, the Islamic State extremists' country is not given by the text; X's IRQ from the "
         "place (Karbala) is wrong, Y's empty right. Both: target Shiite troops IRQ, Wednesday 2023-06-14 right."),
    19: (J(source=0), J(), "Y",
         "source: an 'unknown assailant' has no plain country; X's SVK from the place is wrong, Y's empty right. "
         "Both: document date, asserted; empty target accepted (a police car is a thing, though a coder could "
         "code the police)."),
    20: (J(target=0), J(), "Y",
         "target: the militants the international forces fight 'there' (Iraq, and Afghanistan in the same sentence) "
         "are not identified, so Y's empty is right, X's IRQ wrong. Both: source United Kingdom, ongoing fighting on "
         "the document date, asserted."),
    21: (J(), J(source=0), "X",
         "source: the suspected attacker is a commander of Jamaat al-Mujahideen whose nationality the text does not "
         "give; Yemen as the place does not make it plain, so X's empty is right, Y's YEM wrong. Both: Friday "
         "2023-06-09 right."),
    22: (J(source=0), J(), "Y",
         "source: the two armed men on motorcycles are unidentified; Marrakesh as the place does not make them "
         "Moroccan, so Y's empty is right, X's MAR wrong. Both: target Mohammed Khatib MAR, Sunday 21:30 right."),
    23: (J(), J(source=0), "X",
         "source: 'an unidentified gunmen' (in a photo released by IS's media wing) has no plain country, so X's "
         "empty is right, Y's IRQ wrong. Both: target Iraqi army troops, 2014-09-12 from the caption right."),
    24: (J(source=0), J(), "Y",
         "source: 'the terrorists' are the suspected militants / Islamic extremists whose nationality the text does "
         "not give; Dresden as the place does not make them German, so Y's empty is right, X's DEU wrong. Both: "
         "'wanted to kill' hypothetical with unknown date accepted."),
    25: (J(source=0), J(), "Y",
         "source: the suicide car bomber is unidentified (the 'German-born 19-year-old' later is the attacker shot "
         "dead by police, not the bomber who killed himself), so Y's empty is right, X's DEU wrong. Both: target five "
         "people DEU (victims in Berlin), Thursday right."),
    26: (J(source=0, target=0, date=0), J(target=0, date=0), "Y",
         "source: the cyber attackers only 'may have been from Iran or other countries', not plain, so Y's empty is "
         "right, X's IRN wrong. Both: target wrong (the National Telecommunications Commission is the Solomon "
         "Islands', not Iran's), date wrong by the precision rule (the text gives 9 March; both give only 2023-03)."),
    27: (J(target=0), J(source=0, target=0), "X",
         "source: the gunmen raided a police headquarters near Maiduguri, Borno state, Nigeria; Y's PHL is wrong on "
         "any reading, X's empty right (unidentified gunmen). Both: target wrong, the sentence names the passersby "
         "shot at, and both leave it empty."),
    28: (J(target=0), J(), "Y",
         "target: the same sentence says the attacker shot dead is 'the German-born 19-year-old who carried out the "
         "attack', so DEU is plain: Y right, X's empty wrong. Both: source Berlin police DEU, 'the attacker' read as "
         "the second attacker, document date (Thursday) right."),
    29: (J(date=0), J(date=0), "Y",
         "date: the text dates Albania's joining NATO (2009, or the contradictory 'October this year'); X's document "
         "date is false and Y's unknown is wrong too since the text gives a date; both wrong by the rule, Y better "
         "since it asserts no false date. Both: SUPPORT Albania -> NATO accepted."),
    30: (J(), J(source=0), "X",
         "source: the second bomber is unidentified (officials blame 'a highly radical religious group'); the mosque "
         "in Iraq does not make him Iraqi, so X's empty is right, Y's IRQ wrong. Both: Sunday 2023-06-11, asserted."),
}


def main():
    items = [json.loads(line) for line in ITEMS.read_text().splitlines() if line.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in JUDGED]
    extra = [n for n in JUDGED if n not in ns]
    assert not missing and not extra, (missing, extra)
    rows = []
    for it in items:
        x, y, better, reasons = JUDGED[it["n"]]
        for side, j in (("X", x), ("Y", y)):
            if it[side] is None:
                assert set(j) == {"omit_right"}, (it["n"], side)
            else:
                assert "omit_right" not in j, (it["n"], side)
        assert better in ("X", "Y", "same")
        rows.append({"n": it["n"], "X": x, "Y": y, "better": better, "reasons": reasons})
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows))

    better = Counter(r["better"] for r in rows)
    print(f"wrote {OUT.name}: {len(rows)} items")
    for b in ("X", "Y", "same"):
        print(f"better {b:4}: {better[b]:2}  items {[r['n'] for r in rows if r['better'] == b]}")
    for side in ("X", "Y"):
        coded = [r[side] for r in rows if "omit_right" not in r[side]]
        allr = [r["n"] for r in rows if r[side].get("all")]
        spur = [r["n"] for r in rows if "omit_right" not in r[side] and not r[side]["event"]]
        nulls = [r["n"] for r in rows if "omit_right" in r[side]]
        print(f"{side}: {len(coded)} events, all fields right {len(allr)} {allr}; spurious {spur}; null sides {nulls}")
        print("   field right: " + ", ".join(f"{k} {sum(c[k] for c in coded)}" for k in FIELDS))


if __name__ == "__main__":
    main()
