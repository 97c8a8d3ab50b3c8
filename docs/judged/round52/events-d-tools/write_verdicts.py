"""Round 52, judge d: verdicts on the 60 sampled events (events-d-items.jsonl).

V = {n: ([false fields], "reasons")}. A spurious event lists "event" and is false in every field.
Writes ../events-d.jsonl (item line + "verdict" + "reasons") and prints the per-field table.
usage (from docs/judged/round52): python events-d-tools/write_verdicts.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPUR = ["event"]

V = {
    1: (["type", "target"],
        "'firmly opposed \"illegal activities\"' is a condemnation of the protests: ACCUSE (disapprove), not REJECT "
        "(no request or proposal is rejected). Target Leung Chun-ying comes from the previous sentence and is on the "
        "same side; the party opposed is the protesters/their 'illegal activities'. Source 'Macau Affairs Office' is a "
        "truncation of the Hong Kong and Macau Affairs Office, same body, CHN right; date = document date of the "
        "statement, right."),
    2: (["target", "modality"],
        "REQUEST (order) by Rouhani is a real act. Target 'Atomic Energy Organization' has no country code; it is "
        "plainly Iran's agency (Rouhani orders it), so the code should be IRN. Modality: 'he had ordered' is asserted; "
        "only the resumption of enrichment is conditional ('if the talks failed'). Null date accepted: the order's "
        "time is not given."),
    3: (SPUR,
        "Spurious: 'Ukraine's record on press freedom could harm its relations' is a predicted consequence of a record, "
        "not an act of reducing relations by any party; Ukraine -> Council of Europe has the roles reversed as well. The "
        "sentence's act is the Council of Europe's warning (THREATEN/ACCUSE CoE -> Ukraine), not coded here."),
    4: (["target"],
        "COERCE arrest by Malaysian police, Wednesday = 2017-02-15, right. Target 'other woman[PRK]' is wrong: the "
        "arrested party is the woman carrying a Vietnamese passport (Doan Thi Huong); 'other woman' is the one police "
        "are still seeking, and PRK is not her country (VNM or empty)."),
    5: (["target"],
        "Arrest of Tymoshenko 'last month' = 2001-02, right; empty source right (passive, no agent). Target list adds "
        "Leonid Kuchma, who is not arrested (he is the critic's opponent), and gives Tymoshenko no country code though "
        "she is plainly Ukraine's former deputy prime minister."),
    6: ([],
        "All right: 'a request Washington ignored' is a REJECT by the U.S. government of the Russian official's request; "
        "distinct act from the coded request (e8). Date = document date (the first raids, Wednesday)."),
    7: ([],
        "All right: 'called for national unity' is an appeal (REQUEST) with no named addressee, so empty target right; "
        "statement after his victory, reported as this news (Saturday = document date)."),
    8: ([],
        "All right, though minor: Speaker Berri ordered the vote repeated (an order, REQUEST) during Monday's session "
        "(= document date); no addressee named, empty target right."),
    9: (SPUR,
        "Spurious: 'The killing drew sharp international criticism' reports the criticism; 'the killing' is its topic, "
        "an argument-less re-mention of the strike coded from the lead, not a new act. (Read literally as a noun-phrase "
        "event it would be all right: no party named, Monday = document date.)"),
    10: ([],
        "All right: a bodyguard killed in the same attack, no attacker named in the sentence (empty source right), "
        "Lebanese target, Tuesday = document date."),
    11: (["target"],
        "The lifting of the blockade is the act in the condition of Saleh's offer: hypothetical, null date, RETREAT "
        "(CAMEO 0872), source Saudi Arabia (for 'they' = Saudi Arabia and its allies) all right. Target empty is wrong: "
        "the blockade is on Yemen, named in the same clause ('stopped attacking Yemen and lifted their blockade')."),
    12: ([],
        "All right: Brazil and Turkey voted against the sanctions resolution (REJECT); no party named as the one voted "
        "against, empty target right; Wednesday's vote = document date."),
    13: ([],
        "All right by the conventions: 'No Australian staff were killed' is ASSAULT negated on Australian staff, attacker "
        "not named, Thursday = document date. (I would rather code the asserted part, 'several were hurt'.)"),
    14: (["date"],
        "The relative clause 'under which she was convicted' reports the conviction (SANCTION convict, Tymoshenko, no "
        "convicting party named -> empty source right, asserted). Date: the text gives the conviction as Tuesday "
        "(2011-10-11, the lead); null is wrong."),
    15: ([],
        "All right: Putin ordered mobilisation, MOBILIZE troops, Wednesday 2022-09-21."),
    16: (["source"],
        "ASSAULT by warplanes, date and empty target right. Source code SYR is wrong: the warplanes are Turkey's (the "
        "story's offensive); they strike in Syria but are not Syrian."),
    17: (SPUR,
        "Spurious: 'It gave no details of how many troops would be sent' reports an absence of details; 'how many troops "
        "would be sent' is an indirect question about the deployment already coded from the lead sentence, not an act."),
    18: ([],
        "All right: police fired tear gas and warning shots at protesters at Temple Trees (ASSAULT crowd-control), "
        "distinct from the protesters' attempt to storm (e10); Monday = document date."),
    19: (["source"],
        "PROTEST (a riot, mode demo vs riot not scored), empty target right (the crowd reacts to a death, no aim at the "
        "authorities), Monday = document date, asserted. Source 'Thousands of southerners' has no country code, but "
        "they are Sudanese (southerners in Sudan's capital): the text makes SDN plain."),
    20: (["source"],
        "ASSAULT (a suicide bombing) on two Israelis on Friday = document date, right. Source 'Palestine' (the country) "
        "is the wrong party: the bomber is 'a teenage Palestinian woman'."),
    21: (["modality"],
        "'called for a general strike': PROTEST strike by the Federation of Students accepted as type (calling a "
        "strike), HKG source right, no target named. Modality: the strike is called for, not yet held -> future; "
        "asserted is wrong."),
    22: (["date"],
        "MOBILIZE of security forces in Kathmandu, right party. Date: the text gives no date for the deployment, which "
        "is reported with Saturday's scenes; the document date is 2001-06-02, not 2001-06-01 (the date of the Friday "
        "night shooting)."),
    23: (["type", "source", "target", "date", "modality"],
        "Graham's 'the administration should hit Iran now' is a demand: by the conventions a statement about an act is "
        "coded as the statement's type where PLOVER does (DEMAND/REQUEST): REQUEST, Graham -> the administration (USA), "
        "asserted, document date 2024-01-28. The record codes the demanded ASSAULT administration -> Iran, hypothetical, "
        "no date."),
    24: (SPUR,
        "Spurious: 'soldiers and officers who are accused of wrongdoing' is a generic relative clause inside a "
        "rhetorical question; no accusation by any party is reported."),
    25: ([],
        "All right: 'would ... hold talks with its European partners, Russia and China' is CONSULT future (the "
        "conventions' 'will meet'), Tehran = Iran government, null date for a future act. The target omits the "
        "European partners but both listed parties are right."),
    26: (["date"],
        "ACCUSE Syrian officials -> Israel right. Date: 'have accused' is background to Olmert's June remark in the "
        "paragraph on months of tension, an earlier undated act; the document date is wrong."),
    27: ([],
        "All right: soldiers (Guinean) killed at least 157 demonstrators on Monday 2009-09-28. 'opened fire' (e3) is "
        "the same act coded a second time; this event (e2) is the first of the pair, so it is kept."),
    28: (["source", "date"],
        "ACCUSE Zawahiri -> Obama right. Source country code MUS is Mauritius; the text gives al Qaeda's leader no "
        "country (empty would be right). Date: the text dates it ('an audio recording released on Tuesday' = "
        "2009-06-02); null is wrong."),
    29: ([],
        "All right: at least eight royals killed, no killer named in the sentence (empty source right), late on Friday "
        "2001-06-01."),
    30: ([],
        "All right: Moscow froze ties with NATO in 1999, SANCTION (reduce relations), year precision as the text gives."),
    31: (SPUR,
        "Spurious: 'told a meeting ... that ... it [her inner voice] told her to decline the post' - 'told' is a "
        "statement and the inner voice's 'telling'; no request by the India government to Sonia Gandhi. (The act here is "
        "her declining the post.)"),
    32: (["source", "target", "date"],
        "CONSULT (a message) accepted as type. Direction reversed: Tehran sent the message, Iraq's prime minister's "
        "office received it, so Iran is the source and Abdul Mahdi/Iraq the target (a message is not a mutual "
        "meeting). Date: 'shortly after midnight' on the night of the attack = 2020-01-08 (document date); null is "
        "wrong."),
    33: (["target"],
        "ASSAULT by attackers on Tuesday = document date, right (mode heavy-weapons is wrong but not scored). Target: the "
        "attackers fired on Gemayel's car; Pierre Gemayel (LBN) is named in the sentence and is plainly the one "
        "attacked; empty is wrong."),
    34: (["date"],
        "ACCUSE U.S., South Korea -> North Korea right. Date: 'have accused' is background (accusations made over past "
        "months, not this day's news); the document date is wrong."),
    35: ([],
        "All right: Australia will cancel the Naval Group contract, SANCTION discontinue, future, no date; Naval Group "
        "is French (FRA)."),
    36: ([],
        "All right: nationwide curfew imposed by the authorities on Monday; 'nationwide' makes Sri Lanka an acceptable "
        "target. (The troop deployment e9 is a separate act.)"),
    37: ([],
        "All right: Morales resigned on 10 November 2019; RETREAT resign per the PLOVER codebook."),
    38: ([],
        "All right: 'he also supports closer ties with the European Union' is verbal SUPPORT Yanukovych -> EU, a stance "
        "held when the story is told (document date)."),
    39: (["type"],
        "'he ordered security stepped up at Turkish diplomatic missions' - the ordered act is raising the readiness of "
        "security units: MOBILIZE (police), as the record codes Putin's ordered mobilisation (#15) MOBILIZE. Source, "
        "empty target, Monday date and modality right. (REQUEST is a defensible second reading.)"),
    40: (["date"],
        "AGREE Belgrade (Serbia) <-> Kosovo, a deal reached, right. Date: the deal came before the EU leaders' decision "
        "'last week', at an earlier undated time; the document date 2013-07-01 is wrong."),
    41: ([],
        "All right: Le Pen conceded defeat on election night (Sunday = document date); source string truncated to "
        "'Marine Le' and agent GOV is wrong, but the party (Marine Le Pen, FRA) is identifiable; the winner is not named "
        "in the sentence, empty target right."),
    42: ([],
        "All right: 'On the same day' = Monday 2005-10-03, the EU agreed to open talks with Croatia (AGREE)."),
    43: (["target"],
        "ACCUSE by township residents (ZAF) is a standing grievance (document date right). Target 'foreigners' is "
        "given ZAF, but the foreigners are migrants from Zimbabwe, Mozambique and Malawi, not South Africans; the code "
        "should be empty."),
    44: (["target"],
        "CONSULT Obama - King Abdullah right as type and source. Target country JOR is wrong: the talks were in Saudi "
        "Arabia with King Abdullah of Saudi Arabia (SAU). Date: no date is given for the talks (the day before the "
        "Thursday arrival), document date accepted."),
    45: (["date", "modality"],
        "Seizure of Iran's nuclear archives by Israeli agents accepted as COERCE seize, ISR -> Iran. Modality: it sits "
        "in Netanyahu's claim ('what he said were Iranian nuclear archives seized by Israeli agents') -> reported, not "
        "asserted. Date: an earlier undated act (before last week's presentation); the document date is wrong."),
    46: ([],
        "All right: Johnson Sirleaf formally requested Taylor's handover from Obasanjo/Nigeria (REQUEST), before "
        "Saturday at an undated time, so null date right."),
    47: ([],
        "All right: Yanukovych called on Tymoshenko to accept the people's will, REQUEST, Monday = document date."),
    48: (["source", "date"],
        "ACCUSE -> Arafat right. Source: the blamers are 'aides to Barak' (Israeli government officials); the record "
        "takes 'Israel', the subject of the other clause ('Israel had offered'). Date: the aides' statement is "
        "reported as this news (document date 2000-07-25); null is wrong."),
    49: (["source"],
        "MOBILIZE around the court on Monday (document date), no target, right. Source empty is wrong: 'Soldiers' "
        "(Malawi's) are named in the sentence as the force deployed, as the record itself codes in #22."),
    50: ([],
        "All right: Parliament approved an amnesty on Tuesday 2002-04-02; SUPPORT (approve policy) per the codebook, no "
        "party named. (I would consider CONCEDE for an amnesty.)"),
    51: (["type"],
        "Kosovo's declaration of independence from Serbia (February 2008) is a real act, source, target, date, "
        "modality right; but it is not a demand (REQUEST change): it is a break from Serbia (closest SANCTION)."),
    52: ([],
        "All right: summoning South African envoys to express concern is an official complaint (ACCUSE, CAMEO 114); "
        "unnamed neighbouring governments, empty country right; part of this week's news, document date."),
    53: (["date"],
        "MOBILIZE (army put on alert) by the Lebanese army, right. Date: 'has been put on alert' is a current state "
        "reported as this news (ahead of Thursday's funeral and rally); document date, not null."),
    54: (["date"],
        "COERCE (cut internet access) by the Gabon government, no target named, right. Date: 'as polls closed' in "
        "'Saturday's vote' (previous sentence) = 2023-08-26; null is wrong."),
    55: (["date"],
        "ASSAULT NATO -> Yugoslavia, asserted, right. Date: '78 days of NATO air strikes' that a peace plan ended is a "
        "span of an earlier time (March-June 1999), no date; the document date is wrong."),
    56: ([],
        "All right: Vienna insisted on a 'privileged partnership' (REQUEST, demand) on Sunday and Monday; 2005-10-02 is "
        "the Sunday the text gives; no addressee named."),
    57: (["target"],
        "CONSULT Clinton at the G8 summit last week (2000-W29) right. Target 'Group' is a truncation that no longer names "
        "the Group of Eight (no party identifiable)."),
    58: (SPUR,
        "Spurious: a new parliament 'expected to convene' is an institution's session, not a consultation between "
        "political actors."),
    59: ([],
        "All right: Chief Justice Saeed and Justice Hameed detained early on Tuesday (document date); police, speaking of "
        "their own investigation, are an acceptable detaining party."),
    60: ([],
        "All right: Israel sent messages to Assad through intermediaries (CONSULT), time unknown (before June), null "
        "date right, asserted with reported_by Olmert."),
}


def main():
    items = [json.loads(line) for line in (HERE / "events-d-items.jsonl").open()]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 61)), "need a verdict for every item"
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        bad = set(FIELDS) if "event" in false else set(false)
        assert bad <= set(FIELDS), (it["n"], false)
        verdict = {f: f not in bad for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        out.append({**it, "verdict": verdict, "reasons": reasons})
    with (HERE / "events-d.jsonl").open("w") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':<10}{'right/60':>10}{'%':>7}{'right/real':>12}{'%':>7}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:<10}{a:>7}/60{100 * a / 60:>7.1f}{b:>9}/{len(real)}{100 * b / len(real):>7.1f}")
    print(f"spurious: {60 - len(real)} ({', '.join(str(r['n']) for r in out if not r['verdict']['event'])})")
    for f in FIELDS[1:]:
        wrong = [r["n"] for r in real if not r["verdict"][f]]
        print(f"  {f} wrong on real events ({len(wrong)}): {wrong}")


if __name__ == "__main__":
    main()
