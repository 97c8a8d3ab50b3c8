"""Write judge b's round-157 verdicts: events-b.jsonl and paragraphs-b-verdicts.jsonl, then check them.

usage (from docs/judged/round157): python3 events-b-tools/write_verdicts.py
Each item lists the fields judged wrong ("SPURIOUS" = not an event, false everywhere) and the reasons.
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
V = {
    1: ([], "Gusmao's promise to reform army and police, resettle the displaced and create jobs is an AGREE (commitment) with no addressee; 'has promised' is background of unknown time, so no date is right."),
    2: ([], "Egyptian government condemns the attack: ACCUSE disapprove; the sentence names no party attacked (only 'the attack'), so an empty target is right; undated reaction reported as this news takes the document date."),
    3: (["source"], "Source country wrong: the text does not say who the Beit Lid suicide bombers were, so the code should be empty, not ISR; target (21 people, mostly soldiers, in Israel) ISR and date 1995-01 are right."),
    4: (["source"], "Source should be the Tamil Tiger rebels (LTTE, LKA): the sentence names them and the killings are theirs in their own statement of the offensive (passive with agent implied); target LKA soldiers, date of this report and asserted are right."),
    5: ([], "US and Britain voice dismay at the missile test: ACCUSE disapprove; Pakistan is not named in the sentence, so empty target is right; date of the report 2002-05-25 (Saturday test) right."),
    6: (["target", "date"], "Offer of a smaller pay rise is AGREE by convention, but the target should be the union leaders/teachers' union (PER), named in the sentence as those who rejected it; the offer is background before the emergency of unknown date, not this news, so it should have no date rather than 2003-05-28."),
    7: (["date"], "Bishop Kirollos asked the police (EGY) to protect the church: REQUEST right, but the request was made before the Christmas Eve attack (he had received threats before the holiday), so the document date 2010-01-08 is wrong; it should have no date (before 2010-01-06)."),
    8: (["source", "target"], "Source 'Opposition leaders' should carry PER (Peru's opposition, plain in the text; only Garcia is coded PER); target should be Toledo (PER), named in the sentence ('called on Toledo'), not empty."),
    9: (["source"], "'They' are the four presidents Yushchenko, Saakashvili, Aliyev and Voronin (UKR, GEO, AZE, MDA); coding only the Ukrainian government drops three of the four parties. Mutual pledge, empty target right; 2006-05-23 right."),
    10: (["date"], "A background reference inside Hamas's claim to Palestinians killed by Israeli forces at unspecified earlier times; parties are right but it should have no date, not the document date 1995-07-25."),
    11: ([], "Taiwan recalling its ambassador from South Africa is a reduction of diplomatic relations (CAMEO 161, SANCTION); TWN -> ZAF right; announced in this news without a date, document date right."),
    12: (["source", "target"], "Source should be 'some African commentators' (no single country), named in the sentence, not empty; target 'governance' is not a party - the stress on governance is the report's, and the sentence names no party, so the target should be empty."),
    13: (["target"], "'it' is the Supreme Court's ruling reinstating the chief justice, so the target should be the Supreme Court of Pakistan (PAK) or empty, not the United States."),
    14: (["type", "source", "target", "date", "modality"], "The clause reports Powell's demand that Sudan disarm the militias: PLOVER codes the statement, REQUEST with source Powell (USA) and target the Sudanese government (SDN), dated 2004-06-30 (his remarks after Wednesday's tour), asserted; no RETREAT by Sudan took place."),
    15: ([], "Burkina Faso's government rejects the accusation as 'unfounded': an objection, ACCUSE disapprove (REJECT would also be defensible); the sentence names no accuser, empty target right; document date right."),
    16: ([], "G7 leaders (multinational, empty code right) welcome Russia into the summit: SUPPORT toward RUS on Sunday 1997-06-22, right."),
    17: ([], "African ministers (no single country) welcome the council's attention: SUPPORT, no party named as target; no date given for the remark, document date right by the rules (the debate itself was Monday 2000-01-10)."),
    18: (["date"], "Muslims' protests against the court ruling on 'Allah' (an act of the authorities), so the state MYS is a right target; but they were held after Friday prayers, so the date should be 2010-01-08, not the document date 2010-01-09."),
    19: (["type", "source"], "Protesters denouncing Russia's war outside the talks are a protest: PLOVER codes protests expressing disapproval as PROTEST (demo), not ACCUSE; the protesters were in London (including Chechen exiles), so the source code should be empty, not RUS. Target RUS and 2000-04-17 right."),
    20: (["type"], "Japan calling off the survey under the deal is a concession, RETREAT (or CONCEDE as a promise), not SANCTION; Japan -> South Korea, future, no date are right by the conventions ('will' acts are future)."),
    21: ([], "Rights groups (no country) and Indian opposition politicians criticise the operation: ACCUSE; the operation is not a party, empty target right; ongoing criticism takes the document date."),
    22: ([], "Russian generals have repeatedly threatened to act against Tbilisi (GEO government): THREATEN right; repeated acts over a span have no date, right."),
    23: (["type"], "Nigerian peacekeepers arriving in Liberia is the provision of peacekeeping troops (CAMEO 074, AID; or a deployment, MOBILIZE), not a CONSULT visit; NGA -> LBR and Monday 2003-08-04 right."),
    24: ([], "Najib ordered police to step up security at churches: PLOVER REQUEST covers orders (MOBILIZE police would also be defensible); MYS -> MYS police right; undated, document date right."),
    25: ([], "Thaksin said he would seek talks with the junta: as I would code it, an AGREE (willingness to negotiate, asserted, 2001-02-12), but the conventions make 'will meet' acts future, so REQUEST meet, future, undated is scored right; THA -> MMR right."),
    26: (["date"], "Bush telephoned Putin 'in advance' of Thursday's (2001-12-13) notice, so the call predates the announcement; the document date 2001-12-14 is wrong, it should have no date (before 2001-12-13)."),
    27: ([], "Death toll since 1996 with no single perpetrator: empty source, NPL victims, and no date for a total are right."),
    28: (["target", "date"], "The troops Vajpayee warned are Indian troops, not PAK; as a THREATEN the target should be Pakistan (PAK), named in the sentence; 'has warned' is a background act before the test, so it should have no date rather than 2002-05-25."),
    29: (["target"], "Mubarak opening the multilateral economic conference is a CONSULT with no single recipient; Israel is not a party in the sentence (only 'Arab-Israeli peace process'), so the target should be empty."),
    30: (["source"], "The opposition parties 'in Baku' accusing Aliyev are Azerbaijani, so the source code should be AZE, not empty; target AZE and ongoing present date right."),
    31: ([], "AU, France and UN call for calm: REQUEST with no addressee in the sentence, empty target right; undated reaction, document date right."),
    32: (["type"], "'Jailed in 2005 for soliciting bribes' is a conviction and prison sentence, PLOVER SANCTION convict, not a COERCE arrest; no court named so empty source right; ZAF target and 2005 right."),
    33: (["source"], "'The test' is Pakistan's missile test (MOBILIZE weapons, 2002-05-25, not coded from the lead sentence), and Pakistan is named in the sentence, so the source should be Pakistan (PAK), not empty."),
    34: (["target", "date"], "The four convicted people include a Libyan and their country is not given, so the target code should be empty, not DEU; the conviction was in 2001, not 1986-04-15."),
    35: (["SPURIOUS"], "Duplicate: 'offering the state union its first concrete step toward membership' glosses the opening of SAA talks already coded from this sentence (e1 CONSULT), not a separate offer."),
    36: (["target"], "'The former Portuguese colony' is East Timor (TLS), which the definite description refers to, so the target should be East Timor, not empty; ASSAULT (invasion), IDN troops and 1975-12 right."),
    37: (["source", "date"], "'He' is Rajoelina (MDG), named in the previous sentence, not Ravalomanana; date should be 2009-02-07 ('earlier in the day' of Saturday's march), not 2008-05-13 taken from the name 'May 13 Square'."),
    38: ([], "Soldiers and tribesmen killed in the Tuesday gunbattle, no agent named: empty source, YEM victims, 2001-12-18 right."),
    39: (["source"], "The Armenian National Committee of America is a US (Armenian-American) group, so the source code should be USA, not ARM."),
    40: ([], "'The two leaders' Putin and Blair discussed arms control: mutual CONSULT, 2000-04-17 right (Russia stands for Putin, RUS code right); a separate sentence from 'held talks', so not a duplicate under the rules."),
    41: (["source"], "The text does not give the gunmen's country (officials blame the Pakistan-based Lashkar-e-Taiba), so the source code should be empty, not IND; IND labourers and overnight date right."),
    42: ([], "Putin held talks with Blair in London on Monday 2000-04-17: CONSULT, RUS -> GBR, right."),
    43: (["target", "date"], "The military's approval of the five parties is a background SUPPORT whose target is the five parties (NGA), named in the sentence, not empty; as a background act of an earlier time it should have no date, not 1998-04-21."),
    44: ([], "Bangaru Laxman resigned as BJP president on Tuesday 2001-03-13: RETREAT resign, IND, right."),
    45: (["SPURIOUS"], "'Surrendering the country's independence' is a metaphor inside the opposition's accusation (the ACCUSE is e3), not a RETREAT act; Germany is not in the sentence."),
    46: (["target"], "The 'new members' are Kiribati, Nauru and Tonga (KIR, NRU, TON), so the target code UNO is wrong."),
    47: (["SPURIOUS"], "The 'talking' is the content of Blair's urging (coded as e6 REQUEST Blair -> Putin) and would be Russia's talks with Washington, not an act by Blair; no CONSULT is reported."),
    48: (["date"], "The UN praise is an undated reaction to Saturday's vote; 2009-01-31 is the vote's date, not the praise's, so it should have no date."),
    49: (["target"], "The victims are 'soldiers, rebels and civilians' (YEM); coding only the soldiers drops two of the three groups. Empty source and no date for a total are right."),
    50: ([], "Putin received by the Queen at Windsor is a visit; CONSULT is mutual under the rules, so host as source is right; GBR/RUS and 2000-04-17 ('later' on Monday) right."),
}

PARAS = {
    "h56-x218-18": (["SANCTION: Saudi court (SAU) -> three reform advocates (SAU), prison sentences, 2005-05-15",
                     "ACCUSE: rights groups (no code) -> Saudi court/authorities (SAU), say verdict exposed the limits of change, 2005-05-15",
                     "REQUEST: the three advocates (SAU) -> Saudi royal family/government (SAU), called for a constitutional monarchy, background, no date"],
                    1, 1, 0, "Dateline found the sentence; missed the rights groups' criticism and the background call for a constitutional monarchy."),
    "h56-x218-15": (["ASSAULT: Palestinian suicide bomber (PSE) -> bus passengers in Jerusalem (ISR), suicide bombing killing 20 and wounding 100, 2003-08-19",
                     "CONCEDE: militant groups (PSE) -> Israel (ISR), declared a truce, about 2003-07-02 (seven weeks ago)"],
                    1, 1, 0, "The bombing is found (trigger 'wounding', target empty); the truce declaration is not."),
    "h56-x218-12": (["ASSAULT: Yemeni security forces (YEM) <-> tribesmen (YEM), gunbattles leaving many soldiers dead, 2001-12-18",
                     "COERCE: Yemeni security forces (YEM) -> suspected al Qaeda members (no code), raid to capture them, 2001-12-18"],
                    0, 0, 0, "No dateline event in the lead."),
    "h56-x219-20": (["REJECT: Toure's main rivals (MLI) -> Toure / the election outcome (MLI), rejected the result, 2007-05-03",
                     "ACCUSE: Toure's main rivals (MLI) -> Toure / electoral authorities (MLI), will challenge the result in court, future"],
                    0, 0, 0, "No dateline event; the election win itself is not a PLOVER event."),
    "h56-x218-10": ([], 0, 0, 0, "An election by voters; nothing a PLOVER coder codes. Dateline rightly found nothing."),
    "h56-x219-08": (["CONSULT: UN Security Council (UNO) with US Vice President Al Gore (USA) chairing, multilateral debate on AIDS, 2000-01-10"],
                    0, 0, 0, "No dateline event; Gore's statement itself is a comment (CAMEO 01) with no PLOVER type."),
}


def main():
    items = [json.loads(l) for l in open("events-b-items.jsonl")]
    assert len(items) == 50 and sorted(V) == list(range(1, 51))
    with open("events-b.jsonl", "w") as f:
        for it in items:
            wrong, reason = V[it["n"]]
            if "SPURIOUS" in wrong:
                v = {k: False for k in FIELDS}
            else:
                v = {k: k not in wrong for k in FIELDS}
            v["all"] = all(v[k] for k in FIELDS)
            out = dict(it)
            out["verdict"] = v
            out["reasons"] = reason
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
    with open("paragraphs-b-verdicts.jsonl", "w") as f:
        for p in paras:
            ev, found, n_dl, spur, notes = PARAS[p["doc"]]
            assert n_dl == len(p["events"]), p["doc"]
            f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
                                "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
    # checks
    out = [json.loads(l) for l in open("events-b.jsonl")]
    assert len(out) == 50
    for a, b in zip(items, out):
        assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
        v = b["verdict"]
        assert v["all"] == all(v[k] for k in FIELDS)
        if not v["event"]:
            assert not any(v.values())
    pv = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
    assert len(pv) == 6
    counts = {k: sum(o["verdict"][k] for o in out) for k in FIELDS + ["all"]}
    print("right of 50:", counts)
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
    for k in FIELDS:
        print(k, "wrong:", [o["n"] for o in out if not o["verdict"][k]])


if __name__ == "__main__":
    main()
