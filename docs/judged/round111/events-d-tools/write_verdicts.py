"""Write events-d.jsonl from events-d-items.jsonl and the judge's verdicts below
(n -> fields judged wrong, reasons). 'event' in the wrong set marks a spurious item (false in all six)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: (["target"], "REQUEST by the LTTE is right and the demand has no date in the text (null right), but 'demanded their withdrawal' refers to the Swedish, Danish and Finnish monitors named in the sentence: target should be those SLMM monitors (SWE/DNK/FIN), not empty."),
    2: ([], "US and Ukraine signed the minerals deal on Wednesday, 2025-04-30: SUPPORT (sign agreement), mutual, asserted; all right."),
    3: (["target", "modality"], "PROTEST strike by the BNP on Sunday 2023-10-29 is right, but the strike is aimed at the 'police assault' named in the sentence, so target should be the Bangladeshi police/state (BGD), not empty; and the strike was held on the document date (next sentence: streets empty), so modality should be asserted, not future."),
    4: (["event"], "Not an event: \"We are only asking Muslims to live as Muslims\" is rhetoric characterising the sharia law being launched, not a request made to a political actor; the act in this passage is the launch of sharia law (coded elsewhere, if at all)."),
    5: ([], "Washington pressing Maliki's government on reconciliation is an ongoing REQUEST (US -> Iraqi government, IRQ) with the document date; all right."),
    6: (["target"], "Libya handing over the Lockerbie suspects in 1999 is judicial COOPERATE, date 1999 and source right, but the suspects are what was handed over, not the cooperating party: target should be the Scottish court / Britain (GBR) that received them for trial."),
    7: ([], "Sanchez de Lozada promised an emergency jobs programme: AGREE (intent to change policy, CAMEO 034x), no addressee in the sentence (empty target right); the remarks carry no date of their own, so the document date is right by the rules."),
    8: ([], "Russian peacekeepers withdrew from Nagorno-Karabakh 'earlier this year' (2024): RETREAT withdraw, asserted; the region coded AZE as target is acceptable (Azerbaijan retook it). All right."),
    9: ([], "Ngarivhume arrested 'last week' relative to Saturday 2020-08-01 = 2020-W30; arresting party not named (empty source right), target ZWE right; all right."),
    10: ([], "Human rights groups urged Duque ('him') to protect community leaders: REQUEST, groups with no country given, target Duque (COL), document date; all right."),
    11: ([], "The UTA airliner blown up over Niger in 1989: ASSAULT explosives, bomber not named in the sentence (empty source right), French airliner/victims as target, 1989; all right."),
    12: ([], "The hoped-for NATO invitation 'next year' (2008) is AGREE (invitation) with hypothetical modality, target Albania; the passive names no inviter, so the empty source is right by the rules (I would code NATO as source). All right."),
    13: (["source", "date"], "Assad insisting on a full Israeli withdrawal is a REQUEST to Israel, asserted, but source should carry SYR (Hafez al-Assad, Syria), not an empty code; and June 4, 1967 is the date of the lines demanded, not of the act: date should be 1995-12-28, the document date of the standing demand."),
    14: ([], "Protests this month (2020-06) in Sweida where demonstrators chanted against Assad: PROTEST demo aimed at the authorities, so the Syrian state is a right target; all right."),
    15: ([], "Boni Yayi calling for the results to be annulled: REQUEST (BEN), addressee not named (empty target right), statement undated so the document date is right; all right."),
    16: (["modality"], "COERCE arrest of Boni Yayi is a possible future arrest that only rumours speak of ('rumours that he would be arrested'); modality should be hypothetical, not reported (no arrest is claimed to have happened). Null date and empty source are right."),
    17: (["target"], "Santos urged 'his successor' to protect the peace: REQUEST, document date, asserted; the definite description refers to Duque, so target should be Ivan Duque (COL), not empty."),
    18: (["type"], "A 'letter of complaint' to Annan is an official complaint, ACCUSE (CAMEO 114), not CONSULT; source Iraq's foreign ministry, addressee Annan (the party named in the sentence), document date and asserted are right."),
    19: ([], "Serb forces killed some 200 Croatian prisoners in 1991: ASSAULT, SRB -> HRV, 1991; all right."),
    20: ([], "Senegal summoned the Ukrainian ambassador over the video: diplomatic complaint (ACCUSE), SEN -> UKR, reported as this news with the document date; all right."),
    21: ([], "The AU urged all (Comorian) sides to show restraint: REQUEST AU -> sides (COM), document date; all right."),
    22: ([], "Aid and civil-society workers also detained: COERCE arrest, detainer not named in the sentence (empty source right), people in Yemen as target, undated news act with the document date; all right and not a duplicate of the U.N.-staff arrest."),
    23: (["date"], "Yandarbiyev's arrival in Moscow (CONSULT visit to the Russian government) is right in type and parties, but it is this news (the Monday talks), so it takes a date, 1996-05-27 (or the document date), not null."),
    24: (["target"], "The men arrested last December (1998-12) is COERCE arrest with no arrester named (empty source right), but 'the men' are the defendants, most of them British Muslims: target code should be GBR, not YEM."),
    25: (["source"], "'The resignation' is Lieberman's resignation of Wednesday 2018-11-14 (RETREAT resign, date right); Hamas only claimed it as a victory, so source should be Avigdor Lieberman (ISR), not Hamas."),
    26: (["source"], "Lifting the state of emergency is RETREAT (CAMEO 0814) on Thursday 2011-02-24, but 'They' in Sadi's quote are the Algerian authorities: source should be the Algerian government (DZA), not the opposition leaders. Algeria as target is acceptable."),
    27: ([], "China's Foreign Ministry asked Japan to keep Beijing informed: REQUEST CHN -> JPN, document date, asserted; all right."),
    28: ([], "Farooq Abdullah resigned in January 1990: RETREAT resign, IND, 1990-01; all right."),
    29: (["date", "modality"], "The government 'capitulating' to the TLP (CONCEDE, Abbasi's government -> the group, PAK) is the deal signed on Monday, so date should be 2017-11-27, not the document date; and the capitulation is the opposition's charge, so modality should be reported."),
    30: (["date"], "Protesters setting fire to buses and a police post is a riot against the authorities (PROTEST riot, target the Bangladeshi state right), but it happened during 'the violence on Saturday': date should be 2023-10-28, not 2023-10-29."),
    31: ([], "Yeltsin and Yandarbiyev agreed on Monday 1996-05-27 to halt fighting: a declared ceasefire, CONCEDE by the codebook (AGREE also defensible), mutual; all right."),
    32: ([], "A Houthi official dismissed the U.N. resolution as biased: REJECT, YEM, document date; the Security Council is not named in the sentence, so the empty target is right by the rules (I would code UNSC). All right."),
    33: ([], "The EU banned the Tigers in May (2006-05): COERCE ban, EU -> LTTE (LKA); all right."),
    34: (["source", "date"], "The rebels' killing of Russian Wagner fighters is ASSAULT, asserted under attribution, but 'the rebels' are the Tuareg separatists of northern Mali, so source code should be MLI, not empty; and the text dates the ambush to late July, so date should be 2024-07, not null."),
    35: ([], "A State Department spokesman urged Algiers to allow peaceful protest: REQUEST USA -> Algerian government, document date; all right."),
    36: ([], "Israeli aircraft struck about 160 targets in Gaza incl. a Hamas TV station: ASSAULT ISR -> Palestinians/Gaza (PSE), in the fighting that erupted on Sunday 2018-11-11; all right."),
    37: (["source"], "SUPPORT (welcomed the ruling) on 2009-07-22 is right, but the source list codes Bashir as IND (he is Sudanese, SDN) and SPLM as SSD in 2009, before South Sudan existed: sources should be the NCP and SPLM, both SDN. Target empty is right (the court is not named in the sentence)."),
    38: ([], "Kagame and Museveni met on Tuesday 2001-11-06: CONSULT, mutual RWA/UGA; all right."),
    39: ([], "Yusov calling the Wagner men 'Russian war criminals' is a denigration (ACCUSE disapprove), UKR -> RUS, 'days later' than the late-July ambush (2024-07 consistent with the text); all right."),
    40: (["source", "target"], "Agreeing the first WTO trade deal on Saturday 2013-12-07 is acceptable as AGREE (SUPPORT for a finalised deal also defensible), but the trade ministers are from all 159 members: they take no country code, not IDN (Indonesia only hosted). Source and target should be the WTO members' ministers without a code."),
    41: ([], "Duque won on Sunday 2018-06-17 promising to overhaul the FARC peace deal: AGREE (intent to change policy, CAMEO 0342), COL -> former FARC; all right."),
    42: (["date", "modality"], "'Said he would seek dialogue with all Bolivians' is an AGREE (willingness to meet) BOL -> Bolivians; as AGREE the pledge itself is asserted, not future, and it was made in the remarks reported as this news, so date should be 2002-08-05 (document date; the vote was Sunday 2002-08-04), not null."),
    43: (["modality"], "Harassment of Moldovan diplomats and politicians in Russia is COERCE (MDA target; harasser not named, empty source right; ongoing, document date), but the act is inside the officials' complaint: modality should be reported, not asserted."),
    44: ([], "The EU welcomed the appeals court's release order on Wednesday 2004-06-09: SUPPORT EU -> Turkish appeals court (TUR); all right."),
    45: (["target"], "Moscow's repeated demand (REQUEST, RUS, repeated over time so no date is right) is a demand that Ukraine not join NATO: the sentence names the party it is aimed at, so target should be Ukraine (UKR) (or NATO), not empty."),
    46: (["date"], "A constable beaten to death is ASSAULT beat (BGD police target, attacker not named), but it happened in the Saturday rally clashes: date should be 2023-10-28, not the document date 2023-10-29."),
    47: ([], "Lee pledged on election night (Wednesday 2007-12-19) to make the economy his first priority: AGREE (intent to change policy), KOR, no addressee; all right."),
    48: (["source"], "'Did not announce any protest' is a negated PROTEST with no target, document date acceptable, but John Fru Ndi is the Cameroonian SDF leader: source code should be CMR, not SYR."),
    49: ([], "France has opposed the American draft: REJECT FRA -> USA, ongoing (document date), asserted under attribution to diplomats; all right."),
    50: (["target"], "Castillo's proposal that he and the president both resign (AGREE, offer/intent to change leadership, GTM, said on Friday 2020-11-20) is made 'to the president', who is named in the sentence: target should be President Alejandro Giammattei (GTM), not empty."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50
with open(HERE / "events-d.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        wrong = [w for w in wrong if w]
        spurious = "event" in wrong
        v = {f: (False if spurious else f not in wrong) for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

counts = {f: 0 for f in FIELDS + ["all"]}
for l in open(HERE / "events-d.jsonl"):
    r = json.loads(l)
    for f in counts:
        counts[f] += r["verdict"][f]
print(counts)
