"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's verdicts below, then check them.
usage (from docs/judged/round71): python events-d-tools/write_verdicts.py"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, reasons). "event" wrong = spurious (all fields false).
V = {
 1: ([], "al Shabaab killing people in Kenya is ASSAULT; a total summed over recent years takes no date, so the unknown date is right."),
 2: (["date"], "ACCUSE by rights groups and Western governments against Magufuli is right, but the accusations were made during his rule (background, not this news); date should be none (unknown), not the document date."),
 3: (["type", "target"], "Here 'denounce the 1991 agreements' is the Duma's formal repudiation of the Belavezha accords, not a criticism: type should be REJECT (or SANCTION withdraw), not ACCUSE; target should be empty (the agreements; the Soviet Union is what they dissolved, not the party acted upon). Date 1996-03 (last month) is right."),
 4: ([], "EU officials congratulating Erdogan after the election is SUPPORT; document date for an act reported as this news."),
 5: (["date"], "Palestinian police firing on Israeli soldiers is ASSAULT, but it is this week's fighting (gun battles on Thursday), not an act of unknown time: date should be 1996-09-26."),
 6: ([], "Israel's 1967 occupation of the Golan is ASSAULT by the conventions (taking ground), Israel -> Syria, 1967. (reported_by Hezbollah is off, the claim is the UN's; not scored.)"),
 7: ([], "Arafat urging Palestinians to resist is REQUEST, PSE -> PSE, document date."),
 8: ([], "Leghari's resignation on Tuesday 1997-12-02 is RETREAT resign, no target."),
 9: ([], "EU preparing (blocked) sanctions on about 40 Belarusian officials: SANCTION, EU -> Belarusian officials (BLR), a planned act, future, no date."),
 10: ([], "Ban Ki-moon welcoming the accord is SUPPORT; the sentence names no party, so the empty target is right."),
 11: ([], "Yoon's arrest in January 2025 is COERCE arrest, no source named, target Yoon (KOR), 2025-01."),
 12: ([], "Peskov welcoming the PACE vote is SUPPORT; no party named in the sentence, empty target right; document date."),
 13: ([], "Security forces firing tear gas at protesters in Lome is ASSAULT crowd-control, TGO -> TGO; 2017-09-06 (late Wednesday) is the first of the two dates the text gives."),
 14: (["source"], "ACCUSE against Jobbik is right, but the text does not say the Jewish groups are Hungarian: source should be Jewish groups with no country code (HUN is a guess)."),
 15: ([], "Russia, France and China welcoming the agreement is SUPPORT; no party named, empty target right."),
 16: ([], "Japan demanding an explanation from the United States on Sunday 2001-02-11 is REQUEST JPN -> USA."),
 17: (["target"], "The signing is SUPPORT by Levy (ISR), but it is a mutual act with his Mauritanian counterpart named in the sentence: target should be Ahmed Ould Sid'Ahmed (MRT) (or both as sources), not empty."),
 18: ([], "The US urging all sides to exercise restraint is REQUEST; 'all sides' with no single country is right as given."),
 19: (["target"], "Ethiopia's demand for an unconditional withdrawal is REQUEST, but it is aimed at Eritrea, named in the sentence: target should be Eritrea (ERI)."),
 20: (["date"], "Diouf congratulating Wade is SUPPORT SEN -> SEN, but the call was part of Monday's concession (dateline dated the same call 2000-03-20): date should be 2000-03-20, not the document date."),
 21: ([], "The US welcoming the Serbia-Kosovo outcome is SUPPORT, no party named, document date."),
 22: ([], "Nigeria's secret police detaining several people over the Abuja bombings is COERCE arrest, NGA -> people detained in Nigeria, document date."),
 23: ([], "Serbia recognising Kosovo's independence is a hypothetical act in the tariff's condition: SUPPORT (recognition) SRB -> XKX, hypothetical, no date."),
 24: ([], "Norway condemning the assassination is ACCUSE; perpetrators not named in the sentence, empty target right; document date."),
 25: (["source"], "The accusation is made by the government ('The government said ... and accused the organisers'); source should be the Maldives government (MDV), not the wounded police officers."),
 26: ([], "Students marching in several Venezuelan cities on Monday 2007-05-28 is PROTEST; no aim named in the sentence, so the state (VEN) is a right target."),
 27: ([], "Powell apologising to Japan's ambassador is SUPPORT (CAMEO 055), USA -> JPN, document date."),
 28: (["date"], "Killing of security forces members in the coup attempt is ASSAULT with no named source, but the attack was on Tuesday: date should be 2022-02-01, not the document date 2022-02-02."),
 29: ([], "The abduction of the Egyptian workers in Sirte is ASSAULT abduct, no named abductor in the sentence, target workers (EGY), 2014-12 (start of December-January)."),
 30: (["source", "date"], "Taya's 1984 coup as ASSAULT can stand, but the source's country code is MUS (Mauritius): should be Mauritania (MRT); date should be 1984, which the text gives ('a 1984 coup')."),
 31: ([], "Iran rejecting the German ruling is REJECT; 'the ruling' is not a party, so the empty target is right; document date."),
 32: (["date"], "Russia's invasion of Ukraine is ASSAULT RUS -> UKR, but it is a background act of 2022, not this news: date should be none (the text gives no date), not 2024-03-07."),
 33: (["date"], "Mangoush meeting her Israeli counterpart is CONSULT LBY -> Israel, but the text gives its time (talks in Rome 'last week'): date should be the week before 2023-08-28 (2023-W34), not unknown."),
 34: ([], "Libyan officials rejecting foreign criticism is REJECT; no party named, empty target right; document date."),
 35: (["target"], "France's foreign minister condemning the attacks is ACCUSE, but the attacks were by protesters in Kinshasa, not the Congolese government: target should be empty (the sentence names no party) or the protesters (COD)."),
 36: ([], "The court convicting 'both men' (Chun and Roh) of bribery is SANCTION convict KOR -> KOR, Monday 1996-08-26."),
 37: ([], "North Korean agents abducting Japanese citizens is ASSAULT abduct PRK -> JPN (the citizens coded by their country); '197' (the 1970s) is the start of the span the text gives."),
 38: ([], "Iran dismissing the drone accusation is REJECT; the accuser is not named in the sentence, empty target right; document date."),
 39: (["target"], "The embargo Greece imposed in February 1994 is SANCTION, but it was against Macedonia, referred to in the sentence ('Macedonian goods', 'the landlocked republic'): target should be Macedonia (MKD)."),
 40: (["target"], "The 1999 arrest is COERCE arrest, but 'the medics' are the five Bulgarian nurses and the Palestinian doctor: target country should be Bulgaria (BGR) (and PSE), not Libya (LBY)."),
 41: (["target"], "The spokesman's call is REQUEST, but the sentence names its addressee: target should be all (political) parties in Ethiopia (ETH), not empty."),
 42: ([], "US combat troops pulling out of Iraqi cities is RETREAT withdraw USA -> IRQ; the text gives no date, so unknown is right."),
 43: ([], "The US, Britain and India condemning the attack is ACCUSE, attackers unnamed, empty target right; document date."),
 44: (["event"], "Spurious: the submarine accidentally striking a fishing ship is a collision, not a deliberate ASSAULT (like 'the plane hit the water')."),
 45: ([], "Arab governments condemning the raid is ACCUSE; the raid is clearly Israel's, so Israel is a right target; 2003-10-05 is the story's dateline day."),
 46: ([], "Aides and relatives questioned or detained is COERCE arrest; relatives (TWN) is a right party; no date given."),
 47: ([], "Sharif assuring Modi that Pakistan would investigate is AGREE PAK -> IND, document date (the Tuesday call)."),
 48: ([], "Gligorov welcoming the agreement is SUPPORT; no party named, empty target right; document date."),
 49: ([], "Pandor welcoming the ICJ decision is SUPPORT; the court is not named in the sentence, empty target right; document date."),
 50: ([], "Sharif promising 'prompt and decisive action' in the call to Modi is AGREE PAK -> IND on Tuesday 2016-01-05."),
}

PARAS = {
 "h13-x46-12": (["COERCE: Sheikh Sabah al-Ahmad al-Sabah (KWT) -> Kuwaiti parliament (KWT), dissolved parliament, 2006-05-21"],
                "Calling early elections and the government-opposition dispute are not coded acts. Dateline has no event in the paragraph."),
 "h13-x45-07": (["RETREAT: Ramush Haradinaj (XKX) -> none, resigned as prime minister, 2005-03-08",
                 "ACCUSE: U.N. war crimes tribunal (IGO) -> Ramush Haradinaj (XKX), indicted, before 2005-03-08 (unknown)",
                 "CONCEDE: Ramush Haradinaj (XKX) -> U.N. tribunal (IGO), said he would surrender voluntarily, 2005-03-08"],
                "All three found with the right type (the surrender promise as CONCEDE; its date and empty target are off but recall counts type only)."),
 "h13-x46-14": (["SANCTION: Iraq (IRQ) -> Syria (SYR), recalled its ambassador from Damascus, 2009-08-25",
                 "REQUEST: Iraq (IRQ) -> Syria (SYR), demanded Syria hand over two men, 2009-08-25",
                 "ACCUSE: Iraq (IRQ) -> two men in Syria (none), accused of organising the bombings, 2009-08-25",
                 "SANCTION: Syria (SYR) -> Iraq (IRQ), withdrew its own envoy, 2009-08-25",
                 "ASSAULT: unnamed (none) -> Baghdad/Iraq (IRQ), last week's truck bombings, 2009-08-19 (last week)"],
                "Dateline found the recall, the demand and the accusation (the accusation with Syria wrongly as source, counted for type); it missed Syria's withdrawal of its envoy and the bombings."),
 "h13-x46-03": (["ACCUSE: German court (DEU) -> Iran's top political leadership (IRN), ruled it ordered the killings, 1997-04-10",
                 "ASSAULT: Iran's leadership (IRN) -> four Iranian Kurdish dissidents (IRN), 1992 killing in a Berlin restaurant, 1992",
                 "SANCTION: Germany (DEU) -> Iranian diplomats (IRN), expelled, 1997-04-10",
                 "SANCTION: EU states (none) -> Iran (IRN), recalled ambassadors from Tehran, 1997-04-10"],
                "Dateline has no event in this lead paragraph (it coded the expulsion and Iran's reaction only from later sentences)."),
 "h13-x45-05": (["CONSULT: Bulent Ecevit (TUR) -> EU summit / Finland host (EU/FIN), flew to Helsinki, 1999-12-11",
                 "AGREE: Bulent Ecevit (TUR) -> European Union (EU), to accept the offer of candidate status, 1999-12-11",
                 "AGREE: European Union (EU) -> Turkey (TUR), offer of candidate status, 1999-12-10",
                 "CONSULT: two senior EU officials (EU) -> Turkey/Ecevit (TUR), rushed to Ankara overnight, 1999-12-10"],
                "Dateline found Ecevit's visit and his acceptance; it missed the EU's offer (an offer is AGREE) and the EU officials' overnight visit to Ankara."),
 "h13-x47-01": (["ASSAULT: Sri Lankan government troops (LKA) -> Tamil Tiger rebels (LKA), took control of Jaffna town (hoisted the flag), 1995-12-05"],
                "Taking ground is ASSAULT by the conventions; dateline has no event in the paragraph."),
}
FOUND = {"h13-x46-12": 0, "h13-x45-07": 3, "h13-x46-14": 3, "h13-x46-03": 0, "h13-x45-05": 2, "h13-x47-01": 0}
SPURIOUS = {d: 0 for d in FOUND}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-d.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it); out["verdict"] = v; out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in paras:
        ev, notes = PARAS[p["doc"]]
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": FOUND[p["doc"]],
                            "dateline_events": len(p["events"]), "spurious": SPURIOUS[p["doc"]],
                            "notes": notes}, ensure_ascii=False) + "\n")

# checks
outs = [json.loads(l) for l in open("events-d.jsonl")]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in FIELDS)
    if not v["event"]:
        assert not any(v.values())
pv = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(pv) == 6
print("per-field right (of 50):", {k: sum(o["verdict"][k] for o in outs) for k in FIELDS + ["all"]})
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
