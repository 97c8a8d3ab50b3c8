"""Round 57, judge c: verdicts on the 50 sampled events (events-c-items.jsonl).

V = {n: ([false fields], "reasons")}. A spurious event (event false) is false in every field.
Writes ../events-c.jsonl (each item line plus "verdict" and "reasons") and prints the per-field table.
Run from docs/judged/round57: /work/main/.venv/bin/python events-c-tools/write_verdicts.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: ([], "All right. Navalny jailed for 30 days 'on Wednesday' = 2019-07-24 (story of Saturday 2019-07-27); "
            "jailer not named in the sentence (passive), so empty source is right. COERCE arrest accepted for an "
            "administrative jail term (one could argue SANCTION convict)."),
    2: ([], "All right. Policy promise in the victory speech coded AGREE (promise); no party addressed beyond "
            "supporters/Chileans, empty target right; election-night speech = document date."),
    3: ([], "All right. Signing a ceasefire agreement is SUPPORT (CAMEO 057; PLOVER 'sign, or finalize an agreement'). "
            "Mutual event: both parties listed on both sides, which I accept (PLOVER codes both as actor); "
            "Saturday = 2006-08-26 = document date."),
    4: (["source"], "Source wrong: 'its fighters' are the Polisario's fighters, dateline made them 'Morocco fighters' "
                    "[MAR], the very side they fought. Type ASSAULT firearms, target Moroccan forces [MAR], date "
                    "(Friday report, no other date) and modality (attribution only, reported_by Polisario) right."),
    5: ([], "All right. 'the Marcos camp' = Ferdinand Marcos Jr.'s side [PHL]; critics' country not given, empty "
            "right; the accusation is a campaign-long background claim with no date, unknown date right."),
    6: (["date"], "Date wrong: the text dates the deal under which North Korea agreed 'in February' (2007-02); "
                  "dateline gave no date. Type AGREE, source North Korea, empty target (other parties not named) "
                  "and asserted right."),
    7: ([], "All right. 'His party' = Sharif's PML-N, given as 'Pakistan party' [PAK/PTY] (the description with the "
            "right country); target PPP right. Talks in the Friday narrative (2024-02-09), still going on; "
            "Friday or the story day both acceptable. Attribution only ('officials said'), asserted right."),
    8: (["target"], "Target wrong: empty, but the sentence names the sanctioned party, 'senior security officials' "
                    "(Congolese, COD plain from the story). Type SANCTION, source US+EU, date 'this month' "
                    "= 2016-12 and asserted right."),
    9: ([], "All right. REQUEST (demanded an explanation); 'Vajpayee's government' given as Vajpayee [IND/GOV], "
            "accepted as the government's head; act reported as this news, document date right."),
    10: (["date"], "Date wrong: the freighter was boarded 'before dawn on Thursday' (2002-01-03, next sentence); "
                   "dateline gave Friday 2002-01-04, the day of the announcement. Type COERCE seize (interdiction of "
                   "an arms cargo, not taking ground), source Israeli naval commandos [ISR] right; target 'freighter' "
                   "[PSE] accepted with doubt: the ship is the thing acted upon and the text ties it to the "
                   "Palestinian Authority (Israel's charge; captain a PA naval police officer). Asserted right "
                   "(reported_by 'military officials' carries a wrong PSE code, not a scored field)."),
    11: (["target", "date"], "Target wrong: Abbas condemned a shooting in which 'Hamas gunmen' killed settlers; the "
                             "party condemned is named in the sentence (Hamas, PSE), dateline left it empty. Date "
                             "wrong: 'on Tuesday' (2010-08-31) is the date of the shooting; the condemnation was made "
                             "at the Thursday talks (document date 2010-09-02). Type ACCUSE disapprove, source Abbas, "
                             "asserted right."),
    12: ([], "All right. Large-scale drills around Taiwan = MOBILIZE (CAMEO 15 force posture); China -> Taiwan; "
             "Thursday = 2024-05-23 = document date."),
    13: ([], "All right. Arms embargo and targeted sanctions = SANCTION (PLOVER 'curtail ... commercial, or material "
             "exchanges'); UNSC -> Eritrea; Wednesday = 2009-12-23."),
    14: (ALL, "Spurious (duplicate): 'barring Syrian airlines from American airports' is one of the measures of the "
              "economic sanctions already coded from this sentence (e1 'imposed' SANCTION, also e2 'banning'); the "
              "participial clauses spell out the sanctions package, not a separate act."),
    15: (["target", "date"], "Target wrong: the organisers agreed to put the Golan on the agenda to bring Syria in; "
                             "the party agreed with is Syria (named), not Israel, which is only mentioned as occupier "
                             "of the Golan. Date wrong: the organisers' agreement preceded Syria's decision to attend, "
                             "a background act of unknown earlier time, given the document date (conference day). "
                             "Event AGREE, source organisers (no country given, empty right), asserted right."),
    16: ([], "All right. 'Islamabad had privately pressed the movement' = Pakistan -> Taliban [AFG] REQUEST; a separate "
             "act from the public 'urged restraint' (e5), not a duplicate. Pressing in the days since the edict, "
             "reported as this news by diplomats: document date accepted; attribution only, asserted."),
    17: ([], "All right. Arab governments (several states, no single code) denounced 'the strikes' = the Israeli air "
             "strikes; Israeli warplanes [ISR] is clearly the party acted upon. Saturday = document date."),
    18: ([], "All right. Hu said the government 'firmly supports' lawful protests: source China government (Hu speaking "
             "for it) accepted; target empty accepted since the sentence names protests, not a party (I would code "
             "the Chinese protesters as target). Sunday evening = 1999-05-09 = document date."),
    19: ([], "All right. 'who had been sentenced to death in Belarus' = SANCTION convict on Rico Krieger [DEU]; the "
             "sentencing court is not named (Belarus only as place), empty source right; background act with no date "
             "in the text, unknown date right."),
    20: (["type"], "Type wrong: the US sending troops, a carrier and a hospital ship to quake-hit Haiti is relief, AID "
                   "(PLOVER AID: 'provide military ... assistance including ... personnel', 'humanitarian aid such as "
                   "emergency assistance'), not MOBILIZE (force posture). Source US, target Haiti, Thursday "
                   "2010-01-14 and asserted right."),
    21: (["target"], "Target wrong: Putin accused 'the West' of seeking to destroy Russia; the sentence names the "
                     "accused party, dateline left the target empty. Type, source, Friday date, modality right."),
    22: (ALL, "Spurious: 'Let them vote against us.' is Trump's taunt (the act in his remark is a permitted, "
              "hypothetical vote by other countries against the US, and the remark itself belongs to his aid-cut "
              "warning, a THREATEN); the sentence holds no REJECT by the United States against Donald Trump."),
    23: (["type", "source", "date"], "Type wrong: seizing people (the peacekeepers, held as hostages) is ASSAULT abduct "
                                     "(CAMEO 181), not COERCE seize (confiscation of property). Source country wrong: "
                                     "the RUF is Sierra Leone's rebel movement (SLE), dateline gave no code. Date "
                                     "wrong: the text says 'last week', dateline gave the document date 2000-05-08. "
                                     "Target peacekeepers (multinational, empty code right) and asserted right."),
    24: ([], "All right. Britain flew paratroopers into Sierra Leone on Monday (2000-05-08) to secure the airport and "
             "evacuate foreigners: MOBILIZE troops UK -> Sierra Leone accepted (deployment for its own nationals, not "
             "aid to the host)."),
    25: ([], "All right. Gunmen (pro-Russian separatists in context; country not given, empty right) threatened "
             "election workers [UKR] on election day = document date; attribution to the CEC keeps it asserted."),
    26: ([], "All right. Zimbabwe government REJECT of the U.N. envoy's findings, report day = document date. Target "
             "empty accepted by the rules ('the findings' is a report, not a party; I would code the UN / Tibaijuka "
             "as target)."),
    27: (["target"], "Target wrong: Hamas refused to renew the truce with Israel (named in the sentence); dateline "
                     "took 'White House' from the previous sentence, which is not the party refused. Type REJECT, "
                     "source Hamas, date 2008-12-19 (refusal at the truce's expiry) and asserted right."),
    28: ([], "All right. Britain's pledge of 52 million pounds = AGREE (pledge of aid); recipient not named in the "
             "sentence, empty target right; 'last week' = 2011-W28 (story 2011-07-20 is in W29)."),
    29: (["target"], "Target wrong: besides Nijjar [CAN] (right) the target list holds 'terrorist' [REB], the label "
                     "India gave him, which is no party. Type ACCUSE, source India government, date 2020, asserted "
                     "right."),
    30: ([], "All right. Israeli warplanes [ISR] struck Hamas targets [PSE] on Saturday 2008-12-27."),
    31: ([], "All right. US urged India to cooperate with Canada's investigation; no date in text, reported as this "
             "news, document date right."),
    32: (ALL, "Spurious: 'the headscarf ..., which is banned in state offices and universities' describes a standing "
              "rule, not an act reported in the story (no banning party, no time); nor is Abdullah Gul the party "
              "banned."),
    33: ([], "All right. 'He said he would meet Arab leaders in the coming days' = CONSULT, future (the conventions' "
             "'will meet'), Barak -> Arab leaders, no date right. (PLOVER would also allow AGREE for a stated "
             "willingness to meet.)"),
    34: (["date"], "Date wrong: the candlelit rallies followed the March 12 impeachment and preceded the April 15 "
                   "election (background of the story); dateline gave the document date 2004-05-14, the day of the "
                   "court ruling. Type PROTEST demo, source people [KOR], target South Korean state (rally against "
                   "the authorities' act, the impeachment; the sentence names no other aim) and asserted right."),
    35: ([], "All right. Car bomb killed at least 17 people at a police station west of Baghdad on Sunday morning "
             "(2003-12-14, TMO); no perpetrator named, empty source right; victims [IRQ] right."),
    36: (["source", "date"], "Source wrong: the sentence names the agent, 'a Supreme Court ruling' (Pakistan's "
                             "Supreme Court, PAK/JUD); dateline left it empty. Date wrong: the text gives 'in January' "
                             "(2024-01); dateline gave the document date 2024-02-10. Target 'Pakistan party' [PAK] = "
                             "Khan's PTI by description with right country; type COERCE restrict; asserted right."),
    37: ([], "All right. Navalny's allies [RUS] accused the authorities [RUS/GOV] of delaying access; document date."),
    38: ([], "All right under the conventions: analysts' prediction that Hariri would have to offer the opposition a "
             "role in a unity government = AGREE (offer), hypothetical, no date; Hariri [LBN] -> opposition [LBN]. "
             "(A stricter event coder would not code an analyst's forecast at all.)"),
    39: ([], "All right. Xi promising to tackle corruption = AGREE (promise) on Thursday 2012-11-15; no party "
             "addressed, empty target right."),
    40: ([], "All right. At least eight killed in later strikes on Wednesday: ASSAULT; the striker is not named in the "
             "sentence ('later strikes'), empty source right by the rules (Israel from the first sentence would "
             "also be right); victims without country acceptable; attribution to medics keeps asserted."),
    41: ([], "All right. Egypt demanded an emergency meeting of the Arab League = REQUEST meet, Egypt -> Arab League; "
             "document date. Separate from the recall of the ambassador (e6)."),
    42: ([], "All right. Kim Jong Il met Roh's motorcade in Pyongyang = CONSULT, Kim [PRK] -> Roh [KOR], Tuesday "
             "2007-10-02."),
    43: ([], "All right. EU praised Serbia's arrest of Karadzic = SUPPORT EU -> Serbia; document date."),
    44: (["type", "target", "date"], "Type wrong: protesters storming government buildings is PROTEST riot "
                                     "(CAMEO 145, PLOVER 'violent riot ... directed toward government authorities'), "
                                     "not ASSAULT. Target wrong: the sentence names government buildings (Armenia's "
                                     "government, ARM), dateline left it empty. Date wrong: the storming followed the "
                                     "announcement of the November 2020 ceasefire; dateline gave the document date "
                                     "2021-06-21 to this background act. Source protesters [ARM] and asserted right."),
    45: (["target"], "Target wrong: 'both sides' = North and South Korea (PRK, KOR); dateline gave 'sides' with no "
                     "country, not the parties. Type REQUEST, source US, document date, asserted right."),
    46: ([], "All right. Gul pledged to press ahead with Turkey's EU bid = AGREE; EU as target accepted (commitment to "
             "cooperation with the EU); sworn in Tuesday = document date."),
    47: (["type"], "Type wrong: ordering foreign aid agencies to leave the country is an expulsion, SANCTION expel "
                   "(CAMEO 166/1663 expel humanitarian workers; PLOVER 'expel an entity from ... country'), not a "
                   "REQUEST. Source Sudan, target aid agencies (no country), 'late on Wednesday' 2009-03-04, asserted "
                   "right."),
    48: ([], "All right. 'He has been jailed repeatedly' = COERCE arrest on Navalny, jailer not named (empty right), "
             "repeated past jailings with no date, unknown date right."),
    49: ([], "All right. China scrapped the export curbs = a material concession, RETREAT accepted (CONCEDE in PLOVER "
             "is verbal/promised); no counterpart named, empty target right; 'later' after January 2012, no date given, "
             "unknown right."),
    50: (["target"], "Target wrong: the warning is aimed at those behind the 'actions' in Lesotho (the army); SADC is "
                     "the body that 'would not tolerate' it, i.e. on the warning's side, not its target. Type THREATEN, "
                     "source South Africa's foreign ministry [ZAF], document date, asserted right."),
}


def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        if "event" in false:
            false = ALL
        verdict = {f: (f not in false) for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with open(os.path.join(ROOT, "events-c.jsonl"), "w") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10s} {'right/50':>9s} {'right/real(' + str(len(real)) + ')':>16s}")
    for fld in FIELDS + ["all"]:
        a = sum(r["verdict"][fld] for r in out)
        b = sum(r["verdict"][fld] for r in real)
        print(f"{fld:10s} {a:>5d}/50   {b:>8d}/{len(real)}")
    print("spurious:", [r["n"] for r in out if not r["verdict"]["event"]])
    for fld in FIELDS[1:]:
        print(f"  {fld} wrong on real events:", [r["n"] for r in real if not r["verdict"][fld]])


if __name__ == "__main__":
    main()
