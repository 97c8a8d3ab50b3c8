"""Round 61, judge a: verdicts on the 50 sampled dateline events (heldout_news8).

V = {n: ([false fields], "reasons")}. "spurious" stands for all six fields false.
Writes ../events-a.jsonl (each item line plus "verdict" and "reasons") and prints the per-field table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "events-a-items.jsonl"
OUT = HERE.parent / "events-a.jsonl"
FIELDS = ["event", "type", "source", "target", "date", "modality"]
S = ["spurious"]

V = {
    1: (["target"], "ACCUSE by Diab right, Monday 2020-08-10 right; but the sentence names whom he blamed, "
        "'a political class' (Lebanon's) that stood in his way: the target is named in the sentence and left empty."),
    2: (S, "'political parties are banned' describes Kuwait's standing constitutional order (like 'the emir has the "
        "final say' in the same sentence); no act by anyone is reported, at any time. Not an event. (Even as one, "
        "the target would lack KWT.)"),
    3: (["target"], "AGREE (signing a declaration committing the government to European values) by the Austrian "
        "government right; e9 'signed' SUPPORT codes the same signing with a wrong type, so I take e11 as the proper "
        "coding of the act, not as a duplicate. Target: the sentence names Klestil (AUT) as the one who demanded the "
        "declaration, the party the commitment was given to; empty is wrong. Date: undated, reported as this news, "
        "document date right."),
    4: (["source"], "CONSULT visit to Nairobi right (arrived to mediate); host Kenya as target acceptable; date "
        "document date right (undated news). Source Desmond Tutu coded KEN: he is South African, not Kenyan; the "
        "text gives no nationality, so empty would pass, KEN is a wrong code."),
    5: ([], "All right: 'he' = Ortega (previous sentence), insult/accusation of jailed opponents (NIC) is ACCUSE; "
        "'late on Sunday' = 2021-11-07 against document date Monday 2021-11-08."),
    6: (["target"], "Negated COOPERATE (Western governments had not shared intelligence with Cairo) holds; source "
        "'Western governments' with no code is right (several countries). Target list contains 'intelligence' as an "
        "actor (the thing shared, not a party) besides Egypt: wrong. Date null accepted: a non-act over an "
        "unstated span."),
    7: ([], "All right: officials (Russian/Chechen, RUS) blamed separatist rebels (Chechen, RUS) for the Sunday "
        "bombing; document date 2004-05-09 is that Sunday."),
    8: (["date"], "The noun 'opposition protests' is a real background PROTEST by the Congolese opposition (COD); "
        "empty target accepted (no aim named). Date 2017 is taken from the sanctions 'imposed last year'; the "
        "protests and crackdown came earlier ('while he was interior minister'; the story places the deadly protests "
        "in December 2016). The text gives the protests no 2017 date: wrong."),
    9: ([], "All right: Moscow ('Russia government') repeatedly demanded reconnection to SWIFT; REQUEST; no "
        "addressee named, empty target right; repeated background acts with no date, null right."),
    10: (["date"], "REJECT by Dutch voters of the EU-Ukraine agreement, EU as target acceptable. Date: the "
         "rejection was the referendum vote, which the next sentence dates Wednesday (2016-04-06); only the results "
         "came on Thursday 2016-04-07 (document date). Wrong by the text."),
    11: (["source", "target"], "AGREE (pledged to cut off funding) right, Sunday 2001-10-21 right. Source 'Leaders "
         "of 21 Pacific Rim economies' is a multinational APEC group: coded CHN (summit host) is wrong, empty would "
         "be right. Target 'terrorist groups' coded CHN: wrong country (no country in text)."),
    12: (["source"], "MOBILIZE future (first 250 Marines will arrive in Darwin next year = 2012) right, no target "
         "acceptable. Source 'Marines' with no country: the Marines are the U.S. Marines of the previous sentence "
         "(the definite group), the text makes the country plain: USA missing."),
    13: ([], "All right: Navalny ('he') expected to be jailed = COERCE against him, future; the jailer is not named "
         "in the sentence, empty source right; future act, null date right. (Some would call 'expected' "
         "hypothetical; I take it as future like 'was expected to follow'.)"),
    14: ([], "All right by the conventions: ACCUSE Russia, 2018-04-14 right. Target empty: the sentence names 'the "
         "strikes' (an act), not the parties who struck; by the sentence rule no party is named. I would code USA "
         "(and GBR, FRA) as target."),
    15: (["source", "target", "date"], "REQUEST (called on the alliance to take responsibility) right type. Source is "
         "the king (Gyanendra), not 'House of Representatives' (which is the body to reconvene). Target: the "
         "'seven-party opposition alliance' is named in the sentence and left empty. Date: the address was 'shortly "
         "before midnight' on Monday (2006-04-24, 'late on Monday' in the lead); document date 2006-04-25 is wrong."),
    16: (["type", "source"], "Calling off a military offensive is a RETREAT (military de-escalation, CAMEO 087), not "
         "SANCTION. Source: 'A Marine offensive' names the U.S. Marines whose offensive was called off; empty "
         "source wrong. Target empty acceptable (insurgents not in the sentence); April 2004 right; asserted right."),
    17: (S, "'warning that hundreds of millions ... will pay the price' is a prediction of harm, not a threat by "
         "Guterres of an act he controls: 'warn' in another sense. The sentence's act is a disapproval (ACCUSE) of "
         "Russia's decision ('deeply regrets'), which this THREATEN with no target does not code."),
    18: ([], "All right: Taylor stepped down (resignation, RETREAT/resign per the PLOVER codebook) 'later that year' "
         "= 2003. Not a duplicate of e6 'indicted'."),
    19: ([], "All right: Lapid telephoned Netanyahu, CONSULT (phone), Thursday = document date 2022-11-03; e3 "
         "(congratulate) is the one that may be redundant, not this one."),
    20: ([], "All right: coalition supporters (UKR) rallied outside parliament in Kiev; the sentence names no aim; "
         "by the crowd-protest rule the state is a right target (context: against the president's dissolution "
         "decree). Doubt: it is also a support rally for the coalition. Date: 'within hours' of the late-Monday "
         "decree, document date acceptable."),
    21: (["type", "date"], "The act is the signed agreement for Britain to help upgrade Ukraine's navy: a pledge of "
         "aid, AGREE by the convention (wave 76), not AID given (no help has been given yet). Date: docked and "
         "signed 'earlier this week', before Wednesday 2021-06-23 (document date); the text gives another date. "
         "Source GBR, target Ukraine's navy right; modality asserted right for the agreement."),
    22: (["target", "date"], "REQUEST by U.S. officials right. Target 'government[IRQ]': 'a government' is the thing "
         "to be formed, not the party asked (Iraq's blocs, unnamed); empty would be right. Date 2010-03-07 is the "
         "election date from the previous sentence; the calls came on results day, document date 2010-03-26."),
    23: (["source"], "ACCUSE (condemned the normalisation move) right; date document date acceptable (undated "
         "reaction). Source split into two actors for one man: 'Sadiq al-Mahdi' with no country and 'Sudan's last "
         "elected prime minister' with SDN; the named entry lacks the country the sentence makes plain. Target "
         "empty accepted by the conventions ('the move' is an act; I would code Sudan's transitional government)."),
    24: ([], "All right: Russia urged Tehran (Iran government) to heed the IAEA, REQUEST, document date 2006-04-11."),
    25: (["modality"], "RETREAT (cabinet must step down, by court ruling) with THA right; future act, null date "
         "right. Modality: 'must also step down' under a court ruling is an ordered act that will happen (like 'is "
         "to step down'), future, not hypothetical."),
    26: ([], "All right: police detained protesters in Moscow, COERCE, hours after Thursday's ruling = 2013-07-18."),
    27: ([], "All right: U.S. officials praised the vote, SUPPORT; 'the vote' is an act, no party named, empty "
         "target right by the conventions; document date 2010-03-26 right."),
    28: (S, "'withdrew from the race' is Habibie dropping his candidacy, not a boycott or any protest: 'withdraw' "
         "in another sense. No PLOVER act of that kind is coded here (the sentence's act is the assembly rejecting "
         "his speech, REJECT)."),
    29: (["target"], "SANCTION/convict (sentenced last year = 2011) right, empty source right (tribunal not in the "
         "sentence). Targets: Gotovina coded FRA and Markac coded with no country and as an organization; the "
         "story's lead calls them 'two Croatian generals' (HRV)."),
    30: (["source", "target"], "REQUEST (called on people to defy the curfew) right type and date (Thursday "
         "2019-04-11). Source is the Sudanese Professionals Association, not 'Sudan regime' (the object of its "
         "statement). Target: 'people' (Sudanese public) is named in the sentence, empty wrong."),
    31: ([], "All right: 'we will not give up a single metre' = CONCEDE negated by Yanukovych (UKR); Russia not "
         "named in the sentence, empty target right; undated statement, document date."),
    32: ([], "All right: Bulgaria and Romania were warned of delayed entry if they fail to reform, THREATEN; the "
         "warner is not named in the sentence (passive), empty source right; Monday 2005-04-25."),
    33: ([], "All right: Bush ('He') due to hold talks with Lula on Sunday = 2005-11-06, CONSULT future."),
    34: ([], "All right: 'The militants' = Islamic State (definite description, no country needed) blew up the "
         "al-Nuri mosque (IRQ) 'last month' = 2017-06; ASSAULT."),
    35: (["type"], "Russia annexed Crimea (UKR) in March 2014: source, target, date right. Type: by the convention "
         "(wave 30) armed forces taking or occupying ground is ASSAULT; COERCE/seize is kept for police or authorities "
         "confiscating property. I would accept COERCE for a formal annexation, but score by the convention."),
    36: (["source", "target", "date"], "AGREE (end belligerency, begin ties) right. It is mutual between Sudan and "
         "Israel (the 'leaders' are Netanyahu, Burhan, Hamdok, with Trump); coded as one merged 'leaders' group with "
         "no country and no target, so neither side is identified: source and target wrong. Date: the joint "
         "statement came with the Friday agreement ('Sudan agreed on Friday'), 2020-10-23, not the document date "
         "2020-10-24."),
    37: ([], "All right: Maoist rebels (NPL) rejected the king's announcement, target Gyanendra; reaction dated "
         "by document date (no date in text)."),
    38: (["date", "modality"], "AGREE between Barak and Arafat as the failed bid at Camp David: parties right. Date: "
         "the text gives July (2000); null is wrong. Modality: the bid 'foundered', the deal was not reached: "
         "negated, not hypothetical."),
    39: ([], "All right: Khurshid demanded that the case be withdrawn, REQUEST; the U.S. is not named in the "
         "sentence, empty target right; he spoke to parliament on Thursday = document date 2013-12-19."),
    40: (["target", "date", "modality"], "The killing of civilians in Bucha (denied by the Defence Ministry) is a "
         "real ASSAULT; Russian ministry as source acceptable. Target 'civilians' coded RUS: they are Ukrainian "
         "civilians of Bucha (UKR). Date: the killings happened during the occupation, which ended March 30; the "
         "document date 2022-04-03 is the date of the denial, not the act. Modality: the act sits inside Russia's "
         "denial against Ukraine's accusation; the text does not negate it; reported, not negated."),
    41: ([], "All right: Vieira killed (ASSAULT), killers not named in this sentence (empty source right), early "
         "Monday = document date 2009-03-02."),
    42: (["target"], "ASSAULT (clash left one dead) between government supporters (THA) and protesters, week "
         "2008-W36 right (a week before 2008-09-09 or earlier). Target 'protesters' coded with no country: they are "
         "the Bangkok (PAD) protesters, Thailand is plain from the sentence ('in Bangkok')."),
    43: (["target"], "REQUEST by Wahid (IDN) right, Wednesday 1999-10-20 right; distinct from e4 (urging Megawati's "
         "supporters to stay calm). Target: 'all of you' = the chamber he told, the People's Consultative Assembly "
         "(IDN), named in the sentence; empty wrong."),
    44: (["date"], "MOBILIZE/weapons test by North Korea right. Date: the sixth nuclear test was a background act "
         "during the past 'year of soaring tensions' (September 2017), not the document date 2018-02-10."),
    45: ([], "All right: AQIM's claim says two suicide bombers carried out the Tuesday 2007-12-11 attacks; "
         "ASSAULT; 'saying' is attribution, the bombings themselves are asserted by the story; target only in "
         "AQIM's quoted label ('the Crusaders and their slaves'), empty accepted. Doubt: some would call the act "
         "inside the claim reported."),
    46: ([], "All right by the conventions: protesters (BFA) set fire to the ruling party's headquarters, "
         "PROTEST/riot; Sunday 2022-01-23 right (document date Tuesday 2022-01-25). Target empty accepted under the "
         "crowd-protest rule (aim not the state); I would code Kabore's party (MPP) as target."),
    47: (S, "'approved targeted strikes' means authorised the use of force, not SUPPORT (praise/endorse) of "
         "'Americans': 'approve' in another sense. The act is a U.S. air campaign against Islamic State, which "
         "this event does not code."),
    48: ([], "All right: Tehran launched its first direct attack on Israel in April = 2024-04, ASSAULT IRN -> ISR."),
    49: (["source"], "REQUEST (demand that Beijing free his wife) right, target China government right, Thursday "
         "2017-07-13 right. Source is 'Western governments', not 'China authorities' (who announced the death)."),
    50: (["date"], "SUPPORT (thanked Congress) TWN -> USA right. Date: the thanks were given at the Wednesday "
         "meeting the previous paragraphs describe (2023-04-05); the document date 2023-04-06 is China's Thursday "
         "response. Doubt: the sentence itself carries no day."),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    out = []
    counts = {f: 0 for f in FIELDS + ["all"]}
    real = 0
    real_counts = {f: 0 for f in FIELDS[1:] + ["all"]}
    for it in items:
        false, reasons = V[it["n"]]
        false = FIELDS if false == S else false
        assert all(f in FIELDS for f in false), it["n"]
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        for f in FIELDS + ["all"]:
            counts[f] += verdict[f]
        if verdict["event"]:
            real += 1
            for f in FIELDS[1:] + ["all"]:
                real_counts[f] += verdict[f]
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))
    print(f"wrote {OUT} ({len(out)} items)")
    print(f"{'field':<10}{'right/50':>10}{'%':>7}{'right/real':>12}{'%':>7}")
    for f in FIELDS + ["all"]:
        rr = real if f == "event" else real_counts[f]
        print(f"{f:<10}{counts[f]:>10}{100 * counts[f] / 50:>7.0f}{rr:>8}/{real:<3}{100 * rr / real:>7.0f}")
    print(f"spurious: {50 - counts['event']}")


if __name__ == "__main__":
    main()
