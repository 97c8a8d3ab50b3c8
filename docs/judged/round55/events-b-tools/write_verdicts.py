"""Round 55, judge b: verdicts on the 60 sampled events (events-b-items.jsonl).

V = {n: ([false fields], "reasons")}. A spurious event is false in every field.
Writes ../events-b.jsonl (each item line plus "verdict" and "reasons") and prints the
per-field table. Run from anywhere: python write_verdicts.py
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
    1: ([], "All right. Exile groups 'said' security forces fired on crowds: attribution only, so asserted. "
            "Date 2008-03-14: the story puts the violence on Friday ('turned violent on Friday'). "
            "reported_by 'Tibetan[CHN/country]' should be the exile groups (not scored)."),
    2: (["date"], "Yeltsin's resignation is a background act: the story dates it Dec. 31 (1999), 'less than three "
                  "months' before; dateline gave the report day 2000-03-27."),
    3: ([], "All right. Resignation is RETREAT/resign in the PLOVER codebook; Tuesday = 2012-02-07."),
    4: ([], "All right. Ban (UN Secretary-General, UNO) met Zardari; Sunday = 2010-08-15 from the lead."),
    5: (["date"], "'Abiy has promised' is a background pledge of unknown earlier time, not this news (the Nobel "
                  "prize); the document date is wrong, no date would be right."),
    6: (["source", "target"], "'The two leaders' = Barak (ISR) and Arafat (PSE), a mutual AGREE: one should be source "
                              "and the other target. 'leaders[PSE]' gives the Israeli half the wrong country and the "
                              "target is empty."),
    7: (["date"], "The text dates the war 'from 1991 to 2002'; dateline gave no date (basis unknown). Otherwise "
                  "right: country as party of a civil war, no other party named."),
    8: ([], "All right. Palestinian officials accuse Sharon; reaction on the day of the killing (doc date)."),
    9: (["source", "target"], "The leaders of North and South Korea signed: a mutual act of Kim Dae-jung (KOR) and Kim "
                              "Jong Il (PRK). 'leaders[KOR]' gives the North Korean half the wrong country; target empty. "
                              "SUPPORT is right for signing (CAMEO 057 -> SUPPORT; codebook 'ratify, sign ... agreement')."),
    10: ([], "All right by the conventions: 'would not accept' coded as AGREE negated is the refusal written as the "
             "positive act negated (like 'refused to withdraw' = RETREAT negated). I would code REJECT KOR -> JPN asserted."),
    11: ([], "All right. Target empty: Iran is not named in the sentence. No date: the threat sits in a background "
             "paragraph and its time is not given; the document date would also be defensible."),
    12: (ALL, "Spurious: 'opposition rallies' is the object of the alleged crackdown, a generic mention with no "
              "protest act reported; the sentence's acts (ACCUSE critics -> Magufuli, COERCE reported) are coded as e10/e11."),
    13: ([], "All right. 'taken aim at results' = ACCUSE/disapprove; the object is results, so an empty target is "
             "acceptable (one could argue for the electoral commission named in the relative clause)."),
    14: ([], "All right. Rights groups criticise the amnesty (a policy, no party as recipient); doc date for the "
             "reaction to the signing."),
    15: (ALL, "Spurious: 'seeking the capacity' is pursue/try to acquire, not a request to anyone. The sentence's acts are "
              "ACCUSE (Western governments -> Iran) and a denial by Tehran."),
    16: ([], "All right. Washington rejected Putin's accusation: REJECT USA -> Putin; 'previously', time unknown, so no "
             "date is right. (reported_by Putin is odd but not scored.)"),
    17: ([], "All right. Mutual CONSULT of U.S. and Chinese officials; the text gives only 'days after', so no date is right."),
    18: ([], "All right. The EU's asset freezes/travel bans = SANCTION EU -> China, Monday 2021-03-22. Not a duplicate "
             "within its sentence (the lead's sanction event is another sentence)."),
    19: (ALL, "Spurious: 'to settle their long border dispute' is the purpose of the talks, not an agreement; the talks "
              "are coded as e10 (CONSULT) from the same sentence."),
    20: (ALL, "Spurious duplicate: 'killed since clashes erupted on Sunday' is one act of fighting; it is already coded "
              "from this sentence as e3 (ASSAULT 'killed'). Had it stood alone, empty source/target would also be wrong "
              "(soldiers and militants are named)."),
    21: ([], "All right. 'said he would offer Medvedev a new post': offer = AGREE, future; no date given for the future "
             "offer, so unknown is right."),
    22: (["source"], "Tamim is Dubai's police chief (UAE, police), not PSE/MIL. Negated ACCUSE is right; target 'any "
                     "country' with no code is acceptable as the sentence gives nothing more."),
    23: ([], "All right. 'never ratified by Congress' = SUPPORT (ratify) negated, Congress USA; no date."),
    24: (["target"], "The Ecumenical Patriarchate of Constantinople is Istanbul-based (the story says so): TUR, not RUS. "
                     "Event, type (CAMEO 161 break relations -> SANCTION withdraw), date Monday 2018-10-15 right."),
    25: (["date"], "'China has warned' is a long-standing background warning of unknown time, not this news (Chen's "
                   "shooting); document date wrong, no date would be right. Target empty is right (Taiwan not named)."),
    26: (["date"], "The rejection is the voters' verdict in Sunday's election (2015-06-07), this news; dateline gave no date. "
                   "Event accepted (Demirtas's reading of the vote, attribution only, so asserted); mode 'meet' is off but "
                   "not scored."),
    27: (["type"], "Maduro accepting his defeat is a verbal concession: CONCEDE (CAMEO 080 yield), not AGREE (willingness "
                   "to cooperate). Other fields right (result is no party; doc date)."),
    28: ([], "All right. UN appeal for $460 million = REQUEST (assist); 'last week' before Sunday 2010-08-15 = 2010-W31."),
    29: (["date"], "Serbia's request, backed by Russia, was made 'later that year' = 2008 (after Kosovo's Feb 2008 "
                   "declaration); the text gives the year and dateline gave none."),
    30: (ALL, "Spurious: the crew of Russia's own warship 'had been evacuated' after a fire: no act between political "
              "actors, not AID."),
    31: ([], "All right. 'several European governments' with no country is right (several unnamed states)."),
    32: ([], "All right. Biden's sanctions 'last week' relative to Thursday 2021-04-22 = 2021-W15; Moscow = Russian government."),
    33: (["target", "date"], "AID for 'people displaced by the war' (Sri Lanka's Tamils): the beneficiaries are named, "
                             "so an empty target is wrong. 'India has funded' is a background act of earlier time, not "
                             "this visit: document date wrong."),
    34: ([], "All right. UN mission (UNO) urged all sides; 'sides' with no code acceptable (the sides include foreign backers)."),
    35: (["target", "date"], "Israel put its forces on high alert after the PFLP's threat: the West Bank is a place, "
                             "'Palestine' is not the party (if any, the PFLP). The alert is this news (Tuesday "
                             "2006-03-14), but no date was given."),
    36: ([], "All right. Civilians killed in Kursk (RUS), attacker not in the sentence; doc date for news of the incursion."),
    37: (["date"], "'Last month' in a 2005-03-08 story = 2005-02; dateline gave 1999."),
    38: ([], "All right. 'In November' in a Jan 2004 story = 2003-11; visit to Tbilisi -> host Georgia."),
    39: ([], "All right. An offer of aid is AGREE (wave 76); 'had offered', time unknown, no date right."),
    40: ([], "All right. Mode 'assassinate' would fit better than 'firearms' (not scored)."),
    41: ([], "All right by the conventions: 'do not recognise the results' as SUPPORT (recognise) negated; I would code "
             "REJECT asserted. Results are no party: empty target right."),
    42: ([], "All right, borderline: 'We are not going to give up' is Zyuganov's refusal to concede the count, a "
             "negated CONCEDE; no party in the sentence. A coder could also leave this uncoded."),
    43: ([], "All right. Tear gas/live rounds into the air = ASSAULT crowd-control; the stone-throwers are in the "
             "previous sentence, not referred to here, so empty target is right."),
    44: ([], "All right. Ping (GAB, opposition) -> international community."),
    45: (["date", "modality"], "The Israeli pullout is what analysts say became 'more likely': hypothetical, not "
                               "asserted, and it had not happened on the document date (Barak's target was July)."),
    46: (["target", "date"], "The border guard 'told it' = the Moskva (Russian navy): target empty is wrong. The act was "
                             "'on the first day of the war' (2022-02-24), not 2022-04-15. Source 'Ukraine' accepted for "
                             "'a Ukrainian border guard'."),
    47: (["type", "date"], "A country pulling out of a treaty is SANCTION/withdraw in the PLOVER codebook (as dateline's "
                           "own e1 codes it), not RETREAT. Trump signed on Monday 2017-01-23 (lead), not the doc date."),
    48: (["date"], "The trip is Modi's travel to the BRICS summit in Xiamen 'from Sunday' (2017-09-03, dateline's e8 has "
                   "it); no date given. Future and CONSULT visit right."),
    49: (["source", "target"], "'opposition activists detained this week': the activists are the ones detained (target), "
                               "not the detainers; source should be empty (police not named)."),
    50: (ALL, "Spurious: 'a referendum on China's missile deployment' names the topic of the referendum; no act of "
              "mobilising is reported in the sentence."),
    51: (["type"], "Ordering an autopsy is not a request to another actor; if coded at all it is ACCUSE/investigate "
                   "(inquiry into the death). Other fields right."),
    52: (["date"], "'Hamas has blamed Israel' is Hamas's standing accusation since the January killing, not an act of "
                   "the report day (Monday 2010-02-15); no date would be right."),
    53: (ALL, "Spurious: 'to help support the Sri Lankan rupee' is propping up a currency, not political SUPPORT; the "
              "act (India's offer) is coded as e2 AGREE from the same sentence."),
    54: (["date"], "The text puts the killings in Friday's rioting (victims burned in fires set 'on Friday', violence "
                   "'on Friday'): 2008-03-14; 'on Saturday' is when Xinhua said it."),
    55: ([], "All right. Mutual AGREE Biden/Xi, Monday 2022-11-14."),
    56: (["source"], "Judges of the ICTY, a UN tribunal in The Hague, are not BIH; code UNO/IGO (or empty). Target, type "
                     "(SANCTION/convict), date right."),
    57: (["target"], "Zimbabweans rejected the constitution 'backed by President Robert Mugabe', 'dealing the veteran "
                     "leader his first defeat': Mugabe is named as the party acted upon; empty target wrong. Date: doc "
                     "date (results Tuesday) accepted."),
    58: ([], "All right. 'will not give up control of the lake' = negated promise to withdraw (CONCEDE negated); "
             "'have said', time unknown, no date right; Syria not named."),
    59: (["target", "date"], "Yanukovych refused to sign the EU agreement at 'the EU's November summit in Vilnius' "
                             "(2013-11): the EU is named and is the counterpart (target empty wrong), and the date is "
                             "November 2013, not 2014-06-27."),
    60: ([], "All right. Congratulation = SUPPORT, separate from the phone call; Monday 2002-10-28."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS, encoding="utf-8") if l.strip()]
    assert len(items) == 60 and set(V) == set(range(1, 61))
    right = {f: 0 for f in FIELDS}
    right_real = {f: 0 for f in FIELDS}
    all_ok = 0
    real = 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for it in items:
            bad, why = V[it["n"]]
            assert set(bad) <= set(FIELDS), (it["n"], bad)
            verdict = {f: f not in bad for f in FIELDS}
            verdict["all"] = all(verdict[f] for f in FIELDS)
            out = dict(it)
            out["verdict"] = verdict
            out["reasons"] = why
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
            is_real = verdict["event"]
            real += is_real
            for f in FIELDS:
                right[f] += verdict[f]
                if is_real:
                    right_real[f] += verdict[f]
            all_ok += verdict["all"]
    print(f"wrote {OUT}")
    print(f"{'field':<10}{'right/60':>10}{'%':>7}{'right/real':>12}{'%':>7}")
    for f in FIELDS:
        print(f"{f:<10}{right[f]:>7}/60{100*right[f]/60:>7.1f}{right_real[f]:>9}/{real}{100*right_real[f]/real:>7.1f}")
    print(f"{'all six':<10}{all_ok:>7}/60{100*all_ok/60:>7.1f}{all_ok:>9}/{real}{100*all_ok/real:>7.1f}")
    print(f"spurious: {60-real}")


if __name__ == "__main__":
    main()
