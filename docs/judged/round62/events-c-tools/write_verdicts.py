"""Round 62, judge c: verdicts on the 50 sampled dateline events (events-c-items.jsonl).

V = {n: ([false fields], "reasons")}. A spurious event is false in every field.
Run from docs/judged/round62: python events-c-tools/write_verdicts.py
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
    1: (["target", "date"],
        "Real act, not a duplicate of e4 (condolences): standing with the people is a separate statement of support; "
        "source Washington=USA right. Target wrong: the party supported is 'the Iranian people' in their struggle for "
        "rights, i.e. against the Iranian state; coding the country Iran reverses the sense. Date wrong: the statement "
        "is reported as this news (reaction to the crash confirmed Monday), no date in the text, so the document date "
        "2024-05-20, not null."),
    2: (["date"],
        "Arrest of Nuon Chea, restated in another sentence (so not a duplicate by the conventions). Source 'backed "
        "tribunal' is the UN-backed tribunal the sentence names, KHM acceptable (Cambodian hybrid court); target "
        "He=Nuon Chea right. Date wrong: the detention is this news, dated Wednesday 2007-09-19 in the story; null "
        "with basis unknown is wrong."),
    3: ([],
        "All right. An inquiry into the crash of the president's helicopter is ACCUSE/investigate (CAMEO 090) with no "
        "party investigated; empty target right; ordered as this news, document date."),
    4: ([],
        "All right. Target India for 'India's national security adviser' (Menon): the official acts for the Indian "
        "state and the code IND is right, so accepted although I would name the adviser. Wednesday = 2013-12-18."),
    5: ([], "All right. Ministers and commanders of Guinea-Bissau; Monday = document date."),
    6: (["source", "target"],
        "REJECT (declined to meet) right, date Tuesday carried by 'also' from the previous sentence accepted. Source: "
        "'Several senior politicians' has no country although the text makes them plainly Indian (Modi, Congress "
        "vice-president), and Modi is dropped. Target wrong: Salman Khurshid (earlier sentence) instead of the "
        "visiting U.S. congressional delegation [USA] named in the sentence."),
    7: ([], "All right. Call for a credible vote, no addressee named in the sentence; reported as this news."),
    8: ([], "All right. Threat to resume blockades; 'the new president' = Carlos Mesa; reported as this news (Friday)."),
    9: ([], "All right. Dabbashi -> Libyan government; 'days earlier' gives no usable date, null right."),
    10: (["source"],
         "REQUEST right, empty target right (no addressee in the sentence), document date accepted for a demand made "
         "during the overnight siege reported as this news. Source wrong: empty although 'He' = Nairi Hunanyan "
         "(dateline even puts him in reported_by)."),
    11: (["target"],
         "Negated CONCEDE for 'would not bow' accepted by the REJECT/negated rule; source Ethiopians (ETH) as the "
         "sentence says, Abiy as reporter. Target wrong: the pressure is 'from their friends', i.e. the United States "
         "(open letter to Biden, after Washington's sanctions order), so USA, not empty. I would code REJECT Abiy -> USA."),
    12: (ALL,
         "Spurious: 'voters had rejected Modi's politics' is Rahul Gandhi's reading of an election result, not an act "
         "of rejecting a proposal or demand between political actors."),
    13: ([], "All right. Saudi pledge of cooperation is AGREE; recipient not named in the sentence, empty target right."),
    14: ([], "All right. Detention of Bashir by the military on Thursday 2019-04-11."),
    15: (["source", "target"],
         "Praise of the referendum result is a SUPPORT statement, date right. Source: Wilders has no country code "
         "although he is plainly Dutch (Freedom Party, NLD). Target wrong: he hailed the result, calling it the "
         "beginning of the end of the EU; the EU is the party he opposes, not the one he supports. Empty target."),
    16: ([],
         "All right. Habitual/ongoing accusation -> document date. Source 'Opponents' without a country accepted: the "
         "text does not state their nationality (I would code NIC)."),
    17: (["target"],
         "SANCTION (arms embargo) by the Security Council late on Wednesday right. Target wrong: empty although the "
         "sentence says 'on both countries' = Ethiopia and Eritrea."),
    18: (["source"],
         "The killing, quoted from the killer's confession via Malik (attribution: asserted accepted), Tuesday date "
         "right, target Taseer right. Source wrong: Rehman Malik is the speaker; 'He' who killed is the guard Malik "
         "Mumtaz Qadri."),
    19: ([], "All right. Call to rally addressed to Georgians, made at Sunday's news conference (document date)."),
    20: ([], "All right. 'called the vote a scandalous farce' = ACCUSE/disapprove; no party named as target."),
    21: ([], "All right. Background act with its own date 'last October' = 2001-10; Madrid = Spanish government."),
    22: ([], "All right. Joint call for calm, addressee not named; reported as this news."),
    23: ([],
          "All right. Overrunning a town = ASSAULT by the conventions; IS with no country right; Iraq for the town of "
          "Sinjar acceptable; 'last weekend' before Friday 8 Aug 2014 = weekend of week 31 right."),
    24: ([],
          "All right. Target Russia for 'Russian provocateurs' accepted (country code RUS right; the accusation is "
          "aimed at Russia). Reported as this news."),
    25: (["type", "target", "date"],
         "Real act. Type: 'would use all diplomatic and economic tools to support' is a pledge of support, AGREE by "
         "the conventions (offer/pledge = AGREE); coded SUPPORT asserted it claims support already given. Target "
         "wrong: 'the Nicaraguan people', set against the Nicaraguan government that Washington will 'hold "
         "accountable'; the country Nicaragua conflates them. Date wrong: 'He' continues Biden's statement 'on Sunday "
         "night' (2021-11-07), not the document date."),
    26: (["date"],
         "Negated ASSAULT accepted (no U.S. combat troops would return to fight), source right, empty target right. "
         "Date wrong: 'He stressed' continues Obama's address on Thursday (2014-08-07); the document date 2014-08-08 is "
         "neither the statement's date nor the act's (null would have been acceptable)."),
    27: (["date"],
         "ASSAULT on targets in Kandahar by the US/UK strikes; attacker not named in the sentence, empty source right; "
         "empty target accepted (only a place is named; I would code AFG/Taliban). Not a same-sentence duplicate. "
         "Date wrong: the strikes were late on Sunday (2001-10-07), the text gives it, not the document date."),
    28: ([], "All right. Aliyev condemned the shooting; no party named as target; reported as this news."),
    29: ([],
          "All right. Sharif's trip to Washington for talks = CONSULT visit; pluperfect, before Sunday's talks, no "
          "date in the text, null accepted (document date would be wrong, Monday)."),
    30: (["type"],
         "Type wrong: ships, aircraft and medical teams sent for typhoon relief are humanitarian AID, not MOBILIZE. "
         "Sources right; recipient (Philippines) not in the sentence, empty right; ongoing 'have sent' -> document date."),
    31: ([], "All right. Hamas praised the attack; the attacker is in the previous sentence, not a party here; Tuesday."),
    32: (["target"],
         "ACCUSE/disapprove right, date Wednesday right. Target wrong: the denunciation of the British destroyer's "
         "'provocation' was delivered to the British defence attache named in the same sentence -> GBR, not empty. "
         "(The summons itself is not coded.)"),
    33: ([], "All right. Officials investigating the security lapse: ACCUSE/investigate with no party; document date."),
    34: (["type"],
         "Type wrong by the conventions: 'said he would work with the president' is a statement of willingness to "
         "cooperate, PLOVER AGREE (CAMEO 03), not COOPERATE. Parties right (the president = Yushchenko); modality "
         "future consistent with the act as coded; null date accepted."),
    35: ([], "All right. A total summed 'since Thursday' has no date (conventions); clashes' perpetrators not named."),
    36: ([], "All right. Negated CONSULT; non-meeting at the summit, null date accepted."),
    37: (["type", "target"],
         "Real act (U.S. criticism of the Philippine withdrawal). Type wrong: 'warned that giving in to kidnappers "
         "would put other hostages at risk' is a criticism (ACCUSE/disapprove), not a THREATEN: the U.S. threatens "
         "nothing. Target wrong: the other hostages are not the party addressed; the move and the giving in are "
         "Manila's -> Philippines [PHL]."),
    38: (["source"],
         "REQUEST to the Council on Friday 2011-02-25 right. Source wrong: Gaddafi is added from the apposition 'a "
         "longtime Gaddafi ally' (he did not urge the council), and Shalgham, Libya's UN ambassador, lacks LBY."),
    39: ([],
          "All right. Deploying the contingent to Iraq in 2003 = MOBILIZE (deployment) accepted; target Iraq as "
          "destination acceptable; explicit year."),
    40: (["source"],
         "Complaint about airport security = ACCUSE; ongoing 'have long complained' -> document date accepted. Source "
         "wrong: the text does not give the security experts' country; RUS is invented (should be empty)."),
    41: (["source", "target"],
         "REQUEST (urged a boycott) right, null date right. Source wrong: 'their leaders' are the Arab citizens' own "
         "leaders, not Israel's (government) leaders. Target wrong: empty although 'their' = Israel's Arab citizens, "
         "named in the sentence, were urged."),
    42: ([], "All right. Negated charge against Prabowo, no charging party named, no date."),
    43: ([], "All right. U.S. pledge = AGREE; recipient Afghanistan not in the sentence; Tuesday = document date."),
    44: (["target"],
         "PROTEST with explicit 19 Dec 2018 right; protesters not named, empty source accepted. Target wrong: the "
         "protests were over the bread price and 'turned against Bashir's rule' -> Bashir / Sudan's government "
         "(named in the sentence), not empty."),
    45: ([],
          "All right by the conventions: the withdrawal is the condition of a threat, so a hypothetical RETREAT "
          "Hezbollah -> Syria. (The THREATEN by the Abdullah Azzam Brigades against Hezbollah/Iran is the act I would "
          "code first; it is missing.)"),
    46: (ALL, "Spurious: 'the real test' (whether aid reaches villages) is not a weapons test; no act."),
    47: ([],
          "All right. Suspension of flights = SANCTION/reduce relations; Wednesday 2015-11-04 right; empty target "
          "accepted (only the place Sharm el-Sheikh is named; I would code EGY)."),
    48: (["target", "date"],
         "ACCUSE by Gbagbo right. Target wrong: 'foreign powers' is named in the sentence; empty is wrong. Date "
         "wrong: said when he took the oath on Saturday (2010-12-04), per the story, not the document date (Sunday)."),
    49: ([], "All right. Embassy urged Americans to keep a low profile; reported as this news."),
    50: ([], "All right. Gambian soldiers deployed in Banjul, Saturday = document date."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    right = {f: 0 for f in FIELDS}
    right_real = {f: 0 for f in FIELDS}
    all_right = 0
    real = 0
    with open(OUT, "w") as out:
        for it in items:
            false, reasons = V[it["n"]]
            assert all(f in FIELDS for f in false)
            verdict = {f: f not in false for f in FIELDS}
            verdict["all"] = all(verdict[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = verdict
            rec["reasons"] = reasons
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for f in FIELDS:
                right[f] += verdict[f]
            if verdict["event"]:
                real += 1
                for f in FIELDS:
                    right_real[f] += verdict[f]
            all_right += verdict["all"]
    print(f"{'field':10s} {'right/50':>9s} {'%':>6s} {'right/real(' + str(real) + ')':>16s} {'%':>6s}")
    for f in FIELDS:
        print(f"{f:10s} {right[f]:>9d} {100*right[f]/50:6.1f} {right_real[f]:>16d} {100*right_real[f]/real:6.1f}")
    print(f"{'all six':10s} {all_right:>9d} {100*all_right/50:6.1f} {all_right:>16d} {100*all_right/real:6.1f}")
    print(f"spurious: {50 - real}")


if __name__ == "__main__":
    main()
