"""Round 55, judge a: verdicts on the 60 sampled dateline events (heldout_news6).

V = {n: ([false fields], "reasons")}. "event" in the list means spurious (all six false).
Writes ../events-a.jsonl (each item line + "verdict" + "reasons") and prints the per-field table.
Run from docs/judged/round55:  python events-a-tools/write_verdicts.py
"""
import json
import os

FIELDS = ["event", "type", "source", "target", "date", "modality"]
HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

V = {
    1: (["source", "target", "date"],
        "ACCUSE is right. Source: Karim Khan is the ICC prosecutor; PSE is wrong (the ICC has no seat country in the text, so the right code is empty). "
        "Target: 'them' = Sinwar, Deif and Haniyeh (Hamas leaders), not the country Palestine. Date: 2023-10-07 is the date of the alleged crimes. The "
        "accusation was made in Monday's application (2024-05-20, first sentence)."),
    2: ([], "All right. 'said it would open its airspace' is a promise to ease a restriction (PLOVER CONCEDE, 'promise of future easing of restrictions'), "
            "made on the day of Biden's arrival (document date). Israeli airlines, named in the sentence, is a right target."),
    3: ([], "All right: background war with an explicit 1962 date; mutual, with both parties as source and target."),
    4: (["date"],
        "REJECT by Besigye is right and the empty target is right, because 'the result' is no party. Date: he rejected the result of the February election "
        "at that time. This is a background act of an earlier time, so the document date (2011-04-28) is wrong; February 2011 or no date would be right."),
    5: (["date"],
        "CONCEDE (a promised concession under the accord, distinct from the release e3) by Israel toward the Palestinians is right. Date: the accord "
        "containing the commitment was signed 'late on Saturday' = 1999-09-04 (first sentence). The document date 1999-09-05 is a Sunday."),
    6: (["target"],
        "SUPPORT (signing) is right and the date is right (Friday). Target: dateline makes the signing mutual between Garibashvili and Leanca, but they "
        "did not sign with each other. Each signed with the EU, which is not named in this sentence, so an empty target (or the EU) would be right. "
        "Both sources are right."),
    7: ([], "All right. The WTO members' ministers approved China's membership on Saturday 2001-11-10. The WTO code is acceptable for the body."),
    8: ([], "All right, with some doubt on the target. Israel seizing a weapons shipment is authorities confiscating property (COERCE seize). It is "
            "stated as fact, not inside the accusation, with an explicit 2002 date. Target Iran comes from 'Iranian weapons'. The shipment was "
            "organised for the Palestinians (Shubaki), so a PSE target would also be defensible."),
    9: ([], "All right. The sentence is passive with no agent, so the empty source is right. PFLP is named only in the next sentence. Zeevi was shot "
            "on Wednesday 2001-10-17 (first sentence)."),
    10: (["target"],
         "AGREE is acceptable: CAMEO2PLOVER maps 035 (express intent to yield or ease) to AGREE. I would code a promise of leniency CONCEDE. The "
         "condition states the terms, so the promise is asserted. Source 'It' = the Tibet regional government (right). Target: 'those involved' / "
         "'those who did' refers to the rioters named in the sentence, so the empty target is wrong."),
    11: ([], "All right. 'the exchange' is no party, so the empty target is right. Statement on the day of the release (document date)."),
    12: (["event", "type", "source", "target", "date", "modality"],
         "Spurious. 'helping broker a ceasefire between Israel and Hamas' is Mursi's mediation, and Washington's praise of him is SUPPORT. Nothing in "
         "the sentence has Israel giving aid to Hamas."),
    13: (["type", "target"],
         "Type: an army occupying a country is ASSAULT under the settled convention (wave 30). COERCE seize is kept for police or authorities "
         "confiscating property. Target: 'her country' = Latvia (Vike-Freiberga is Latvian), so the empty target is wrong. The source (Soviet Union) "
         "and the date (1940) are right."),
    14: ([], "All right. 'the accord' is no party, and the sentence names none of its signatories, so the empty target is right. The denunciation "
             "came on the day of the deal (Sunday 2013-11-24)."),
    15: ([], "All right. Bush urged Moscow (the Russian government) to reconsider on the day of the decision (Tuesday 2008-08-26)."),
    16: (["type", "target", "date"],
         "Type: 'has promised to recapture' Mosul from Islamic State is a vow of military action (THREATEN, 1382 threaten occupation / 138 threaten "
         "force), not a promise to cooperate. Target: the militants are named in the sentence ('the militants' main stronghold'), so the empty "
         "target is wrong. Date: 'has promised ... this year' is an earlier pledge of unstated time. A background act given the document date is "
         "wrong; no date would be right."),
    17: (["type", "date", "modality"],
         "Type: 'would no longer fund' UNRWA is withdrawing aid, SANCTION (CAMEO 162 reduce or stop aid), not AID. Modality: the cut was announced "
         "(asserted), not a future aid act. Date: 'said on Friday' = 2018-08-31, but dateline gives no date. The target 'United Nations' for 'the "
         "United Nations agency' (UNRWA) is acceptable."),
    18: (["source"],
         "REQUEST is right. Source: the Socialist Party founded by Milosevic is Serbia's SPS, and the text makes that plain (In Belgrade, Serbian "
         "President ...), so the empty country code is wrong. The empty target is right. The call came on the day of the death (document date)."),
    19: ([], "All right. Rudd's apology to Aboriginal Australians is a past act (CAMEO 055 -> SUPPORT). The text gives it no time, so no date is right."),
    20: (["type", "date", "modality"],
         "Ghannouchi's statement that Ennahda 'would not rule out joining a coalition' indicates willingness to cooperate: AGREE, asserted. "
         "Dateline's SUPPORT negated is wrong on both counts, because 'not rule out' does not negate the joining. Date: 'has said' is an earlier "
         "statement of unstated time, so the document date is wrong. The source (Ennahda) and the empty target are right."),
    21: ([], "All right. 'It' = the Ennahda-led coalition government, which stepped down 'early this year' (2014 is right at the precision given). "
             "RETREAT resign is right."),
    22: (["event", "type", "source", "target", "date", "modality"],
         "Spurious. 'the offensive' is only mentioned as the subject of the White House's comment. The act in this sentence is the White House's "
         "praise of Iraqi forces. The Basra offensive itself was reported (launched on Tuesday) in earlier sentences."),
    23: ([], "All right. The Chinese authorities blamed the supporters of the exiled Dalai Lama on Saturday 2008-03-15. CHN for supporters in Tibet "
             "is acceptable."),
    24: (["target"],
         "THREATEN by Russia on Friday (2022-04-15) is right. Target: the threatened attacks are on 'the capital' = Kyiv, named in the sentence, "
         "so Ukraine is the target. The empty target is wrong."),
    25: (["date"],
         "MOBILIZE (sent soldiers) by Morales is right and is not a duplicate; the 'occupy' event is the second description of the act. Date: the "
         "decree and the deployment were on Monday ('Morales said on Monday at the San Alberto field', with troops raising flags) = 2006-05-01. "
         "The dateline day 2006-05-02 is wrong."),
    26: ([], "All right. Clinton's visit and talks with Vajpayee on Tuesday 2000-03-21 are one CONSULT, the only one coded from the sentence."),
    27: ([], "All right. The Norwegian Refugee Council's call for funding has no target in the sentence. NOR for the Norway-based NGO is right."),
    28: ([], "All right. The arrest is passive with no agent, so the empty source is right. 'Most of the leaders' of the attack are SLE (the "
             "GOV agent kind is wrong, but kind is not scored). Arrested by the time of Sunday's address."),
    29: ([], "All right. The gunmen (later called 'renegade soldiers', SLE) attacked the army barracks early on Sunday 2023-11-26."),
    30: (["event", "type", "source", "target", "date", "modality"],
         "Spurious. 'to allow its military to fight in defence of allies' describes a capability granted by a policy change. No fight, opponent "
         "or occasion is reported, so there is no ASSAULT, even a hypothetical one."),
    31: (["type", "target", "date"],
         "Type: 'ordered retrials of officials accused of killing protesters' brings officials to trial (ACCUSE allege). It is not a request to "
         "another actor. Target: the officials named in the sentence are the parties acted upon, so the empty target is wrong. Date: this was part "
         "of the decree 'issued late on Thursday' = 2012-11-22, not the document date. (REQUEST for an order is arguable, but the act ordered is "
         "legal action.)"),
    32: (["source"],
         "REJECT (dismissed the Cairo Declaration) earlier this month (2020-06) is right. Target Aguila Saleh, a co-author of the initiative, is "
         "acceptable. Source: the GNA is Libya's Tripoli government, so its code is LBY, not TUR. Ankara = Turkey is right."),
    33: (["target"],
         "RETREAT (bans actually lifted) by Abiy is right, the time is unstated (no date is right), and it is distinct from 'freed' and 'welcomed'. "
         "Target: the bans were lifted on opposition groups (ETH), named in the sentence, not on the country Ethiopia."),
    34: (["target"],
         "ACCUSE (criticising) by the State Department on Friday is right. Target: 'its business model' = UNRWA, named in the sentence, so the "
         "empty target is wrong."),
    35: (["date"],
         "ASSAULT on the candidates is right and the empty source is right. Date: 'more than two dozen candidates were killed ahead of the vote' is "
         "a total summed over the campaign, so it has no date. 'Last week' belongs to the separate Guerrero shooting (e4)."),
    36: ([], "All right. The criticism is passive with no agent in the sentence, so the empty source is right. 'He' = Magufuli. The criticism is "
             "still going on (critics accuse him), so the document date is acceptable."),
    37: ([], "All right. The detentions are passive, so the empty source is right, and Besigye is the target. 'This month' = 2011-04 at the "
             "precision given. The sentence counts this month's detentions and is not a same-sentence duplicate."),
    38: (["source", "target"],
         "ASSAULT and the date are right (the attacks were Friday = document date). Source and target are reversed: the Brotherhood's offices "
         "were attacked, so the Brotherhood is the target. The attackers are unnamed, so the source should be empty."),
    39: (["date"],
         "CONCEDE (declaration of a ceasefire) by Poroshenko is right. Date: the week-long ceasefire due to expire on Friday was declared a week "
         "earlier. This background act is wrongly given the document date (2014-06-27)."),
    40: (["source"],
         "COERCE arrest is right, asserted with reported_by. No date is right for 'in the days before the handover'. Source: the police who "
         "detained people in Macau before the handover were the Portuguese-administered Macau police, so CHN is wrong (Portugal handed Macau to "
         "China at midnight on Sunday). Target CHN for Falun Gong members is acceptable."),
    41: (["target"],
         "ACCUSE ('called the decision irresponsible') by Bush is right. Target: 'the decision' is Russia's recognition, and Moscow is named in the "
         "same sentence, so the empty target is wrong."),
    42: (["source"],
         "ACCUSE on the day of the deal is right. The empty target is right, because 'the deal' is no single party. Source: the list codes John "
         "Bolton as UNO/IGO, but he is American (a former U.S. ambassador to the UN), so the country code is wrong."),
    43: (["source", "target", "modality"],
         "'the operation would go on until the bandit formations were destroyed' is a real future military act. ASSAULT is acceptable and no "
         "date is right. Modality: the destruction is future or hypothetical, not asserted. Source: the operation is Russia's ('their troops' in "
         "the sentence), so the empty source is wrong. Target: the 'bandit formations' (Chechen fighters) are named in the sentence, so the empty "
         "target is wrong."),
    44: (["source", "target", "modality"],
         "The call for protests by Ravalomanana's supporters is a real act, and PROTEST for the protests called for is acceptable. Source: a South "
         "Korean company (from the previous sentence) is absurd; the source is Ravalomanana's supporters (MDG). Target: the protests are aimed at "
         "'the new leader' (Rajoelina, authorities), named in the sentence, so the empty target is wrong. Modality: the protests are only called "
         "for (future), not held. (REQUEST asserted would be the other defensible coding.)"),
    45: (["date"],
         "ASSAULT by the rebels on Assad is right (a background war). Date: 2011-11 is taken from the suspension in the previous sentence. This "
         "sentence gives the fighting no date; it is ongoing background (document date) or undated."),
    46: (["source"],
         "ASSAULT on Ukraine, 2022-W08 ('seven weeks ago' from 2022-04-15), is right. Source: 'it' = Moscow/Russia. Russia's Defence Ministry is "
         "the speaker of the sentence, not the invader (the RUS code is right, the party is not)."),
    47: (["date"],
         "COERCE restriction of social media access, with no agent and no party, is right. Date: 'during the election' = this week's election, "
         "before Friday's result. The document date (Friday 2020-10-30) is not the time the text gives; the week would be right."),
    48: (["source", "date"],
         "ASSAULT on the civilians burned to death is right. Source: the same sentence says the rioters set the fires that killed them, so the "
         "empty source is wrong. Date: the deaths were in Friday's rioting (2008-03-14); the text gives 'on Friday'. The document date "
         "2008-03-15 is wrong."),
    49: ([], "All right. Bush called on Palestinians to replace Arafat on Monday 2002-06-24."),
    50: (["date"],
         "Type COERCE is acceptable: CAMEO2PLOVER maps 163 (embargo/boycott) to COERCE restrict. I would code an import ban SANCTION. The source "
         "(Russia) and the target (Moldova) are right. Date: 'has already banned Moldovan wine' is an earlier act of unstated time, so the "
         "document date is wrong."),
    51: ([], "All right. 'seeking more information' is a mild request by Washington (State Department), with no target in the sentence. Document date."),
    52: ([], "All right. NATO bombs struck the Chinese embassy in May 1999 (explicit)."),
    53: ([], "All right. The Palestinian parliament approved Abbas's cabinet on Tuesday 2003-04-29. One event from the single vote."),
    54: (["type"],
         "Type: AU peacekeepers deploying to Somalia is the provision of military and peacekeeping personnel (AID, CAMEO 074) or a deployment, "
         "not a diplomatic visit (CONSULT visit). The source, target and date (Tuesday 2007-03-06) are right."),
    55: (["target"],
         "COERCE seize (the takeover of the newsroom, ending the sit-in) and the date (Saturday 2001-04-14) are right. The source (the guards of "
         "NTV's new management) is acceptable. Target: the journalists whose sit-in was ended are named in the sentence, so the empty target is "
         "wrong."),
    56: ([], "All right. An offer to arm and train Libyan tribesmen is AGREE (an offer of aid, wave 76), made by Egypt (Sisi) on Saturday 2020-06-20."),
    57: ([], "All right. Israeli helicopters fired missiles at Abu Ali Mustafa on August 27 (explicit). It is the only event coded from the sentence."),
    58: (["date"],
         "SUPPORT (apology) negated by Obama, with an empty target, is right. Date: the non-apology was at Friday's Hiroshima visit (2016-05-27, "
         "reported as this news), but dateline gives no date."),
    59: (["target", "date"],
         "AGREE by Ivanishvili is right. Target: NATO, the EU and Russia are right, but Georgia (his own country, the object kept 'on course') is "
         "not a party he pledges to cooperate with, so the list contains a wrong party. Date: 'has promised' is an earlier campaign pledge of "
         "unstated time, so the document date is wrong."),
    60: (["source"],
         "AGREE (a reciprocal agreement; the empty target follows PLOVER's both-as-actor note) on Monday is right. Source: 'both leaders' = Biden "
         "(USA) and Xi (CHN). Dateline's group with no country is not those parties."),
}


def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-a-items.jsonl"))]
    assert len(items) == 60 and sorted(V) == list(range(1, 61))
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        for f in false:
            assert f in FIELDS, f
        if "event" in false:
            false = list(FIELDS)
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with open(os.path.join(ROUND, "events-a.jsonl"), "w") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10s} {'right/60':>9s} {'%':>6s} {'right/real':>11s} {'%':>6s}")
    for f in FIELDS + ["all"]:
        k = sum(r["verdict"][f] for r in out)
        kr = sum(r["verdict"][f] for r in real)
        print(f"{f:10s} {k:>6d}/60 {100*k/60:5.1f}% {kr:>7d}/{len(real):<3d} {100*kr/len(real):5.1f}%")
    print(f"spurious: {60-len(real)} ({', '.join(str(r['n']) for r in out if not r['verdict']['event'])})")
    for f in FIELDS[1:]:
        bad = [r["n"] for r in real if not r["verdict"][f]]
        print(f"{f} wrong on real events ({len(bad)}): {bad}")


if __name__ == "__main__":
    main()
