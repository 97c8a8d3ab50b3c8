"""Judge b, round 56: verdicts on the 50 sampled dateline events (events-b-items.jsonl).

V = {n: ([false fields], "reasons")}. "spurious" stands for all six fields false.
Writes events-b.jsonl (each item line plus "verdict" and "reasons") and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = list(FIELDS)

V = {
    1: (["date"], "Real ASSAULT (the Falluja offensive); source army/counter-terrorism forces/police is right (the Iraqi forces of the story; 'terrorism forces' is a truncated span with empty code, acceptable as the sentence gives no country). Target empty is right (IS/militants not named or referred to in the sentence). Date wrong: the sentence itself dates the act ('began on May 22'), dateline gave the document date 2016-06-26."),
    2: ([], "All right. Target empty is right: 'this violence' is the shooting by an unknown gunman, no party named."),
    3: ([], "All right: SANCTION convict is a PLOVER mode; 'He' = Khodorkovsky; no court named so empty source is right; 2005 is the first of the two convictions in the sentence (the 2010 one is not coded, a miss, not an error of this event)."),
    4: (["type"], "A real act (ECOWAS refuses to accept Gnassingbe's seizure of power). Type wrong: 'accept the seizure of power' is approval/recognition (SUPPORT), and the statement as a whole is a REJECT; AGREE (willingness to cooperate) is not the act. Source ECOWAS right; target empty right by the rule ('the seizure of power' names an act, not a party; I would code Togo/Gnassingbe). Date document day of the summit right; negated is the right modality for the act as coded."),
    5: (["source", "date"], "THREATEN right (settlers warned they would fight any handover). Source country wrong: Jewish settler leaders are Israeli (ISR), not PSE. Target empty right (the Israeli government is not named in the sentence). Date wrong: 1999-05-17 is the election date from the previous sentence; the warning is a reaction to this deal, document date 1999-09-05 (or 4th)."),
    6: ([], "All right: Ping [GAB]; 'the result' names no party, empty target right; 'immediately' after the Wednesday (Aug 31) announcement, 2016-08-31 right."),
    7: ([], "All right: the minister's claim that demonstrators attacked security forces, attribution keeps it asserted; args and date right. Note (not a scored field): reported_by is Imran Khan, but the speaker is Interior Minister Chaudhry Nisar Ali Khan."),
    8: (["date"], "REJECT (declined to intervene) by Putin right, no target named. Date wrong: the text says 'last week'; dateline gave the document date 2001-04-14."),
    9: ([], "All right: Galvez conceded defeat (CONCEDE), Sheinbaum not named in the sentence so empty target right, reported with the election news so document date is right."),
    10: (["source", "target"], "REQUEST right (Sankoh called on his fighters to come out of the bush). Source wrong: includes 'fighters' (they are the addressees) and gives Sankoh country TGO (he is Sierra Leonean, SLE; Lome is only the venue). Target wrong: 'Kabbah' is not addressed, the target is 'them' = his fighters (RUF, SLE). Date and modality right."),
    11: (["date"], "AGREE right (agreed to create the post under pressure; CONCEDE would also do). Source Arafat right, target empty right (no party named). Date wrong: the text gives 'in March' (2003-03); dateline gave no date."),
    12: ([], "All right: NATO leaders agreed to create a rapid-reaction force; source 'Leaders' with empty code is acceptable (leaders of 19 member states, multinational); mutual agreement, empty target right; summit day."),
    13: ([], "All right: Kremlin REJECT; 'the move' is the ICC warrant, an act not a party, so empty target is right by the rule (I would code the ICC)."),
    14: (["target", "date"], "Real PROTEST (the monks' march that began the protests; e8 'protests' from the same sentence is the general wave, so I do not count this as its duplicate). Source monks [CHN] right. Target 'Tibetan' as a country is wrong: the march was against Chinese rule, the Chinese state would be right. Date wrong: 'began on Monday' = 2008-03-10, dateline gave the document date 2008-03-15."),
    15: (["date"], "Real ASSAULT (the 2007 post-election killings), no killer asserted so empty source right, 1,100 people [KEN] right. Date wrong: the text dates the killings by 'the disputed 2007 election, in which'; dateline gave no date. (A closed past episode, not an open 'since X' total.)"),
    16: ([], "All right: Biden congratulated Bennett and Lapid on the day the government was approved."),
    17: (SPURIOUS, "Spurious: 'warning that the Kremlin would seek to take advantage' is Poroshenko cautioning about Russia (at most an ACCUSE by Poroshenko), not a threat, and the Kremlin did nothing in this sentence; 'warning' is used in another sense."),
    18: (["date"], "SUPPORT (hailed) by Poroshenko right; 'that decision' is the Istanbul synod's act, not a party, so empty target is right by the rule (I would code the Ecumenical Patriarchate). Date wrong: the hailing is background to the decision of 'last Thursday' (Oct 11), an earlier act given the document date 2018-10-15."),
    19: ([], "All right: EU and US praised the conduct of the vote; no party named as target (would be Ukraine's authorities, not in the sentence); reaction on the results day."),
    20: (["target"], "AGREE right (a pledge of help is AGREE). Source 'World leaders' empty code right. Target wrong: the sentence names the recipients of the pledged help, 'victims of last month's Indian Ocean tsunami'; dateline left it empty. Date 2005-01-06 (Thursday) right."),
    21: (["source"], "Real act: Hamas leaders signalled they would free Saadat (future release, hypothetical as 'signalled they would'). Source wrong: the would-be releasers are 'leaders of Hamas' (PSE), not the Israeli officials who report it. Target Saadat right; no date for a hypothetical future release is right."),
    22: (["target"], "CONSULT (Putin held a meeting of his Security Council) right, Putin right, Friday = 2018-10-12 right. Target wrong: 'his Security Council' is Russia's Security Council, not the UN Security Council [UNO]."),
    23: (["date"], "SUPPORT (welcomed the released prisoners) accepted, args right. Date wrong: the prisoners were released on Tuesday 2011-10-18 (the document date); dateline gave 2011-10-17 (the 'Monday' of the petition in the previous sentence)."),
    24: (["source", "target", "date"], "Real ACCUSE (Washington was criticised for its $15m offer). Source wrong: Washington is the one criticised; the critics are unnamed (empty source). Target wrong: should be Washington (USA), dateline left it empty. Date wrong: 'criticised early on' is an earlier act, given the document date."),
    25: ([], "All right, with doubt: a verbal statement of support for open trade arrangements (SUPPORT of a policy, no party named); China [CHN] via the Foreign Ministry spokeswoman, said on the story day."),
    26: (["target", "date"], "SANCTION (blacklisted a bank) by the US right. Target country wrong: the text says 'a Macau bank' (Banco Delta Asia), so the code is not empty (Macau/China). Date wrong: the blacklisting came after the September 2005 statement (2005), a background act given the document date 2007-02-13."),
    27: ([], "All right: Putin accused Ukraine on Wednesday 2024-08-07."),
    28: ([], "All right: Ahmed stepped down (RETREAT resign) on Thursday 2007-01-11."),
    29: ([], "All right: Ghannouchi telephoned Essebsi (CONSULT phone), both TUN; document date right."),
    30: (["type", "date"], "Real act but type wrong: 'offered cautious congratulations' is congratulation (SUPPORT), 'offered' is not an offer of cooperation (AGREE). Source right; target empty right (Putin not named in the sentence). Date wrong: 1999-12-31 comes from Yeltsin's resignation in the previous sentence; the congratulations are reactions to the result, document date 2000-03-27."),
    31: (["target"], "AGREE right, Vajpayee right, date right. Target wrong: 'We have agreed' is the mutual India-US agreement; the other party (Clinton/the US) is referred to by 'We' in the sentence and the target is empty."),
    32: (["type", "source", "target", "modality"], "A real act, but it is negotiation (CONSULT), not an agreement: 'trying to agree'. Type wrong (AGREE), and modality wrong (asserted; as AGREE it is at most hypothetical/not yet). Source wrong: 'Ministers in Doha' are the WTO trade ministers, not Qatari ministers [QAT]. Target India is the resisting party, not the party agreed with. Date (ongoing talks, document date) right."),
    33: ([], "All right: India pulled out of the RCEP talks (SANCTION withdraw), 'last November' = 2019-11."),
    34: ([], "All right: Anwar has accused Najib (ongoing accusation, document date acceptable)."),
    35: (["type"], "Real act, but 'recognise these adverse results' is the losing president accepting defeat: CONCEDE (as #9 'conceded defeat'); SUPPORT/054 (diplomatic recognition) is the wrong sense. Args, date and modality right. Note (not scored): reported_by is Tibisay Lucena, but Maduro is the speaker."),
    36: (SPURIOUS, "Spurious: the spokesman 'declined to describe' the ideas to reporters; not a political rejection between actors, and Israel is no target."),
    37: ([], "All right: Judges' Club ACCUSE against the decree; target Egypt (the state whose president issued the decree) accepted (I would code Mursi); Friday = document date."),
    38: (["date"], "ACCUSE Rajoelina -> Ravalomanana right. Date wrong: 2009-02-07 is the date of the shooting in the previous sentence; the accusation is an undated campaign charge (no date, or the document date), not Feb 7."),
    39: (["source", "target"], "AGREE (campaign pledges) accepted. Source wrong: 'Turnout' instead of 'He' = Saakashvili. Target wrong: the Georgian government/Georgia is not the party promised to (Saakashvili will lead it); no recipient named, empty would be right. Date Sunday 2004-01-04 (the victory speech) right."),
    40: ([], "All right: Maduro blamed the US (named in the sentence) for an 'economic war'. Note (not scored): reported_by Tibisay Lucena is wrong."),
    41: (["target"], "AID (providing $360 million) by the US right, 'last year' = 2017 right. Target wrong: the recipient UNRWA is named in the sentence ('UNRWA's biggest donor'), dateline left it empty."),
    42: (["date"], "COERCE (jailed) of Anwar right, no jailer named so empty source right. Date wrong: 1998-09 is the date of the sacking; the text says he was 'later jailed', with no date."),
    43: ([], "All right: France and the EU called for publication of results; the addressee (Gabon's authorities) is not named, empty target right."),
    44: (["source", "target"], "The invasion (since which children were taken) is a real ASSAULT referred to in the sentence; source and target wrong: the invader is Russia and the invaded Ukraine, both named in the sentence ('taken to Russia', 'Ukrainian children', 'Kyiv'), and both are empty. Date: no date in the sentence, accepted as undated."),
    45: (["target", "date"], "AGREE (truce) right, Trump right. Target wrong: mutual agreement with Xi Jinping, who is named in the sentence; target empty. Date wrong: 'on the same day' as the arrest = December 1 (previous sentence); dateline gave 2018-12-06."),
    46: ([], "All right: North Korea agreed on Tuesday 2007-02-13 to shut its reactor (AGREE)."),
    47: (SPURIOUS, "Spurious: 'vowed to return to power' is a statement of political ambition, no commitment to cooperate with anyone (AGREE) and no party acted on. (The next sentence's 'until we topple this dangerous government' could be a THREATEN, but that is another sentence.)"),
    48: ([], "All right: Serbia (Belgrade) will never recognise Kosovo: SUPPORT negated, as the conventions allow for the negated act."),
    49: ([], "All right: Gazprom halted deliveries to Ukraine on Jan 1 2009."),
    50: (SPURIOUS, "Spurious: the sentence states what the signed agreements will do (their terms); the subject is 'the agreements', no new act beyond the signing already coded from the earlier sentences. Had it been coded, the source would also be wrong (the three countries, dateline omits Ukraine)."),
}

assert sorted(V) == list(range(1, 51)), sorted(set(range(1, 51)) - set(V))


def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-b-items.jsonl"))]
    out = []
    counts = {f: 0 for f in FIELDS + ["all"]}
    real = 0
    for it in items:
        false, reasons = V[it["n"]]
        for f in false:
            assert f in FIELDS, f
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        if "event" in false and set(false) != set(FIELDS):
            raise SystemExit(f"item {it['n']}: a spurious event must be false in every field")
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
        for f in FIELDS + ["all"]:
            counts[f] += verdict[f]
        real += verdict["event"]
    with open(os.path.join(ROUND, "events-b.jsonl"), "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = len(out)
    print(f"{'field':<10}{'right/50':>10}{'%':>8}{'right/real':>12}{'%':>8}")
    for f in FIELDS + ["all"]:
        r = counts[f]
        print(f"{f:<10}{r:>6}/{n:<3}{100 * r / n:>8.0f}{r:>8}/{real:<3}{100 * r / real:>8.0f}")
    print(f"spurious: {n - real} of {n}")


if __name__ == "__main__":
    main()
