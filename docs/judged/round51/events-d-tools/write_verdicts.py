"""Round 51, judge d: verdicts on the 60 sampled events (events-d-items.jsonl).

V = {n: ([false fields], "reasons")}; "event" in the list marks a spurious event (then every field is
false). Writes events-d.jsonl (item line + "verdict" + "reasons") and prints the per-field table.
usage (from docs/judged/round51): python events-d-tools/write_verdicts.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: ([], "All right. Israeli advisers reported helping the Kenyan operation: AID Israel -> Kenya, still "
            "going on at the document date; 'were reported to be ... a claim Israel would not confirm' is a "
            "claim, so reported is right."),
    2: (["date"], "Date: 2022-03 is the month of the Moura killings (March last year), not of the rejection, "
                  "which followed the U.N. report of May 2023 (the text gives it no date of its own). Target "
                  "empty is right by the rules ('the findings' is a thing, not a party); I would code the UN "
                  "rights office as target."),
    3: (["source", "target"], "Source: protesters in Puno/Peru coded USA, should be PER. Target: Dina Boluarte "
                              "is Peru's president, coded USA. Type PROTEST for a crowd's demands is right, and "
                              "an ongoing demand takes the document date."),
    4: ([], "All right. Killers are not named (empty source right); servicemen are Russian; 'killed since "
            "Saturday' is a span summed from an earlier time, so no date is right."),
    5: ([], "All right. Date: a reader might doubt, because the apology speech was on Thursday (12-01) and the "
            "document date is Friday. But the sentence gives no date and does not say the appeal was made in that "
            "speech, so the document date holds."),
    6: ([], "All right, with doubts. Sisi's denial that Egypt had given up its rights is a negated CONCEDE "
            "(yielding the islands); Saudi Arabia is not named in the sentence, so empty target is right; 'said "
            "on Wednesday' = 04-13."),
    7: (["source", "target", "date"], "Source: the resolution is the U.N. Security Council's. Sudan's government "
                                      "is the sanctioned state, not the sanctioner. Target: the sentence names "
                                      "the embargoed 'non-state groups in Darfur' (SDN), left empty. Date: the "
                                      "resolution was voted late on Friday (2004-07-30) and the bar is still in "
                                      "force, so the act is not of unknown time; null is wrong."),
    8: ([], "All right. 08-01 (Wednesday) is the day of the violence. The document date would also be "
            "acceptable."),
    9: ([], "All right. The charges stand at the document date ('accuse', present tense)."),
    10: ([], "All right. 'urged the world not to interfere' is a REQUEST, and HKG is right for Carrie Lam. The "
             "weekly news conference was on Tuesday, which is the document date."),
    11: (ALL, "Spurious: 'raids on embassies were almost unheard of' is a generic remark by analysts, not an "
              "act. (The Quito raid itself is coded elsewhere. A police raid would be COERCE, not ASSAULT.)"),
    12: (["target"], "Target: the besieged villages Foua and Kefraya (SYR) are named in the sentence, but the "
                     "target is empty. The siege is still going on at the time of the evacuation, so the document "
                     "date is right. COERCE (blockade) is right."),
    13: (["target"], "Target: the riot police, named in the same sentence and the plain object of the stones "
                     "(the crowd tried to push past police lines), is left empty. I accept ASSAULT for stone-"
                     "throwing (a riot PROTEST would also be defensible)."),
    14: (["target"], "Target: 'opposition' is Bahrain's opposition (Al-Wefaq), and the text makes that plain, "
                     "but its country code is empty. I accept CONSULT for talks that were held and broke down "
                     "'earlier this year' (2014). I would rather code the breakdown, i.e. halted negotiations."),
    15: (["target", "date"], "Target: the demand to correct the report is aimed at the UN rights office "
                             "(Bachelet), not the United States. Date: 2019-06 comes from Bachelet's visit 'last "
                             "month'. The dismissal is this news (July 2019). I accept Maduro for 'Maduro's "
                             "government' (same VEN government actor)."),
    16: (["source", "target", "date"], "Source: King Salman, not Prince Khalid bin Salman (the ambassador). "
                                       "Target: 'a committee of ministers' (SAU) is named but left empty. "
                                       "Date: the order is in the royal decree read on Tuesday night "
                                       "(2017-09-26), not on the document date."),
    17: ([], "All right, with doubts. For the target, the coast guard vessels entry has an empty code, but "
             "'its' makes it Vietnam's and Vietnam is listed too. The rammings since early May have no single "
             "date, so null is right. Modality: 'Vietnam says' counts as attribution under the rules. I would "
             "code it reported, as a claim by a party to the dispute."),
    18: (["type", "modality"], "Type: a pledge to halt offensive operations is AGREE (promise to de-escalate), "
                               "or the act promised (RETREAT, ceasefire) as future; CONCEDE is neither. Modality: "
                               "the halt is only pledged, so an asserted halt is wrong."),
    19: ([], "All right. The protesters are not named (empty source). The sentence names no aim for the "
             "protests, so empty is acceptable (Iran would also be right). Sunday is explicit."),
    20: (["target", "date"], "Target: the 17 dead were killed in clashes in the Peruvian city of Juliaca, so "
                             "their country is plain (PER), but the code is empty. Date: the text gives Monday "
                             "(2023-01-09), not the document date. The killers are not named, so an empty source "
                             "is right."),
    21: (["type"], "Type: ordering mobile internet suspended is an internet shutdown, COERCE (censor), not a "
                   "REQUEST. Dateline codes the Iranian blackout that way elsewhere."),
    22: ([], "All right. The trigger is 'proclaimed', but the event's arguments are the call on 'its people to "
             "rise against ... Russian occupation', a REQUEST (regime change) that the sentence holds and no "
             "other event codes. Tuesday = 08-10."),
    23: ([], "All right. 'Vietnamese boats' counts as Vietnam, and a present-tense accusation takes the "
             "document date."),
    24: ([], "All right. 'a day after' Wednesday gives Tuesday 07-07. ASSAULT is right for clashes with police."),
    25: (["date"], "Date: the arrests are this news (election Saturday), so the document date or Saturday was "
                   "needed, not unknown. I accept the Interior Ministry as source, since its police made the "
                   "arrests."),
    26: ([], "All right."),
    27: (["type"], "Type: declaring a ceasefire is RETREAT (ceasefire), which is how dateline codes the ELN "
                   "ceasefire, not CONCEDE."),
    28: ([], "All right."),
    29: (["target", "date"], "Target: Kaduna's airport is in Nigeria, but Kaduna is coded with an empty country "
                             "(should be NGA). Date: the train attack was late on Monday (03-28), so 'two days "
                             "after' gives Saturday 2022-03-26, not 03-27 (which is counted from the document "
                             "date). Gunmen with an empty code is right."),
    30: (["source", "date", "modality"], "The sentence describes a scheme discussed in a July 2017 video. It "
                                         "was the woman who would use the newspaper to support Strache's party. "
                                         "Source: should be the woman, not Strache. Modality: the act is "
                                         "hypothetical ('could'). Date: the document date is wrong for a 2017 "
                                         "hypothetical. Only barely an event; I would not code it."),
    31: (["date"], "Date: the life sentence is 'that verdict' of the February conviction named in the previous "
                   "sentence (2013-02). The text dates it, so null is wrong. The court is not named, so an empty "
                   "source is right."),
    32: (["date"], "Date: 'a week after' dates the embassy assault. Rabbani was killed on Tuesday 2011-09-20, "
                   "so the assault was about 2011-09-13, and null is wrong."),
    33: (["type", "date"], "Type: ratifying an agreement is AGREE (sign/ratify agreement), not SUPPORT "
                           "(praise). Date: the planned ratification was Friday's session (2024-11-15). Future "
                           "modality is right, since the ratification never happened."),
    34: (["date", "modality"], "Modality: Washington backing a coup is Ortega's accusation, so it should be "
                               "reported, not asserted. Date: the alleged backing belongs to the 2018 "
                               "protests, not the document date. Empty target is acceptable ('the protests' is "
                               "not a party)."),
    35: ([], "All right. I accept Dagestan (RUS) as the place-based target. I would code the militants being "
             "dislodged."),
    36: (["source", "target"], "Source: the Interior Ministry is Georgia's, coded RUS. Target: the 300 "
                               "detained are protesters in Tbilisi (GEO), coded RUS. I accept the document date "
                               "for overnight detentions."),
    37: (["target"], "Target: 'it' is the concert hall attack, so the condemnation is aimed at the attackers, "
                     "not Ukraine's government, which the sentence does not name. Ukraine comes from the next "
                     "sentence's allegation."),
    38: ([], "All right. The trigger is 'called for calm', but the event's target is the authorities, who are "
             "urged to respect assembly. That is the REQUEST the sentence holds, and no other event codes it."),
    39: ([], "All right. 'His younger brother' is Tony Hernandez (HND), and 2021 is right ('last year'). The "
             "court is not named, so an empty source is right."),
    40: ([], "All right. The appeal came before the hanging but has no date in the text, so null is right."),
    41: ([], "All right. Empty target is right by the rules ('the policy' is not a party). I would code the "
             "UK government."),
    42: (["date"], "Date: the road blocking is part of Monday's unrest reported as this news (2019-08-19). "
                   "Null is wrong. The sentence names no aim, so the state target is right."),
    43: (["date"], "Date: 2023-12 is when Glas took refuge. The text gives no date for Quito's later request "
                   "to Mexico, so this date comes from another clause."),
    44: ([], "All right. European leaders of several countries, so an empty country is right."),
    45: (ALL, "Spurious: 'a patrol of National Guard and army personnel' is the agent of the arrest, not a "
              "mobilization. The sentence's act is the detention (COERCE), which no event codes. The country "
              "is also wrong (USA for Mexican forces)."),
    46: (["type"], "Type: rebels seizing the eastern half of Aleppo is armed forces taking ground, which is "
                   "ASSAULT under the conventions (wave 30), not COERCE seize."),
    47: (["type"], "Type: vowing to boycott an election is not a promise to cooperate. It is a threatened/future "
                   "boycott (PROTEST boycott, future, or THREATEN), not AGREE. reported_by Jamaat is off, but "
                   "that field is not scored."),
    48: (ALL, "Spurious: 'No one has been convicted over that blast' states that nothing happened and names "
              "no actor on either side. It is not a codable act."),
    49: ([], "All right. Condemning a bombing by unknown perpetrators, so an empty target is right. BLR is "
             "right."),
    50: (["date"], "Date: 'has long accused' is an act still going on, so it takes the document date under the "
                   "conventions. Null is wrong. I accept Orban for 'Mr. Orban's government'."),
    51: (["date"], "Date: 'already hosts' is going on at the document date. Null is wrong. I accept AID for "
                   "hosting refugees, and the refugees' country is not given."),
    52: (["target"], "Target: the truckers are Bolsonaro supporters protesting the election result, i.e. held "
                     "in support of someone and not aimed at the authorities or their acts. The state (Brazil) "
                     "is wrong by the crowd-protest rule; an empty target was right. Arguable."),
    53: (["target"], "Target: the offer was made to the farm unions named in the same sentence ('the unions "
                     "held out'), but the target is empty. AGREE for an offer is right, and 2021-01 'earlier "
                     "this month' is right."),
    54: (["target", "date", "modality"], "The sentence reports that the Saudi air strikes have been halted. "
                                         "Modality: asserted is wrong for strikes that have stopped (negated, "
                                         "or code the halt). Target: the Houthis, named in the sentence and "
                                         "plainly the object, are left empty. Date: 2022-10 (truce expiry) is "
                                         "not a date of strikes."),
    55: ([], "All right."),
    56: ([], "All right. Passive arrests with police as the speaker, so an empty source is right. The arrests "
             "came during the night of unrest into Wednesday, so the document date is accepted."),
    57: ([], "All right."),
    58: ([], "All right, with a doubt. The source lists only Kosovo of 'Pristina and Tirana' (Albania is "
             "missing), but the party given is right with its code. Condemning violence by no named party, so "
             "an empty target is right."),
    59: (["type", "target"], "Type: an occupation by armed forces is ASSAULT under the conventions, not "
                             "COERCE seize. Target: the Korean peninsula (Korea) is named but the target is "
                             "empty. A null date is acceptable for 'wartime'."),
    60: (["date"], "Date: the bill-burning and demands of the past 10 days are still going on (crowds gathered "
                   "again Wednesday), so the act takes the document date. Null is wrong. I accept Czech firms as "
                   "target: the protest aims at the power companies' owners, though Austrian firms are missing."),
}


def main():
    items = [json.loads(l) for l in (HERE / "events-d-items.jsonl").open()]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        wrong, reasons = V[it["n"]]
        assert all(w in FIELDS for w in wrong), it["n"]
        if "event" in wrong:
            wrong = ALL
        verdict = {f: f not in wrong for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with (HERE / "events-d.jsonl").open("w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'right/60':>9} {'%':>6} {'right/real':>11} {'%':>6}")
    for f in FIELDS + ["all"]:
        k = sum(r["verdict"][f] for r in out)
        kr = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {k:>6}/60 {100*k/60:>5.1f}% {kr:>7}/{len(real)} {100*kr/len(real):>5.1f}%")
    print(f"spurious: {60 - len(real)}")
    for f in FIELDS[1:]:
        print(f"  false {f}: {[r['n'] for r in real if not r['verdict'][f]]}")


if __name__ == "__main__":
    main()
