"""Write events-c.jsonl from events-c-items.jsonl and the verdicts below (judge c, round 115).

Each entry: n -> (wrong fields, reasons). Fields not listed are right; "event" in the list marks a spurious item.
usage (from docs/judged/round115): python events-c-tools/write_verdicts.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: ([], "Hollande calling the attacks 'an act of war' is a condemnation (ACCUSE disapprove); the sentence names no perpetrator, so an empty target is right; 'On Saturday' is 2015-11-14."),
    2: ([], "Dorji (BTN) meeting Han Zheng (CHN) is CONSULT; no date is given for this meeting within the visit, so the document date is right; attribution to Chinese state media keeps it asserted."),
    3: ([], "CONSULT Mandela (ZAF) -> Buthelezi (ZAF) that did not happen, as the lawyers argued; negated with reported_by the lawyers is the right reading (the CONVENTIONS' 'reported' for acts inside a claim is meant for positive acts; here the claim is that the meeting never took place). No date is given for the failed consultation, so unknown is right."),
    4: ([], "Obama (USA) calling the assault 'an attack on all of humanity' is a condemnation, ACCUSE; the sentence names no perpetrator, so an empty target is right; no date is given, so the document date is right."),
    5: ([], "FARC (COL) demanding a safe haven is REQUEST; the government being asked is not named in the sentence, so an empty target is right; 'have long demanded' still holds when the story is told, so the document date is right."),
    6: (["target"], "Signing the 2021 memorandum (SUPPORT) was done by 'they', the two neighbours: Bhutanese officials (BTN) is acceptable as the Bhutanese side, but the target should be China (CHN), not the Chinese troops of the 2017 Doklam standoff clause."),
    7: (["target"], "Ankara's threat to recall its envoy is a THREATEN aimed at Israel; 'him' is Turkey's own ambassador Celikkol, so the target should be Israel (ISR), not an 'Israel ambassador'. The Wednesday date is right (the deadline was that evening)."),
    8: (["date"], "The Yangtse clash (ASSAULT) had Indian troops as one side, and the Chinese side is not named in this sentence, so the source and empty target are acceptable; but the date should be 2022-12-09, the day of the clash given earlier in the story, not Monday 12 December, when it was disclosed."),
    9: (["date"], "Charging Morales' brother and son (ACCUSE allege) by unnamed prosecutors is right in type and parties, but it is background from an earlier, undated time, so it should have no date, not the document date."),
    10: ([], "Habineza (RWA) congratulating Kagame (RWA) is SUPPORT, not a duplicate of the 'conceded' event in the same sentence; no date is given, so the document date is right."),
    11: ([], "A protest outside the presidential palace chanting 'Out, Jimmy' is aimed at the president, so PROTEST demonstrators (GTM) -> Jimmy Morales (GTM) is right; no date is given, so the document date is right."),
    12: ([], "Jiang is due to step down next month: RETREAT resign, future, 2002-11. The party congress as the body he leaves the post to is an acceptable target (CHN)."),
    13: ([], "Modi (IND) accepting the invitation to visit Pakistan is AGREE toward Pakistan (PAK) on Friday 2015-07-10. It is separate from the 'agreed to resume contacts' event."),
    14: (["target"], "The US and Britain condemning the attack is ACCUSE, but the Kenyan police were not the ones condemned; the target should be empty (the perpetrators are not named in the sentence; Shabaab at most), not Kenya police."),
    15: ([], "Sudanese security forces (SDN) killing protesters is ASSAULT; 'dozens killed in four days' is a total summed over a span, so no date is right by the round-20 rule; reported by rights groups."),
    16: ([], "Yoon (KOR) calling for a joint response with allies is REQUEST; the addressee is not named, so an empty target is acceptable; attribution to his office keeps it asserted; document date right."),
    17: (["type", "source", "date"], "The sentence does not report a prosecution; it reports hardline Islamic groups demanding one. By the CONVENTIONS that is REQUEST with source the hardline Islamic groups (IDN) about Purnama (IDN), dated late 2016 ('late last year'). Read as ACCUSE, the prosecution would be hypothetical, not asserted."),
    18: (["date"], "Bahrain (BHR) cutting ties with Qatar (QAT) is SANCTION. The text dates it 'since June last year', so the date should be 2017-06, not unknown."),
    19: (["target", "date"], "European observers refusing to monitor the Russian election is REJECT; the target should be Russia (RUS) or empty, not the U.S. State Department spokesman. The date should be unknown (some time before the vote), not 2007-12-02, which is the election date."),
    20: ([], "Gilani (PAK) ordering an inquiry is ACCUSE investigate; 'the affair' is not a party, so an empty target is right; document date right."),
    21: (["date"], "The journalists' convictions (SANCTION convict, journalists MAR) are background from earlier, undated trials. They should have no date, not 2023-01-23."),
    22: (["target", "date"], "Attackers shooting at diners is ASSAULT, but the target should be the diners (civilians in Paris, FRA), not France as a state; the date should be 2015-11-13, the Friday night of the attacks, not the document date."),
    23: ([], "The PLA spokesman (CHN) calling on New Delhi (IND) to control its forces is REQUEST; no date is given, so the document date is right; attribution keeps it asserted."),
    24: (["source", "target"], "About 150 leaders attending the Millennium Summit is a multilateral CONSULT, but they come from many countries: the code should be empty, not USA, in the source and in the mirrored target. The Friday date (the summit's last day) is acceptable."),
    25: (["target"], "The rights groups' accusation is ACCUSE, but the insurgents are Mozambican ('unrelated to the Somali group'): the target should be the insurgents (MOZ) and the security forces (MOZ), not al-Shabaab (SOM)."),
    26: ([], "Asian and European leaders ending their summit is a multilateral CONSULT; the source with an empty country and no target is right; Saturday 1996-03-02."),
    27: ([], "Tehran police (IRN) detaining suspects (IRN) is COERCE arrest, dated Sunday 2000-03-12; attribution to the police keeps it asserted."),
    28: (["source", "target"], "Republican lawmakers criticising the meeting is ACCUSE, but they are American, so the source should have USA, not CHN. The criticism is of Biden, who is named in the sentence ('Biden had failed to press Xi'), so the target should be Biden (USA), not empty."),
    29: (["source"], "Praising Tung's service is SUPPORT toward Tung (HKG), but 'officials there' are officials in Beijing (CHN), not HKG."),
    30: ([], "Bandic (HRV) congratulating 'his rival' (Josipovic, HRV) is SUPPORT; the description with the right country is a right target; no date is given, so the document date is right."),
    31: (["source"], "Buckovski conceding defeat to Gruevski (CONCEDE, Thursday 2006-07-06) is right, but Buckovski is Macedonia's prime minister: his code should be MKD, not EUR."),
    32: ([], "'Morocco will not accept lessons from anyone' is a rejection of the EP's criticism; by analogy with the CONVENTIONS' 'refused to withdraw' (REJECT asserted or RETREAT negated), AGREE negated is acceptable (I would code REJECT). Morocco (MAR), no target, Monday 2023-01-23."),
    33: ([], "Governor Wesa (AFG) being wounded in the Kandahar attack is ASSAULT; the attacker is not named in the sentence, so an empty source is right; Thursday 2018-10-18. It has a different target from the Mumin event in the same sentence, so it is not a duplicate."),
    34: (["source", "date"], "Increasing police patrols is MOBILIZE (police), but the source should be the (Moscow) police (RUS), named in the sentence, not empty. The date should be 2004-02-06 (after Friday's bombing) or the document date, not 2004-02-02, a Monday before the attack."),
    35: (["target"], "The Taliban (AFG) refusing in 1998 to hand over bin Laden is REJECT, but the refusal was to 'the kingdom' the sentence refers to, so the target should be Saudi Arabia (SAU), not empty."),
    36: ([], "Uighur rights groups urging Washington (USA) to go further is REQUEST, separate from the 'welcomed' event; document date right."),
    37: (["date"], "Xi (CHN) issuing a warning on Taiwan is THREATEN, and Taiwan (TWN) is an acceptable target; but the summit is dated Monday, so the date should be 2021-11-15, not 2021-11-16."),
    38: (["date"], "People killed in the Kabul unrest (ASSAULT, unnamed source, victims AFG) happened in Monday's riots, so the date should be 2006-05-29, not the document date 2006-05-30."),
    39: (["source", "target"], "The source should be Motsomotso's bodyguards (LSO), not Motsomotso, who was already dead. 'Both' refers to the two officers, Sechele and Hashatsi (LSO), so the target should be them, not empty."),
    40: ([], "The ZCTU (ZWE) general strike is PROTEST strike; the sentence gives no aim, so an empty target is acceptable; 'last month' is 1997-12."),
    41: ([], "Petkov (BGR) accusing 'his opponents' (BGR) is ACCUSE; no date is given, so the document date is right."),
    42: (["type", "source"], "The party leaders proposing Medvedev as their joint candidate is an endorsement (SUPPORT toward Medvedev), not AGREE. The source should be the leaders of the pro-Kremlin parties (RUS), without Putin, who is the host, and with RUS rather than no country. Monday 2007-12-10 is right."),
    43: (["source"], "'Complaining of obstruction' is ACCUSE by 'he', Saakashvili (GEO/UKR), not by Poroshenko; the obstructor is not named, so an empty target is right; 2016 is right."),
    44: ([], "Syrian officials (SYR) blaming foreign-backed militants is ACCUSE; 'have repeatedly blamed' gives no time, so unknown is acceptable."),
    45: ([], "Obama saying Washington would continue to support Colombia's peace efforts is SUPPORT USA -> COL, future as stated ('would continue'), with an unspecified time; it is separate from the 'telephoned' CONSULT."),
    46: (["target"], "Protest leaders (THA) rejecting the dissolution is REJECT, but 'the move' is Yingluck's, and she is named in the sentence, so the target should be Yingluck (THA), not empty."),
    47: (["target"], "Orban (HUN) hailing a 'historic victory' is SUPPORT for Kickl's win, and Kickl is named in the sentence, so the target should be Kickl/the FPO (AUT), not empty."),
    48: (["target", "date"], "The Holocaust is a background ASSAULT by Nazi Germany (DEU), but the target should be Jews with no country (European Jews, not IRN), and the date should be World War Two (1939-1945), not 2006-12-11."),
    49: ([], "Bhutan and China agreeing to speed up demarcation is a mutual AGREE (BTN, CHN) on Monday 2023-10-23."),
    50: (["date"], "Bush (USA) urging the PA (PSE) to dismantle militant groups is REQUEST, but it was said in Thursday's Ramallah remarks, so the date should be 2008-01-10, not the document date."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        wrong, reason = V[it["n"]]
        assert set(wrong) <= set(FIELDS)
        if "event" in wrong:
            verdict = {f: False for f in FIELDS}
        else:
            verdict = {f: f not in wrong for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reason
        out.append(rec)
    with open(HERE / "events-c.jsonl", "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
