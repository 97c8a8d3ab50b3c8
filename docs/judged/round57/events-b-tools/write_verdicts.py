"""Round 57, judge b: verdicts on the 50 sampled events (events-b-items.jsonl).

V = {n: ([false fields], "reasons")}. A spurious event is false in every field.
Writes ../events-b.jsonl (each item line plus "verdict" and "reasons") and prints the per-field table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: (["date"], "Zelenskiy's 'Kyiv would not negotiate with Russia as long as Putin was president'. "
        "CONSULT negated is accepted by the CONVENTIONS ('refused to withdraw' = REJECT asserted or RETREAT negated); "
        "I would code REJECT (refuse to negotiate). Kyiv = Ukraine government, Russia right. Date wrong: the refusal "
        "is this news, stated 'hours later' on Friday 2022-09-30; a refusal in force from now is not an act of "
        "unknown time, so the null date drops it."),
    2: ([], "All right. 'Kathmandu had also objected to a map released by New Delhi': ACCUSE disapprove Nepal -> India. "
        "Background act, the text gives no date for the objection (November 2019 is the map's release), so no date is right."),
    3: (["target"], "Seizure of Rostov-on-Don by Wagner fighters: ASSAULT by the CONVENTIONS (armed forces taking ground). "
        "Source Prigozhin for 'Prigozhin's fighters' accepted (their commander, who 'called off the revolt'; RUS right). "
        "Target wrong: the sentence names the seized city, Rostov-on-Don (Russia); empty target drops it. Date 2023-06 right."),
    4: (ALL, "Spurious: 'analysts warned that his supporters could return to the streets' is a prediction by analysts, "
        "not a threat by a party against another (THREATEN needs the source to threaten its own action). "
        "(The 2022-08 date would be wrong too.)"),
    5: (["type"], "'Russia annexed Crimea in March': a state taking ground is ASSAULT under the CONVENTIONS (settled in wave 30; "
        "COERCE seize is kept for police/authorities confiscating property, searching, raiding). Source Russia, "
        "target Crimea (UKR) and date 2014-03 right."),
    6: ([], "All right. Greek police arrested the Golden Dawn leader on Saturday (2013-09-28): COERCE arrest; target "
        "'leader' = the party's leader, GRC right (the GOV kind is wrong but only the party and its code are scored)."),
    7: ([], "All right. Kuchma's office rejected the accusation: REJECT, source Kuchma (his office), UKR. Target empty is "
        "right: the sentence names no party (Moroz, the accuser, is only in earlier sentences). Document date for news."),
    8: (["source", "target"], "PROTEST riot for protesters setting fire to the consul general's residence is acceptable. "
        "Source country wrong: protesters in Chengdu, a Chinese city, in a story on Chinese protests - the text makes "
        "CHN plain, empty code is wrong. Target wrong: James Sasser is the ambassador trapped in Beijing, not the "
        "consul general in Chengdu whose residence was burned (the U.S. consulate/consul general, USA, is the target). "
        "Date: document date for the act reported as this news is right."),
    9: (["type"], "Parliament approved a package of reforms demanded by the EU. The act toward the EU is compliance with "
        "its demand (CONCEDE, CAMEO 08 accede to demands for reform), not SUPPORT/endorsement of the EU. Source Italy "
        "parliament, target EU, date (the lower house vote 'hours earlier' on Saturday 2011-11-12) right."),
    10: ([], "All right. Taiwan's Defence Ministry condemned the drills: ACCUSE disapprove, 2024-05-23. Target empty is right "
         "by the CONVENTIONS ('the drills' is an act, not a party; China is named only in earlier sentences) - I would "
         "code China as the target. Note: reported_by 'Li Xi' (the Chinese spokesman) is wrong, but it is not a scored field."),
    11: (ALL, "Spurious: 'We have sent a clear message to Hamas' is a figure of speech for the air strikes (already coded), "
         "not a communication or consultation; 'sent' in another sense."),
    12: (["date"], "UN mission in Iraq welcomed the vote: SUPPORT, source UN (UNO) right, target empty right ('the vote' names "
         "no party). Date wrong: an act reported as this news with no date in the text takes the document date "
         "2022-10-13; null/unknown is wrong."),
    13: (["target"], "Hariri called on his opponents to work together: REQUEST, date Sunday 2009-06-07 right. Target party "
         "right by description but its country is empty: 'his opponents' are the Lebanese opposition (Hezbollah, Amal, "
         "Aoun), plainly LBN."),
    14: ([], "All right. Basayev's fighters took more than a thousand people hostage in Budyonnovsk in June 1995: ASSAULT "
         "abduct; 'his fighters' = Chechen rebels, RUS/REB; hostages in a Russian town RUS; date 1995-06."),
    15: (["target"], "Netanyahu 'insisted on security guarantees and recognition' of Israel: REQUEST (demand) right, date "
         "2010-09-02 right. Target wrong: the sentence names Abbas ('Netanyahu told Abbas ... but he insisted'), the "
         "party the demand is made of; empty target drops him."),
    16: ([], "All right. Obama telephoned Rousseff on Monday evening (2013-09-16): CONSULT phone USA -> BRA."),
    17: ([], "All right. Prague is due to host a summit with Obama next month: CONSULT, future, 2009-04; source Czech "
         "government (Prague, the EU presidency host) and target Obama right. Mode 'third-party' is odd (host = visit) "
         "but modes are not scored."),
    18: (ALL, "Spurious (duplicate): 'calling it \"baseless propaganda\"' is the wording of the rejection already coded "
         "from this sentence as REJECT (e7), not a second act."),
    19: ([], "All right. Armed officers raided Hichilema's home late on Monday (2017-04-10): COERCE seize (raid) by the "
         "CONVENTIONS; officers = Zambian police ZMB; target Hichilema ZMB."),
    20: ([], "All right. Suicide bombers killed more than 100 people at a peace rally in Ankara on 10 October 2015: ASSAULT. "
         "Source country TUR is a reader's doubt (the bombers' affiliation is not given), accepted as with protesters "
         "in a named country's capital; victims TUR right."),
    21: ([], "All right. Trudeau's tense meeting with Modi at the G20 in New Delhi 'this month': CONSULT, 2023-09."),
    22: (["type", "target"], "The sentence's act is Kenyatta telling the summit that the ICC had become 'a toy of "
         "declining imperial powers': ACCUSE (disapprove) Kenyatta -> ICC ('the court'). 'summit' is the audience; "
         "coding it as a CONSULT multilateral gives the wrong type, and the target 'the court' (ICC, referred to in "
         "the sentence) is missing. Source, date 2013-10-12, modality right."),
    23: (["target", "date"], "Zarqawi killed in a U.S. air strike: ASSAULT by the United States. Target wrong: 'Iraq' is "
         "added from 'the country's most wanted man'; Iraq was not attacked. Date wrong: the text gives the strike as "
         "Wednesday evening (2006-06-07, paragraph 3); Thursday is the date of Maliki's announcement."),
    24: ([], "All right. Egyptian officials rejected 'foreign interference': REJECT; the sentence names no foreign party "
         "(the U.S. is in the previous sentence), so empty target is right; document date for this news."),
    25: (ALL, "Spurious: 'no shots were fired' describes how the Galwan clash was fought (with rocks, clubs and fists, "
         "coded from the same sentence as e4), not a separate act; a negated ASSAULT beside the asserted one is a "
         "second event for the same clash. (If kept, the date would also be wrong: the clash was Monday 2020-06-15.)"),
    26: (["type", "date"], "'Moscow agreed to talks to end that siege': agreeing to negotiate is AGREE (CAMEO 036 intent to "
         "meet/negotiate -> AGREE), not CONCEDE, though the text calls it a humiliation. Date wrong: 'that siege' is "
         "the June 1995 Budyonnovsk siege of the previous sentence, so the text gives 1995-06; null is wrong. Target "
         "empty is right (the sentence names no party)."),
    27: (["date"], "About 30 North Korean sailors may have been killed or wounded: ASSAULT, hypothetical, target PRK, source "
         "empty (no attacker named in the sentence) all right. Date wrong: the clash is this news, Saturday "
         "2002-06-29; null is wrong."),
    28: (["date"], "Police raided the opposition's campaign headquarters: COERCE seize (raid), MDV police -> MDV "
         "opposition right. Date wrong: the text gives 'on the eve of the vote' (the vote was Sunday 2018-09-23, so "
         "2018-09-22); null/unknown is wrong."),
    29: ([], "All right. Rouhani congratulated his successor (Raisi, IRN): SUPPORT; document date 2021-06-19."),
    30: (["source", "target", "date", "modality"], "'his convoy refused to give way to the presidential motorcade' can be "
         "coded REJECT (defiance), so event and type stand. Source wrong: 'his convoy' is Hichilema's (the next "
         "paragraph: 'Hichilema's convoy allegedly blocked Lungu's motorcade'), not Lungu. Target wrong: empty, the "
         "sentence names Lungu/the presidential motorcade. Date wrong: the incident was on Saturday (2017-04-08, "
         "paragraph 3), not the Wednesday of the report. Modality wrong: the act is inside the police accusation "
         "('accusing him of ... when'; 'allegedly'), so reported."),
    31: (["source"], "Tsai expected to meet McCarthy: CONSULT future, target USA, no date right. Source country wrong: Tsai "
         "Ing-wen is Taiwan's president (TWN), not CHN."),
    32: (ALL, "Spurious: Preval's residence 'was destroyed' by the earthquake; no political actor, no act."),
    33: (ALL, "Spurious: four storms in 2008 'killing about 800 people' is a natural disaster, not an ASSAULT by Haiti."),
    34: (["date"], "Mass protests every weekend with tens of thousands marching in Minsk against the falsified vote: PROTEST "
         "demo, Belarusian protesters -> Belarus government right (aim is the authorities' election). Date wrong: "
         "protests still going on ('every weekend since') take the document date 2020-10-02; null is wrong. "
         "Modality asserted right ('say' governs only 'the vote was falsified')."),
    35: (["type", "modality"], "'Israel's plan to withdraw settlers from the Gaza Strip later this year': a withdrawal is "
         "RETREAT (withdraw), not CONCEDE (the mode 'withdraw' is not even a CONCEDE mode). Modality wrong: a plan for "
         "later this year is future, not asserted. Source Israel, target Palestinians/Gaza (PSE), date 2005 right."),
    36: (["date"], "Prosecutors accused Ibrahim of misusing an EU grant: ACCUSE, Prosecutors EGY -> Ibrahim EGY right. Date "
         "wrong: the prosecution's charge was made at the trial, before Monday's verdict - a background act of an "
         "earlier, unstated time given the document date (it should have no date)."),
    37: ([], "All right. Alliot-Marie urged all sides (in Lebanon, LBN) to avoid violence: REQUEST, document date."),
    38: ([], "All right. Several ministers were also detained: COERCE arrest; source empty is right (passive, no party "
         "named in the sentence); ministers NER; date Thursday 2010-02-18 from the coup narrative."),
    39: (["date", "modality"], "'any agreements Abbas reached with Israel' (Hamas said it would not be bound by them) is a "
         "hypothetical future agreement: AGREE Abbas -> Israel is right as type and parties, but the modality is "
         "hypothetical, not asserted, and a hypothetical act has no date (document date is wrong). The sentence's "
         "real act is Hamas's REJECT, not coded."),
    40: ([], "All right. The UN Security Council condemned the attacks: ACCUSE; target empty is right ('the attacks' names "
         "no party; Gbagbo's forces are in the previous sentence); no date in the text -> document date."),
    41: (["target", "date"], "Israel's blockade of Gaza, presupposed in Hamas's statement: COERCE restrict (CAMEO 191) by "
         "Israel; asserted accepted (the blockade is a fact the claim presupposes, not the claim itself). Target wrong: "
         "'the coastal territory' is the Gaza Strip (PSE), referred to in the sentence; empty is wrong. Date wrong: an "
         "ongoing blockade takes the document date 2008-12-27; null is wrong."),
    42: ([], "All right. Seven other people were killed in the strike: ASSAULT; source empty right (passive, the sentence "
         "names no attacker); victims IRQ; date Wednesday 2006-06-07 from the previous sentence. Not a duplicate "
         "(different sentence from the Zarqawi event)."),
    43: ([], "All right. The African Union condemned the takeover: ACCUSE; target empty is right by the CONVENTIONS ('the "
         "takeover' is an act; the junta is in earlier sentences) - I would code the Niger junta as target."),
    44: ([], "All right. Obama promised Haitians 'unwavering support': a pledge is AGREE (wave 76 ruling); USA -> HTI; "
         "Thursday 2010-01-14."),
    45: ([], "All right. Hamas fired dozens of rockets at southern Israel: ASSAULT, PSE -> ISR; 'fired' is coordinated "
         "with 'said', so it is asserted; document date."),
    46: ([], "All right. Russia condemned the EU move as interference: ACCUSE RUS -> EU; document date."),
    47: ([], "All right. Clinton sent a letter to Jiang: CONSULT (communication) USA -> CHN; reported as this news, "
         "document date."),
    48: ([], "All right. African leaders on Saturday demanded that the ICC postpone Kenyatta's trial: REQUEST; African "
         "leaders (multinational) with no country code is right; ICC right."),
    49: ([], "All right. Obama hosted a working dinner on Wednesday (2010-09-01): CONSULT. Target lists Mubarak and "
         "Abdullah but omits 'the two leaders' (Netanyahu, Abbas); the named parties are right, so accepted."),
    50: (["type", "target"], "A mob set fire to a coach of the Sabarmati Express, killing 58 people: an arson attack (the "
         "lead calls it 'a deadly attack on a train'), ASSAULT, not PROTEST riot. Target wrong: the 58 people killed "
         "(Hindu passengers, IND) are named in the sentence; empty drops them. Source mob IND and date Wednesday "
         "2002-02-27 right."),
}


def main():
    items = [json.loads(l) for l in (ROUND / "events-b-items.jsonl").read_text().splitlines() if l.strip()]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    right = {f: 0 for f in FIELDS + ["all"]}
    real = 0
    real_right = {f: 0 for f in FIELDS + ["all"]}
    with open(ROUND / "events-b.jsonl", "w") as out:
        for it in items:
            false, reasons = V[it["n"]]
            assert all(f in FIELDS for f in false)
            if "event" in false:
                assert set(false) == set(FIELDS), it["n"]
            verdict = {f: f not in false for f in FIELDS}
            verdict["all"] = all(verdict[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = verdict
            rec["reasons"] = reasons
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for f in FIELDS + ["all"]:
                right[f] += verdict[f]
            if verdict["event"]:
                real += 1
                for f in FIELDS + ["all"]:
                    real_right[f] += verdict[f]
    print(f"{'field':10} {'right/50':>9} {'%':>6} {'right/real':>11} {'%':>6}")
    for f in FIELDS + ["all"]:
        print(f"{f:10} {right[f]:>6}/50 {100*right[f]/50:6.1f} {real_right[f]:>7}/{real} {100*real_right[f]/real:6.1f}")
    print(f"spurious: {50 - real}")


if __name__ == "__main__":
    main()
