"""Round 60, judge c: verdicts on the 50 sampled dateline events (events-c-items.jsonl).

V maps item n -> ([false fields], "reasons"). A spurious event is listed with every field false.
Run from anywhere: writes ../events-c.jsonl next to the items and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
ITEMS = os.path.join(ROUND, "events-c-items.jsonl")
OUT = os.path.join(ROUND, "events-c.jsonl")

FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: ([], "All right. 'the two sides' = Hasina's government and the opposition, both Bangladeshi, so "
            "BGD is right; statement reported as this news, document date (Monday 2014-01-06)."),
    2: ([], "All right. ACCUSE Mutua (KEN gov) -> opposition (KEN); undated statement reported as news, "
            "document date."),
    3: ([], "All right. Capture of a town by armed forces is ASSAULT (conventions); the town is Eritrean, so "
            "target Eritrea is right; 'on Wednesday' before Thursday 2000-05-18 = 2000-05-17."),
    4: (["source"], "source: Kofi Annan is the international (UN-Arab League) envoy, not a Syrian government "
                    "actor; code SYR/GOV is wrong (should be empty or UN). Rest right: 'urged' is a separate "
                    "act from the meeting (e9); Tuesday = document date 2012-05-29."),
    5: (["date"], "date: 'have already suspended some aid' is a background act of an earlier, unstated time "
                  "(before the election story of 2015-07-24); given the document date. Target empty is right: "
                  "the sentence names no recipient (Burundi is not named in it). EU code EUR accepted."),
    6: (["target"], "target: 'condemned the military takeover' refers to Sudan's military (named in the "
                    "phrase and the story); the target is that party, not empty. Date: undated reaction on the "
                    "day of the coup, document date right."),
    7: (["type"], "type: masked protesters smashing shop windows and setting fire to a bank during the summit "
                  "protests is a riot, PLOVER PROTEST (mode riot), not ASSAULT on people. Source 'masked "
                  "protesters' with no country is right (the text does not say whose); target empty right "
                  "(aim is property, not the authorities); 'hours later' after Friday's rally = 2005-11-04."),
    8: (["type"], "type: troops capturing the MILF headquarters is armed forces taking ground = ASSAULT "
                  "(CONVENTIONS, settled wave 30), not COERCE seize. Source/target PHL right; Sunday = "
                  "2000-07-09 right."),
    9: (["source", "modality"],
        "Event holds (the public calls for an end to violence, a REQUEST distinct from the AGREE e1). source: "
        "'both leaders' = Barak (ISR) and Arafat (PSE); dateline leaves them unresolved with no country, which "
        "is not the right party/code. modality: they 'had committed to issue' the calls - the calls are future, "
        "not asserted. Date: Tuesday = document date 2000-10-17 right; target empty right (the public)."),
    10: ([], "All right. Withdrawing from the grain deal coded SANCTION (withdraw) is acceptable (REJECT would "
             "also do); Ukraine, whose exports the deal allowed, is an acceptable target; 'on Monday' = "
             "2023-07-17."),
    11: ([], "All right. REQUEST Hamas (PSE) -> Palestinians, distinct from the REJECT e9; document date."),
    12: ([], "All right, with doubt on the event: 'the bombing of Afghanistan' is the ongoing U.S.-led campaign "
             "(begun Oct. 7), a real ASSAULT named in the noun phrase; the sentence names no bomber, so an "
             "empty source is right by the no-party rule; ongoing act takes the document date. A coder might "
             "instead code only Mahathir's criticism."),
    13: (["date"], "Event accepted as a hypothetical COOPERATE (analysts: Beijing seeks to show it 'could work "
                   "with' Taiwan's opposition); source/target/modality right. date: '2023-01' comes from "
                   "'presidential elections in January' (which is January 2024) - not a date of the act; the "
                   "hypothetical has no date (or the document date for the current effort)."),
    14: (ALL, "Spurious: 'Lebanese positions had been \"confiscated\" by Hezbollah' is a metaphor for "
              "political capture, not a seizure of property. The act in the sentence is Saudi Arabia's ACCUSE "
              "of Hezbollah ('took aim at')."),
    15: ([], "All right. Mutinous soldiers (BFA) demanded resources and dismissals; addressee not named, empty "
             "target right; 'began on Sunday' = 2022-01-23."),
    16: (["date"], "date: 'At least 14 people have been killed ... in the protests, which began on April 6' is a "
                   "total summed over a span from an earlier time: no date (CONVENTIONS, round 20), not the "
                   "document date. Source empty right (no killer named); target NPL right."),
    17: (["modality"], "modality: the meeting 'had been due' on Sunday but Trump cancelled it (lead sentence; "
                       "'had been due' itself marks the plan as off). The act will not happen, so 'future' is "
                       "wrong - negated (or hypothetical). Mutual meeting, parties and Sunday 2019-09-08 date "
                       "right."),
    18: (["source"], "source: 'Its ambassador' = Russia's ambassador; Anatoly Antonov is given no country "
                     "(should be RUS). Adding Russia[RUS] beside him does not fix the empty code of the named "
                     "speaker. Target empty accepted: 'such actions' (the strikes) names no party in this "
                     "sentence. THREATEN, document date (strikes and reaction on 2018-04-14), asserted right."),
    19: (["type"], "type: ordering security tightened at Russian airports is raising police/security alert "
                   "(CAMEO 151 -> PLOVER MOBILIZE, police), a domestic security measure, not a REQUEST to "
                   "another party. Source Medvedev RUS, empty target, date (day of the bombing = document date) "
                   "right."),
    20: ([], "All right. An invitation to a summit is an offer to meet, AGREE by the offer rule; 'Moon Jae' "
             "truncates Moon Jae-in but is the right party (KOR); Saturday = 2018-02-10. (reported_by should "
             "be his sister Kim Yo Jong, not scored.)"),
    21: (ALL, "Spurious duplicate: 'bowing to public fury' describes the resignation itself, already coded from "
              "this sentence as e1 RETREAT (item 45). Not a second act."),
    22: (["date"], "date: the text dates the meeting - 'Tsai and McCarthy met on Wednesday' (2023-04-05); "
                   "dateline gives Thursday's document date 2023-04-06 (its own e3 from paragraph 3 has the "
                   "right date). CONSULT Tsai (TWN) - McCarthy (USA), asserted, right."),
    23: (ALL, "Spurious: 'roads, ports and airports had been destroyed' by Typhoon Haiyan - storm damage, no "
              "political actor and no assault."),
    24: (["target"], "target: Brown called for targeted sanctions on Myanmar's ('the country's') gem and timber "
                     "trade; the United States is not the party asked nor the party acted upon. Should be empty "
                     "(addressee unnamed) or Myanmar. Source GBR, document date (verdict day), asserted right."),
    25: (["date", "modality"],
         "Source accepted with doubt: 'Both' = Naidu's TDP and Kumar's JD(U); only Kumar is given (right party, "
         "IND) - half the pair. date: the text dates the statement 'on Wednesday' (2024-06-05 = document date); "
         "dateline gives none. modality: the declaration that they will back Modi is itself the endorsement "
         "(SUPPORT, as a pledge is coded as the pledge, asserted); 'future' treats it as an act not yet made."),
    26: (["target"], "target: prosecutors will ask the court (the Special Court's judges) for a long term; the "
                     "request is addressed to the court, which the sentence does not name, so the target should "
                     "be empty (or the court). Taylor ('he') is the one the sentence is about, not the party "
                     "asked. Future, no date: right."),
    27: (["date", "modality"],
         "Event CONSULT visit U.S. officials -> Beijing right. modality: a 'planned visit' that 'would go "
         "ahead' is future, not asserted. date: the visit has not taken place; the text gives no date, so no "
         "date (unknown) - the document date is wrong."),
    28: ([], "All right. Zlenko, for Kiev, invited international experts to check the units: an offer "
             "(AGREE); source Ukraine government (the minister acts for it) right; target experts with no "
             "country right; statement reported as news, document date (Tuesday 2002-09-24)."),
    29: (["modality"], "modality: McCarthy 'had been expected to visit Taiwan' but a meeting in the U.S. was "
                       "arranged instead - the visit did not take place; not asserted (negated/hypothetical). "
                       "No date is right for an act that did not happen."),
    30: (["target", "modality"],
         "target: the Pentagon dismissed Syria's state media's claim; the party whose claim is rejected "
         "(Syria's state media, SYR) is named in the sentence, so an empty target is wrong. modality: the "
         "dismissal is told by the narrator ('a claim dismissed by the Pentagon'), asserted - not reported "
         "inside Syria's state media's claim (reported_by is wrong too)."),
    31: ([], "All right. Killings by security forces (SDN) of people since Dec. 19: a span summed from an "
             "earlier time, no date (right); 'Rights groups say' is attribution, asserted with reported_by."),
    32: (["source"], "source: 'It' = the seven-party opposition alliance (previous sentence: 'The alliance "
                     "accepted the offer ... It called off a general strike'); dateline gives the House of "
                     "Representatives. Type RETREAT for calling off a strike/blockade accepted (CONCEDE would "
                     "also do); Tuesday = document date right."),
    33: (["date"], "date: the BNP boycotted the poll, held on Sunday (2014-01-05, lead sentence); the document "
                   "date (Monday) given to this background act is wrong. Target empty accepted (the boycott's "
                   "object is the poll; I would code Hasina's government, see notes). Source BNP right."),
    34: ([], "All right. Bush (USA) telephoned Karzai (AFG); undated, reported as news, document date."),
    35: ([], "All right. Two vetoes since March 2011: earlier acts summed over a span, no date right; REJECT "
             "Russia/China -> Security Council acceptable."),
    36: (["target"], "target: ECOWAS condemned 'what it called an attempted coup' by the soldiers, who are named "
                     "in the same sentence; the condemnation's target is the soldiers (BFA), not empty (the "
                     "'held responsible' part is coded separately as e6). Document date accepted."),
    37: (["target"], "target: Beijing refused to allow Liu Xiaobo ('him') to travel abroad; target should be Liu "
                     "(CHN), not 'China authorities'. Source China government right; background act of "
                     "unknown time with no date right; attribution keeps it asserted."),
    38: ([], "All right. More than 100 killed since protests began in April: span total, no date right; "
             "target BDI people, source unnamed."),
    39: ([], "All right. SANCTION U.S. (and allies) -> North Korea, 'In November' (2002) right."),
    40: (["type", "target"],
         "type: Putin 'promised a response' to the bridge strike = a threat of retaliation, THREATEN, not "
         "AGREE. target: the response is aimed at Ukraine, named in the sentence ('Russia blamed Ukrainian "
         "naval drones'); empty is wrong. Source Putin RUS, Monday date, asserted right."),
    41: (["type", "target"],
         "type: the court's order to seize the Witnesses' property is a confiscation, COERCE (seize), not a "
         "REQUEST (distinct from the ban e1). target: 'its property' = the Jehovah's Witnesses, named in the "
         "sentence; empty is wrong. Source, Thursday date, asserted right."),
    42: (["source"], "source: 'It accused him ... but gave no details' - 'It' is the government statement (the "
                     "Pakistani government), not the Supreme Judicial Council, which receives the reference. "
                     "Target Chaudhry PAK right; statement on Friday 2007-03-09 right."),
    43: ([], "All right, with doubt: 'a wave of Palestinian attacks' since early 2022 is an ongoing pattern "
             "(span, no date right); source coded Palestine (PSE) for Palestinian attackers accepted; target "
             "unnamed, empty right. Distinct from the Israeli raids (e6)."),
    44: ([], "All right. Annan (UN) called for a return to constitutional order; addressee (the coup leaders) "
             "not named, empty target right; document date."),
    45: ([], "All right. Resignation = RETREAT (resign); target Lebanon government (the government resigning) "
             "acceptable; Monday 2020-08-10."),
    46: ([], "All right. Ethiopian police -> protesters (ETH), ASSAULT firearms, Wednesday 2005-06-08."),
    47: ([], "All right. Ongoing blame of Maliki by Washington and Iraqi politicians: ACCUSE, document date "
             "for an act still going on."),
    48: (["source"], "source: only Senegal called for the Security Council meeting; Dlamini-Zuma (AU) said the "
                     "statement was 'null and void' - a different act; including her as a source of the REQUEST "
                     "is wrong. Target UNSC, document date, asserted right."),
    49: (ALL, "Spurious: Britain sending flights to bring its own stranded tourists home is repatriation "
              "logistics, not a PLOVER act between political actors (nothing to COOPERATE with); reported_by "
              "'Russian officials' also wrong."),
    50: (["source", "target"],
         "Event holds: a future REQUEST by the two parties (analysts expect them to demand ministries and "
         "funds). source: the demanders are 'they' = TDP and JD(U), not the analysts (who are the reporters). "
         "target: 'ministries' is what is demanded; the party asked is Modi/the BJP. Future, no date: right."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS, encoding="utf-8") if l.strip()]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    counts = {f: 0 for f in FIELDS + ["all"]}
    real = 0
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        for f in false:
            assert f in FIELDS, (it["n"], f)
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
        real += verdict["event"]
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    print(f"{'field':<10} {'right/50':>9} {'%':>6} {'right/real':>11} {'%':>6}")
    for f in FIELDS + ["all"]:
        c = counts[f]
        print(f"{f:<10} {c:>6}/50 {100*c/50:>5.0f}% {c:>7}/{real:<3} {100*c/real:>5.0f}%")
    print(f"spurious: {50 - real}")


if __name__ == "__main__":
    main()
