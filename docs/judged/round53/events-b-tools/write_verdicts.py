"""Judge b, round 53: verdicts on the 60 sampled dateline events (heldout_news5).

Scored by docs/judged/CONVENTIONS.md. V maps item n -> ([false fields], reasons).
"ALL" in the false list marks a spurious event (false in every field).
Writes events-b.jsonl next to this folder and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: ([], "All right. Passive shoot-down with no agent named: empty source right; the Malaysian airliner "
            "(MYS) is the party hit; 'in July' -> 2014-07."),
    2: (["target"], "Target: the boycott is of Parliament's sessions and Parliament is named in the sentence, "
            "so the target is the Lebanese parliament (LBN), not empty. Source 'Michel Aoun' for 'Aoun's "
            "lawmakers' accepted as his bloc. Null date right: a boycott spread over 45 sessions since 2014 is a span."),
    3: (["source"], "Source: 'in Israeli strikes' names the attacker; Israel (ISR) should be the source, "
            "empty is wrong. Target, doc date (same-day strikes) and asserted+reported_by right."),
    4: (["source"], "Source 'Inspector[PHL]' is a stray actor; 'They' = Kiram's followers, the Filipino "
            "intruders. Type/modality: 'will fight to the last man' accepted as ASSAULT future (as 'will meet' "
            "is future); I would rather code THREATEN. No target in the sentence: empty right; undated future: null right."),
    5: (["ALL"], "Duplicate: the same sentence already yields e11 'visited' CONSULT Kim -> Russia (2023-09); "
            "meeting Putin during that visit is the same CONSULT act, coded a second time."),
    6: (["source", "target", "date"], "Source: the officers are Hong Kong police; the code for Hong Kong actors "
            "is HKG (dateline itself gives 'Hong Kong police[HKG]' in the lead), not CHN. Target: the crowds are "
            "plainly in Hong Kong (HKG); empty code wrong. Date: no date in the sentence, the act is this news "
            "(Sunday = document date 2014-09-28); null is wrong."),
    7: (["date"], "Date: the deal is 'the May 17 agreement' of the previous sentence (2010-05-17); a background "
            "act of an earlier time was given the document date."),
    8: (["target", "date"], "Target: the sentence names what was raided, music shops (and 'brothels') in Pakistan; "
            "empty is wrong. Date: 'For months the clerics had challenged...' is background before the July 3 "
            "siege; the document date is wrong. Source clerics (who sent the vigilantes) accepted."),
    9: ([], "All right."),
    10: (["date"], "Date: the protests broke out 'in the evening' of the day of the news (Wednesday = 2022-09-21); "
            "null is wrong. Empty source accepted (no protesters named); empty target accepted (no aim named; "
            "Russia would also be right by the home-protest rule)."),
    11: (["target"], "Not a duplicate of e1 ('would resign', RETREAT future): e1 codes the future resignation, this "
            "codes the yielding done today, which PLOVER codes as CONCEDE (0831; its codebook sends promises of "
            "resignation away from RETREAT). Target: 'his own party' refers to the DPJ (JPN), named in the "
            "sentence; empty is wrong. I would code only this CONCEDE and not e1."),
    12: (["type"], "Type: accepting 'the verdict of the people' after losing is conceding defeat, CONCEDE "
            "(080), not AGREE (an agreement to cooperate). Empty target accepted; doc date right."),
    13: (["source", "target"], "Source: the givers are named, 'euro zone countries and the IMF'; empty is wrong. "
            "Target: Greece is right but IMF is listed as a recipient. Null date right: a total 'since 2010'."),
    14: ([], "All right. 'Arafat has threatened' is a standing threat still in force when the story is told, so "
            "the document date is accepted; no target named."),
    15: ([], "All right. Target gives 'anti-peace forces' and Eritrea but omits Egypt, also named; the listed "
            "parties are right, so accepted as incomplete rather than wrong. 'has blamed' is an ongoing stance: doc date accepted."),
    16: (["source", "date"], "Event: 'assassinated former prime minister Rafik al-Hariri' reports a real act "
            "(accepted as an event). Source: Saad al-Hariri / 'leader' did not kill his father; the sentence "
            "names no killer, so the source should be empty. Target 'Rafik al' (truncated) is identifiably Rafik "
            "al-Hariri, LBN: accepted. Date: the killing was February 2005 (the story says so); the document date is wrong."),
    17: (["date"], "Date: '194' comes from no date; the accusation is long-standing and undated (null or the "
            "document date would be right)."),
    18: ([], "All right. Attribution to Suu Kyi keeps the 2017 insurgent attacks asserted; no target named; 2017 right."),
    19: (["type", "target", "date"], "Type: backing a no-confidence vote that brought down Sandu's government is "
            "an act against that government, not SUPPORT toward anyone. Target: 'her government' (Sandu's, MDA) "
            "is named; empty is wrong. Date: 'last year' -> 2019; the document date is wrong. Source Dodon for "
            "'Dodon's Socialists' accepted."),
    20: (["target", "date"], "Target: 'the building' is the Sebha court's building, the court being named in the "
            "sentence; empty is wrong. Date: the blockade preceded a reinstatement after last month's rejection, "
            "a background act of an earlier time; the document date is wrong. COERCE restrict for a blockade is "
            "CAMEO 191's mapping."),
    21: (["source", "target"], "Source: 'United Kingdom' is the victim's nationality, not the shooter; the "
            "sentence names no shooter, so empty. Target: the British cameraman (GBR) and the reporter are the "
            "victims; empty is wrong."),
    22: ([], "All right. 'at least one person was killed' in Friday's riots (previous sentence) -> 2000-05-19."),
    23: (["type"], "Type: 'Argentina has sought him' means it wants him arrested and tried (warrants), an "
            "investigation/legal action (ACCUSE investigate or COERCE), not a REQUEST: nothing is asked of "
            "Mughniyeh. 'has sought' is ongoing: doc date accepted."),
    24: ([], "All right by the conventions: 'We will work closely with' as COOPERATE future, like 'will meet'. "
            "I would code it AGREE (CAMEO 030, intent to cooperate). The spokesman stands for the US government."),
    25: (["type"], "Type: seizing hostages is abduction, ASSAULT (CAMEO 181, PLOVER ASSAULT abduct), not COERCE "
            "seize (property). Not a duplicate of e1 (the killing)."),
    26: (["ALL"], "Duplicate: 'warning shots' is part of the firing already coded as e4 (ASSAULT, police fired "
            "tear gas and warning shots); PLOVER counts firing in the air as crowd-control ASSAULT. Not a threat "
            "act of its own (its date, a week ago, would also be wrong)."),
    27: (["target"], "Target: the curfew is on Cairo and 13 provinces (EGY); 'Cairo University' is a wrong party."),
    28: (["modality"], "Modality: 'will remain to help' is future, not asserted. Type AID (aid to be given, not "
            "a pledge) and Alkatiri for 'the government of Prime Minister Mari Alkatiri' accepted; the mission "
            "starts at independence, so the document date is accepted."),
    29: ([], "All right. Arce is in the previous sentence, so an empty target is right."),
    30: (["type"], "Type: 'offered support' is an offer, AGREE by the conventions (wave 76), not AID (and the "
            "support was political, not material)."),
    31: ([], "All right. PLOVER codes signing a treaty as SUPPORT (CAMEO 057); mutual Bush/Putin; 'four days "
            "ago' -> 2002-05-24."),
    32: (["type", "target", "date"], "Type: Sadr's followers occupying parliament is a protest sit-in (PROTEST), "
            "not armed forces taking ground. Target: parliament is right but Mohammed Shia al-Sudani is not acted "
            "upon. Date: 'have occupied parliament since late July' is still going on, so the document date; "
            "null is wrong."),
    33: ([], "All right. Suspending military cooperation is SANCTION (CAMEO 16)."),
    34: (["type"], "Type: the court ordered a release that never happened ('Yameen's government refused to "
            "comply'); the act is the order, a DEMAND on the government, not a RETREAT release asserted. "
            "Target Nasheed accepted as the person the order concerns; 'On Thursday' -> 2018-02-01 right."),
    35: ([], "All right. The text gives no date for the release (after June 1998): null right."),
    36: (["target", "date"], "Target: Putin met Kim's father, Kim Jong Il, not Kim Jong Un. Date: 'in July 2000' "
            "is in the sentence; null is wrong."),
    37: ([], "All right. 'former prime minister' is Ba (SEN); Sall's backing is ongoing: doc date accepted."),
    38: ([], "All right. An offer with its terms stated is AGREE asserted; background with no date: null right."),
    39: ([], "All right. Dozens killed over months of protests is a span: null right."),
    40: (["source"], "Source: the opposition leaders are Malaysia's (the crisis and Najib's election); the empty "
            "country code is wrong. Target and doc date ('have accused', current) right."),
    41: (["date"], "Date: the sentence gives no date; 'also arrested' parallels the arrests 'early on Tuesday' "
            "(document date 2018-02-06). Monday came from the troops surrounding the court, another act."),
    42: (["date"], "Date: Boric spoke late on Sunday (Sep 4); 'on Monday' is 2022-09-05, the document date, not "
            "2022-09-12."),
    43: ([], "All right. 'did not endorse the attack' = SUPPORT negated; Turkey is not named in the sentence "
            "('the attack' is an act, not a party), so an empty target is right."),
    44: (["date"], "Date: the claimed deaths are from that morning's missile strike, reported as this news; the "
            "document date 2020-01-08 is right, null is wrong. Reported modality right (claimed)."),
    45: ([], "All right. 'hinted that she could pardon' is hypothetical; 'her father' = Alberto Fujimori (PER)."),
    46: (["source", "target"], "The security forces are plainly Pakistan's (Islamabad siege); both lists carry "
            "'security forces[None]', so the wrong empty code is in each field. Students PAK, type, date right."),
    47: (["date"], "Date: 2003-08 is the date of the Marriott attack, not of the blaming, which is background "
            "and undated. Target 'Islamiyah' (truncated Jemaah Islamiyah, no seat country) accepted."),
    48: (["source", "target"], "Source: the accusers are the Interior Ministry officials; 'police' (the injured "
            "party) is wrong. Target: the 'extremists' accused of provoking the Kiev clashes are plainly "
            "Ukrainian (UKR); the empty code is wrong."),
    49: ([], "All right. 'duty Turkish policeman' is the off-duty Turkish policeman (truncated). e2 'opened fire' "
            "is the duplicate, not this."),
    50: ([], "All right. Target Iraq (the bases are Iraqi and Iraq protested the violation) accepted; I would "
            "code the U.S. troops (USA) as the target."),
    51: ([], "All right."),
    52: (["ALL"], "Spurious: Howard 'broke off campaigning' for his own election is no sanction and no PLOVER act."),
    53: (["source", "target"], "Source: the police in Jakarta are Indonesian (IDN), not AUS. Target: Jemaah "
            "Islamiyah is named as the party blamed; empty is wrong."),
    54: ([], "All right. Cutting internet is COERCE withhold; no agent named; Oromia (ETH) as the area acted on "
            "accepted; 'repeatedly in recent weeks' is a span: null right."),
    55: ([], "All right. 'objected to the post-mortem': no party named as target in the sentence ('the "
            "post-mortem' is an act), so empty is right; the demand is e5, not a duplicate."),
    56: (["target"], "Target: the officers seized power from President Ali Bongo, named in the sentence; empty is "
            "wrong. ASSAULT for a military seizure of power accepted (no PLOVER coup type)."),
    57: (["source"], "Source: Republican lawmakers are plainly U.S. (USA); empty code wrong."),
    58: ([], "All right. Background resignation with its date 'October 2000'."),
    59: ([], "All right. 'The group' = Hamas; no target named. reported_by 'Israeli military' is wrong (Hamas "
            "said it), but reported_by is not scored."),
    60: ([], "All right. Thursday 2001-12-20 from the lead ('as police fought protesters')."),
}


def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-b-items.jsonl"))]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 61))
    counts = {f: 0 for f in FIELDS + ["all"]}
    real_counts = {f: 0 for f in FIELDS + ["all"]}
    n_real = 0
    with open(os.path.join(ROUND, "events-b.jsonl"), "w") as out:
        for it in items:
            bad, why = V[it["n"]]
            assert set(bad) <= set(FIELDS + ["ALL"]), bad
            if "ALL" in bad:
                verdict = {f: False for f in FIELDS}
            else:
                verdict = {f: f not in bad for f in FIELDS}
            verdict["all"] = all(verdict[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = verdict
            rec["reasons"] = why
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for f in FIELDS + ["all"]:
                counts[f] += verdict[f]
            if verdict["event"]:
                n_real += 1
                for f in FIELDS + ["all"]:
                    real_counts[f] += verdict[f]
    print("| field | right of 60 | %% | right of %d real | %% |" % n_real)
    print("|---|---|---|---|---|")
    for f in FIELDS + ["all"]:
        name = "all six" if f == "all" else f
        print("| %s | %d | %.0f%% | %d | %.0f%% |" % (name, counts[f], 100 * counts[f] / 60,
                                                    real_counts[f], 100 * real_counts[f] / n_real))
    print("spurious: %d of 60" % (60 - n_real))


if __name__ == "__main__":
    main()
