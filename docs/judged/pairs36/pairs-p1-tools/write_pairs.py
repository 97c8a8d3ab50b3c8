#!/usr/bin/env python3
"""Judge p1's blind paired judgments for pairs36 (40 items).

Scored by docs/judged/CONVENTIONS.md. Each non-null side gets event, type, source,
target, date, modality and all (all six right); a spurious event is wrong in every
field. A null side gets omit_right. Run from the repo root:

    python3 docs/judged/pairs36/pairs-p1-tools/write_pairs.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAIRS = os.path.dirname(HERE)
ITEMS = os.path.join(PAIRS, "items.jsonl")
OUT = os.path.join(PAIRS, "pairs-p1.jsonl")
FIELDS = ("event", "type", "source", "target", "date", "modality")


def S(event, typ, source, target, date, modality):
    """A coded event, each field 1 (right) or 0 (wrong)."""
    d = dict(zip(FIELDS, map(bool, (event, typ, source, target, date, modality))))
    if not d["event"]:  # a spurious event is wrong in every field
        d = {k: False for k in FIELDS}
    d["all"] = all(d[k] for k in FIELDS)
    return d


SPUR = S(0, 0, 0, 0, 0, 0)


def OM(right):
    return {"omit_right": bool(right)}


J = {}

J[1] = (S(1, 1, 0, 0, 1, 1), S(1, 1, 0, 0, 1, 1), "same",
        "Source: both wrong. The dispatched troops are 'troops from several African countries' (the story lists "
        "South Africa, Botswana, Zambia), so the right source is the troops with no single country; X gives them "
        "RWA, which the text never gives, and Y leaves the source empty though the sentence names the troops. "
        "Target: both empty, which I score wrong because the deployment is aimed at 'the militia groups' named "
        "in the sentence; it is the same on both sides. Date (document date for a deployment reported as news) "
        "and modality (attribution to Chumma, so asserted) are right on both sides.")
J[2] = (S(1, 1, 0, 1, 1, 1), S(1, 1, 0, 1, 1, 1), "same",
        "Source: both wrong. 'The Revolutionary Armed Forces' refers back to 'The Cuban Revolutionary Armed "
        "Forces' in the previous sentence, so the country is CUB. Y names the party but gives it COL, and X "
        "leaves it empty. Target Venezuela and the document date (a deployment still going on, 'for more "
        "than six months') are the same on both sides and right.")
J[3] = (S(1, 1, 1, 0, 1, 1), S(1, 1, 1, 1, 1, 1), "Y",
        "Target: X makes the 600 riot police, which are the local police's own units being deployed, the "
        "target, and that is wrong. Y's empty target is right because the square is a place, not a party. "
        "Source local police[SVK] (Bratislava), the date (tomorrow morning) and future modality "
        "('expected to deploy') are right on both sides.")
J[4] = (S(1, 1, 0, 0, 1, 1), S(1, 1, 1, 1, 1, 1), "Y",
        "Source and target: X makes the stationed Israeli soldiers the target and leaves the source empty, so "
        "both fields are wrong. Y has them as the source with an empty target (Akrotiri is a place), which is "
        "right. The date (unknown, for an undated future act) and the future modality are right on both "
        "sides.")
J[5] = (S(1, 1, 0, 0, 1, 1), OM(False), "X",
        "Event: the anti-government rallies across Ukraine are a PROTEST a coder codes, and Y misses it "
        "(the crackdown at item 27 is another act). X has the event and type right. Source: X's 'rioters' "
        "are the Kiev crowd under the crackdown, but the rallies are 'in several other cities' and their "
        "participants are the 'supporters' of the rallies, so it is wrong (a judgment call). Target: the "
        "sentence calls the rallies anti-government, so the state (UKR) is the right target and X's empty "
        "target is wrong. The date (Thursday, which is the document date) is right.")
J[6] = (S(1, 1, 1, 1, 0, 1), OM(False), "X",
        "Event: the imam beaten to death is a real ASSAULT, and Y misses it. X has the type, target "
        "(imam[BGD]), empty source (unnamed attackers) and modality right. Date: X is wrong because it gives "
        "the document date to a background act that came before Hasina's campaign and that the text leaves "
        "undated.")
J[7] = (S(1, 1, 0, 1, 0, 1), S(1, 1, 1, 1, 0, 1), "Y",
        "Source: X makes the 'school' the protester, which is wrong because the school is where the rally "
        "was held. The sentence does not name the participants, so Y's empty source is right. Target: empty "
        "is right on both sides, since the sentence names neither the authorities nor an aim. Date: both are "
        "wrong, because the text dates this rally to Friday afternoon and not to the document date "
        "(Thursday).")
J[8] = (S(1, 1, 1, 1, 1, 1), S(1, 1, 0, 1, 1, 1), "X",
        "Source: X names the deployed National Guard[ECU], which is right. Y's source is empty although the "
        "sentence names the force. Target: empty on both sides, which I accept because 'the protests' names "
        "events and not a party. The date (document date) and modality (asserted, attributed to the "
        "government) are right.")
J[9] = (OM(False), S(1, 1, 1, 0, 1, 1), "Y",
        "Event: the stabbing of a soldier is a real ASSAULT, and X misses it. Y has the type, source "
        "(Palestinian terrorists[PSE]), document date and modality right. Modality is 'reported' because the "
        "act is inside the Israeli sources' claim. Target: Y leaves the soldier without a country, but the "
        "next sentence makes him IDF, so the code should be ISR (by the rule that the country is right when "
        "the text makes it plain).")
J[10] = (OM(False), S(1, 1, 1, 0, 0, 1), "Y",
         "Event: the protest at Obama's home is a real PROTEST, and X misses it. Y has the type, source "
         "(Protesters[USA]) and modality right. Target: the sentence names the president whose resignation is "
         "demanded, so the authorities are the target and Y's empty target is wrong. Date: the text dates the "
         "march to Saturday, so Y's document date is wrong.")
J[11] = (S(1, 1, 1, 1, 1, 1), OM(False), "X",
         "Event: the eight-year-old boy stabbed to death is a real ASSAULT, and Y misses it. X is right in all "
         "fields: empty source (the attacker is unnamed), the boy as target with TUV from the story, no date "
         "(the time is unknown), and asserted.")
J[12] = (OM(False), S(1, 1, 1, 0, 1, 1), "Y",
         "Event: the army patrol against Islamist militants is a real MOBILIZE, and X misses it. Y has the "
         "source (army[EGY]) right. Target: wrong, because besides the militants (left with no country though "
         "they operate in Egyptian provinces) Y lists Egypt, the army's own state. Date: the narrative Monday, "
         "from the curfew in the same paragraph, is a fair reading of when this news happened, so I score it "
         "right. Modality: the attribution to state TV keeps it asserted.")
J[13] = (OM(False), S(1, 1, 1, 0, 0, 0), "X",
         "Event: the 'potential government crackdown ... next month' is a hypothetical act. Y codes it with the "
         "right type and source, but asserts it at the document date, so modality (hypothetical) and date "
         "(next month) are wrong. Target: the sentence names the counter-demonstrations as what the crackdown "
         "hits, so Y's empty target is wrong too. X misses a hypothetical, but Y records as having happened "
         "today an act the text says has not happened. With three fields wrong, I judge X the less harmful "
         "side.")
J[14] = (OM(False), S(1, 1, 1, 0, 1, 1), "Y",
         "Event: the army offensive that killed 12 people is a real ASSAULT, and X misses it. Y has the source "
         "(army[LVA]) right. Date: 2023-W23 is right, because the offensive was 'early in the week' of "
         "clashes before the accord signed three days before Tuesday. Modality is right. Target: wrong, because "
         "the sentence names the 12 people killed in an offensive on the rebels' territory, and Y leaves the "
         "target empty.")
J[15] = (S(1, 1, 1, 0, 1, 1), OM(False), "X",
         "Event: the police crackdown on Odinga's supporters is a real COERCE, and Y misses it. X has the "
         "source (police[KEN]), the date (Thursday, which is the document date, for an ongoing crackdown) and "
         "the modality right. Target: wrong, because X adds Odinga himself, who is not acted upon, and leaves "
         "the supporters without KEN, which the text makes plain.")
J[16] = (OM(False), S(1, 1, 1, 1, 1, 1), "Y",
         "Event: the ongoing pattern of the military bombing towns in Colombia is an ASSAULT still going on as "
         "the story is told, so it gets the document date. Y is right in all fields: military[COL], empty "
         "target (cities and towns are places), asserted in the writer's voice. X misses it. This is a "
         "borderline event: a generalization rather than a single act.")
J[17] = (S(1, 1, 1, 0, 1, 1), S(1, 1, 1, 0, 1, 1), "same",
         "Target: both wrong. China sending troops 'to help counter an Islamist group' is aimed at that group, "
         "so neither X's empty target nor Y's Nigerien troops (the forces moved, not the party acted upon) is "
         "right. Source China, the date (September, 2022-09) and the modality are right on both sides.")
J[18] = (S(1, 1, 1, 0, 0, 1), OM(False), "X",
         "Event: the nationwide demonstrations against the government's plans are a real PROTEST, and Y misses "
         "it. The crackdown at item 38 is another act. X has the source (protesters[JPN]) right. Target: the "
         "protest is aimed at the government's plans, so the state (JPN) is the target, and X's empty target "
         "is wrong. Date: the text gives Tuesday (2023-06-13), so X's document date is wrong.")
J[19] = (S(1, 1, 1, 0, 0, 1), OM(False), "X",
         "Event: the stabbing of the pastor is a real ASSAULT, and Y misses it. X has the source (local "
         "resident[IDN]) and modality (a quote is attribution only, so asserted) right. Target: 'him' is the "
         "pastor, not Anwar, who is the speaker, so X is wrong. Date: X's narrative 2023-06-09 is the day the "
         "quote was published, while the text dates the killing to June 16, so it is wrong.")
J[20] = (S(1, 1, 1, 0, 1, 1), OM(False), "X",
         "Event: 'the protest' refers to the Mong Kok protest, which is a real PROTEST, and Y misses it. X has "
         "the empty source right (the protesters are not named in this sentence), and the document date "
         "(Thursday's protests) is right. Target: the protest demands 'greater democracy in China', so it is "
         "aimed at the authorities the sentence names, and X's empty target is wrong.")
J[21] = (OM(True), SPUR, "X",
         "Event: 'This new rebel offensive' is a fragment at the story's end with no act, which the "
         "conventions say is not an event. Y's ASSAULT is spurious, so every field is wrong, and X is right to "
         "code nothing.")
J[22] = (S(1, 1, 0, 1, 1, 1), OM(False), "X",
         "Event: the protests against the Reform Party and Thaksin are a real PROTEST, and Y misses it. X has "
         "the type and target (the Reform Party[THA/PTY]) right. The aim is a party, not the authorities. "
         "Source: wrong, because the pro-government protesters are named only as owners of the damaged "
         "property. The protests against Yingluck's brother were held by the anti-government side, and the "
         "sentence does not name them.")
J[23] = (OM(False), S(1, 1, 1, 1, 1, 1), "Y",
         "Event: the main opposition demonstration on January 8 is a real PROTEST, and X misses it. Y is right "
         "in all fields: opposition[RUS], empty target (no aim is named in this sentence), 2023-01-08, and "
         "asserted.")
J[24] = (S(1, 1, 1, 0, 1, 1), S(1, 1, 0, 0, 1, 1), "X",
         "Source: X has the stationed Honduras security forces[HND] as the source, which is right. Y leaves "
         "the source empty and puts the forces in the target. Target: both are wrong, because they add a "
         "'Honduras government' that the sentence does not name (the airport zone is a place). The document "
         "date ('currently stationed') and modality are right on both sides.")
J[25] = (OM(True), SPUR, "X",
         "Event: 'under what were supposed to be tough concessions by the Trump administration' describes the "
         "terms of a deal reported earlier (signed in February). It is not a reported act, so Y's CONCEDE is "
         "spurious. Had it been one, the document date would still be wrong for February's deal. X is right "
         "to code nothing.")
J[26] = (OM(True), SPUR, "X",
         "Event: 'a bomb could have killed Americans' is counterfactual. The real bombing is the act of the "
         "previous sentence, and nobody American was hurt. Y's hypothetical ASSAULT on Americans is spurious, "
         "and X is right to code nothing.")
J[27] = (S(1, 1, 1, 1, 1, 1), S(1, 1, 0, 1, 1, 1), "X",
         "Source: X names the police[UKR] that carried out the crackdown. Y leaves the source empty though the "
         "sentence names the police. Target rioters[UKR], the date (Thursday, which is the document date) and "
         "the modality are right on both sides.")
J[28] = (SPUR, OM(True), "Y",
         "Event: sending a 'migrant police force' is what the Greek officials demand. No force was sent, and "
         "the act of the sentence is the demand (REQUEST), which the conventions code as the statement's type. "
         "X's asserted MOBILIZE by the police force against North Macedonia is spurious (wrong type, parties "
         "and modality), so Y is right to code nothing at this trigger.")
J[29] = (OM(False), S(1, 1, 1, 0, 1, 0), "Y",
         "Event: the bomb that killed two soldiers is a real ASSAULT, and X misses it. Y has the type, empty "
         "source (unknown bomber) and date (Thursday, which is the document date) right. Target: the text does "
         "not make the soldiers American (the next sentence says no Americans were wounded), so USA is wrong. "
         "Modality: 'say they believe a bomb struck' is a claim, so reported rather than asserted (a judgment "
         "call).")
J[30] = (SPUR, SPUR, "same",
         "Event: both code a MOBILIZE at 'patrol', but the police patrol is the victim of a firebomb attack, "
         "not a deployment. Both are spurious, so every field is wrong on both sides. Y's police[KEN] source "
         "does not change that.")
J[31] = (S(1, 1, 0, 0, 1, 1), S(1, 1, 0, 0, 1, 1), "same",
         "Source: both wrong. The troops are Israel's (Israeli-controlled areas, the army's statement), so "
         "X's empty source and Y's troops[PSE] are both wrong. Target: the same on both sides and wrong, "
         "because it lists Israel, the troops' own state, beside Palestine. The document date (an ongoing "
         "deployment) is right on both sides.")
J[32] = (OM(False), S(1, 1, 1, 0, 0, 1), "Y",
         "Event: the Shining Path attack that killed 22 people is a real ASSAULT, and X misses it. Y has the "
         "source Shining Path[PER] right. Target: Y's empty target is wrong, because the sentence names the "
         "22 people killed. Date: 1998 belongs to the rebels' attack on the U.S. embassy that killed 12. The "
         "text gives this attack no date, so I score 1998 wrong.")
J[33] = (S(1, 1, 0, 0, 1, 1), S(1, 1, 1, 0, 1, 1), "Y",
         "Source: Y has the stationed police force as the source, which is right. Its country is not plain, so "
         "empty is accepted. X leaves the source empty and puts the force in the target. Target: both wrong, "
         "because the 'Papua New Guinea government' is not named in the sentence. The document date (an "
         "ongoing stationing) is right on both sides.")
J[34] = (S(1, 1, 1, 1, 1, 1), S(1, 1, 1, 0, 1, 1), "X",
         "Target: X makes Iraq the target. The attacked Baghdad police station is the Iraqi state's, so I "
         "accept the party with the right code (leniently). Y's 'police snipers[None]' come from a later "
         "sentence of the story, and their country code is missing. Source Gunmen, the date (Friday, "
         "2023-06-09) and the modality are right on both sides.")
J[35] = (S(1, 1, 1, 1, 0, 1), S(1, 1, 1, 1, 1, 1), "Y",
         "Date: the next sentence dates the signing to December 26, which Y's 2022-12-26 matches, so Y is "
         "right. X's document date is wrong. Both sides have the same mutual Guatemala/Ethiopia parties "
         "(right by the mutual-event rule), and the same type and modality.")
J[36] = (S(1, 1, 1, 1, 1, 1), S(1, 1, 0, 0, 1, 1), "X",
         "Source and target: X has the deployed Gabonese police[GAB] as the source with an empty target (the "
         "region is a place), which is right. Y puts the police in the target and leaves the source empty, so "
         "both fields are wrong. The date and modality are right on both sides.")
J[37] = (OM(False), S(1, 1, 0, 1, 0, 1), "Y",
         "Event: the march in Montreux is a real PROTEST, and X misses it. Y has the type, the empty target (no "
         "aim is named) and the modality right. Date: the text gives Saturday (2023-06-10), so Y's unknown "
         "date is wrong. Source: LUX is not made plain, because the march is in 'the nearby canton' (Montreux "
         "and Lausanne are Swiss), so the demonstrators' code should be empty (a judgment call).")
J[38] = (S(1, 1, 0, 0, 1, 1), S(1, 1, 1, 0, 1, 1), "Y",
         "Source: Y names the police[JPN] that carried out the crackdown. X leaves the source empty though the "
         "sentence names the police. Target: both wrong, because both leave it empty although the sentence "
         "names the protesters hit by the crackdown. The document date (the crackdown 'has intensified', "
         "ongoing) is right on both sides.")
J[39] = (OM(False), S(1, 1, 1, 0, 1, 1), "Y",
         "Event: the stabbing and killing of at least 38 people at the protest is a real ASSAULT, and X "
         "misses it. Y has the source (armed assailants[COD], Goma), the date (May 10) and the modality right. "
         "Target: Y's empty target is wrong, because the sentence names the Odinga supporters and the 38 "
         "people killed.")
J[40] = (S(1, 1, 1, 1, 1, 1), OM(False), "X",
         "Event: the rioters torching 18 cars is a real ASSAULT, and Y misses it. X is right in all fields: "
         "rioters with no country given, an empty target (the cars' owners are not named), 2023-06-12 (hours "
         "after Monday's shooting), and asserted (attribution to the IDF).")


def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in J]
    extra = [n for n in J if n not in ns]
    if missing or extra:
        sys.exit("not judged: %s; unknown items: %s" % (missing, extra))
    for it in items:
        x, y, better, _ = J[it["n"]]
        for side, j in (("X", x), ("Y", y)):
            is_null = it[side] is None
            if is_null != ("omit_right" in j):
                sys.exit("item %d side %s: null=%s but judged %s" % (it["n"], side, is_null, j))
        assert better in ("X", "Y", "same")
    with open(OUT, "w") as f:
        for it in items:
            x, y, better, reasons = J[it["n"]]
            f.write(json.dumps({"n": it["n"], "X": x, "Y": y, "better": better,
                                "reasons": reasons}, ensure_ascii=False) + "\n")

    counts = {"X": [], "Y": [], "same": []}
    for n in ns:
        counts[J[n][2]].append(n)
    print("wrote %s (%d items)" % (os.path.relpath(OUT), len(ns)))
    for k in ("X", "Y", "same"):
        print("better %-4s %2d  %s" % (k, len(counts[k]), counts[k]))
    for i, side in enumerate(("X", "Y")):
        coded = [J[n][i] for n in ns if "omit_right" not in J[n][i]]
        nulls = [J[n][i] for n in ns if "omit_right" in J[n][i]]
        spur = [n for n in ns if "omit_right" not in J[n][i] and not J[n][i]["event"]]
        allr = sum(j["all"] for j in coded)
        per = {k: sum(j[k] for j in coded) for k in FIELDS}
        print("%s: coded %d, all-right %d/%d; fields %s" % (side, len(coded), allr, len(coded), per))
        print("%s: null %d (omit right %d, wrong %d); spurious %d %s" % (
            side, len(nulls), sum(j["omit_right"] for j in nulls),
            sum(not j["omit_right"] for j in nulls), len(spur), spur))


if __name__ == "__main__":
    main()
