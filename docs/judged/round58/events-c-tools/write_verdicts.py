"""Round 58, judge c: verdicts on the 50 sampled events (events-c-items.jsonl).

V = {n: ([false fields], "reasons")}; a spurious event is false in every field.
Writes ../events-c.jsonl (each item line plus "verdict" and "reasons") and prints the per-field table.
usage (from docs/judged/round58): python events-c-tools/write_verdicts.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPUR = list(FIELDS)

V = {
    1: ([], "All right. 'I have accepted the results' is Yameen's acceptance of defeat, asserted on Monday "
            "(doc date). It restates the concession coded (CONCEDE, e1) from the previous sentence, but a "
            "duplicate is only one from the same sentence; AGREE (accept) is a defensible type, though I would "
            "code CONCEDE here too."),
    2: ([], "All right: CHP boycott of the Tuesday session electing Gul, PROTEST boycott; 'the session' is no "
            "party, empty target right."),
    3: (["target", "date"], "Target China is wrong: the alleged ban was a halt of rare-earth shipments to Japan "
            "(previous sentence); the sentence names no target, so empty (or Japan) would be right, China is not. "
            "Date: the text places the alleged ban (and the row) in 2010; null ignores the date the text gives. "
            "Negated COERCE for 'denied imposing' is right by the conventions."),
    4: (["target"], "Target lists Kim Dae-jung with no country code (he was South Korea's president, KOR is plain) "
            "and puts him on the target side although South Korea (his side) is already the source; the target "
            "should be Kim Jong Il alone. Source South Korea for the inter-Korean summit's southern side is "
            "accepted. Date 2000-06 right."),
    5: (["date"], "Nelson backed the apology motion in parliament on the day reported (Wednesday 2008-02-13, doc "
            "date); null is wrong for an act reported as this news. 'the motion' is not a party: empty target right."),
    6: ([], "All right: EU and UN welcomed the election result, doc date Monday; 'the result' is not a party."),
    7: (["date"], "'has fought ... since the late 1980s' is a war still going on when the story is told: by the "
            "conventions it takes the document date (2006-08-26); null is wrong. Target Museveni[UGA/GOV] for "
            "'the government of President Museveni' accepted."),
    8: (["source", "date"], "Source code MAR is wrong: the protesters were supporters of the Polisario Front "
            "(lead), opposed to Morocco; their country is not given as Morocco (empty or Western Sahara). Date: "
            "the text gives the blockade's time ('since late October' 2020, ended by the Moroccan operation); "
            "null is wrong. Target Morocco (the Morocco-built crossing and its trade) accepted."),
    9: ([], "All right: China accused India of provoking the clash, doc date Tuesday."),
    10: ([], "All right, with doubt: source gives only Gambia of the three named states (South Africa, Burundi, "
             "Gambia) - a right party, accepted; the quitting is future with no date of its own ('last month' "
             "dates the announcement), so null date and future modality stand. reported_by South Africa is odd "
             "but not scored."),
    11: (["date"], "Israel's annexation of East Jerusalem is a background act (after 1967); dated 2017-12-18 from "
             "the veto sentence, which is wrong. COERCE seize for a legal annexation (not troops taking ground) "
             "accepted; East Jerusalem is a place, empty target right."),
    12: ([], "All right: Ban said he would travel to Haiti, CONSULT visit, future, no date given (null right)."),
    13: ([], "All right: the 1975 fatal clash (India-China), ASSAULT; the sentence names no party, so empty "
             "source and target are right by the conventions; date 1975."),
    14: (["target"], "'the outside world' is named in the sentence as the accused party (a common-noun group); "
             "empty target is wrong. Taliban AFG right (role not scored)."),
    15: (["target", "date"], "Target empty although the sentence names the accused: the criminal case is "
             "'against some of them' (the would-be candidates). Date: searches and the case were 'on the eve of "
             "the protest' = 2019-07-26, not the doc date 2019-07-27. PLOVER ACCUSE investigate is right."),
    16: ([], "All right: Georgia's parliament threatened (March 2005) restrictions on Russian soldiers."),
    17: (SPUR, "Spurious: 'warning that it could undermine peace efforts' is a caution attached to the request "
             "already coded (e10 urged REQUEST), not a threat of the AU's own action - a word in another sense."),
    18: ([], "All right: ECOWAS would send a delegation to Niamey, CONSULT, future, no date; Niamey read as "
             "Niger's (post-coup) authorities."),
    19: ([], "All right: Kast congratulated Boric (SUPPORT), a separate act from the call (e2 CONSULT)."),
    20: (["date"], "The text gives the rejection no date; the doc date 2010-09-02 is expected. 2010-09-01 is "
             "borrowed from the Wednesday dinner sentence and is not the text's date for this act. Empty target "
             "for 'the talks' accepted."),
    21: ([], "All right: Trump recognised Jerusalem as Israel's capital on Wednesday 2017-12-06, SUPPORT "
             "(recognise), target Israel's government."),
    22: (SPUR, "Spurious: a 60-billion package 'remains stalled in Congress' - no aid was given (and the "
             "sentence reports no offer either); AID asserted codes a topic noun, not an act."),
    23: ([], "All right: DPP accused Lien of 'selling out' the island; Friday = doc date."),
    24: (SPUR, "Spurious: 'when parliament votes for a new prime minister' is a scheduled internal election "
             "procedure with no political act of SUPPORT toward a party (the PM is not chosen yet); the sentence's "
             "only act is the opposition's plan to put forward a candidate, not a PLOVER event."),
    25: (["target"], "Eritrea says it backs 'Somali groups' (the insurgents) politically - not the Somali state; "
             "target Somalia[SOM/country] is the wrong party."),
    26: (["modality"], "Kenya's parliament voted to withdraw, but 'the government has not acted on the motion': "
             "the withdrawal coded as asserted did not happen (it is voted/intended, future). Type, parties, "
             "date (2013-09) right. I would accept a SANCTION coded as the vote itself, but the trigger here is "
             "'withdraw'."),
    27: ([], "All right: medical officials' toll of 205 killed (Saturday). Not a duplicate by the rule (the "
             "lead's 'killing more than 200' is another sentence); no attacker named, empty source right."),
    28: (["target"], "Clinton 'praised his role' - his = Yeltsin, named in the sentence; empty target is wrong."),
    29: (["target", "date"], "Target: the allegation is against Muscat's wife Michelle (owner of the company), "
             "not the Panama company. Date: a background allegation by the murdered journalist, made before "
             "the story (months earlier), given the doc date; the text gives no date, so null would be right."),
    30: ([], "All right: red-shirt protests in Bangkok in 2010; source Thaksin's supporters THA; the sentence "
             "names no aim, so the Thai state is a right target by the home-protest rule."),
    31: (["type", "date", "modality"], "The act is India's reaffirmed pledge (commitment not to share sensitive "
             "technology) - AGREE, asserted; coding the pledged restraint as a negated COOPERATE is the wrong "
             "type and modality. Date: the statement was issued 'on Friday' = 2008-09-05, not the doc date."),
    32: (["target"], "Sudan rejected the decision of the court, which is named in the same sentence ('not a party "
             "to the court'): target ICC expected; empty is wrong."),
    33: (["target"], "Dissidents Obama is to meet in Havana are Cuban (CUB); code USA is wrong."),
    34: (["target"], "The civilians Moscow denied targeting are those killed near Zaporizhzhia - Ukrainian (UKR), "
             "not RUS."),
    35: ([], "All right: opposition parties accused Modi's Gujarat state government (IND)."),
    36: (["target"], "'his sons' = Haniyeh's sons, Palestinians killed in Gaza: the country (PSE) is plain; empty "
             "code is wrong. Source Israel, date 2024-04 right."),
    37: (["target"], "Zhu pressed China's WTO bid 'during a visit to Washington': the party pressed is the United "
             "States; the WTO is the body to be joined, not the addressee."),
    38: (SPUR, "Spurious as a duplicate: the sentence's act is Fox's promise, already coded as AGREE (e8); 'seek' "
             "is one of the promised acts, coded again as an asserted REQUEST (it is only promised). Also wrong "
             "if kept: Fox coded USA (he is Mexican), Washington named but target empty, modality should be future."),
    39: ([], "All right: Solih called for a peaceful transition and urged Yameen to free prisoners; Sunday "
             "night (narrative from the same paragraph) accepted."),
    40: ([], "All right: PF officials accused the opposition (ZMB->ZMB), doc date."),
    41: (["date"], "'The war began a year ago this week' - the troops were sent in early November 2020 "
             "(2020-W44); 2021-W44 is the current week, wrong year. MOBILIZE for sending troops into Tigray "
             "accepted (ASSAULT arguable); no party named as target besides the place - empty accepted."),
    42: ([], "All right: opposition leaders said they stood with the government (SUPPORT -> India gov), "
             "doc date; their 'GOV' role not scored, IND right."),
    43: (["target"], "The Moroccan ministry called the Polisario's actions 'provocations' - the Polisario is named "
             "in the sentence as the party accused; empty target is wrong."),
    44: ([], "All right: a total killed since April 14 has no date by the conventions; no attacker named."),
    45: (["source"], "Source 'Dawn[PAK/JRN]' (the Pakistani newspaper) for Golden Dawn, the Greek party: wrong "
             "party and country."),
    46: (SPUR, "Spurious: 'has made the pullout ... central aims of his government' - the (Russian) pullout is "
             "a topic/aim, not an act; and Saakashvili is not the party withdrawing."),
    47: ([], "All right: Palestinian officials welcomed Israel's new government (SUPPORT), doc date."),
    48: (["source"], "Lee Yong-soo is one of the surviving Korean former comfort women - KOR is plain from the "
             "text (the dispute is over Korean women); empty code is wrong. Target South Korea's government right."),
    49: (["target", "date"], "Target: those jailed were Yameen's rivals, not Yameen. Date: 'during his five-year "
             "rule' is a span of earlier time, not the doc date. Empty source (passive) is right."),
    50: (["source"], "Source 'reservists' are the ones who would be called up, not the mobilising party (Israel/ "
             "its defence ministry; unnamed in the passive, so empty would be right)."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 51))
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert all(f in FIELDS for f in false), it["n"]
        if "event" in false:
            assert set(false) == set(FIELDS), it["n"]
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with open(HERE / "events-c.jsonl", "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':<10}{'right/50':>10}{'right/real(' + str(len(real)) + ')':>18}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:<10}{a:>7}/50{b:>12}/{len(real)}")
    print("spurious:", 50 - len(real), [r["n"] for r in out if not r["verdict"]["event"]])
    for f in FIELDS[1:]:
        print(f"{f} false in real events:", [r["n"] for r in real if not r["verdict"][f]])


if __name__ == "__main__":
    main()
