#!/usr/bin/env python3
"""Judge p2's blind paired judgments for pairs42 (30 items).

Scores follow docs/judged/CONVENTIONS.md. Each non-null side gets event, type,
source, target, date, modality and all (all six right); a spurious event is wrong
in every field. A null side gets {"omit_right": bool}.

Run from the repository root:
    python3 docs/judged/pairs42/pairs-p2-tools/write_pairs.py
Writes docs/judged/pairs42/pairs-p2.jsonl and prints the counts.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAIRS = os.path.dirname(HERE)
ITEMS = os.path.join(PAIRS, "items.jsonl")
OUT = os.path.join(PAIRS, "pairs-p2.jsonl")

FIELDS = ("event", "type", "source", "target", "date", "modality")


def ev(s):
    """Score from a 6-letter string over event,type,source,target,date,modality: T/F."""
    assert len(s) == 6 and set(s) <= {"T", "F"}, s
    d = {f: c == "T" for f, c in zip(FIELDS, s)}
    if not d["event"]:  # a spurious event is wrong in every field
        d = {f: False for f in FIELDS}
    d["all"] = all(d[f] for f in FIELDS)
    return d


SPURIOUS = "FFFFFF"


def omit(right):
    return {"omit_right": right}


# n: (X, Y, better, reasons)
J = {
    1: (ev("TTTTFT"), omit(False), "X",
        "Y codes nothing at 'killed' but the bodyguards' killing of locals and Fulani leaders is a real ASSAULT. "
        "X: type, source (president's bodyguards, NER) and targets (locals, Fulani leaders, NER) right; date wrong: "
        "the context dates the violence late April to May 13 and X leaves it unknown (close call: a span, no single day)."),
    2: (ev("TTTFTT"), ev("TTTFTT"), "same",
        "Only the target differs: Mandela pledged support 'to an African-led coalition'; neither South Sudan (X) "
        "nor the warring factions (Y) is the party the pledge goes to, so both targets are wrong. AGREE "
        "(CAMEO 032, policy support) accepted for both; SUPPORT would also be defensible. Date (Saturday = 2023-06-10) right in both."),
    3: (omit(False), ev("TTFFTT"), "Y",
        "X codes nothing but the police officers' accusation of Tuna is a real ACCUSE. Y has event, type, date "
        "(July 31, 2011, the detention the accusation went with) and modality right, but its source wrongly adds "
        "Gunes Tuna as co-accuser and its target is empty where 'him' = Tuna."),
    4: (omit(False), ev("TTTFFT"), "Y",
        "X codes nothing but 'They ... hit me' is a real ASSAULT (in a different sentence from 'beat her', so no duplicate). "
        "Y: type and source (officers, KAZ; 'They' = the police) right; target empty where 'me' = Babayan (wrong); "
        "date wrong: the text dates the beating June 21, not the document date. 'said Babayan' is attribution: asserted."),
    5: (ev("TTFFFT"), omit(False), "X",
        "Y codes nothing but the armed men's car bomb aimed at soldiers is a real ASSAULT. X has the right type and parties, "
        "but the armed men are not Finnish (FIN wrong; the text gives no country, empty would be right), the soldiers' "
        "country is not made plain by the text (IRQ wrong), and the date is the document date where the story's "
        "statement dates this firefight Tuesday (2023-06-13)."),
    6: (ev("TTFTTT"), ev("TTFTTT"), "same",
        "Only the target's name differs ('two Malian army officers' vs 'Malian army officers'), both MLI: no score "
        "difference. Both leave the source empty though the sentence names the Malian rebels the officers confronted "
        "(wrong in both); date January 30 (2023) right in both."),
    7: (omit(False), ev("TTTTTT"), "Y",
        "X codes nothing but the prime minister speaking with the guards by telephone is a real CONSULT. Y is right in "
        "all fields (Tuesday = 2023-06-13; 'the same report shows' is attribution, asserted)."),
    8: (omit(False), ev("TTFFTT"), "Y",
        "X codes nothing but the assaults on Dr. Khaleel by armed police are a real ASSAULT. Y: type, date (repeated, "
        "undated: unknown right) and modality right; source and target carry no country where Chittagong makes "
        "Bangladesh (BGD) plain, so both are wrong by the country rule."),
    9: (omit(False), ev("TTTTFT"), "Y",
        "X codes nothing but the military guards breaking up the demonstrations is a real act (ASSAULT crowd-control "
        "accepted, CAMEO 175). Y: type, source (BRA), target (protesters, BRA), modality right; date wrong: the break-up "
        "at the National Congress belongs to the Saturday arrests of the previous sentence, not the document date."),
    10: (ev("TTTTTT"), omit(False), "X",
         "Y codes nothing but the hoped-for talks between Saleh and the Yemeni factions are a hypothetical CONSULT. "
         "X is right in all fields (mutual parties, YEM; no date; hypothetical)."),
    11: (ev("TTTTTT"), ev("TTFTTT"), "X",
         "Source country differs: the 'additional troops' are U.S. troops (context), so X's USA is right and Y's KWT "
         "is wrong. Otherwise identical (MOBILIZE, future, Wednesday = 2023-06-21)."),
    12: (ev("TTFFTT"), ev("TTFTTT"), "Y",
         "Target differs: Côte d'Ivoire is where the troops are deployed, not a party acted upon, so X's target is wrong "
         "and Y's empty target right. Both leave the source empty where the deployed 'military personnel' (CIV) are named (wrong in both)."),
    13: (ev("TTTTTT"), omit(False), "X",
         "Y codes nothing but the army's use of chemical weapons on villagers is a real ASSAULT. X right in all fields; "
         "date: the attack is reported as the news of HRW's August 20 report and has no date of its own, so the report "
         "date is taken as the document date would be (close call). 'reported that' is attribution: asserted."),
    14: (omit(False), ev("TTTTTT"), "Y",
         "X codes nothing but the Dutch police officers' vote to boycott PVV-linked businesses is a real PROTEST boycott. "
         "Y right in all fields (targets the businesses and companies, plus PVV they are linked to; lede, document date)."),
    15: (ev(SPURIOUS), ev(SPURIOUS), "same",
         "Both code a generic rule ('asylum seekers ... risk being expelled') as an asserted SANCTION; no act between "
         "actors is reported, so both are spurious (and expelling persons from a country would be COERCE deport). "
         "They differ only in target (asylum seekers vs Syria), which does not change the score."),
    16: (ev("TTTTFT"), ev("TTTFFT"), "X",
         "Target country differs: the text gives no country for the two men, so X's empty code is right and Y's LBY "
         "wrong. Both give the document date to a background arrest of long ago (wrong in both)."),
    17: (omit(False), ev("TTTFTT"), "Y",
         "X codes nothing but the opponents' rejection of Sri Lanka's offer is a real REJECT. Y: type, source "
         "(opponents, no country given), date, modality right; target empty where 'the offer' refers to Sri Lanka, named in the sentence (wrong)."),
    18: (omit(False), ev("TTTTTT"), "Y",
         "X codes nothing but the army and security services telling the Brotherhood to stop is a real REQUEST. Y right "
         "in all fields ('them' = the Brotherhood; quoted with attribution: asserted)."),
    19: (ev("TTTFTT"), ev("TTTFTT"), "Y",
         "Target country differs: Gonzalez directs an organization in Mexico and is arrested there, so MEX is the right "
         "code; both are scored wrong, but X's USA puts the event in the wrong country while Y merely leaves the code empty."),
    20: (ev("TTTFTT"), omit(False), "X",
         "Y codes nothing but 'demonstrations by asylum seekers' reports protests in Germany. X: type, source (DEU by "
         "location, as for protesters), date (no date of their own) and modality right; target empty where, by the "
         "crowd-protest rule (no aim named), Germany is the right target (scored by the rule; the protests are background)."),
    21: (ev("TFTTTT"), ev("TFTFTT"), "X",
         "Target differs: the certificate is handed to the asylum seekers (X, right); the European Commission is only "
         "where it is issued (Y, wrong). Both code CONSULT where granting leave to stay is AID (asylum): type wrong in both."),
    22: (ev("TTTTTT"), omit(False), "X",
         "Y codes nothing but the NYPD raid on the encampment is a real COERCE seize. X right in all fields (date from the "
         "'Sunday, March 2' heading at 11:35; the encampment is a place, so an empty target is accepted)."),
    23: (ev("TTTFTT"), ev("TTTFTT"), "same",
         "Only the source's sector differs (UAF vs REB), which is not scored; RUS is right in both. Both leave the target "
         "empty where the National Defense University, whose gates were bombed, is named (wrong in both)."),
    24: (ev("TTTTFT"), omit(False), "X",
         "Y codes nothing but the foreign hackers' attack on 300 computers is a real COERCE cyber. X: type, source (no "
         "country given), target (no party named), modality right; date wrong: 'the foreign hackers' attack is the "
         "Monday attack of the lede (2023-06-12), not the document date."),
    25: (omit(False), ev("TFFTTT"), "X",
         "X codes nothing where 'did offer praise to the British' is a SUPPORT; Y codes it as AGREE (type wrong, 'offer' "
         "read as an offer) with the officers as British (GBR) where they are Grenada's (source wrong). An event wrong in "
         "type and source adds false information, so the omission is judged better although not right."),
    26: (omit(False), ev("TFFFTT"), "X",
         "X codes nothing where the hackers' DDoS attack on Malta is a COERCE cyber; Y codes ASSAULT (type wrong), "
         "gives the hackers Malta's code (source wrong: the text gives no country) and targets 'DDoS' (wrong). Week "
         "2023-W24 fits 'Monday this week'. Mostly wrong event: the omission is judged better."),
    27: (omit(True), ev(SPURIOUS), "X",
         "'are allowed to demonstrate' reports no protest, only what new measures would permit; Y's PROTEST is spurious "
         "and X's omission at this trigger is right."),
    28: (ev("TTFTTT"), ev("TTFTTT"), "X",
         "Source differs: X names the right party (Southern Sudan's rebel factions) but with SDN where Southern Sudan is "
         "South Sudan (SSD); Y names the wrong party (the state of Sudan). Both scored wrong; X is closer. Target empty "
         "accepted (no party named as rejected)."),
    29: (ev("TTTTTT"), omit(False), "X",
         "Y codes nothing but the asylum seekers' request for asylum is a real REQUEST. X right in all fields (recipient "
         "not named: empty; background act without date: unknown)."),
    30: (omit(False), ev("TTTTTT"), "Y",
         "X codes nothing but the police using a water cannon on protesters in Seoul is a real ASSAULT crowd-control. Y "
         "right in all fields (date March 26, 2017 given)."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS, encoding="utf-8") if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in J]
    extra = [n for n in J if n not in ns]
    if missing or extra:
        sys.exit(f"not judged: {missing}; judged but not an item: {extra}")
    for it in items:
        x, y, better, _ = J[it["n"]]
        for side, v in (("X", x), ("Y", y)):
            null = it[side] is None
            if null != ("omit_right" in v):
                sys.exit(f"item {it['n']} side {side}: null={null} but judged {v}")
        assert better in ("X", "Y", "same"), better
    counts = {"X": [], "Y": [], "same": []}
    allright = {"X": [], "Y": []}
    nulls = {"X": [], "Y": []}
    spurious = {"X": [], "Y": []}
    with open(OUT, "w", encoding="utf-8") as f:
        for it in items:
            n = it["n"]
            x, y, better, reasons = J[n]
            f.write(json.dumps({"n": n, "X": x, "Y": y, "better": better, "reasons": reasons},
                               ensure_ascii=False) + "\n")
            counts[better].append(n)
            for side, v in (("X", x), ("Y", y)):
                if "omit_right" in v:
                    nulls[side].append((n, v["omit_right"]))
                else:
                    if v["all"]:
                        allright[side].append(n)
                    if not v["event"]:
                        spurious[side].append(n)
    print(f"wrote {OUT} ({len(items)} items)")
    for k in ("X", "Y", "same"):
        print(f"better {k:4}: {len(counts[k]):2}  {counts[k]}")
    for s in ("X", "Y"):
        coded = len(items) - len(nulls[s])
        print(f"{s}: coded {coded}, all fields right {len(allright[s])} {allright[s]}; "
              f"null {len(nulls[s])} (omit right: {[n for n, r in nulls[s] if r]}, "
              f"omit wrong: {[n for n, r in nulls[s] if not r]}); spurious {spurious[s]}")


if __name__ == "__main__":
    main()
