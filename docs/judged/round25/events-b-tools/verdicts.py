"""Round 25, judge b: verdicts on the 60 sampled events (seed 20261334), scored by docs/judged/CONVENTIONS.md.

V[n] = (event, type, source, target, date, modality, reason), 1 = right, 0 = wrong.
A spurious event (event 0) is wrong in every field.
Writes ../events-b.jsonl (each item of ../events-b-items.jsonl with "verdict" and "reasons") and prints
the per-field table over all 60 events and over real events only.

usage (from docs/judged/round25): python events-b-tools/verdicts.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent
FIELDS = ("event", "type", "source", "target", "date", "modality")

V = {
    1: (1, 1, 1, 0, 1, 1, "PROTEST rally in Suriname/Guiana on Tuesday (06-13) right, Protesters[SUR] right; the sentence names the aim, 'opposition to President Jacob Zuma's administration', so the target is that administration, not empty."),
    2: (1, 1, 0, 1, 1, 1, "PROTEST (anti-government protests in Havana) is an act of the sentence; source 'six people' are the injured (three of them police officers), not the protesters; target Cuba right for an anti-government protest at home; protests going on for a week take the document date."),
    3: (1, 1, 1, 1, 1, 1, "Saturday's clash between police and rioters: ASSAULT, police[WSM] -> rioters[WSM], Saturday = 06-10, asserted with the police chief as reporter; all right."),
    4: (1, 1, 1, 0, 1, 1, "EU requested the Government of Costa Rica to provide data: REQUEST, EU right; target is the Government of Costa Rica, not the 'Inter-American System for ... Control' (a system named later in the sentence)."),
    5: (1, 1, 1, 1, 1, 1, "Rasmussen (NATO) urged the Taliban to hand over Karzai: REQUEST, undated news -> document date; all right."),
    6: (1, 1, 1, 1, 1, 1, "'M23 fighters have been accused of ...' (truncated): ACCUSE with no accuser named -> empty source right, M23[COD] target right; a present-perfect accusation reported as current -> document date accepted."),
    7: (1, 1, 1, 0, 0, 1, "Odinga refused to quit: REJECT, Odinga[KEN] right; the sentence names who called on him ('the opposition and international human rights groups'), so 'protesters' from the previous sentence is the wrong target; date 2022-09-19 is the start of earlier attacks, the refusal is going on (document date)."),
    8: (1, 1, 1, 1, 1, 1, "Adhikari (Nepal) declined Santos' (Colombia) invitation on Tuesday (06-13): REJECT, all right (reported_by BBC)."),
    9: (1, 1, 0, 1, 1, 1, "Israeli settlers damaged homes and assaulted ... (truncated): ASSAULT right; source adds Ma'an, the news agency in the dateline, as a party -> wrong; object of the assault cut off, empty target accepted; undated news -> document date."),
    10: (1, 1, 1, 1, 0, 1, "'the pastor told them that a \"massacre\" was underway': a report of the massacre in this sentence (a repeat of the story's act, not a same-sentence duplicate), no perpetrator or victims in the sentence so empty source/target right; but the text dates the massacre early Monday (06-12), not the document date."),
    11: (0, 0, 0, 0, 0, 0, "Spurious: 'The majority of those who were killed were foreign nationals ...' gives the victims' nationalities of a blast the text never calls an attack (an explosion of unstated cause); no act of the ASSAULT family is reported in this sentence."),
    12: (1, 1, 1, 1, 0, 1, "'the deal negotiated by Kerry and Erekat': CONSULT (negotiation, CAMEO 046), both parties on each side accepted as a mutual event; the text gives the negotiation no date -- 06-14 is the Wednesday of Kerry's later announcement, so the date is wrong (unknown would be right)."),
    13: (1, 1, 1, 1, 1, 1, "Several hundred suspected members of 'Boz-Belgium' had been indicted: ACCUSE allege; no indicter named -> empty source right; members[BEL] right; undated act with basis unknown is right."),
    14: (1, 1, 1, 1, 1, 1, "Switzerland commends Laos: SUPPORT CHE -> LAO, document date; all right."),
    15: (1, 1, 0, 1, 0, 1, "Cayman Islands expressed support for the WHO: SUPPORT right, target WHO right; source is the Cayman Islands (CYM), not the United Kingdom; the text dates the statement Wednesday night (06-14), not the document date."),
    16: (1, 0, 1, 0, 1, 1, "'Kunduz authorities banned the curfew' means they lifted it: easing a curfew is RETREAT (CAMEO 0813), not COERCE ban; source 'Kunduz'[AFG] taken as the Kunduz authorities (right party and country, kind aside); target Afghanistan is no party of the sentence (empty would be right); Saturday = 06-10 right."),
    17: (1, 1, 1, 1, 1, 1, "The UAE will continue working with the British government: COOPERATE future (as 'will meet' is CONSULT future under CONVENTIONS), UAE -> British government, no date for a future act; accepted as right."),
    18: (1, 1, 0, 1, 1, 1, "'The government of the Republic of Nauru condemns such acts': ACCUSE right, no target party in the sentence (empty right); source is split into 'government' with no country code and 'Nauru'[NRU] -- the government of Nauru is given once without its code, scored wrong (a lenient judge would accept it)."),
    19: (1, 1, 1, 1, 1, 1, "Riots over low wages last year: PROTEST riot, no rioters named (empty source right), aim is wages not the authorities (empty target right), 'Last year' = 2022; all right."),
    20: (0, 0, 0, 0, 0, 0, "Spurious: 'Turks in Belgium called the government ... to protest the immigration policy' is one act, a protest, which dateline also codes from this sentence (e2 PROTEST); 'called' as a CONSULT phone call is a second event for the same act (and its target government[TUR] would be wrong too: the policy is Belgium's/the EU's)."),
    21: (1, 1, 1, 1, 0, 1, "Washington has slapped new sanctions on North Korea: SANCTION USA -> PRK right; 'last year' dates the nuclear tests and missile launches (a present perfect takes no 'last year'), so 2022 is wrong; recent act reported as news -> document date."),
    22: (1, 0, 1, 1, 1, 1, "'Israel offered assistance including medical and humanitarian support': an offer of aid is AGREE in PLOVER (CAMEO 033 express intent to provide material aid), not AID; Israel right; no recipient in the sentence (empty right); the offer is made public in Monday's statement, Monday accepted."),
    23: (1, 1, 1, 0, 1, 1, "Congolese courts warned Coudray last year that he could be put behind bars: THREATEN arrest, courts[COD] right, 2022 right; target Coudray is right as a party but coded COD -- the text never gives the lawyer's country (empty would be right)."),
    24: (1, 1, 1, 0, 1, 1, "Hamas supporters clashed with hard-line supporters of the Islamic Movement on Friday (06-09): ASSAULT right, source right; the other side is named in the sentence, empty target wrong."),
    25: (1, 1, 0, 0, 0, 1, "A spokeswoman for the Greenlandic Commission said it has not spoken with Greenland: negated CONSULT right; source 'XV'[USA] is part of the resolution's citation, the party is the Commission; target Greenland coded DNK, not Greenland's own code (GRL); date 1998-07-16 is the resolution's date, not the act's (document date)."),
    26: (1, 1, 1, 1, 1, 1, "Netanyahu on Sunday (06-11) condemned the riots: ACCUSE, no rioters named (empty target right); all right."),
    27: (1, 1, 1, 0, 1, 1, "Karzai has agreed to meet: AGREE right, Karzai right, undated agreement reported as news -> document date; the sentence names the party he will meet, the High Peace Council, not the Taliban."),
    28: (1, 1, 1, 1, 1, 1, "De Moraes and the FAPB team signed a memorandum: SUPPORT (sign an agreement), no counterpart in the sentence (empty target right), document date; all right."),
    29: (1, 1, 1, 1, 1, 1, "Liu Chunming 'has apologized a number of times in the past': apologize is SUPPORT (CAMEO 055 in CAMEO2PLOVER), no addressee (empty target right), repeated past act with no date -> unknown right."),
    30: (1, 1, 1, 1, 1, 1, "European Council and NATO's North Atlantic Council met in London on March 4: mutual CONSULT, 2023-03-04 right."),
    31: (1, 1, 1, 0, 1, 1, "Masked gunmen shot to death everyone who tried to flee, early Monday (06-12): ASSAULT, gunmen[MEX] (in a Mexican state) right; the sentence refers to the victims ('everyone who tried to flee'), so the empty target is wrong."),
    32: (1, 1, 1, 0, 1, 1, "The mayor had ordered the city to cut spending: REQUEST (order), mayor[CZE] right; the sentence names 'the city of 200,000 people' as the party ordered, empty target wrong; the order has no date in the text (unknown right)."),
    33: (0, 0, 0, 0, 0, 0, "Spurious: 'provide foodstuffs' is the content of the Embassy's call on the government, coded by dateline as REQUEST (e4); the requested act is not a second event (CONVENTIONS: a statement about an act is coded as the statement's type); its source Embassy[VNM] would be wrong too."),
    34: (1, 1, 0, 0, 1, 1, "Van Leeuw plans to meet with Melenchon today: future CONSULT, 'today' = 06-15 right; source is Frederic Van Leeuw, not Eric Holder (previous sentence); Melenchon is the former Brussels police major, coded USA (wrong country)."),
    35: (1, 1, 1, 1, 1, 1, "'the group refused the invitation of the African Union': REJECT -> AU right; 'the group' is ambiguous between the boycotting nations and the OSCE, whose press release is cited and which 'also noted' in the next sentence -- resolved to the OSCE and accepted; document date."),
    36: (1, 1, 1, 0, 1, 1, "Serbia's government has refused to stop arming the rebels: REJECT (going on -> document date), source right; the rebels are the party armed (coded by dateline as AID e3), not the party the refusal answers, and 'ethnic Albanian rebels' are coded ALB (they are Kosovo's); target wrong."),
    37: (1, 1, 1, 0, 1, 1, "'The government began its own strike on Saturday' (halting public institutions to persuade teachers): taken literally as PROTEST strike by the Tuvalu government, Saturday 06-10 right; the sentence names the party it is aimed at (the teachers), empty target wrong."),
    38: (1, 1, 1, 1, 1, 1, "The sanctions on China include a travel ban: SANCTION on China, no imposer named in the sentence (empty source right), sanctions in force -> document date accepted."),
    39: (1, 1, 1, 1, 1, 1, "The activists insisted that the government should not accept proposals: REQUEST (demand), country not given in the text (empty codes right), document date; all right."),
    40: (1, 1, 1, 0, 1, 1, "Singapore's Ministry of Home Affairs refused to give him legal aid: REJECT, source right; 'him' is the man (Yuen) who speaks, so the empty target is wrong; document date accepted for the refusal told in this news."),
    41: (1, 1, 1, 1, 0, 1, "The first officer was killed with a sniper rifle: ASSAULT, no killer in the sentence (empty source right), officer[IRQ] right; this 'separate incident' has no date in the text -- the 06-14 Wednesday belongs to the Karbala killings; by CONVENTIONS the document date (I would have accepted the Wednesday reading)."),
    42: (1, 1, 0, 0, 1, 1, "'They used water cannons against the rioters': ASSAULT crowd-control right; 'They' are the policemen of the previous sentence, not 'Local residents'; the rioters are named, empty target wrong; no day given for the act -> document date accepted."),
    43: (0, 0, 0, 0, 0, 0, "Spurious: 'making it unlikely that those considered as citizens would be deported' describes what Singapore's laws make unlikely; no deportation act is reported."),
    44: (1, 1, 1, 1, 0, 1, "Zeeshan 'was charged with theft': ACCUSE allege, no charging party named (empty source right), Zeeshan[IND] right; a background charge of an earlier time in a relative clause given the document date -> wrong (unknown)."),
    45: (0, 0, 0, 0, 0, 0, "Spurious: 'as provided for in the 2014 education law' means 'as stipulated'; no aid is given."),
    46: (0, 0, 0, 0, 0, 0, "Spurious: a BBC reporter 'investigates the trend of the country's economy' is journalism, not an ACCUSE investigation of a party."),
    47: (1, 1, 0, 1, 1, 1, "Fear that the observers 'might have to resign': hypothetical RETREAT resign, kept as an event (CONVENTIONS code hinted acts as hypothetical); source adds the Netherlands (where the team was to return) to the observers -> wrong; no target, no date for a hypothetical act right."),
    48: (1, 1, 1, 1, 1, 1, "At least 37 people were killed in a separate attack on April 6 in Zimbabwe: ASSAULT, no attacker named, 37 people[ZWE] right, 2023-04-06 right."),
    49: (1, 0, 1, 1, 0, 1, "'an arbitrary raid on a house ... resulted in the arrest': a police raid is COERCE seize (CONVENTIONS), not ASSAULT; no raider named and only a house raided (empty source/target right); 06-10 is the Saturday of the press conference, the raid is earlier and undated -> wrong."),
    50: (1, 1, 0, 0, 1, 1, "The minister reportedly requested that the cabinet secretary Nabeel Al Shammari give details: REQUEST right, 'reportedly ... the document added' is attribution -> asserted; both are UAE officials, coded ISR (wrong country for source and target); date of the request not clear in the text, document date accepted."),
    51: (0, 0, 0, 0, 0, 0, "Spurious: 'it [the verdict] has provided Anguilla a legal remedy' -- a court ruling giving a remedy is no AID, and the WTO is not in the sentence."),
    52: (1, 1, 1, 1, 1, 1, "Kosovo sought a special exception to delay joining the EU: REQUEST Kosovo -> EU right; taken as the request the previous sentence dates to November (2022-11), accepted."),
    53: (1, 1, 1, 1, 1, 1, "Trump would ask DHS and the State Department to review the policy: future REQUEST, Trump right; target gives the State Department and omits DHS -- a right party, accepted; no date for a future act right."),
    54: (1, 1, 1, 1, 1, 1, "Togo 'has long been accused of harboring the Taliban': ACCUSE, no accuser (empty source right), Togo right; a long span -> no date (unknown) right."),
    55: (1, 1, 1, 1, 1, 1, "'The rally prompted heated exchanges with Bosnian police': the rally (Monday, 06-12) mentioned in this sentence, PROTEST demo; no protesters and no aim named (empty source and target right)."),
    56: (1, 0, 1, 0, 1, 1, "'He can either come to the bargaining table or take us to the streets': an ultimatum to the Prime Minister, THREATEN (to take to the streets) rather than a hypothetical PROTEST; speaker Kouroumaki right; 'He' is the Prime Minister (Samaras), named in the sentence by pronoun, empty target wrong; unknown date and hypothetical accepted for the conditional act."),
    57: (1, 1, 1, 0, 1, 1, "Saudi Arabia, UAE, Bahrain and Egypt accusing Qatar: ACCUSE, Thursday = 06-15 right; the accused is 'the tiny gas-rich nation' (Qatar), not Iran, which is the content of the accusation."),
    58: (1, 1, 1, 1, 1, 1, "Sanctions 'which were imposed in 2010': SANCTION, no imposer or sanctioned party named in the clause (empty right), 2010 right."),
    59: (1, 1, 1, 0, 1, 1, "Perez Molina also was convicted of genocide: SANCTION convict, the Friday (06-09) of the same verdict right; target Perez Molina is the Guatemalan President, coded with no country (GTM)."),
    60: (1, 1, 1, 1, 1, 1, "The People's Donbass Battalion said on Monday it agreed on the reallocation of Rostec's seized property: AGREE, battalion[UKR] -> Rostec[RUS], Monday = 06-12 (the announcement of the agreement) right."),
}


def main():
    items = [json.loads(line) for line in (ROUND / "events-b-items.jsonl").open()]
    assert len(items) == 60 and sorted(V) == [it["n"] for it in items]
    out = []
    for it in items:
        v = V[it["n"]]
        flags = dict(zip(FIELDS, (bool(x) for x in v[:6])))
        if not flags["event"]:
            assert not any(flags.values()), it["n"]
        flags["all"] = all(flags[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = flags
        rec["reasons"] = v[6]
        out.append(rec)
    with (ROUND / "events-b.jsonl").open("w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    cols = FIELDS + ("all",)
    real = [r for r in out if r["verdict"]["event"]]

    def row(name, rs):
        n = len(rs)
        cells = [f"{sum(r['verdict'][c] for r in rs)}/{n} ({100 * sum(r['verdict'][c] for r in rs) / n:.0f}%)" for c in cols]
        return f"| {name} | " + " | ".join(cells) + " |"

    print("| events | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    print(row(f"all {len(out)}", out))
    print(row(f"real {len(real)}", real))


if __name__ == "__main__":
    main()
