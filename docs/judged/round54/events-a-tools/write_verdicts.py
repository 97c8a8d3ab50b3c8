"""Round 54, judge a: verdicts on the 35 sampled events (events-a-items.jsonl).

V[n] = ([false fields], reasons). A spurious event lists "event" and is false in every field.
Run from docs/judged/round54:  python events-a-tools/write_verdicts.py
Writes events-a.jsonl (item line + "verdict" + "reasons") and prints the per-field table.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: (ALL, "Duplicate: the same sentence already gives e5 (hand over their weapons, mode disarm) for "
             "the same UNITA fighters under the same clause of the agreement. 'be demobilised' is the "
             "other half of an either/or in that same disarmament plan, and PLOVER puts demobilisation "
             "and giving up weapons under one mode (RETREAT disarm, CAMEO 0873). Had it been scored as "
             "its own event, it would still be wrong on date (2002-02-22 is Savimbi's death in the "
             "previous sentence) and modality ('will ... be demobilised' is future, not asserted)."),
    2: (["type", "target"], "Turkey launched a military offensive, pounding towns with air strikes and artillery: "
             "ASSAULT, not SUPPORT (the 'start' rule read 'launched' as starting cooperation). Target: "
             "'Kurdish-led forces' are named in the sentence, so an empty target is wrong. Source "
             "Turkey, date (Wednesday = 2019-10-09) and modality are right."),
    3: ([], "All right. 'since they withdrew from around Kyiv in the spring' is a background RETREAT by "
             "Russian forces. Spring 2022 is the date the text gives. Ukraine is an acceptable target "
             "because the withdrawal was from Ukrainian ground around Kyiv, which the sentence names."),
    4: (["target"], "REJECT by China of Kouchner's proposal. The rejected idea belongs to Kouchner (France), who is "
             "named in the same sentence, so the target should be Kouchner/FRA and empty is wrong. Date "
             "2008-05 ('earlier this month') is acceptable. Note: reported_by=Kouchner is mistaken "
             "(Kouchner did not report the rejection), but that field is not scored."),
    5: (["source"], "REQUEST by the U.S. State Department spokesman to Moscow. 'A spokesman' follows 'The State "
             "Department said' and is plainly that department's spokesman (USA). The source comes out "
             "as 'spokesman' with no country, so the country is wrong. Target Russia, the document date "
             "(news-day statement) and asserted are right."),
    6: (["target"], "SANCTION expel is right: North Korea ('it' = Pyongyang) expelled IAEA inspectors at the end "
             "of December 2002. The expelled party, 'its inspectors' (the IAEA's), is in the sentence, so "
             "an empty target is wrong. Date 2002-12 is right. reported_by=IAEA is doubtful but not scored."),
    7: (["target"], "ACCUSE disapprove: 'They' = Riyadh and Abu Dhabi objected to Al Jazeera's coverage. Source "
             "Saudi Arabia is accepted as one of the two joint actors (the UAE is left out). Target: the "
             "Doha-based Al Jazeera (QAT) is named in the sentence, so empty is wrong. The stance is "
             "continuing ('have objected'), so the document date is right."),
    8: (["source"], "A promise to pull back from the port within days is CONCEDE (PLOVER: a promise to withdraw "
             "in the future), and the promise is asserted. But 'the group' is LURD, the rebels, not the "
             "Special Court for Sierra Leone. An empty target is right because the port is a place, not a "
             "party. The statement is reported as this news, so the document date is right."),
    9: (["target", "date"], "COERCE arrest by the gendarmes (DZA) is right. Target: 'three schoolboys' are named in "
             "the sentence, so empty is wrong. Date: the text says only 'days later' (after 18-20 April). "
             "2001-04-20 is the date of the student's death, not of the arrests. The text supports "
             "2001-04 at most, not that day."),
    10: (["source", "target"], "COERCE arrest is right, but the police are Malaysian, not PRK. The target should be "
             "the detained woman, Doan Thi Huong (she carries a Vietnamese passport), not Kim Jong Un. "
             "Date (Wednesday = document date) and modality are right."),
    11: (["target"], "ACCUSE by Zhao Lijian (CHN) is right. 'the three countries' refers to the United States, "
             "Britain and Australia, but the target is given with no country code. Under the convention a "
             "description counts only with the right country, so the target is wrong. Document date and "
             "asserted are right."),
    12: (["date"], "ASSAULT: more than 1,000 people were killed in the Gujarat riots. With no perpetrator named, "
             "an empty source is right. Target '1,000 people' (IND) is right. But the sentence gives the "
             "year ('in 2002'), so an act with no date is wrong."),
    13: ([], "All right, though a reader might doubt it. The sentence mentions the drone strike that hit "
             "a base. That is a re-mention of the attack told earlier in the story, but it is in another "
             "sentence, so it is not a duplicate under the rule. The sentence names no attacker and no "
             "party hit, so the empty source and target are right. The strike is this news (document "
             "date). The spokesman's wrong location does not make the strike itself unreal."),
    14: ([], "All right. The Easter attacks on churches and hotels by suicide bombers linked to IS are an "
             "ASSAULT in 2019-04. The bombers' country is not given, so an empty code is right. Churches "
             "and hotels are not parties, and the victims go to e4 (killing), so an empty target is right."),
    15: (ALL, "Spurious: 'did not seek escalation or war' uses 'seek' to mean want or pursue. It is not a "
             "request to anyone, so there is no REQUEST, negated or not. The sentence's real content is "
             "Zarif's statement about the strike and a warning."),
    16: (["type", "source", "target", "date", "modality"],
         "Hacking off civilians' limbs is mutilation (ASSAULT), not COERCE cyber. Source: the "
             "perpetrator named is Sankoh's movement (the RUF, SLE), not 'civilians' coded GBR. Target: "
             "the civilians are the victims, so an empty target is wrong. Date: this is a background "
             "campaign 'during the nine-year civil war', so the document date is wrong. Modality: the act "
             "sits inside a blame ('Many in Freetown blame Sankoh's movement for...'), so it is reported."),
    17: ([], "All right. Irish voters approved (ratified) the EU's Lisbon Treaty by referendum: SUPPORT. "
             "The EU is an acceptable target. The text gives no date for the vote, and the results were "
             "published on Saturday, the document date."),
    18: ([], "All right. The crown prince opened fire: ASSAULT by Dipendra (NPL). The sentence names no "
             "victim, so an empty target is right. The shooting was late on Friday, 2001-06-01, as the "
             "lead says. Attribution to palace sources keeps it asserted."),
    19: ([], "All right. The United States invaded Panama in December 1989: ASSAULT, USA -> PAN, 1989-12."),
    20: ([], "All right. Mursi supporters (EGY) attacked police stations: ASSAULT on the police (EGY) on "
             "the day of the news. The separate act of torching churches is not scored here."),
    21: (["type", "source", "target", "date", "modality"],
         "The handover of war crimes suspects is only demanded ('demands that it hand over'). The act "
             "the sentence holds is REQUEST: unnamed demanders (the EU, empty) asking Croatia ('it'). "
             "Coding it as COOPERATE by Croatia, asserted, gets the type, source (Croatia is the target), "
             "target (the suspects and the U.N. tribunal) and modality (the handover is not asserted) "
             "wrong. Date: 2005-10 comes from 'opened talks in October 2005' in the previous sentence; "
             "the text gives the demands no date."),
    22: ([], "All right, though a reader might doubt it. Erekat's answer that 'no Palestinian leader could "
             "give up Arab rights in the holy city' is a refusal to concede on Jerusalem. The convention "
             "lets such a refusal be a REJECT asserted or the act negated, so CONCEDE negated is accepted. "
             "The Palestinian leadership (PSE) is the party refusing. Israel is not named in the sentence, "
             "so an empty target is right. The statement was made on the day the summit collapsed (the "
             "document date). I would code REJECT by Erekat."),
    23: ([], "All right. Putin's first visit to Pyongyang: CONSULT visit, RUS -> PRK (the host), on the day "
             "of the signing (Wednesday = 2024-06-19)."),
    24: ([], "All right. China's foreign ministry urged all sides to stay calm: REQUEST. 'all sides' is a "
             "common-noun group the sentence says nothing more about, so no country is right. Document "
             "date."),
    25: (["source", "date"], "ASSAULT with hypothetical modality ('may have been killed') is right, and so is the "
             "target, civilians (MMR). Source: the same sentence names the soldiers who 'may have used "
             "disproportionate force'. That is one act, so the source should be the soldiers (Myanmar's "
             "army), and empty is wrong. Date: the previous sentence places the army's operation in "
             "Rakhine in 2017 (and later text says August 2017), so 'no date' is wrong. A reader could "
             "call the passive clause sourceless."),
    26: (["target"], "COERCE arrest with an empty source is right, because the sentence does not say who made the "
             "arrest. The target is wrong: the text names one son, Noureddin Bongo Valentin, but the "
             "target is the group 'Bongo's sons', which drops 'one of' and stands for all the sons. "
             "Document date (coup day) and asserted are right."),
    27: (ALL, "Spurious: 'the first government not backed by the military' describes what kind of "
             "government the NLD will form. It reports no act of support, and no negated act either."),
    28: (["date"], "COERCE arrest of Joshua Wong is right, and an empty source is right because the police are "
             "not named. Wong's country (CHN, Hong Kong) is accepted; his GOV sector is wrong but not "
             "scored. Date: he was arrested 'about 40 hours' before his release on Sunday evening, which "
             "is Friday 2014-09-26. That is not the document date."),
    29: (["target"], "REQUEST for $11 billion by Myanmar is right, and so is the source. The sentence names the "
             "donors, who were 'unlikely to meet' the figure, as the party asked, so an empty target is "
             "wrong. The request ('had asked') has no date in the text, so no date is right."),
    30: (["date"], "PROTEST boycott by student groups (Hong Kong, CHN) is right. The sentence names no aim, so "
             "an empty target is acceptable. Date: the week-long class boycott had been going on right up "
             "to the Sunday of the story. An ongoing act takes the document date (or that week), so no "
             "date is wrong."),
    31: ([], "All right. Israel called up 20,000 reservists: MOBILIZE, ISR, no target, on the day of the "
             "offensive (the document date)."),
    32: (["type"], "Demonstrators camped at a protest site demanding the Rajapaksas' resignation is a PROTEST "
             "(CAMEO 1411, demonstrate for leadership change). The PLOVER REQUEST definition says "
             "protests making requests are not REQUEST, so the type is wrong. Source, target "
             "(authorities), date (ongoing camp, document date) and modality are right."),
    33: (["type", "target"], "The trigger 'offered his congratulations' is praise, so the type is SUPPORT (CAMEO 051), "
             "not AGREE, which covers offers to cooperate. Target: the congratulations, and the meeting "
             "agreed in the same sentence, are to Suu Kyi ('her'), so empty is wrong. Had the event been "
             "read as 'agreed to meet her' (AGREE), the target would still be wrong."),
    34: (["type", "target", "date"], "The White House said U.S. forces would not support or be involved in a Turkish "
             "operation. U.S. forces' support for an operation is material military support, which is not "
             "verbal SUPPORT (PLOVER: 'only verbal support'). Target: 'a Turkish operation' makes Turkey "
             "the party, so empty is wrong. Date: the sentence dates the statement 'On Sunday' "
             "(2019-10-06), so no date is wrong. Negated is accepted."),
    35: ([], "All right. Khodorkovsky funded liberal opposition parties: AID (monetary), RUS -> RUS. The "
             "activity is continuing ahead of the December election, so the document date is right."),
}


def main():
    items = [json.loads(line) for line in open(HERE / "events-a-items.jsonl")]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 36))
    out, counts, real_counts = [], {f: 0 for f in FIELDS + ["all"]}, {f: 0 for f in FIELDS + ["all"]}
    n_real = 0
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS)
        if "event" in false:
            assert set(false) == set(FIELDS), it["n"]
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
        for f in FIELDS + ["all"]:
            counts[f] += verdict[f]
        if verdict["event"]:
            n_real += 1
            for f in FIELDS + ["all"]:
                real_counts[f] += verdict[f]
    with open(HERE / "events-a.jsonl", "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = len(items)
    print(f"{'field':10s} {'right/35':>9s} {'%':>5s}  {'right/real':>10s} {'%':>5s}")
    for f in FIELDS + ["all"]:
        print(f"{f:10s} {counts[f]:>6d}/{n} {100*counts[f]/n:5.0f}  {real_counts[f]:>7d}/{n_real} "
              f"{100*real_counts[f]/n_real:5.0f}")
    print(f"spurious: {n - n_real} of {n}: {[r['n'] for r in out if not r['verdict']['event']]}")
    for f in FIELDS[1:]:
        print(f"  {f} false: {[r['n'] for r in out if r['verdict']['event'] and not r['verdict'][f]]}")


if __name__ == "__main__":
    main()
