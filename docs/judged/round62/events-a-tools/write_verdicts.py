"""Round 62, judge a: verdicts on the 50 sampled events (events-a-items.jsonl) -> events-a.jsonl.

V maps item n to ([false fields], reasons). A spurious event ("event" false) is false in every field.
Run from docs/judged/round62:  /work/main/.venv/bin/python events-a-tools/write_verdicts.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: ([], "All right. REJECT of the criticism (by US, EU, Costa Rica in the previous sentences); 'the criticism' names "
            "an act, not a party, so the empty target is right by the sentence rule. Reported as this news: document date."),
    2: ([], "All right. ACCUSE Ethiopia's Foreign Ministry -> Washington (USA), response reported as this news (doc date)."),
    3: (["source"], "Source wrong: the protesters who set the Saudi embassy in Tehran on fire were Iranians, not LBN. "
                    "PROTEST riot and target Saudi embassy (SAU) right. Date null: the sentence gives no time (background; "
                    "'last month' is only in an earlier paragraph), so an undated act is right by the rule."),
    4: (["target"], "Target wrong: the attackers shot their way past guards at the compounds; 'Saudi officials' are the "
                    "reporters of the act (reported_by), not the party shot at. Source, type, date (late Monday) right."),
    5: ([], "All right. MOBILIZE police, Myanmar police, verdict day (doc date), witnesses as reporter."),
    6: (["type", "target"], "Type: Islamic State pushing into and capturing territory (a dam) is armed forces taking ground = "
                            "ASSAULT by the conventions, not COERCE seize. Target: the sentence names the party acted upon "
                            "('Kurdish-held areas', 'Iraq's biggest dam'): Kurdish forces / Iraq, not empty. Source IS with no "
                            "country right; 'in recent days' takes the doc date."),
    7: (["source", "target", "date"], "The accusation is the International Criminal Court's charges against Bashir: source "
                                      "should be the ICC and target Bashir (SDN); dateline has Bashir as source and no target. "
                                      "Date: the ICC charges are a background act of an earlier time (not dated in the text), "
                                      "so the document date is wrong (should be none)."),
    8: (["date"], "Date: the commander's refusal is part of Tuesday's mutiny reported as this news (the ministry said so the same "
                  "day); with no date in the sentence it takes the document date 2009-05-05, not null. Event, type REJECT, "
                  "source commander (GEO), empty target right."),
    9: (["target"], "Target country wrong: the killed are U.N. staff members (UN offices hit); the text does not make them "
                    "Algerian, so DZA is not given (should be UN/empty). Empty source right (killer not in the sentence); "
                    "date Tuesday = doc date right."),
    10: ([], "All right. Offer of money = AGREE (conventions); Afghanistan not named in the sentence, so empty target right; "
             "pledged at the Tokyo conference ending Tuesday = doc date."),
    11: ([], "All right. COERCE arrest of the mutineers' commander (GEO), source not named, same Tuesday."),
    12: (["target"], "Target: the sentence names what was fired at - three targets, a research centre in Damascus and two "
                     "facilities near Homs, i.e. Syria's (SYR); empty is wrong. Passive with no firer named: empty source right. "
                     "Early Saturday = doc date right. (Same strikes as the lead but from another sentence: not a duplicate.)"),
    13: ([], "All right. SANCTION convict, court not named (empty source right), Liu (CHN), December 2009 as given."),
    14: ([], "All right, with doubt on target: the welcomed decision is the Congolese ruling coalition's/Kabila's choice of "
             "a successor; DR Congo (COD) stands for that party well enough."),
    15: ([], "All right. 'last Thursday' = 2000-10-12 from doc date 2000-10-17."),
    16: (["target"], "Target country wrong: Donald Trump coded TWN; he is the U.S. president-elect (USA). Negated ACCUSE, "
                     "Wang Yi (CHN), doc date right."),
    17: ([], "All right by the conventions: a background total (civil war in which 300,000 were killed) with no date; "
             "Burundi (BDI) plain from the context of the sentence (the Arusha accord)."),
    18: ([], "All right. Verbal attack = ACCUSE; 'has repeatedly attacked' is a span of repeated acts, no date right. "
             "(Agent GOV for Hezbollah's leader is odd but only the country code is scored.)"),
    19: (["source"], "Source wrong: the attacker is 'a Palestinian man' (a person, PSE), not the state/country Palestine. "
                     "Stabbing = ASSAULT; target 'others' right; 'Earlier in the day' (Tuesday) = 2023-07-04 right."),
    20: ([], "All right. Mutual CONSULT (both leaders as source and target), Friday 2001-10-19."),
    21: (["target", "date"], "Target country: the 'army' is Ethiopia's federal army (federal army bases), ETH, not empty. "
                             "Date: the alleged attack preceded the war's outbreak in November last year (2020-11); the "
                             "document date is wrong. Reported (inside Abiy's accusation) is right."),
    22: (["target", "date"], "Target: the sentence names those attacked, Shi'ite Muslims and government targets in Kabul "
                             "(AFG); empty is wrong. Date: 2015 is the year the group emerged, not the date of the attacks "
                             "(a span since then: no date)."),
    23: ([], "All right. 'has opposed NATO membership' is a standing position still held: doc date. (One could code it "
             "ACCUSE/disapprove; REJECT is acceptable.)"),
    24: ([], "All right. REQUEST from church leaders and lawmakers (PHL) to the Philippine government, doc date."),
    25: (ALL, "Spurious: 'Beijing does not extradite its citizens' states a standing policy, not an act; besides, the party "
               "extradition would be to is the United States, not China's own citizens."),
    26: (["target"], "Target: 'urged it' - 'it' is 'the U.S. side' in the same sentence (USA); empty target is wrong."),
    27: (["date"], "Date: the text dates the test/announcement Monday (2006-10-09, doc date Friday 2006-10-13); null is wrong. "
                   "A nuclear weapons test as MOBILIZE weapons is acceptable."),
    28: (["modality"], "Modality: Assad's use of banned weapons is Trump's claim inside his threat; the story calls the Douma "
                       "attack 'suspected' and says Damascus denied any use, so the act is reported, not asserted. Date "
                       "(Friday, the day of the statement, for an ongoing use) accepted."),
    29: (["target", "date"], "Target: the accused are 'previous governments' (Polish, POL); Berlin and Brussels are only whom "
                             "they allegedly sold out to, and Brussels is the EU, not Belgium. Date: 'has accused' is a "
                             "background act of an earlier, unstated time; the document date is wrong."),
    30: ([], "All right. 'would not bow to pressure' as negated CONCEDE (conventions allow REJECT asserted or the act "
             "negated); Tehran = Iran's government; speech Tuesday = doc date."),
    31: ([], "All right. Taliban threat before the October 9 election: background, no date right."),
    32: (["target", "date"], "Target country: Yettaw is 'an American' (USA), not MMR. Date: he was sentenced with Suu Kyi on "
                             "the verdict day (doc date 2009-08-11); 2009-05 comes from his visit in May, another act."),
    33: ([], "All right, with doubt on target: the second bomber's own clause names no target ('at the gate' belongs to the "
             "first bomber's clause), so empty is right by the rule; I would code the Iranian embassy (IRN)."),
    34: ([], "All right, with doubt on date: the backing is not dated in its sentence (the vote was late Saturday); the "
             "document date is accepted under the rule."),
    35: ([], "All right. August (2013) as given; no actor named for the car bombs."),
    36: (["type"], "Type: soldiers seizing a rebel camp is armed forces taking ground = ASSAULT by the conventions, not "
                   "COERCE seize. Camp Abubakar is a place (the MILF is not named in this sentence): empty target right."),
    37: ([], "All right by the conventions: fighting the rebels still going on takes the doc date; Philippines -> Muslim and "
             "communist rebels (PHL)."),
    38: ([], "All right. Charged with visa fraud = ACCUSE; 'last Thursday' = 2013-12-12."),
    39: (ALL, "Spurious: Lapid instructing his own office to prepare a handover is an order inside one actor, not an act "
               "between political actors (no target possible)."),
    40: (["modality"], "Modality: the agreement is Moualem's claim, explicitly 'a claim Israeli officials would not confirm' - "
                       "an act inside a claim is reported, not asserted. Empty target accepted (Syria not named as party)."),
    41: ([], "All right by the rule: 'The offensive' names an act, not a party, so empty source and target are right; "
             "'last Friday' = 2000-05-12. I would code Ethiopia -> Eritrea."),
    42: (["source"], "Source country wrong: the 15-nation Council is the U.N. Security Council (UN), coded IRN. Target IAEA, "
                     "REQUEST, March 29 right."),
    43: (["date"], "Date: 'has pledged' refers to his campaign promises, a background act of an earlier unstated time; "
                   "the document date is wrong. Pledge = AGREE accepted."),
    44: (["date"], "Date: 'have threatened to disrupt' is an earlier threat of unstated time, a background act; the "
                   "document date is wrong."),
    45: (["type"], "Type: the act the sentence reports on Friday is the tribunal overturning the convictions (an acquittal), "
                   "not a conviction; SANCTION convict asserted on 2012-11-16 is the opposite act (the 2011 sentencing is "
                   "coded separately from the next sentence)."),
    46: ([], "All right. ICC judges (no country) criticised the prosecution, an organ of the ICC; verdict day Wednesday."),
    47: (["date"], "Date: Abe urged Moon at their meeting, which the sentence dates Friday (2018-02-09); the document date "
                   "(Saturday) is wrong."),
    48: ([], "All right. REQUEST Putin -> UN Security Council, reported as this news."),
    49: (ALL, "Spurious: 'Power was cut in parts of the capital' is an outage from the bombing, no political actor withholding "
               "anything."),
    50: ([], "All right. 'declined to condemn' = REJECT asserted (or ACCUSE negated); India -> Russia; standing position, "
             "doc date."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 51)), "need a verdict for every item"
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS), false
        if "event" in false:
            false = list(FIELDS)
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with open(HERE / "events-a.jsonl", "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'right/50':>9} {'right/real (' + str(len(real)) + ')':>16}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {a:>4}/50 {100*a/50:5.1f}% {b:>6}/{len(real)} {100*b/len(real):5.1f}%")
    print("spurious:", 50 - len(real), [r["n"] for r in out if not r["verdict"]["event"]])
    for f in FIELDS[1:]:
        print(f"false {f}:", [r["n"] for r in real if not r["verdict"][f]])


if __name__ == "__main__":
    main()
