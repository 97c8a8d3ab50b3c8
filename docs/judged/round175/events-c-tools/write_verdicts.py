"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's verdicts (round 175).

Run from docs/judged/round175/:  python3 events-c-tools/write_verdicts.py
Fields with no entry in WRONG are right. SPURIOUS items are false in every field.
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (list of wrong fields, reasons)
V = {
    1: ([], "Algeria released the two FIS founders on Wednesday 2003-07-02 (document of Thursday 3 July); RETREAT release, parties and date right."),
    2: (["target", "date"], "The hostages are the Western tourists (12 Britons, two Americans, two Australians), not Yemenis: target should be the hostages with no single code (GBR/USA/AUS), not YEM. The kidnapping he admits to was on Dec. 28, so date should be 1998-12-28, not the execution day 1999-10-17."),
    3: ([], "Birtukan detained on Monday 2008-12-29 (story of Tuesday 30 Dec); the sentence names no agent, so an empty source is right; attribution keeps it asserted."),
    4: ([], "Egyptian police arrested Ayman Nour on Saturday 2005-01-29; all fields right."),
    5: (["date"], "Israel's allegation is a background act with no date in the text; 2006-06-09 is the beach-blast Friday, not a date of the accusation (the air strike that killed him was the day before, 2006-06-08), so date should be none (or at most 2006-06-08)."),
    6: (["target"], "The students marched from the university against the U.S.-led strikes and chanted against the United States; the university is the starting point, so target should be the United States (USA), or empty, not the Islamic University."),
    7: (["date"], "Swedish voters' rejection of the euro was in the 2003 referendum; date should be 2003, not the document date 2006-09-18 (background act). A referendum rejection is accepted as REJECT with no named target."),
    8: ([], "Riot police fired tear gas on Tshisekedi's supporters on Wednesday 1997-04-09 in Kinshasa; ASSAULT crowd-control, COD on both sides, right."),
    9: ([], "Britain and the U.S. welcomed Kabbah's return; SUPPORT to Kabbah (SLE). Date 1998-03-10 is the story's dateline day (FREETOWN, March 10), accepted for this same-day reaction."),
    10: (["target"], "'both countries' in the sentence refers to India and Pakistan; target should be India (IND) and Pakistan (PAK), not empty. Type, date (Saturday 1998-06-06) right."),
    11: ([], "The State Department official urged Nigeria to drop the treason case; REQUEST USA -> NGA, reported as this news on the document date 1997-03-13; right."),
    12: (["date"], "Axworthy's talks with Castro 'lasted late into Tuesday night': date should be 1997-01-21, not Wednesday 1997-01-22 (the signing day)."),
    13: ([], "Future CONSULT on Wednesday 1998-12-16 between ASEAN leaders and Hu Jintao (CHN) is right; the target omits the Japanese and South Korean heads of government, but the party it names is right."),
    14: ([], "'We cannot accept a plan...' coded as AGREE negated, which the conventions treat like REJECT asserted (I would code REJECT KOR -> TWN); the sentence names no party (the plan is Taiwan's, the 'one government' is North Korea), so an empty target is right; document date 1997-01-28 right."),
    15: (["date"], "Milosevic's agreement to pull back forces was part of the ceasefire 'arranged in October': date should be 1998-10, not none. Target NATO accepted as the party whose threat he yielded to (Holbrooke, USA, would be equally right); CONCEDE for an agreement to withdraw is right."),
    16: (["source"], "'Defeated' is no party (a fragment of 'Defeated candidates') and Khatami is missing: source should be Mousavi, Karoubi and Khatami (IRN). Empty target accepted (the sentence names no party, only 'the proceedings'); document date accepted."),
    17: (["target", "date"], "The crowd is the ethnic Albanian demonstrators in Pristina, so target should be the crowd/protesters of Kosovo (XKX), not ROU (that is the police's country). The shooting was at Saturday's protest: date should be 2007-02-10, not the document date."),
    18: ([], "Ian Martin (UN) appealed to all sides in Nepal to resolve differences; 'all sides' coded as Nepal (NPL) is acceptable; the lead's Tuesday 2007-09-18 is accepted for this same-day reaction with no date of its own."),
    19: (["date"], "Stone-throwing at the Minsk march against riot police is PROTEST riot aimed at the authorities, so Belarus is a right target; but it happened at Sunday's march: date should be 1999-10-17, not the document date 1999-10-18."),
    20: (["source"], "'Rebel mortar bombs' names the rebels as the attackers: source should be the LURD rebels (LBR, REB), not empty. Target people in Monrovia (LBR) and Monday 2003-07-21 right."),
    21: ([], "Russia opposed NATO military action against Belgrade: REJECT RUS -> NATO, summit day 1998-09-02 (= document date); right."),
    22: (["target"], "Conviction in July 2007 right for Birtukan (ETH), but 'other leaders' of the Coalition for Unity and Democracy are Ethiopian opposition leaders: the co-target should carry ETH, not an empty code."),
    23: (["source"], "It is the public prosecutor who accuses Nour of forging signatures: source should be Egypt's public prosecutor (EGY), not his wife Gameela Ismail. Target, ongoing accusation on the document date, asserted right."),
    24: ([], "Bolivian President Quiroga urged Washington to support coca-replacement programmes, Saturday 2002-03-23 in Lima; all right."),
    25: ([], "Persson said he would step down as party leader: RETREAT resign with future modality and no date for the future act is right by the conventions."),
    26: (["date"], "The Kaluchak attack came 'less than a week' before the 2002-05-21 killing, so the text dates it to mid-May 2002: date should be 2002-05 (May 15-20), not none. Source militants (no country in the sentence) and target the Indian army (IND) right."),
    27: (["date"], "Hosoda's demand was made at the Wednesday news conference ('Japan said on Wednesday'): date should be 2004-12-08, not the document date 2004-12-09."),
    28: (["date"], "The text dates the Kan-Hu meeting in the next sentence ('The meeting with Hu on Saturday'): date should be 2010-11-13, not the document date 2010-11-14."),
    29: (["target"], "The Albanians urged are Kosovo's ethnic Albanians: target should carry XKX (Kosovo), not ALB (Albania). Type, source, document date right."),
    30: (["date"], "India's accusation went with its order expelling the diplomat 'a day' before Sunday: date should be Saturday 2003-02-08, not the document date 2003-02-09."),
    31: ([], "Koizumi visited Pyongyang in May 2004: CONSULT visit JPN -> PRK, 2004-05; right."),
    32: ([], "Gayan (MUS) thanked UN member states (no country); undated reaction given the document date 2000-10-11, accepted; right."),
    33: ([], "Gunmen ambushed a convoy of teachers near the Freeport mine on Saturday afternoon 2002-08-31; teachers placed in Indonesia (IDN) accepted, though two of the dead were Americans."),
    34: ([], "'Dozens of people were killed' over weeks of protests is a total over a span, so no date is right; no agent for the total, empty source right; target people of Madagascar (MDG) right."),
    35: ([], "Bush held talks with the presidents of Colombia, Bolivia and Ecuador on Saturday 2002-03-23; countries COL/BOL/ECU for their presidents accepted; right."),
    36: (["source", "target"], "'They' are the Maoist rebels: source should be the Maoists (NPL, REB), not the Nepal government. 'an interim government' is what is demanded, not a party: target should be empty (or the Nepal government across the table)."),
    37: (["source", "date"], "Hu is Hu Jintao of China: source should carry CHN, not JPN. The urging was at Saturday's meeting with Kan: date should be 2010-11-13, not the document date 2010-11-14."),
    38: ([], "Militants fired rockets into southern Israel later in the day of the beach blast, Friday 2006-06-09; the sentence gives no nationality, so empty country accepted; right."),
    39: (["type", "source", "target"], "The act is the opposition lawmakers' protest in the chamber against the vote: type should be PROTEST (PLOVER codes protests there, not as ACCUSE), source the opposition lawmakers (UKR) not Tymoshenko, target the Ukrainian government/parliament majority (UKR) not the lawmakers themselves."),
    40: ([], "Lula and Ahmadinejad signed cooperation agreements on Monday 2009-11-23: SUPPORT (sign agreement) between BRA and IRN, mutual; right."),
    41: ([], "Same arrest told again in the next sentence (not a same-sentence duplicate); passive with no agent, empty source right; Saturday 2005-01-29, attributed to his wife, asserted; right."),
    42: (["date"], "Lula received Peres 'this month': date should be 2009-11; 2009-W47 is the 'last week' of Abbas's visit. Host as source is right (CAMEO 043 host a visit)."),
    43: ([], "Western diplomats welcomed Berisha's agreement on the day of the deal, Sunday 1997-03-09 (TIRANA, March 9); target Berisha (ALB), whose deal it is, accepted; right."),
    44: ([], "Haniyeh (PSE) urged the international community to act; undated reaction on the document date 2006-06-10 accepted; right."),
    45: (["date"], "Malik asked New Delhi for information at his Thursday news conference (Pakistan acknowledged 'on Thursday'): date should be 2009-02-12, not the document date 2009-02-13."),
    46: (["type"], "Residents laid bodies outside the U.S. embassy to demand troops: a protest making a demand, which PLOVER codes as PROTEST (demo) LBR -> USA, not REQUEST. Parties and Monday 2003-07-21 right."),
    47: ([], "Nepal's government and the Maoists held talks on Thursday 2001-08-30: mutual CONSULT; right."),
    48: (["target"], "The sentence names who is investigated, 'three of the ANC's best-known figures': target should be Ramaphosa, Sexwale and Phosa (ZAF), not empty. Ongoing investigation on the document date accepted; empty source accepted (agent not named)."),
    49: (["date"], "Madrid and Warsaw's insistence was at the two-day summit that failed on Saturday: date should be 2003-12-13 (12-13 Dec), not the document date 2003-12-14. REQUEST with no named target right."),
    50: (["date"], "Sharmarke's 'I have decided to step down' was told at his resignation news conference on Tuesday: date should be 2010-09-21, not the document date 2010-09-22 (a repeat of the lead's resignation, but in its own sentence, so not a duplicate)."),
}
SPURIOUS = set()

PARAS = {
    "h64-x251-10": {
        "coder_events": [
            "ACCUSE investigate: South African police (ZAF) -> Cyril Ramaphosa, Tokyo Sexwale, Mathews Phosa (ZAF), investigated over an alleged plot to unseat Mbeki, ongoing (said 2001-04-24; document date 2001-04-26)",
        ],
        "found": 1, "dateline_events": 1, "spurious": 0,
        "notes": "dateline's e1 has the right type but empty source and target. 'under fire' has no named critic and was not counted; the alleged plot is only alleged.",
    },
    "h64-x250-16": {
        "coder_events": [
            "COERCE arrest: Egyptian police (EGY) -> Ayman Nour (EGY), arrested, 2005-01-29",
            "COERCE restrict: Egyptian parliament (EGY) -> Ayman Nour (EGY), voted to lift his parliamentary immunity, 2005-01-29",
            "ACCUSE disapprove: Nour's supporters (EGY) -> Egyptian authorities/parliament (EGY), called the move a bid to silence a critic of Mubarak, 2005-01-29",
        ],
        "found": 1, "dateline_events": 1, "spurious": 0,
        "notes": "Only the arrest was found. The forgery charges are the topic of the questioning (purpose clause), not coded separately.",
    },
    "h64-x252-06": {
        "coder_events": [
            "ACCUSE disapprove: South Korea (KOR) -> Taiwan (TWN), stepped up campaign against the nuclear-waste plan, warning of contamination, 1997-01-28",
            "THREATEN: South Korea (KOR) -> Taiwan (TWN), threatened to take the matter to international bodies, 1997-01-28",
        ],
        "found": 0, "dateline_events": 0, "spurious": 0,
        "notes": "dateline found nothing in the lead.",
    },
    "h64-x251-07": {
        "coder_events": [
            "ACCUSE disapprove: UN Security Council -> India (IND), Pakistan (PAK), condemned the nuclear tests, 1998-06-06",
            "REQUEST: UN Security Council -> India (IND), Pakistan (PAK), demanded they halt explosions and abandon nuclear weapons programmes, 1998-06-06",
            "MOBILIZE weapons: India (IND), nuclear tests, 1998-05",
            "MOBILIZE weapons: Pakistan (PAK), nuclear tests, 1998-05",
        ],
        "found": 2, "dateline_events": 2, "spurious": 0,
        "notes": "Both Security Council acts found (the REQUEST with an empty target, item 10). The May tests (background, 'last month') were not found.",
    },
    "h64-x249-19": {
        "coder_events": [
            "REJECT: Vladimir Putin (RUS) -> foreign critics (no code), said Russia would not accept lectures from abroad, 2005-04-25",
        ],
        "found": 0, "dateline_events": 0, "spurious": 0,
        "notes": "Describing the Soviet collapse as a catastrophe is a plain statement (CAMEO 01, no PLOVER event).",
    },
    "h64-x249-18": {
        "coder_events": [
            "ACCUSE investigate: Ukrainian prosecutors (UKR) -> Yuri Kravchenko (UKR), due to question him over the Gongadze murder, 2005-03-04 (future)",
            "ASSAULT: unknown -> Georgiy Gongadze (UKR), murder of the journalist, 2000 (background)",
        ],
        "found": 0, "dateline_events": 1, "spurious": 1,
        "notes": "dateline's only event is an ASSAULT with no source on Kravchenko 'found shot dead'; the story says investigators treat it as suicide and names no attacker, so I count it spurious (a judgment call: if read as an attack by an unknown party it would be a right type). The prosecutors' planned questioning and the Gongadze murder were not found.",
    },
}


def main():
    items = [json.loads(l) for l in open("events-c-items.jsonl")]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    with open("events-c.jsonl", "w") as f:
        for it in items:
            wrong, reasons = V[it["n"]]
            assert set(wrong) <= set(FIELDS), it["n"]
            if it["n"] in SPURIOUS:
                verdict = {k: False for k in FIELDS}
            else:
                verdict = {k: (k not in wrong) for k in FIELDS}
            verdict["all"] = all(verdict[k] for k in FIELDS)
            out = dict(it)
            out["verdict"] = verdict
            out["reasons"] = reasons
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
    with open("paragraphs-c-verdicts.jsonl", "w") as f:
        for p in paras:
            v = PARAS[p["doc"]]
            assert v["dateline_events"] == len(p["events"]), p["doc"]
            f.write(json.dumps({"doc": p["doc"], **v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
