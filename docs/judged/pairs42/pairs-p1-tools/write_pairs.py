#!/usr/bin/env python3
"""Judge p1's blind paired judgments for pairs42 (scored by docs/judged/CONVENTIONS.md).

Each non-null side is scored on event, type, source, target, date, modality (a string of six
T/F letters in that order); "all" is derived. A null side is scored only on whether omitting an
event at that trigger is right. Writes docs/judged/pairs42/pairs-p1.jsonl and prints the counts.

Run from the repository root:  python3 docs/judged/pairs42/pairs-p1-tools/write_pairs.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "items.jsonl"
OUT = HERE.parent / "pairs-p1.jsonl"
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = "FFFFFF"

# n: (X, Y, better, reasons). X/Y: six letters (event type source target date modality),
# or ("omit", True/False) for a null side.
J = {
    1: ("TTTTTT", ("omit", False), "X",
        "Y codes nothing for a plain ASSAULT (the president's bodyguards killed locals and Fulani "
        "leaders in Niger). X is right in all fields; its empty date (basis unknown) is taken as "
        "right: the text gives the violence only a span (late April to May 13), no date for the killing."),
    2: ("TTTFTT", "TTTFTT", "same",
        "Only the target differs and both are wrong: Mandela pledged support to the African-led "
        "coalition, not to South Sudan (X) nor to the warring factions (Y), which are the parties "
        "of the fighting the proposal would stop. Type AGREE is taken as right for both (a pledge of "
        "support; SUPPORT would also be defensible)."),
    3: (("omit", False), "TTFFFT", "Y",
        "X codes nothing for a real ACCUSE (police officers accused Tuna of rioting). Y has the "
        "event and type but the source wrongly includes Gunes Tuna, the target is empty where 'him' "
        "is Tuna, and 2011-07-31 is the date the text gives the detention in the relative clause, "
        "not the accusation (no date of its own: unknown would be right)."),
    4: (("omit", False), "TTTFFT", "Y",
        "X codes nothing for the beating Babayan describes. Y: source 'officers' (KAZ) is right for "
        "'They' (the police), but the target is empty where 'me' is Babayan, and the document date "
        "is wrong: the previous sentence dates the beating June 21. Not a duplicate by the rule (a "
        "different sentence from 'Babayan says they beat her'); the quote keeps it asserted."),
    5: ("TTFTFT", ("omit", False), "X",
        "Y codes nothing for the car-bomb attack on soldiers at Al-Qaim. X has event, type (ASSAULT) "
        "and target (soldiers, IRQ by Al-Qaim) right, but the armed men (Islamic State militants) "
        "are given FIN, the Finnish forces' country, and the document date is wrong: the story dates "
        "this firefight to Tuesday (2023-06-13)."),
    6: ("TTFTTT", "TTFTTT", "same",
        "The sides differ only in the target's wording ('two Malian army officers' vs 'Malian army "
        "officers'), the same party. Both leave the source empty where the sentence names the "
        "Malian rebels the officers confronted (wrong for both)."),
    7: (("omit", False), "TTTTTT", "Y",
        "X codes nothing; Y codes the prime minister's telephone consultation with the (airport) "
        "guards as CONSULT, Tuesday = 2023-06-13, right in all fields (mode phone would be more "
        "exact, but mode is not scored)."),
    8: (("omit", False), "TTFFTT", "Y",
        "X codes nothing for the repeated assaults on Dr Khaleel. Y has event, type, date (repeated "
        "acts of unknown time, empty is right) and modality ('according to the report' is "
        "attribution) right, but both parties lack their country: Chittagong City Council and its "
        "police are Bangladesh's (BGD), so the empty codes are wrong."),
    9: (("omit", False), "TTTTFT", "Y",
        "X codes nothing for the military guards breaking up the demonstrations. Y's ASSAULT/"
        "crowd-control (CAMEO 175 violent repression), guards (BRA) and protesters (BRA) are right, "
        "'reportedly' keeps it asserted; its document date is wrong: the dispersal at the National "
        "Congress is the Saturday action of the previous paragraph (2023-06-10)."),
    10: ("TTTTTT", ("omit", False), "X",
         "Y codes nothing. X codes the talks King Abdullah hopes Saleh and the Yemeni factions will "
         "hold as a hypothetical CONSULT between them, no date: right in all fields (mutual event, "
         "both parties present)."),
    11: ("TTTTTT", "TTFTTT", "X",
         "Only the source's country differs: the additional troops are U.S. troops (the story is "
         "about 500 U.S. troops arriving in Kuwait), so X's USA is right and Y's KWT wrong. Both: "
         "MOBILIZE, future, Wednesday taken from the document date."),
    12: ("TTFFTT", "TTFTTT", "Y",
         "Target differs: X gives Côte d'Ivoire, a place the troops are deployed in, not a party "
         "acted upon; Y's empty target is right. Both leave the source empty where the sentence "
         "names the (Ivorian) military personnel being deployed (wrong for both)."),
    13: ("TTTTFT", ("omit", False), "X",
         "Y codes nothing for the use of chemical weapons on villagers. X's type, army (SLV) and "
         "villagers (SLV) are right; its date is wrong: August 20 is the date of HRW's report to the "
         "Security Council, not of the attack (undated). Modality asserted taken as right: 'HRW "
         "reported that' read as attribution (a reading of it as a claim, hence 'reported', is possible)."),
    14: (("omit", False), "TTTTTT", "Y",
         "X codes nothing for the police officers' vote to boycott businesses linked to the PVV. "
         "Y's PROTEST/boycott, police officers (NLD) and targets (businesses, PVV, companies) are "
         "right; lede of the story, document date right."),
    15: (SPURIOUS, SPURIOUS, "same",
         "Both code an expulsion from a general rule ('asylum seekers ... risk being expelled'): no "
         "act occurred, so both are spurious and wrong in every field (they differ only in the "
         "target: asylum seekers vs Syria)."),
    16: ("TTTTFT", "TTTFFT", "X",
         "Target country differs: the text never gives the two men's nationality, so X's empty code "
         "is right and Y's LBY wrong. Both give the document date to a background arrest made years "
         "before (the men were convicted of the 1996 murder): wrong for both."),
    17: (("omit", False), "TTFFTT", "Y",
         "X codes nothing for the opponents' rejection of the offer. Y has event, type (REJECT/meet), "
         "date and modality right, but the target is empty where 'the offer' is Sri Lanka's "
         "(government's), and the opponents, of talks within Sri Lanka, are plainly LKA (empty code wrong)."),
    18: (("omit", False), "TTTTTT", "Y",
         "X codes nothing; Y codes the army's order to the Brotherhood to stop as REQUEST from the "
         "army and security services (EGY) to the Brotherhood ('them'), document date (undated, "
         "reported as this news), asserted (quote attribution): right in all fields."),
    19: ("TTTFTT", "TTTFTT", "Y",
         "Only the target's country differs. Gonzalez directs an organization in Mexico and lives in "
         "Puerto Vallarta, so MEX is plain and both are wrong by the rule; X's USA is a false code "
         "(the FBI's country carried over) where Y merely omits it, so Y is the lesser error."),
    20: ("TTFFTT", ("omit", False), "X",
         "Y codes nothing for the demonstrations by asylum seekers. X has event, type (PROTEST/demo), "
         "date (unknown) and modality right; source country DEU is wrong (asylum seekers are not "
         "German and the text gives no origin: empty would be right), and by the crowd-protest rule "
         "(no aim named) Germany is the target, so the empty target is wrong."),
    21: ("TFTFTT", "TFTFTT", "X",
         "Target differs: X names the right party (the asylum seekers handed the certificate) but "
         "with NLD, the host country (the text points to Turkey as their origin), so it is wrong by "
         "the rule; Y's target is the European Commission, merely where it was handed: a worse "
         "error. Both type CONSULT wrong: handing a residence document is AID (asylum)."),
    22: ("TTTFTT", ("omit", False), "X",
         "Y codes nothing for the NYPD raid. X's COERCE/seize, NYPD officers (USA), Sunday March 2 "
         "11:35 and asserted are right; the target is empty where the sentence names the Washington "
         "Square Park encampment (the Occupy protesters raided): wrong."),
    23: ("TTTFTT", "TTTFTT", "same",
         "The sides differ only in the bombers' sector (UAF vs REB), which is not scored; both RUS. "
         "Both leave the target empty where the sentence names the National Defense University "
         "attacked at its gates (wrong for both)."),
    24: ("TTTTFT", ("omit", False), "X",
         "Y codes nothing for the cyber attack on 300 computers. X's COERCE/cyber, foreign hackers "
         "(no country given: empty right), empty target (computers are no party) are right; the "
         "document date is wrong: the story dates the attack Monday (2023-06-12)."),
    25: (("omit", False), "TFFTTT", "Y",
         "X codes nothing for the officers' praise of the British. Y has the event and target "
         "(United Kingdom) right, but praise is SUPPORT, not AGREE ('offer' praise), and the "
         "officers who praise the British and demand their units' removal are not British (GBR "
         "wrong). Y still carries a real event with its target."),
    26: (("omit", False), "TFFFTT", "same",
         "X misses the DDoS attack; Y codes it but as ASSAULT (a cyber attack is COERCE/cyber), "
         "gives the hackers MLT (the text gives no country) and 'DDoS' as the target (the Malta "
         "News Site / Malta is attacked). Its date (2023-W24, the week of 'Monday this week') and "
         "modality are right. With type and both parties wrong it is no better than the miss."),
    27: (("omit", True), SPURIOUS, "X",
         "Y codes a protest by asylum seekers from 'are allowed to demonstrate', a right the "
         "measures would secure, not a demonstration: spurious. X rightly codes nothing at this trigger."),
    28: ("TTFTTT", "TTFTTT", "X",
         "Source differs: X names the right party, Southern Sudan's rebel factions, but with SDN "
         "where the story's South Sudan is independent (SSD), so it is wrong by the rule; Y's source "
         "is the state of Sudan, the wrong party: the worse error. Empty target right for both (the "
         "sentence names no party the refusal is aimed at)."),
    29: ("TTFTTT", ("omit", False), "X",
         "Y codes nothing for the asylum seekers' request for asylum. X has type REQUEST, empty "
         "target (the Netherlands is not named in the sentence), unknown date (background) and "
         "modality right; the source country NLD is wrong (they flee the Turkish government; "
         "the host country is not theirs)."),
    30: (("omit", False), "TTTTTT", "Y",
         "X codes nothing; Y codes the police's use of a water cannon on protesters in Seoul as "
         "ASSAULT/crowd-control, KOR police and protesters, 2017-03-26 from the text: right in all fields."),
}


def side(v):
    if isinstance(v, tuple):
        assert v[0] == "omit" and isinstance(v[1], bool)
        return {"omit_right": v[1]}
    assert len(v) == 6 and set(v) <= {"T", "F"}, v
    d = {f: c == "T" for f, c in zip(FIELDS, v)}
    if not d["event"]:
        assert v == SPURIOUS, "a spurious event is wrong in every field"
    d["all"] = all(d[f] for f in FIELDS)
    return d


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"missing {missing} extra {extra}")
    rows = []
    for it in items:
        x, y, better, reasons = J[it["n"]]
        assert better in ("X", "Y", "same")
        for label, raw, ev in (("X", x, it["X"]), ("Y", y, it["Y"])):
            if (ev is None) != isinstance(raw, tuple):
                sys.exit(f"item {it['n']} side {label}: null/score mismatch")
        rows.append({"n": it["n"], "X": side(x), "Y": side(y), "better": better, "reasons": reasons})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    print(f"wrote {OUT.relative_to(HERE.parents[3])}: {len(rows)} items")
    for b in ("X", "Y", "same"):
        ids = [r["n"] for r in rows if r["better"] == b]
        print(f"better {b:4}: {len(ids):2}  {ids}")
    for s in ("X", "Y"):
        scored = [r for r in rows if "event" in r[s]]
        nulls = [r for r in rows if "omit_right" in r[s]]
        allr = [r["n"] for r in scored if r[s]["all"]]
        spur = [r["n"] for r in scored if not r[s]["event"]]
        print(f"side {s}: {len(scored)} events, all right {len(allr)} {allr}, spurious {len(spur)} {spur}; "
              f"null {len(nulls)} (omit right {[r['n'] for r in nulls if r[s]['omit_right']]}, "
              f"wrong {[r['n'] for r in nulls if not r[s]['omit_right']]})")
        print("   field right: " + ", ".join(
            f"{f} {sum(r[s][f] for r in scored)}/{len(scored)}" for f in FIELDS + ["all"]))


if __name__ == "__main__":
    main()
