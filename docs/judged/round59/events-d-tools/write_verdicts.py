"""Judge d, round 59: verdicts on the 50 sampled dateline events (events-d-items.jsonl).

V maps item n -> ([false fields], "reasons"). A spurious event lists "event" and is false in
every field. Writes ../events-d.jsonl and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: (["target"], "REJECT veto by the USA on Monday (2017-12-18, doc Thu 2017-12-21) is right, but the "
        "sentence names the body whose draft it vetoed, the 15-member Security Council (the other 14 voted for "
        "it); a coder codes USA -> UN Security Council, so the empty target is wrong."),
    2: ([], "All right: Amnesty (no country) urged the Zambian authorities (ZMB) to release Hichilema; news "
        "act, document date."),
    3: (["event"], "Spurious: the voice on the tapes was 'discussing how to deal with' Gongadze - talk about "
        "Gongadze, not a consultation with him; the interlocutor is unnamed and the sentence's act is Moroz's "
        "allegation (already coded as ACCUSE e1/e3). Even read as a meeting, target, date (tapes made earlier) "
        "and modality (inside Moroz's claim: reported) would be wrong."),
    4: ([], "All right: background conviction of Nasheed (MDV), no court named so empty source, no date in "
        "the text so an undated act is right; the conviction itself is asserted (only his view of the charges "
        "is his)."),
    5: ([], "All right: three soldiers killed in Thursday's palace attack (2010-02-18 from the previous "
        "sentence, narrative); killer not named in the sentence, soldiers plainly Niger's army."),
    6: ([], "All right by the conventions: the act in the threat's condition ('if he did not back down') is a "
        "hypothetical CONCEDE by Orban (he = Orban, HUN); the THREATEN is coded separately (e7), so no "
        "duplicate. Undated hypothetical act."),
    7: (["source", "target"], "REQUEST is right, but 'He' is Orban (HUN): the source is given as 'only EU "
        "leader' with code EUR (wrong country). Target Ukraine is wrong: Orban demanded the package be "
        "reviewed annually from his fellow EU leaders; Ukraine is the beneficiary, not the addressee (empty "
        "would be right). Undated pluperfect act, null date accepted."),
    8: (["date"], "COERCE restrict by election officials (RUS) on the candidates is right, but the date "
        "2018-09-08 comes from the election date ('the September 8 vote'), which is not the date of the "
        "barring, and the year is wrong too (story 2019); the barring is an undated earlier act."),
    9: ([], "All right: ACCUSE with unnamed accusers against the PRI (MEX). 'Accused for decades' is a "
        "habitual background span; I take the null date as right (a reader could argue the ongoing-act rule "
        "would give the document date)."),
    10: ([], "All right: Russian police detained >1,000 people in Moscow on Saturday 2019-07-27 (doc date)."),
    11: ([], "All right: sentencing of Gershkovich (USA) 'last month' = 2024-07 (doc 2024-08-01); court not "
         "named, so empty source."),
    12: ([], "All right: China firing missiles into waters off Taiwan in March 1996 is a weapons test/show of "
         "force, PLOVER MOBILIZE weapons; CHN -> TWN, 1996-03."),
    13: ([], "All right: Abbas called for a halt to Israeli settlement building; the source is given at state "
         "level ('Palestine', PSE) with Abbas as reporter - the party he acts for, right country, accepted; "
         "target Israel; doc date 2007-11-27 is the Annapolis conference day."),
    14: ([], "All right: Berlusconi's promise to step down once reforms pass is a promise of future "
         "concession (PLOVER CONCEDE); made on Tuesday 2011-11-08 along with the lost vote (doc Sat "
         "2011-11-12)."),
    15: (["target"], "REQUEST by Vajpayee is right (and it is the first of the two events dateline coded for "
         "one appeal - e5 'urging' is the duplicate), but the same sentence names the addressee, 'people of "
         "all faiths' (IND); the empty target is wrong."),
    16: (["target"], "ASSAULT on Jabari's bodyguard is right, killer unnamed (empty source right), Wednesday = "
         "doc date; but the target is 'Jabari[ISR]': the victim here is the bodyguard, not Jabari, and Jabari "
         "is not Israeli."),
    17: ([], "All right: AGREE, Lavrov (RUS) speaking for the two sides; PLOVER codes a reciprocal agreement "
         "with both as actors and no recipient, so the empty target is accepted; news act, doc date."),
    18: ([], "All right: Ukraine and Western governments denounced the referendums; the sentence names no "
         "party as the accused ('the votes'), so empty target is right; statements reported as this news."),
    19: ([], "All right: Zinni (USA) met Arafat (PSE) on Thursday = 2002-01-03 (doc Fri 2002-01-04)."),
    20: (["source", "target"], "ACCUSE (complaint) is right and 'have long complained' is ongoing so the doc "
         "date is right; but the source is named in the sentence ('Press freedom groups') and is empty, and "
         "the target is the independent media, who are the victims of the pressure, not the accused "
         "(the accused, the authorities, are not named: empty would be right)."),
    21: (["source"], "RETREAT disarm negated is the convention's reading of 'would not hand over their "
         "weapons'; but the rebel commanders are plainly Syrian rebels (Syria's rebel-held Idlib province), "
         "so the empty country code is wrong."),
    22: (["date"], "COERCE arrest of activists (CHN) reported by rights groups is right, but 'dozens ... had "
         "been detained ... in the run-up to the party congress' is a total over a span before the news; it "
         "has no date, not the document date."),
    23: ([], "All right: the Knesset (ISR) approved the new cabinet 75-29, SUPPORT (approve), Tuesday "
         "1999-07-06."),
    24: (["source", "target", "date"], "PROTEST is right but: the marchers are 'hundreds of thousands of "
         "people' in Taipei, not the state of Taiwan; the protest was aimed at China's anti-secession law "
         "(China is named in the sentence), so the empty target is wrong; and the march was a background act "
         "about six weeks earlier (March 2005), not the document date."),
    25: (["date"], "SANCTION convict of Khan (PAK) is right, but the text dates it: 'in the days before the "
         "election', held on Thursday 2024-02-08 - late Jan/early Feb 2024, not an unknown date."),
    26: ([], "All right: the crowds (SLB) accused Rini during the rioting sparked by his 18 April election; "
         "2006-04-18 (start of the two days) accepted."),
    27: (["type", "target"], "Australia sending troops and police to reinforce the assistance mission in "
         "Solomon Islands is PLOVER AID ('provide military and police assistance including ... personnel'; "
         "CAMEO 074 peacekeeping), not MOBILIZE; the target 'police' is what was sent, not a party acted upon "
         "(Solomon Islands/RAMSI or empty). Null date for this undated background act accepted."),
    28: ([], "All right, with a doubt: condolences are CAMEO 018, a statement PLOVER drops; I accept SUPPORT "
         "(an expression of solidarity). India is not named in the sentence, so the empty target is right."),
    29: ([], "All right: Abbas (PSE) resigned as prime minister in 2003."),
    30: ([], "All right: Park Geun-hye (KOR) urged Roh (KOR) to focus on the economy; doc date 2004-05-14."),
    31: (["event"], "Spurious: 'the anniversary of Japan's surrender' names a date (15 August); no act is "
         "reported (and the 1945 surrender would not be dated 2001-08-13)."),
    32: ([], "All right: the US withdrawal from the nuclear deal (SANCTION withdraw: a country withdraws from "
         "a treaty) by Trump, May 2018; the deal is not a party, so the empty target is accepted."),
    33: ([], "All right: Hariri (LBN) expected to fly to Paris - a future visit to France (CONSULT visit); "
         "undated future act."),
    34: (["target"], "REQUEST by Seoul is right and 'has long sought' is ongoing (doc date ok), but what Seoul "
         "sought was a fund 'financed by Japan's budget' as a sign of Japan's responsibility: Japan, named in "
         "the sentence, is the target; empty is wrong."),
    35: ([], "All right: Khamenei (IRN) praised the turnout on Saturday = 2000-02-19 (doc Sun 2000-02-20); "
         "no party named as target."),
    36: (["target"], "COERCE arrest by police (SRB) is right, but 'a small number were detained' refers to "
         "the several hundred nationalists named in the sentence (SRB); the empty target is wrong."),
    37: (["date"], "ACCUSE by Kiev and the West is right (the referendum is not a party: empty target "
         "accepted), but the dismissal was made in March 2014 around the referendum - a background act given "
         "the 2016 document date."),
    38: (["target"], "PROTEST by government supporters (SDN) is right, but the rally was against the ICC "
         "('chanting slogans against the court') in support of the government: by the convention the "
         "state is wrong (the court, or empty, would be right)."),
    39: (["target"], "Accepted as AGREE (a public pledge to improve living standards), Raisi (IRN), news act; "
         "but the target 'United States' is wrong - the U.S. only appears as the author of the sanctions; "
         "the pledge is to Iranians (IRN) or empty."),
    40: (["date"], "ASSAULT, NATO -> China's embassy (CHN) is right, but 'on Sunday' belongs to the pelting; "
         "the bombing was 'late on Friday' (1999-05-07) per the next sentence."),
    41: (["event"], "Spurious: 'the riots' is the topic of the critics' comment, a back-reference to the April "
         "2006 riots with no actor; no act is reported here (and the date 2003-07 is RAMSI's arrival, wrong "
         "anyway)."),
    42: ([], "All right: arming Hezbollah (LBN) inside Washington's accusation is AID by Syria, reported; "
         "undated."),
    43: (["source", "target"], "ASSAULT (deadly clashes) in late August 2022 is right, but the sentence names "
         "the parties - Sadr loyalists vs security forces and armed groups (IRQ) - and both source and target "
         "are empty."),
    44: (["event"], "Spurious: 'accepting foreign funds without permission' is the offence Ibrahim was convicted "
         "of, not an AGREE; the sentence's act is the conviction (coded as e2)."),
    45: (["source"], "REQUEST (demand for apology) -> NATO is right, doc date right, but Zhu Bangzao is the "
         "Chinese Foreign Ministry spokesman (previous sentence: 'The Foreign Ministry said China...'), so "
         "the empty country code is wrong (CHN)."),
    46: (["source"], "SUPPORT (welcomed the truce) is right, doc date right, truce not a party (empty target "
         "right); but nothing in the text makes the aid agencies Ugandan - the code UGA is wrong (empty)."),
    47: (["type", "target"], "The embedded act (reported, inside Washington's accusation) is real, but "
         "'hosting leaders of Hamas and Islamic Jihad' means harbouring them in Syria (support/sanctuary, "
         "AID/SUPPORT), not hosting a diplomatic visit (CONSULT visit). Target adds 'Palestine', which is only "
         "the adjective of the groups; Hamas and PIJ alone would be right."),
    48: (["target", "date", "modality"], "The govt-opposition talks are a CONSULT, but the sentence reports "
         "that they were suspended at the weekend and 'are due to resume on Wednesday': the CONSULT here is "
         "future, dated Wednesday 2016-12-21, not asserted at the weekend (which is the suspension). Target "
         "'opposition' is the Congolese opposition, COD plain from the story; empty code wrong."),
    49: (["type", "source", "date"], "Sadr supporters storming parliament (July 2022) was a crowd breaking in "
         "and occupying the building in protest - PROTEST, not armed ASSAULT; source adds Sadr, who ordered "
         "the resignations but did not storm; date: 'later' than June, a background act given the document "
         "date 2022-10-13."),
    50: (["target"], "AGREE (invitation to join a coalition) by Yingluck (THA) is right and doc date ok, but "
         "the sentence names the invitees, 'smaller parties' (THA); the empty target is wrong."),
}


def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-d-items.jsonl"))]
    assert len(items) == 50 and set(V) == set(range(1, 51))
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        for f in false:
            assert f in FIELDS, f
        if "event" in false:
            false = FIELDS[:]
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        row = dict(it)
        row["verdict"] = verdict
        row["reasons"] = reasons
        out.append(row)
    with open(os.path.join(ROUND, "events-d.jsonl"), "w") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'right/50':>9} {'%':>6} {'right/real(' + str(len(real)) + ')':>16} {'%':>6}")
    for f in FIELDS + ["all"]:
        n = sum(r["verdict"][f] for r in out)
        nr = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {n:>9} {100*n/50:>6.0f} {nr:>16} {100*nr/len(real):>6.0f}")
    print("spurious:", 50 - len(real), [r["n"] for r in out if not r["verdict"]["event"]])
    for f in FIELDS[1:]:
        print(f"  {f} false on real events:", [r["n"] for r in real if not r["verdict"][f]])


if __name__ == "__main__":
    main()
