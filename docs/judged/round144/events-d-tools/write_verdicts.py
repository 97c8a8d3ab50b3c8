"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts below.
Each verdict: n -> (wrong fields, reasons). Fields: event type source target date modality.
A spurious event (event wrong) is false in every field."""
import json

ALL = ("event", "type", "source", "target", "date", "modality")
V = {
    1: ("", "ECOWAS called for dialogue: REQUEST by ECOWAS (IGO), no addressee named, this news so the document date; all right."),
    2: ("", "Davutoglu condemned the 'provocation' (the bombing): ACCUSE disapprove by the Turkish PM, no party named as its author, date not given so the document date; all right."),
    3: ("", "Business groups and opposition parties (GTM) demanded an inquiry: REQUEST, no addressee named, document date; all right."),
    4: ("", "Dominica had agreed (before the news, undated) to take Masari: AGREE by Dominica to Britain's Home Secretary (GBR); undated background act with no date is right; attribution keeps it asserted."),
    5: ("", "Guinea-Bissau soldiers deployed around state TV and ministries on Friday (= the document date 2020-02-28): MOBILIZE, no target; all right."),
    6: ("target", "The 2008 coup is coded ASSAULT (seizing power by force, as armed seizures are), source Aziz (MRT) and date 2008-08 right, but the sentence names the toppled party: target should be President Sidi Ould Cheikh Abdallahi (MRT)."),
    7: ("", "German politicians (DEU) had urged a delay of the vote: REQUEST, no addressee named; an earlier undated act with no date is right."),
    8: ("", "Washington urged both sides (Azerbaijan and Iran, named in the story, 'both sides' in the sentence) to resolve the dispute: REQUEST USA -> AZE, IRN, document date; all right."),
    9: ("event", "Duplicate: the killing of the soldiers is the assault on the base already coded from this sentence (e1 'stormed', al Shabaab -> Kenya, 2016-01-15); the sentence reports one attack, so a second ASSAULT for it is spurious (its fields would otherwise be right)."),
    10: ("target date", "SUPPORT by Iran's parliament (IRN) is right, but the sentence names the party approved: target should be Khatami (IRN) or his 22 ministers; and the text dates the same approval 'on Wednesday' in the next sentence: date should be 1997-08-20, not the document date."),
    11: ("", "Prodi (EU) hailed the Slovenian vote: SUPPORT; the sentence names no party ('the vote' is an act), so an empty target is right by the rules; document date right."),
    12: ("", "Thousands killed in the Matabeleland crackdown in the 1980s: ASSAULT on people (ZWE), perpetrator not named in the sentence; '198' is the 1980s decade at the text's precision; all right."),
    13: ("target", "Signing of the peace accord is SUPPORT on Monday 1995-04-24 with Niger's government as source, but it is a mutual act and the sentence names the other signatory: target should be the Tuareg rebel alliance (ORA, NER), not empty."),
    14: ("event", "Duplicate: the ransom demand is the content of the threat already coded from this sentence (e4 THREATEN, Islamic State -> the two Japanese men, 2015-01-20); a threat with its demand is one THREATEN act, so this REQUEST is spurious."),
    15: ("", "US consulate spokesman called for the defendants' release: REQUEST by the USA, addressee not named in the sentence, document date; all right."),
    16: ("type target", "NATO launching the Baltic Sentry patrol mission (2025-01) is a military deployment: type should be MOBILIZE, not AGREE; and 'mission' is not a party: target should be empty (no party acted upon is named)."),
    17: ("", "Houses torched in Palangkaraya over the weekend (2001-W08 weekend = Feb 24-25): ASSAULT destroy, perpetrators and owners not named in the sentence; all right."),
    18: ("type target", "Delhi 'pressed its concern' over Chinese arms supplies to Pakistan is a complaint, not a request: type should be ACCUSE (disapprove); and the target should be China only (CHN), Pakistan is not the party acted upon."),
    19: ("date", "King Mohammed VI's backing for the Palestinians: SUPPORT MAR -> Palestinians (PSE) is acceptable as an event, but it is a stance still held when the story is told, so by the rules it takes the document date 2021-08-12, not no date."),
    20: ("", "Israel demanding tougher Palestinian action, ongoing while talks are stalled: REQUEST ISR -> Palestinians (PSE), document date for an ongoing act; all right."),
    21: ("date", "Tebboune praising the army is SUPPORT DZA -> army (DZA), but it was 'at his inauguration', which the story dates last Thursday: date should be 2019-12-19, not the document date."),
    22: ("", "Demirtas urged supporters to remain calm: REQUEST by the HDP co-leader (TUR) to supporters (TUR); the text gives this act no date, so the document date is right by the rules (the rally was Friday)."),
    23: ("target", "Campaign promise to govern for all Salvadorans and keep the dollar: AGREE by Sanchez Ceren (SLV), undated so no date is right, but the sentence names those promised: target should be Salvadorans (SLV), not empty."),
    24: ("", "Dodon had rejected Sturza's nomination twice (earlier, undated): REJECT MDA -> Sturza (MDA); all right."),
    25: ("source", "Attacks inside Kenya including Westgate and Garissa: ASSAULT on Kenya, a span of attacks with no date is right, but 'the group' is al Shabaab: source should be al Shabaab (SOM), not AMISOM."),
    26: ("", "The MILF condemned the airport bombing: ACCUSE disapprove by the MILF (PHL), perpetrators unnamed, document date; all right (the denial is a separate act)."),
    27: ("", "Human rights groups condemned the plan: ACCUSE disapprove by unplaced rights groups (empty code right); 'the plan' is not a party, so an empty target is right by the rules; document date."),
    28: ("", "EU and US urged all sides in Turkey to keep Sunday's vote peaceful: REQUEST, document date; distinct from the condemnation (e9); all right."),
    29: ("type", "Crowds in Guatemala City gathering to call for Colom's resignation is a demonstration: type should be PROTEST (demo) (PLOVER codes protests making demands as PROTEST, not REQUEST); source crowds (GTM), target Colom (aimed at the authorities), date and modality right."),
    30: ("", "Prosecutors (MRT) accused Aziz during the trial: ACCUSE allege MRT -> Aziz (MRT), undated background with no date; all right."),
    31: ("", "Thaci dismissed the criticism: REJECT by Thaci (XKX); 'the criticism' is not a party, so an empty target is right by the rules (a coder would add the critics); document date; all right."),
    32: ("target", "Finnish authorities seizing the tanker in December (2024-12) is COERCE seize, source right, but the text gives no country for the Eagle S: target should be the Eagle S with no code, not EST."),
    33: ("type", "North Korea firing a multi-stage rocket over Japan on 1998-08-31 is a missile/satellite launch, not an attack on Japan: type should be MOBILIZE (weapons test); source PRK, target Japan (overflown), date and modality right."),
    34: ("date", "The first presiding judge resigned: RETREAT resign by an Iraqi judge is right, but 1982 is the date of the attempt on Saddam's life; the resignation was during the 2005-06 proceedings with no date given: date should be none (unknown)."),
    35: ("", "'since the group seized power in 2021': the Taliban (AFG) seizing power by force, coded ASSAULT like armed seizures, date 2021; no target named; all right."),
    36: ("", "Leaders incl. Clinton (USA) and Howard urged Indonesia (IDN) to accept peacekeepers: REQUEST, document date; all right."),
    37: ("", "Islamic State threatened the two Japanese hostages on 2015-01-20: THREATEN, source IS with no code (right), target the two men (JPN); all right."),
    38: ("date", "'We do not support independence for Taiwan': negated SUPPORT JPN -> Taiwan is acceptable and the modality negated right, but it was said at a news conference on this trip, reported as this news: date should be the document date 1997-09-07, not none."),
    39: ("", "Hardline deputies (IRN) accused Mohajerani (IRN) in the debate: ACCUSE allege, no date in the text so the document date; all right."),
    40: ("", "UN envoy Mladenov urged restraint: REQUEST by the UN, no addressee named, document date; all right."),
    41: ("", "President Iajuddin Ahmed declared a state of emergency (before January, no date given): COERCE martial-law by BGD, no target, no date; all right."),
    42: ("source", "Masari's attacks accusing the royal family of corruption: ACCUSE allege -> the Saudi royal family (SAU), ongoing so document date, but Masari is a Saudi dissident: source code should be SAU, not GBR."),
    43: ("", "Ingush protests began Thursday 2018-10-04 against the land deal approved by the regional parliament: PROTEST, target the regional parliament (RUS) right (aimed at the authorities' act); protesters not named in the sentence so an empty source is right by the rules."),
    44: ("target date", "Solana (NATO) welcoming the referendum result is SUPPORT, but the sentence names the Hungarian people whose vote is welcomed: target should be the Hungarian voters (HUN); the welcome has no date in the text and the result was announced Monday: date should be the document date 1997-11-17, not Sunday 1997-11-16."),
    45: ("date", "Jiang pressing Washington over Taiwan: REQUEST CHN -> USA acceptable, but it was at 'the meeting', which the lead dates Saturday: date should be 1999-09-11, not the document date."),
    46: ("date", "Trump administration recognising Moroccan sovereignty over Western Sahara: SUPPORT USA -> Morocco right, but it was 'in return' for Morocco's December deal: date should be 2020-12, not the document date."),
    47: ("type", "Russian arms supplies to India are sales under 'Indian contracts', mutual exchange: type should be COOPERATE, not AID; source RUS, target IND, ongoing so document date, asserted right."),
    48: ("", "Vystrcil is due to meet Tsai later in the week (2020-W36): CONSULT CZE -> TWN, future; all right."),
    49: ("date", "The judge's complaint of political interference: ACCUSE by an Iraqi judge, no target named, right, but 1982 is the date of the Dujail attempt: date should be none (during the 2005-06 proceedings, undated)."),
    50: ("target", "Authorities (IRQ) imposing a curfew on Baghdad, Diyala and Salahuddin is COERCE curfew, document date acceptable, but the government is the source, not the target: target should be the residents of Baghdad, Diyala and Salahuddin (IRQ)."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open("events-d.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        wrong = set(wrong.split())
        assert wrong <= set(ALL)
        if "event" in wrong:
            v = {k: False for k in ALL}
        else:
            v = {k: k not in wrong for k in ALL}
        v["all"] = all(v[k] for k in ALL)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = [
    {"doc": "h49-x192-04",
     "coder_events": ["SUPPORT: North Korea's parliament, the Supreme People's Assembly (PRK) -> Kim Jong Il (PRK), re-elected him chairman of the National Defence Commission, 1998-09-05"],
     "found": 0, "dateline_events": 0, "spurious": 0,
     "notes": "The parliamentary re-election is coded as approval of an actor (SUPPORT), as I accepted parliament's approval of ministers in item 10; declaring the post the highest office and enshrining the late Kim Il Sung are constitutional/symbolic acts, not coded. Dateline found nothing."},
    {"doc": "h49-x190-14",
     "coder_events": ["ASSAULT: unnamed gunmen (no code) -> General Abdel Fattah Younes (LBY) and two aides, killed, reported 2011-07-28/29 (no date in the paragraph)"],
     "found": 1, "dateline_events": 1, "spurious": 0,
     "notes": "Dateline's e1 ASSAULT (target Younes) is the killing. The summons from the front line for questioning has no named summoner in the paragraph and is not coded; 'the movement fighting to topple Gaddafi' is a description, not coded."},
    {"doc": "h49-x192-03",
     "coder_events": ["CONSULT: Ryutaro Hashimoto (JPN) -> China (CHN), four-day visit to China wrapped up with the Shenyang museum visit, 1997-09-06"],
     "found": 0, "dateline_events": 0, "spurious": 0,
     "notes": "The visit to China is the one act; the museum visit is part of it (no meeting with an actor in this paragraph). Dateline found nothing."},
    {"doc": "h49-x190-12",
     "coder_events": ["SUPPORT: Kuwait's parliament (KWT) -> Prime Minister Sheikh Nasser al-Mohammad al-Sabah (KWT), voted down the non-cooperation motion, 2009-12-16"],
     "found": 0, "dateline_events": 0, "spurious": 0,
     "notes": "The PM surviving the vote is coded as the chamber backing him (a coder could also code REJECT of the 10 deputies' motion; one act either way). 'Easing a long feud' is a consequence, not an act. Dateline found nothing."},
    {"doc": "h49-x191-09",
     "coder_events": ["SUPPORT: African mediators (African Union, no code) -> Charles Konan Banny (CIV), named him Ivory Coast's prime minister, 2005-12-04"],
     "found": 0, "dateline_events": 0, "spurious": 0,
     "notes": "Naming the prime minister is coded as approval of an actor (SUPPORT); 'charged with disarming rebels and organising elections' is his future mandate, not an act. Dateline found nothing."},
    {"doc": "h49-x190-23",
     "coder_events": ["SUPPORT: Sudan's military leaders (SDN) -> dozens of Sudanese civilian groups (SDN), signed a framework agreement in Khartoum, 2022-12-05"],
     "found": 1, "dateline_events": 1, "spurious": 0,
     "notes": "Dateline's e1 SUPPORT 'signed' is found (its target is empty where the civilian groups co-signed, which would cost the target field, but the type is right). The coup 'more than a year' earlier is a nominal background mention with no named actor and no date; not counted."},
]
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(P, paras):
    assert p["dateline_events"] == len(q["events"])
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
