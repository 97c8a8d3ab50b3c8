"""Round 57, judge d: verdicts on the 50 sampled dateline events (events-d-items.jsonl).

V[n] = ([false fields], "reasons").  A spurious event lists "event" and is false in every field.
Scored by docs/judged/CONVENTIONS.md.  Run from any directory; writes ../events-d.jsonl.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
ITEMS = os.path.join(ROUND, "events-d-items.jsonl")
OUT = os.path.join(ROUND, "events-d.jsonl")
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: (["date"], "ACCUSE USA->Iran right. Date 2019-05 is taken from 'attacks ... in May and June': that is the "
        "time of the attacks, not of the blaming, which the sentence gives as a standing accusation "
        "('has blamed'); document date 2019-06-20 (or no narrower date) is what the text supports."),
    2: (["target", "date"], "Killing of >330 Beslan hostages is a real ASSAULT. Target Shamil Basayev is the man "
        "who claimed responsibility, not the victims (the hostages, RUS). Date 2002-10 is the Moscow theatre "
        "siege; the killing in the relative clause is the September 2004 Beslan seizure (2004-09). Source "
        "empty accepted: 'were killed' names no killer (I would code Basayev's fighters, by his claim)."),
    3: (["date"], "ASSAULT on Indian soldiers, target IND right, source empty right (Chinese troops only in "
        "other sentences). Date: the text dates the fighting 'late on Monday' (2020-06-15, previous "
        "sentence) - a dated act of this news, so the empty date is wrong."),
    4: (["date"], "Travel ban = COERCE restrict, source unnamed (empty right), target Najib MYS right "
        "(Rosmah Mansor left without MYS - tolerated, the sentence does not state her nationality). Date "
        "empty, but the text gives 'shortly after the election' and the story dates the election May 9 -> "
        "2018-05."),
    5: ([], "All right. 'humbly accepts the court's decision' = AGREE (accepts a ruling) by Roh (the "
        "president), target the Constitutional Court, KOR; the span 'member court' is garbled (from 'nine-"
        "member court') but is the right party. Spokesman's statement, document date."),
    6: (["target"], "Total of >100,000 killed in the Yugoslav wars: ASSAULT with no date is right by the "
        "'total' rule. Target code SRB is wrong: the dead were across Croatia, Bosnia etc.; the text gives "
        "no single country (empty code right, or YUG). (reported_by 'Josip Broz Tito' is nonsense but not "
        "scored.)"),
    7: (["date"], "REQUEST UN mission -> all (Iraqi) sides right. Date empty: this is the news of the day "
        "(reaction to Thursday's vote), so document date 2022-10-13 is required."),
    8: (["type"], "Ordering Poland and Lithuania to reduce their diplomats is expelling diplomats / reducing "
        "diplomatic relations (CAMEO 16x) = SANCTION expel, not a REQUEST; parties and date right."),
    9: (["target"], "REQUEST by Kim Dae-jung right, date right. Target empty although the sentence names "
        "Pyongyang (North Korea, PRK) as the party asked to apologise."),
    10: (["date"], "Planned attack 'to coincide with the G8 summit ... this weekend', per the FSB chief: "
         "ASSAULT future accepted (doubtful: a coder might code nothing). Source rebels RUS right, target "
         "unnamed. Date empty, but the text times the planned act to this weekend's summit (2006-07-15/16)."),
    11: (["event", "type", "source", "target", "date", "modality"], "Spurious: 'was hailed as a rising "
         "economic power' describes Ethiopia's past reputation, no act between political actors; source "
         "'Africa' is a word of the noun phrase, not a party."),
    12: (["source", "target"], "CONSULT, date 2023-04 right. Source is Tsai Ing-wen (TWN), not Lai Ching-te "
         "(and Lai is not CHN). Target Kevin McCarthy lacks USA - the sentence plainly makes him the U.S. "
         "House Speaker (Pelosi's successor, in California)."),
    13: ([], "All right. Curfew in force = COERCE curfew; imposing authority and the population are not "
         "named (empty right); 'late on Friday' = 2002-03-01."),
    14: (["target"], "Total killed since the uprising began: ASSAULT without date right. Target code PSE is "
         "wrong: the dead are Palestinians and Israelis and the text does not say which; empty code right."),
    15: (["date"], "COERCE restrict by Australia and New Zealand right; target (Huawei) only in the previous "
         "sentence, so empty is right. Date: 'have already imposed' is a background act of an earlier time "
         "(Australia 2018); the document date is wrong, no date would be right."),
    16: (["event", "type", "source", "target", "date", "modality"], "Spurious: 'stop cooperating with the "
         "tribunal' is the content of Hezbollah's demand (coded separately as REQUEST e5); the sentence "
         "reports no act of cooperation - a second event out of the demand's complement."),
    17: (["source"], "REQUEST to resist the deal right, target Ukrainians UKR right, date right. Source "
         "Yulia Tymoshenko without UKR: the sentence makes her Ukraine's former PM who lost to Yanukovych."),
    18: (["target"], "CONSULT (mutual), date 1945 right. Taking Mao (CHN) as source; the other party Chiang "
         "Kai-shek has no country code although he led the Nationalist government of China (CHN) and the "
         "slot repeats Mao - target wrong."),
    19: ([], "All right. Refusing to recognise the tribunal = REJECT, Milosevic YUG -> the U.N. war crimes "
         "tribunal ('the tribunal'); a standing refusal, so the document date is right."),
    20: ([], "All right, marginal: 'the move, backed by President Donald Trump' = SUPPORT by Trump for the "
         "Commerce Department's move; no party named as target (empty right); news of the day."),
    21: (["event", "type", "source", "target", "date", "modality"], "Spurious: 'unauthorised protests were "
         "illegal' is a generic statement by Peskov, not a report of a protest act."),
    22: ([], "All right. Abhisit conceded defeat = CONCEDE, 'late on Sunday' 2011-07-03; no party named as "
         "the one conceded to in the verb's frame (empty accepted; I would add Puea Thai)."),
    23: (["source"], "ACCUSE ('charging that Arafat's administration was behind') right, target Arafat PSE "
         "right, date Friday right. Source 'military officials' are Israeli (ISR), not PSE."),
    24: (["source", "date"], "REJECT (refused to apologise) right, target empty right. Source is John "
         "Howard, not Kevin Rudd. Date: a background refusal 'for more than a decade' before 2008 got the "
         "document date."),
    25: ([], "All right. 'thousands of soldiers were killed' in the six-week war, read as Armenia's losses "
         "(ARM, the sentence's subject); a total over the war, so no date is right; killer not named."),
    26: ([], "All right. Veto = REJECT by Russia of a UNSC resolution, target UNSC; news of the day."),
    27: ([], "All right. Car bomb killed 13 in a Baghdad market: ASSAULT, no perpetrator named, target "
         "IRQ, this news (document date)."),
    28: ([], "All right. Freeing prisoners = RETREAT release by Russia, Thursday 2024-08-01. Whelan left "
         "without a code (the sentence gives no nationality; tolerated) and the Kremlin critics' agent "
         "code GOV is wrong but their country RUS is right."),
    29: ([], "All right. Amnesty (no country, right empty) called for an investigation; addressee not "
         "named; news of the day."),
    30: ([], "All right. Opposition boycott of the April vote = PROTEST boycott, TUR, 2007-04."),
    31: (["target"], "ACCUSE by the UNSC, December 2000, right. Target is 'it' = the Taliban movement "
         "(AFG), the party accused of sheltering; Saudi Arabia and bin Laden are wrong."),
    32: (["modality"], "THREATEN Western leaders -> Russia right; undated background warning, empty date "
         "right. Modality: the warning was made (asserted); only the sanctions in its condition are "
         "hypothetical."),
    33: (["source"], "REQUEST for a warrant in July 2008 right, addressee not named. Source Luis Moreno(-"
         "Ocampo) is the ICC prosecutor, not Sudanese: code SDN wrong (empty right)."),
    34: (["source"], "REQUEST to Washington right, date right. Source Gao Feng is China's Commerce Ministry "
         "spokesman (CHN), not USA."),
    35: ([], "All right. Offering condolences (CAMEO 018) = SUPPORT Clinton USA -> Jiang CHN; no date in "
         "the text for a recent act of this news, document date accepted."),
    36: ([], "All right. Atiku (NGA) demanded the election be cancelled; addressee not named; news."),
    37: ([], "All right. US, UK, EU called for an investigation of irregularities; addressee not named."),
    38: ([], "All right. Syria denounced the sanctions = ACCUSE disapprove; the US is not named in the "
         "sentence ('the sanctions' is an act), so empty target is right."),
    39: ([], "All right. Japan refused to revise the textbook = REJECT; dated to July 2001 with the "
         "suspension it triggered; the demanders are not in the refusal's clause (empty accepted)."),
    40: (["type", "target", "date"], "The court ORDERED a release that did not happen (Yameen arrested "
         "the judges): the act is the court's order, a REQUEST/demand to the government, not a RETREAT "
         "release. Target empty though the sentence names the opposition leaders (and 'he', the "
         "president). Date: 'In February' (2018-02), not the document date."),
    41: (["target"], "Breaking off relations = SANCTION, 1980 right. Both parties were put in the source and "
         "the target left empty: by the mutual rule one is source and the other (Iran) the target."),
    42: (["target"], "REQUEST by Guterres right, date right. 'both sides' are Morocco and the Polisario; a "
         "single MAR code gives the Polisario Morocco's code - wrong."),
    43: ([], "All right. Netanyahu welcomed the decision = SUPPORT; the US is not named in the sentence, "
         "empty target right. (urged = separate REQUEST e4, not a duplicate.)"),
    44: ([], "All right. China warned and threatened to respond = THREATEN (one event, no second event "
         "coded); target 'such a meeting' is an act, parties in the previous sentence; recent, document "
         "date accepted."),
    45: ([], "All right. Cairo asked for the UNSC to convene: REQUEST Egypt -> UNSC, news of the day."),
    46: (["modality"], "Evacuating foreigners = AID (military protection), UK -> foreigners, Monday. "
         "Modality: in this sentence the evacuation is the purpose of the deployment ('flew ... to "
         "evacuate'), i.e. future; the next sentence reports it began, but the act is coded from its own "
         "sentence."),
    47: ([], "All right. Parliament approved Maliki's nominees on Thursday = SUPPORT (approval) "
         "parliament IRQ -> Maliki."),
    48: (["target"], "AID by governments around the world right. Target is 'the country' = Haiti (HTI), not "
         "the United States."),
    49: (["source"], "SUPPORT (welcomed the EU decision), target empty right (the EU is not named), date "
         "right. Source: Tsikhanouskaya has no code (Belarusian opposition leader, BLR plain) and "
         "Lithuania, where she fled, is wrongly added as a second source."),
    50: (["target"], "Klaus says he opposes the Lisbon Treaty: REJECT accepted (ACCUSE disapprove also "
         "possible), standing position, document date right. Target Czech Republic is wrong: 'it' is the "
         "treaty (the EU, or no party)."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS)]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    counts = {f: 0 for f in FIELDS + ["all"]}
    real = 0
    real_counts = {f: 0 for f in FIELDS + ["all"]}
    with open(OUT, "w") as fh:
        for it in items:
            bad, reasons = V[it["n"]]
            for f in bad:
                assert f in FIELDS, (it["n"], f)
            if "event" in bad:
                assert set(bad) == set(FIELDS), it["n"]
            verdict = {f: f not in bad for f in FIELDS}
            verdict["all"] = all(verdict[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = verdict
            rec["reasons"] = reasons
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for f in FIELDS + ["all"]:
                counts[f] += verdict[f]
            if verdict["event"]:
                real += 1
                for f in FIELDS + ["all"]:
                    real_counts[f] += verdict[f]
    print(f"{'field':10s} {'right/50':>9s} {'%':>6s} {'right/real(' + str(real) + ')':>16s} {'%':>6s}")
    for f in FIELDS + ["all"]:
        print(f"{f:10s} {counts[f]:>9d} {100 * counts[f] / 50:>6.1f} {real_counts[f]:>16d} "
              f"{100 * real_counts[f] / real:>6.1f}")
    print(f"spurious: {50 - real}")
    for f in FIELDS[1:]:
        ns = [n for n in sorted(V) if f in V[n][0] and "event" not in V[n][0]]
        print(f"{f} wrong on real events: {ns}")


if __name__ == "__main__":
    main()
