"""Round 54, judge b: verdicts on the 35 sampled dateline events.

V = {n: ([false fields], "reasons")}.  A spurious event is false in every field.
Writes ../events-b.jsonl (each item line plus "verdict" and "reasons") and prints
the per-field table.  Scored by docs/judged/CONVENTIONS.md.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
ITEMS = os.path.join(ROUND, "events-b-items.jsonl")
OUT = os.path.join(ROUND, "events-b.jsonl")

FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: ([], "All right: Hadi calls on Yemenis to rise up against the Houthis = REQUEST Hadi(YEM) -> Yemenis(YEM); "
            "the addressee, not the Houthis, is the target. Call made the day of the story (Monday), document date right."),
    2: ([], "All right: ACCUSE rights groups -> the generals (Egypt's ruling military council, EGY). Groups' country not "
            "given, empty code right. Date null is right: 'had already accused' after Wednesday's decree, the text gives "
            "the accusation no date ('on Wednesday' dates the ministry's decree)."),
    3: (["type", "date"],
        "Event real: 'Israeli raids at Jerusalem's al-Aqsa mosque' is a first mention of an act (Israel's raids), inside "
        "Deif's statement. type: raids by Israel's security forces on a mosque compound are COERCE (CONVENTIONS keeps "
        "COERCE for authorities searching or raiding), not ASSAULT. date: background raids of an earlier time (before the "
        "7 October attack) given the document date. Source Israel right; target empty right (no party named: the mosque is "
        "a place). Modality asserted with reported_by Deif: attribution, not an accusation frame."),
    4: ([], "All right: 'the agency' = KCNA (PRK); REQUEST to the people and the army (army is one of the addressees) to "
            "rally behind Kim Jong Un; announced Monday = document date."),
    5: (["target"],
        "target: 'all sides' are the two sides of Egypt's confrontation (the security forces/government and Mursi's "
        "supporters); the story makes their country plain (EGY), so the empty country code is wrong. Rest right: "
        "REQUEST Kerry(USA), statement reported as this news (document date)."),
    6: ([], "All right: SUPPORT (praise) Sharon(ISR) -> Israeli security forces (ISR); praise reported as this news, "
            "Monday = document date."),
    7: (["source"],
        "source: 'which it annexed in 2014' - 'it' is Russia (the subject of the clause 'gives Russia a land corridor'), "
        "not Ukraine. Target empty right (Ukraine is not named in the sentence; Crimea is a place). Date 2014 explicit. "
        "Type COERCE seize kept: an annexation as told here is a state's legal taking of territory, no armed seizure in "
        "the text (a reader might put it under the wave-30 ASSAULT rule for taking ground; see 'where I would code "
        "otherwise')."),
    8: (["target"],
        "target: dos Santos pledges that his government will help reintegrate 'rebel fighters' (UNITA, AGO), the party "
        "the commitment is made to and named in the sentence; empty is wrong. Type AGREE (a pledge) right by the wave-76 "
        "rule; Santos AGO right; Thursday 2002-04-04 right; asserted."),
    9: (["target"],
        "target: 'pleaded with his brother' - 'his brother' is Kim Jong Un (PRK), named in the previous sentence; empty "
        "target wrong. Source Kim Jong Nam (PRK) right. Date 2012 accepted: the plea is coordinated with the 2012 "
        "assassination attempt. Asserted with reported_by South Korean officials (attribution)."),
    10: (ALL,
         "Spurious: duplicate. 'attacked churches and hotels in April, killing more than 250 people' is one attack, "
         "already coded from this sentence as e3 (ASSAULT by the suicide bombers, 2019-04); the killing is its result. "
         "Also its own arguments are wrong: Mahinda Rajapaksa is not the killer, victims coded IND, document date for "
         "an April act."),
    11: ([], "All right: REJECT Iran(IRN); target empty right by the conventions ('the vote' is an act; the Security "
             "Council is not named or referred to as a party in this sentence); the vote was Wednesday = document date."),
    12: ([], "All right: SUPPORT (endorse) Geagea(LBN) -> Aoun(LBN); 'in January' resolves to 2016-01 (document date "
             "2016-10-31)."),
    13: ([], "All right: REJECT Mursi(EGY) -> the court (EGY), 'rejected it personally' = the court's decision. "
             "A reader might prefer ACCUSE disapprove (he says he will respect the ruling), but 'rejected' the ruling is "
             "a fair REJECT. Told to Egyptian TV as this news (document date)."),
    14: (["source"],
         "source: the charges were brought by the Prosecutor-General's Office, named in the sentence (it speaks for "
         "the prosecution that charged him); empty source wrong (dateline has it only as reported_by, with no country). "
         "Type ACCUSE (legal charge, CAMEO 1121) right; target Khodorkovsky (RUS) right; Saturday 2003-10-25 right; "
         "asserted."),
    15: (ALL,
         "Spurious: 'the deployment' is the topic of Ivanov's statement, a back-reference to the column's advance into "
         "Kosovo already coded from the lead (e1); the sentence reports no new MOBILIZE. (Counted as an event it would "
         "still be wrong: empty source though 'the troops' are Russia's.)"),
    16: ([], "All right: COERCE restrict (closing the borders) by the coup officers (GAB) -> Gabon ('the country's "
             "borders'); announced before dawn Wednesday = 2023-08-30; asserted (they announced they were closing them)."),
    17: (ALL,
         "Spurious: 'the attack bore the hallmarks of Jemaah Islamiyah' is the police chief's assessment of the bombing "
         "already coded from the lead (e1); 'the attack' is the topic, no new ASSAULT. (Counted as an event the empty "
         "source would be wrong: the sentence names JI as the suspected author.)"),
    18: (ALL,
         "Spurious: 'U.S. intelligence has warned that Moscow could be planning an offensive' - 'warned' in the sense of "
         "alerted/predicted, not a threat against Russia; no THREATEN act (a trigger in another sense)."),
    19: (["target"],
         "target: a rally 'in support of her decision' is a support rally; by the crowd-protest rule the state "
         "(Myanmar) is wrong and an empty target is right (or SUPPORT -> Suu Kyi). Type PROTEST demo kept (the rule "
         "allows a support rally as a rally); source people in Yangon (MMR) right; 'this week' = 2019-W50 right."),
    20: (["source", "target"],
         "source/target swapped: the BJP (IND) demanded that she (Sonia Gandhi, IND) explain; dateline has Gandhi as "
         "source and no target ('she' = Gandhi). Type REQUEST (demand), document date (statement reported as this news) "
         "and asserted right."),
    21: (["target"],
         "target: the fuel-oil shipments were to North Korea, which the sentence refers to ('the North's plutonium "
         "programme') and which is plainly the party acted upon; empty is wrong. SANCTION discontinue (halting promised "
         "aid) right; USA right; 'In November' = 2002-11 right."),
    22: (["source"],
         "source: Maia Sandu coded WBK (World Bank, from 'former World Bank economist'); she is Moldova's president-elect, "
         "MDA. REQUEST (call for calm) with no addressee: empty target right; date right."),
    23: (["source", "target"],
         "CONSULT between Trump and Putin ('the leaders ... discussed'). source: 'leaders' is the pair, coded RUS as a "
         "group (Trump is USA); target: Syria and Ukraine are topics of the talks, not parties to them; should be "
         "Putin(RUS) <-> Trump(USA). Monday summit = document date right; asserted."),
    24: ([], "All right: SUPPORT (congratulate) leaders incl. Putin(RUS) -> Erdogan(TUR); Biden and Zelenskiy not listed "
             "but the coded source is a right party. Sunday = document date."),
    25: ([], "All right: ACCUSE Macedonian officials(MKD) -> Athens = Greek government (GRC); document date."),
    26: (["target"],
         "target: 'the NLD won a landslide ... the then junta refused to recognise the result' - the party whose victory "
         "is refused is the NLD (MMR), named in the sentence; empty target wrong. REJECT, junta(MMR), 1990, asserted "
         "right."),
    27: ([], "All right: SANCTION Trump(USA), announced Wednesday; target empty right by the conventions (Iran is not "
             "named in this sentence), though a coder would add Iran (see 'where I would code otherwise')."),
    28: (["target"],
         "target: the neighbouring governments condemned the impeachment trial held by Paraguay's Senate, named in the "
         "sentence; the condemned party is the Senate (PRY); empty wrong. Source 'neighbouring governments' with no code "
         "right (several states); document date right."),
    29: ([], "All right: AGREE (pledge) Arce(BOL); 'govern for all Bolivians' names the scope, no counterpart party; "
             "empty target accepted. Early hours of Monday = 2020-10-19."),
    30: ([], "All right: SUPPORT Saudi Arabia(SAU); 'it' = Trump's decision (an act, not a party), so empty target is "
             "right by the conventions; document date."),
    31: ([], "All right: ACCUSE disapprove Zuma(ZAF); 'the attacks' names no perpetrator, empty target right; "
             "statement reported as this news."),
    32: (["target", "date"],
         "target: the American troops are what Trump pulled back (his own side), not a party acted upon; the withdrawal "
         "was made out of Turkey's way (Turkey or empty would be right). date: 'days after ... Trump pulled American "
         "troops out' - the pull-out was days before the Wednesday offensive, the document date is wrong. RETREAT "
         "withdraw, Trump(USA), asserted right."),
    33: (["source", "target"],
         "Event real (the war's summed toll; null date right by the round-20 rule). source: 'It' is the war; the United "
         "States (a Cold War backer of UNITA, previous sentence) did not kill half a million people; the warring "
         "parties (Angola's government and UNITA) or empty would be right. target: the dead of Angola's civil war are "
         "plainly Angolan (AGO); empty code wrong."),
    34: ([], "All right: ACCUSE disapprove Straw(GBR); 'it' = the killing (an act), Israel not named in the sentence, "
             "empty target right by the conventions; document date."),
    35: ([], "All right: ACCUSE disapprove Syrian interior minister (SYR) of the killing; perpetrator unknown, empty "
             "target right; document date."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS)]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 36)), "need a verdict for each of 35 items"
    rows = []
    with open(OUT, "w") as f:
        for it in items:
            false, reasons = V[it["n"]]
            bad = [x for x in false if x not in FIELDS]
            assert not bad, (it["n"], bad)
            if "event" in false:
                assert set(false) == set(FIELDS), f"spurious item {it['n']} must be false in every field"
            verdict = {k: (k not in false) for k in FIELDS}
            verdict["all"] = all(verdict[k] for k in FIELDS)
            rec = dict(it)
            rec["verdict"] = verdict
            rec["reasons"] = reasons
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            rows.append(verdict)
    n = len(rows)
    real = [r for r in rows if r["event"]]
    print(f"{'field':10} {'right/35':>9} {'%':>6}   {'right/real(' + str(len(real)) + ')':>15} {'%':>6}")
    for k in FIELDS + ["all"]:
        a = sum(r[k] for r in rows)
        b = sum(r[k] for r in real)
        print(f"{k:10} {a:>6}/{n:<2} {100*a/n:6.1f}   {b:>12}/{len(real):<2} {100*b/len(real):6.1f}")
    print(f"spurious: {n - len(real)} of {n}")


if __name__ == "__main__":
    main()
