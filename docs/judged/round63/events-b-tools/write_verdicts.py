"""Round 63, judge b: verdicts on the 50 sampled dateline events (heldout_news9).

Run from docs/judged/round63:  python events-b-tools/write_verdicts.py
Writes events-b.jsonl (each item plus "verdict" and "reasons") and prints the per-field table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = FIELDS  # a spurious event is false in every field

V = {
    1: ([], "All right. Pakistan's spokesman condemning the Kabul bombing is ACCUSE (CAMEO 111); the "
            "perpetrators are not named, so the empty target is right; same-day statement takes the document date."),
    2: ([], "All right. ICC urged South Africa to arrest Bashir: REQUEST ICC -> ZAF. 'had urged' is an earlier act "
            "with no date in the text, so no date (basis unknown) is right."),
    3: (["date"], "Date: 'Seoul has already offered' is a completed earlier act (before the deal), not this day's news; "
                  "the text gives no date, so the document date is wrong (no date would be right). Type AGREE for an "
                  "offer of aid is right by the wave-76 rule; empty target right (North Korea not named in the sentence)."),
    4: (ALL, "Spurious: 'said he accepted full responsibility for the loss' is part of the concession speech already "
             "coded as CONCEDE (e1) from this sentence; accepting blame for an election loss is no AGREE toward any party "
             "(CAMEO 015-type statement, dropped in PLOVER)."),
    5: ([], "All right. Judges (of the ICC; no seat country needed) charged Bashir: ACCUSE allege, Wednesday = 2009-03-04."),
    6: ([], "All right. NATO air strikes backing the uprising: ASSAULT by NATO, target not named in the sentence. The "
            "campaign began in March but is still going on (aircraft 'would continue flying'), so the document date is "
            "right by the ongoing-act rule."),
    7: ([], "All right. 'ready to consider easing some sanctions' is hypothetical; CAMEO2PLOVER maps 085 (ease economic "
            "sanctions) to RETREAT, so the type is right by the mapping (the PLOVER codebook would put a merely verbal "
            "easing under CONCEDE). Myanmar is not named in the sentence: empty target right; no date for a hypothetical act."),
    8: ([], "All right. 'would not give up on reforming the justice system' is a refusal to yield: CONCEDE negated (like "
            "'refused to withdraw' = RETREAT negated). Source the Polish government, statement of the day."),
    9: (["modality"], "Modality: Hamas's 'the hospital was hit by an Israeli air strike' is a contested claim (the story's lead "
                      "says the two sides 'blamed each other', Israel denied, and the next sentences give the rival version); "
                      "the strike is an act inside an accusation, so 'reported', not 'asserted'. Rest right (hospital is a "
                      "place, empty target acceptable; Tuesday 2023-10-17)."),
    10: (["date"], "Date: the Quartet's three conditions were set after Hamas won the January 2006 elections (previous "
                   "sentence); 'has demanded' is a background act of an earlier time and the text gives no date, so the "
                   "document date is wrong. Source: Quartet plus one of its members (USA) is acceptable; target right."),
    11: (["source"], "Source: Christians, Sunni Muslims and Druze marching in Beirut's Martyrs' Square are the 'hundreds of "
                     "thousands of Lebanese' of the lead; the country (LBN) is plain, so the empty code is wrong. Target empty "
                     "is right (the aim is Syria's exit, not the Lebanese state)."),
    12: (["target"], "Target: the 'anti-corruption ombudsman' is the thing demanded, not the party asked; the sentence names "
                     "no addressee, so the target should be empty (or the Indian government)."),
    13: ([], "All right. Israel's air strikes, ground invasion and killing of Nasrallah are coded as one event; Nasrallah "
             "(Hezbollah leader, LBN) is a party acted upon in the sentence; September 2024 is given."),
    14: ([], "All right, though weak: attending a U.N. climate conference is CONSULT (multilateral/third-party) with the UN; "
             "future; 'next month' = 2007-12."),
    15: (["target"], "Target: Duda's veto is aimed at the laws of the ruling party / parliament ('the ruling party', 'his "
                     "political allies' in the sentence); 'Poland' (the state) is not the party rejected. Type REJECT (veto "
                     "129), future, no date for the future veto: right."),
    16: (["date"], "Date: 'their leaders had been jailed' is an earlier background act (pluperfect) with no date in the "
                   "text; the document date is wrong. Attribution by 'saying' keeps it asserted; target (opposition "
                   "leaders/groups, ETH) right; source empty right."),
    17: (["target", "date"], "Target: 'accusing them of passing information to the court' - 'them' are the aid agencies; the "
                             "court is what the information went to, not the accused. Date: 'Within hours' of Wednesday's "
                             "warrant, i.e. 2009-03-04 (dateline dated the other event of this sentence so); no date is wrong."),
    18: (["target"], "Target: Karzai condemned the attack as the work of 'enemies of Afghanistan-India friendship'; India is "
                     "the victim, not the condemned party. Target should be empty (perpetrators unnamed)."),
    19: (ALL, "Spurious: Bush receiving a note from his own National Security Adviser is no PLOVER act between political "
              "actors (no consultation; intra-government message). Also the date is wrong: the handover was Monday "
              "2004-06-28, not Thursday."),
    20: (["source"], "Source: Obama urged the rebels (USA); dateline gives Gaddafi, who is only the topic of the first clause."),
    21: ([], "All right: curfew imposed by the Seattle mayor on the city centre; target the U.S. (the population of a U.S. "
             "city; I would rather name the Seattle residents/demonstrators, USA); Tuesday 1999-11-30 from the paragraph."),
    22: (["date"], "Date: 'the bombing' is the Monday (2008-07-07) embassy bombing of the lead; the text dates it, so no "
                   "date is wrong. Event kept (a different sentence from e1, so no duplicate by the rules), source/target "
                   "empty acceptable."),
    23: ([], "All right. Turkish F-16 shot down a Russian Su-24 on Tuesday (2015-11-24)."),
    24: ([], "All right. Court order to the Treasury = REQUEST (demand), Thursday ruling."),
    25: ([], "All right. China pressed Hill: REQUEST CHN -> USA negotiator; part of the talks reported as this news (no "
             "other date in the text), document date acceptable."),
    26: (["source"], "Source: the army spokesman is Israeli (the Israeli army of the previous paragraph); 'Palestine military' "
                     "is the wrong party. MOBILIZE future (expand the operation / call-up) is right."),
    27: (["source"], "Source: 'Croatia government' is added as a welcomer; Zagreb is the party Western governments had kept at "
                     "arm's length, not a source. Empty target acceptable ('the result')."),
    28: ([], "All right. Zuma welcomed the ruling (SUPPORT), via the presidency's statement of the day."),
    29: ([], "All right. Kremlin rejected Litvinenko's accusation: REJECT; 'the accusation' is not a party, empty target right."),
    30: ([], "All right, with doubt on the type: the SPA's call for a general strike is coded PROTEST strike (CAMEO 143) "
             "asserted; a coder could also code it REQUEST (call on people to strike). Coup day 2021-10-25."),
    31: (["source"], "Source: the troops placed on alert are South Korean (officials in Seoul reporting on 'troops along the "
                     "border'); an empty source is wrong - South Korea's military (KOR) is plain."),
    32: (["target"], "Target: the aid would be pledged to Liberia's new government ('once a new government was in place'); "
                     "dateline gives the sources themselves as targets."),
    33: ([], "All right. Protest 'chanting against Congress' aims at the authorities: the Peruvian state is a right target; "
             "Monday night 2020-11-09."),
    34: ([], "All right. Fujimori's faxed resignation: RETREAT resign, November 2000."),
    35: (["modality"], "Modality: 'the wording did not mean they recognised Israel' - the recognition is denied: negated, not "
                       "asserted. Type SUPPORT (054 recognition), parties and date right."),
    36: (["target"], "Target: Republicans took aim at Obama's move (the U.S. administration); Russia and Iran are the parties "
                     "to whom the move 'sent a signal', not the criticised party. Empty (or the administration) would be right."),
    37: (["target"], "Target: the victims are 'every able-bodied Muslim male from Srebrenica' (Bosnian Muslim men, BIH); "
                     "'Srebrenica', a town, is not that party. Date July 1995 (from the previous sentence) right; asserted "
                     "accepted (the killing is established fact in the ruling)."),
    38: ([], "All right. Litvinenko accused Putin; statement read out on Friday = 2006-11-24."),
    39: ([], "All right. Opponents accused Yala; 'opponents' has no country in the text; pluperfect background with no date "
             "-> no date right."),
    40: ([], "All right. China's August 2022 drills around Taiwan: MOBILIZE (show of force), CHN -> TWN, 2022-08."),
    41: ([], "All right. Explosion killing hundreds; perpetrator disputed, empty source right; Tuesday evening 2023-10-17; "
             "'according to health officials' is attribution."),
    42: ([], "All right. Putin's decree imposing sanctions on Turkey, Saturday 2015-11-28."),
    43: (["date"], "Date: the rejection followed the ceasefire Addis Ababa declared 'late last month' (June 2021); 'have "
                   "dismissed' is a background act of an earlier time with no date given, so the document date is wrong."),
    44: ([], "All right. U.S. said it would offer assistance: AGREE (offer of aid) future, to Indonesian investigators."),
    45: ([], "All right. Russia's warning of 'unpredictable consequences': THREATEN; 'the decision' is no party, empty target right."),
    46: (["source"], "Source: Uhuru Kenyatta is Kenyan (son of Kenya's founding president, KANU candidate); the empty country "
                     "code is wrong."),
    47: ([], "All right. Crowds setting fire to vehicles and stations: PROTEST riot; the sentence names no aim, so India is a "
             "right target; Thursday from the paragraph (text gives no other date)."),
    48: (["modality"], "Modality: Abe 'has postponed' the visit - it did not take place; the CONSULT is negated (or a coder "
                       "would code no visit at all), not asserted. Parties and date of the announcement right."),
    49: (ALL, "Spurious: Vizcarra 'clashed repeatedly with the new legislature' is a political dispute, not violence - "
              "'clashed' in another sense (the rules' 'took a swipe at' case); no ASSAULT."),
    50: (["source"], "Source: 'two smaller factions' are factions of the Russian State Duma; their country (RUS) is plain, so "
                     "the empty code on the second source is wrong (United Russia is right). Target and date right."),
}


def main():
    items = [json.loads(l) for l in (HERE / "events-b-items.jsonl").open(encoding="utf-8")]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 51))
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS)
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        row = dict(it)
        row["verdict"] = verdict
        row["reasons"] = reasons
        out.append(row)
    with (HERE / "events-b.jsonl").open("w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'right/50':>9} {'right/real':>11}")
    for f in FIELDS + ["all"]:
        n50 = sum(r["verdict"][f] for r in out)
        nr = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {n50:>6}/50 {nr:>7}/{len(real)}")
    print("spurious:", [r["n"] for r in out if not r["verdict"]["event"]])
    for f in FIELDS[1:]:
        print(f"{f} false (real events):", [r["n"] for r in real if not r["verdict"][f]])


if __name__ == "__main__":
    main()
