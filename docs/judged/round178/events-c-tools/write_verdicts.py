"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below, and check them.

Field order per verdict: event, type, source, target, date, modality (1 = right, 0 = wrong).
usage: python3 events-c-tools/write_verdicts.py   (run in docs/judged/round178)
"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
ALL = "111111"
SPUR = "000000"

V = {
    1: (ALL, "Russia returned the three Ukrainian vessels to Ukraine on Monday 2019-11-18: RETREAT return, all fields right."),
    2: (ALL, "EU officials and rights groups urged Ankara (Turkish government) to comply with the ruling: REQUEST, date the Tuesday of the ruling (document date), all right."),
    3: (ALL, "Kuczynski's forced resignation in March 2018: RETREAT resign by Kuczynski (PER), no target named; 2018-03 right."),
    4: (ALL, "Protest march in Port-au-Prince on Friday 2019-09-27 demanding President Moise's resignation: aimed at the authorities, so Haiti is a right target."),
    5: (ALL, "Cisse kidnapped on 2020-03-25 by unnamed captors: ASSAULT abduct, empty source right."),
    6: (ALL, "Thousands of civilians killed since the coup (a total from an earlier time): ASSAULT, no date right, UN attribution keeps it asserted."),
    7: ("111001", "Badawi's sentencing is SANCTION convict, but he is a Saudi blogger sentenced under Saudi law: target country should be SAU, not SWE; the sentencing is background (before the January lashes), so date should be empty, not 2015-03-11."),
    8: (ALL, "Suu Kyi met Thein Sein on Friday 2011-08-19: CONSULT, all right."),
    9: (ALL, "Congo's standing accusation that Rwanda backs M23: ACCUSE COD->RWA, ongoing so the document date is right."),
    10: (ALL, "Israeli strikes on southern Lebanon later on Friday 2025-03-28: ASSAULT Israel->Lebanon, Health Ministry attribution keeps it asserted (e7 'killed' is the duplicate of this one)."),
    11: (ALL, "Taiwan's Mainland Affairs Council (TWN) urged Beijing to keep communication open: REQUEST TWN->China government, on the Saturday of the report."),
    12: (ALL, "Trump and Kim agreed in June 2019 to restart negotiations: AGREE, mutual, 2019-06 right; a separate act from the meeting (e5)."),
    13: (ALL, "Eskinder Nega sentenced in 2012: SANCTION convict, date 2012 right."),
    14: ("111101", "Abiy attending the Russia-Africa summit in Sochi is CONSULT with Russia as host, but the text dates it 'while the violence unfolded' (Wednesday-Friday, 2019-10-23..25), not the document date 2019-10-26."),
    15: ("111101", "Alleged Iranian arming of the Houthis inside the Saudi accusation: AID reported, right parties; but 2017-01-30 is the date of the frigate attack in the previous sentence, the arming is an ongoing allegation and should take the document date 2017-02-02."),
    16: (ALL, "Clashes with Venezuelan security forces during the night after Thursday's talks: ASSAULT, attacker unnamed, night of 10-11 April so 2014-04-11 is acceptable."),
    17: ("111110", "The UN Security Council did impose sanctions on North Korea in March 2016: SANCTION UNSC->PRK 2016-03 right, but modality should be asserted, not negated."),
    18: ("111011", "Chapo signed a dialogue agreement earlier this month (2025-03): SUPPORT right, but the sentence names the other signatories: target should be the parties represented in parliament (MOZ), not empty."),
    19: ("111010", "Israel kept troops in Lebanon beyond the February deadline, i.e. did not withdraw: RETREAT is right only as negated (modality should be negated, not asserted), and target should be Lebanon (LBN), named in the sentence as the territory not withdrawn from; February 2025 as the due date is accepted."),
    20: (ALL, "Qadri supporters clashing with police in Islamabad on Easter Sunday 2016-03-27: ASSAULT PAK supporters->Pakistani police, all right."),
    21: ("111101", "Suu Kyi's two rounds of talks with Aung Kyi are a background span since her release (Nov 2010): CONSULT right, but it should have no date, not the document date 2011-08-20."),
    22: ("111011", "Turkey and Qatar support the GNA (ongoing): SUPPORT right, date of the story accepted, but the GNA is Libya's government: target code should be LBY, not EGY."),
    23: ("110111", "Santos announced his resignation late on Sunday 2025-05-18: RETREAT resign right, but he is the Portuguese Socialist leader: source country should be PRT, not empty."),
    24: (ALL, "One soldier of the Nigerian-led task force killed in the initial attack on Tuesday 2013-04-16: ASSAULT, attacker not named in the sentence; NGA accepted since the story frames the troops as Nigerian."),
    25: (ALL, "Ma-Xi meeting in Singapore last November (2015-11): CONSULT TWN-CHN, all right."),
    26: ("111011", "Insurgents opened fire on the convoy on Saturday evening 2013-05-25: ASSAULT right, but the sentence names the victims: target should be the Congress politicians in the vehicles (IND), not empty."),
    27: (ALL, "Ma thanked Washington for the upgrade: SUPPORT TWN->USA, no date in text so the document date is right."),
    28: ("110111", "Congress leaders accusing the BJP state government: ACCUSE right, but 'Congress' is India's Congress party: source country should be IND, not USA."),
    29: ("111001", "Non-combatants killed in the last months of the war: ASSAULT with unnamed killer right, but target should be the non-combatants/civilians (LKA), not empty, and date should be early 2009 (final months of the war, which ended May 2009), not 2011-12-16, the day the report was tabled."),
    30: (ALL, "Australian security agencies raided Chinese journalists' homes in June 2020: COERCE seize AUS->CHN journalists; state-media attribution keeps it asserted."),
    31: (ALL, "Iraqi authorities imposed a curfew in Kirkuk on Saturday 2023-09-02: COERCE curfew, Iraq as target of a curfew on its own city accepted."),
    32: (ALL, "China's embassy condemned the attack (attacker unnamed): ACCUSE disapprove, empty target right, document date right."),
    33: (ALL, "At least ten killed since protests began in November: a total from an earlier time, ASSAULT with no date, right."),
    34: ("110001", "The invitation is AGREE, but the Arab League invited Wallstrom: source should be the Arab League foreign ministers (ARL) and target Wallstrom (SWE), not the reverse; the invitation came before Monday's meeting and has no date in the text, so 2015-03-09 is wrong."),
    35: (ALL, "Belgrade still refuses to recognise Kosovo: REJECT SRB->XKX, ongoing so the document date is right."),
    36: ("111011", "US embassy in Pristina urged all sides to refrain from violence: REQUEST right, but the sides are plainly Kosovo's government, opposition and protesters: target country should be XKX, not empty."),
    37: (SPUR, "Spurious: rejecting an accusation is a denial of responsibility (CAMEO 016), a public statement PLOVER does not code; REJECT covers refusals of requests, proposals or demands."),
    38: (SPUR, "Spurious: Katumbi travelling by road to a border post is no visit to or meeting with any actor; the act in the sentence is Congolese officials refusing to let him cross (COERCE restrict / REJECT COD officials->Katumbi)."),
    39: (SPUR, "Spurious duplicate: the storming of the base and the killing of the soldiers are one attack, already coded from this sentence as e1 ('stormed')."),
    40: ("111101", "Police fired tear gas at Katumbi supporters in Lubumbashi: ASSAULT crowd-control right, but it happened on Friday 2018-08-03, the day of his attempted return, not the document date 2018-08-04."),
    41: (ALL, "Trump-Kim summit in Hanoi in February 2019: CONSULT, all right."),
    42: (ALL, "Attackers fired rockets at Nshimirimana's vehicle early on Sunday 2015-08-02: ASSAULT; BDI for attackers in Burundian military uniforms in Bujumbura accepted."),
    43: ("111011", "Houthi seizure of Amran is ASSAULT (armed seizure of ground), date of the report accepted, but the sentence names the party it was taken from: target should be the Yemeni army (YEM) whose base was overrun, not empty."),
    44: ("111001", "Thabane's coalition agreement is AGREE, but target should be the three smaller parties including the Alliance of Democrats (LSO), named in the sentence, and the agreement is reported as this news: date should be the document date 2017-06-07, not unknown."),
    45: (ALL, "Sharif visited the Chinese embassy on Wednesday 2024-03-27: CONSULT visit PAK->CHN embassy, all right."),
    46: ("111101", "Iran would not retreat from its path: a RETREAT negated is acceptable by the conventions, but the stance was stated on Wednesday: date should be 2011-11-09, not unknown."),
    47: (ALL, "BNP accused the government of failing to protect minorities: ACCUSE BGD party->Bangladesh government, document date right."),
    48: ("111011", "Negated ACCUSE right, but 'Neither' refers to the two Australian journalists Birtles and Smith: target should be them (AUS), not empty."),
    49: (ALL, "Gunmen opened fire on traffic police shortly after midnight on 2014-12-04: ASSAULT firearms, gunmen with no stated country, RUS police, all right."),
    50: ("111001", "Egypt's rejection of calls to admit refugees is REJECT, but the callers are not named in the sentence and Hamas is not one of them: target should be empty; 'has rejected' is a current stance, so date should be the document date 2023-10-13, not 2023-10-07 (the Hamas attack)."),
}

PARAS = {
    "h67-x261-24": ([], "An election result (winning seats, drawing level) is no PLOVER act; no dateline events in the paragraph."),
    "h67-x263-24": ([
        "CONSULT: U.S.-led mediators (USA) -> Rapid Support Forces (SDN), talks on ending the war opened in Switzerland, 2024-08-14",
        "REJECT: Sudanese army leaders (SDN) -> U.S.-led mediators (USA), refused to attend the talks, 2024-08-14",
    ], "Dateline found neither act in the first paragraph (its events in this story are later: army officials objecting to the UAE, Blinken's call); 'Sudan's 16-month war' is background, not coded."),
    "h67-x264-10": ([], "A party naming its own leader chairman is an internal appointment with no PLOVER type; no dateline events in the paragraph."),
    "h67-x261-20": ([], "An election result and coalition talks still to come (not yet an act) give nothing to code; no dateline events in the paragraph."),
    "h67-x261-02": ([], "Swearing in a government ends a deadlock but is no PLOVER act between actors; no dateline events in the paragraph."),
    "h67-x264-24": ([
        "ASSAULT: ethnic armed group (MNDAA, MMR) -> Myanmar military (MMR), captured the northeastern regional command headquarters in Lashio, 2024-08-03",
    ], "Dateline missed the capture (the story's headline act); the 2021 army seizure of power is background and not coded."),
}


def main():
    items = [json.loads(l) for l in open("events-c-items.jsonl")]
    assert len(items) == 50 and set(V) == set(range(1, 51))
    with open("events-c.jsonl", "w") as out:
        for it in items:
            bits, reason = V[it["n"]]
            assert len(bits) == 6, it["n"]
            v = {f: b == "1" for f, b in zip(F, bits)}
            if not v["event"]:
                assert bits == SPUR, it["n"]
            v["all"] = all(v[f] for f in F)
            rec = dict(it)
            rec["verdict"] = v
            rec["reasons"] = reason
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
    with open("paragraphs-c-verdicts.jsonl", "w") as out:
        for p in paras:
            evs, notes = PARAS[p["doc"]]
            out.write(json.dumps({"doc": p["doc"], "coder_events": evs, "found": 0,
                                  "dateline_events": len(p["events"]), "spurious": 0,
                                  "notes": notes}, ensure_ascii=False) + "\n")
    # checks and counts
    got = [json.loads(l) for l in open("events-c.jsonl")]
    assert [(g["n"], g["doc"], g["trigger"]) for g in got] == [(i["n"], i["doc"], i["trigger"]) for i in items]
    for g in got:
        v = g["verdict"]
        assert v["all"] == all(v[f] for f in F)
        if not v["event"]:
            assert not any(v.values())
        assert {k: g[k] for k in items[0]} == items[g["n"] - 1]
    counts = {f: sum(g["verdict"][f] for g in got) for f in F + ["all"]}
    print("per-field right of 50:", counts)
    pv = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
    assert len(pv) == 6
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))


if __name__ == "__main__":
    main()
