"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below, then check them.

usage (from docs/judged/round139): python3 events-b-tools/write_verdicts.py
Fields: E event, T type, S source, G target, D date, M modality. Unlisted fields are true.
"""
import json

FIELDS = {"E": "event", "T": "type", "S": "source", "G": "target", "D": "date", "M": "modality"}

# n -> (fields that are wrong, reasons)
V = {
 1: ("S", "Exchange of fire between armed Muslims and Copts is ASSAULT, and an empty target is acceptable for a fight among both communities named as one group; but the source's country should be Egypt (EGY): the armed men are villagers of al-Kosheh in Sohag province, Egypt, which the text makes plain. Date 1999-W52-WE is the weekend of 1-2 Jan 2000, right."),
 2: ("D", "ACCUSE Pompeo (USA) -> Cuba (CUB) is right, but the accusation is part of this news (Monday's announcement), so the date should be 2021-01-11 (the Monday) or the document date 2021-01-12, not empty."),
 3: ("", "Piedone saying he was considering stepping down is a hypothetical RETREAT resign by the Sector 4 mayor (ROU), no target; a resignation only considered has no date of its own, so the empty date is accepted."),
 4: ("", "REQUEST by the U.S. State Department (USA) for the bishop's release; the addressee (Nicaragua's government) is not named in the sentence, so the empty target is right. Date 2023-02-10 is the story's dateline day (Feb 10), the day of the reaction; accepted. Not a duplicate of the sibling ACCUSE (condemned)."),
 5: ("G", "SUPPORT by Washington (USA, via Pence) is right, but what it supports is the Caucasus country's bid, so the target should be Georgia (GEO), not NATO."),
 6: ("S", "The urging is Pakistan's (PAK government), not the TTP's: source should be Pakistan (PAK). Target Kabul = Afghanistan's Taliban government (AFG) is right. 'Has urged' is Pakistan's standing, continuing demand, so the document date is accepted (borderline)."),
 7: ("", "ACCUSE Pentagon (USA) -> China (CHN) on Monday 2009-03-09: all right."),
 8: ("D", "ACCUSE Zelenskiy (UKR) -> Russia (RUS, 'Russian crime') is right, but the statement is this news and the date should be the document date 2023-10-06 (as dateline gave the REQUEST in the same sentence), not empty."),
 9: ("S", "'They' refers to the police of the previous sentence, so the source should be the Zambian police (ZMB), not the witnesses. Target 'the people on the platform' (opposition leaders, ZMB) is right; date Saturday 1997-08-23 right; attribution keeps it asserted."),
 10: ("", "REQUEST State Department (USA) -> both sides, Israel (ISR) and the Palestinians (PSE), document date: all right; not a duplicate of the sibling ACCUSE."),
 11: ("", "Protesters setting fire to cars, shops and government buildings is PROTEST riot by protesters in Turkey (TUR); the protest is aimed at Ankara's refusal to intervene, so the Turkish state is a right target; document date (reported Wednesday) right."),
 12: ("", "ACCUSE Chavez (VEN) -> Washington (USA), undated speech reported as this news takes the document date: all right."),
 13: ("", "Restoring diplomatic relations is SUPPORT (diplomatic cooperation); mutual event between Obama (USA) and Raul Castro (CUB); date 2015 as the text gives: all right."),
 14: ("", "SUPPORT (signing a formal agreement) Montenegro (MNE) -> EU, 'last October' = 2007-10: all right."),
 15: ("G", "Offering condolences for Japan's attack is a conciliatory statement to the US, coded SUPPORT (CAMEO 018 itself has no PLOVER category; a coder could also skip it); the party it is addressed to is the United States (those killed at Pearl Harbor, standing with Obama), so the target should be USA, not empty. Date Tuesday 2016-12-27 right."),
 16: ("", "REQUEST (appeal for calm) by Bangladesh's interim government (BGD), no addressee named; dated to the Tuesday of the bail hearing and clashes (2024-11-26), which the text gives: all right."),
 17: ("", "ASSAULT that killed Tamilselvan (LKA) as the LTTE reported it; the sentence names no attacker so the empty source is right; Friday 2007-11-02 right. Not a duplicate by the rule: the lead's killing is in another sentence."),
 18: ("", "Recalling its ambassador is SANCTION Lithuania (LTU) -> Austria (AUT) on Monday 2011-07-18: all right."),
 19: ("G", "'They' are the 20 convicted doctors and nurses: the target should be the medics (BHR), not the Bahraini security court, which is the convicting party (unnamed in this sentence, so the empty source is right). Date Thursday 2011-09-29 right."),
 20: ("G", "REQUEST New Zealand (NZL) -> Moscow (RUS) and Grozny: Moscow is right, but Grozny, the Chechen government, is coded as an uncoded 'person'; its country should be RUS (the story is datelined 'GROZNY, Russia')."),
 21: ("T", "Uribe's forces pushing the FARC out of areas near the capital is military force taking ground, so the type should be ASSAULT, not COERCE deport. Source Uribe (COL), target FARC (COL) right; a span since 2002 has no date, so the empty date is right."),
 22: ("D", "ACCUSE military officials (MLI) -> Diarra (MLI) is right, but the text gives no date for the accusation, so it takes the document date 2012-12-11, not Monday 2012-12-10 (the day of the detention)."),
 23: ("", "Ordering an investigation is ACCUSE investigate by Chiluba (ZMB), no named target; reported by a government spokesman on the dateline day 1997-08-23: all right."),
 24: ("G", "The party's demand for an independent inquiry names no addressee (implicitly the Yemeni authorities), so the target should be empty; 'its members' are the addressees of the separate call to stay calm."),
 25: ("", "COERCE arrest of Geagea (LBN) in 1994, agent unnamed: all right."),
 26: ("", "CONSULT Haftar (LBY) meets 'the head of the U.N.-backed government', Fayez al-Serraj (LBY), on Tuesday 2018-11-13: all right."),
 27: ("", "AGREE among the G8 leaders that Russia will host in 2006, a reciprocal decision of the members (Russia among them), so no target is right; Thursday 2002-06-27 right."),
 28: ("G", "ASSAULT execute by Indonesia (IDN) on Sunday 2008-11-09 is right, but the executed militants are Indonesians (Bali bombers, flown to their home villages in Java), so the target's country should be IDN, not empty."),
 29: ("", "REQUEST Washington (USA) -> Ankara (TUR); 'has pressed' is a continuing pressure, so the document date is accepted: all right."),
 30: ("G", "AGREE on power-sharing is between the Congolese government and the MLC; dateline's second party is the DRC itself, so the MLC (COD rebel group) is missing: the target (or co-source) should be the MLC (COD). Friday 2002-04-19 right."),
 31: ("G", "SANCTION (recall of the ambassador) by Canada (CAN) in 2003 is right, but the ambassador was recalled from Iran, referred to in the sentence ('Iranian custody', 'the two countries'): the target should be Iran (IRN)."),
 32: ("G", "AGREE by NATO leaders in 2008 is right, but the commitment is toward Georgia, named in the sentence: the target should be Georgia (GEO), not empty."),
 33: ("", "PROTEST demo by tens of thousands in Bucharest (ROU) at government headquarters, so the Romanian state is a right target; Tuesday night 2015-11-03: all right."),
 34: ("", "REQUEST India's MEA (IND) -> Bangladeshi authorities (BGD); the statement is the Tuesday (2024-11-26) one of the lead: all right."),
 35: ("D", "SUPPORT US officials (USA) -> Pakistan (PAK) is right, but 'in February' dates Pakistan's help, not the praise; the praise is this news and takes the document date 1995-04-12."),
 36: ("GD", "ASSAULT by Islamist gunmen (no country given) is right, but the 23 dead were 'from several countries', so the target's country should be empty, not BFA; and the killing began Friday evening in the overnight attack, so the date should be 2016-01-15, not Saturday 2016-01-16."),
 37: ("S", "ACCUSE by legislators in Kenya's parliament: the source's country should be Kenya (KEN), not UGA. Target Kibaki's government (KEN) right; accusations during the months-long row have no date, so empty is accepted."),
 38: ("ETSGDM", "Spurious: the 'open clash' between President Marzouki and the Islamist-led government is a political dispute, not armed force (the trigger in another sense); the codable act would be Marzouki's disapproval (ACCUSE), not an ASSAULT."),
 39: ("", "ASSAULT on a Nigerien military post (NER army) by an unnamed attacker 'last week' = 2020-W02: all right."),
 40: ("", "SANCTION withdraw: France (FRA) suspended its participation in a NATO mission in July 2020: all right."),
 41: ("", "ACCUSE Hollande (FRA) condemning the attack; al Qaeda (its North African wing, which claimed it) is clearly the party acted upon; document date right: all right."),
 42: ("SG", "CONSULT among trade ministers at APEC: the ministers are those of the eleven TPP countries (no single code), not the United States (which is out of the pact), so the source is wrong; Vietnam is only the venue, so the target should be empty (a multilateral meeting)."),
 43: ("", "ACCUSE by Netanyahu (ISR) calling the attack terrorism; the perpetrators are unidentified and not named in the sentence, so the empty target is right; document date right."),
 44: ("", "ASSAULT on several other journalists (AZE) by unnamed attackers 'in recent months': a span with no date, so the empty date is right (reported_by names Huseynov instead of his colleagues, not scored)."),
 45: ("", "SUPPORT (thanking) Russia's Foreign Ministry (RUS) -> Saudi authorities (SAU), Friday 2001-03-16: all right."),
 46: ("G", "REQUEST by German politicians (DEU) is right, but it names no addressee (tighter checks on extremists are asked of the government): the target should be empty, not the German army, which is only where extremists are to be checked."),
 47: ("", "ACCUSE critics (no country given) -> Skate (PNG), undated, document date: all right."),
 48: ("TSG", "Germany 'expected the Turkish authorities to investigate': the act a coder codes is Germany's demand, REQUEST by the German government (DEU) -> the Turkish authorities (TUR), asserted, document date; dateline coded the expected investigation itself as an asserted ACCUSE by Turkey with no target."),
 49: ("D", "A refusal to apologise is SUPPORT negated by Abe (JPN); no target named is acceptable; but the speech on the pier was during Tuesday's visit, so the date should be 2016-12-27, not the document date 2016-12-28."),
 50: ("ETSGDM", "Spurious: 'it frees up resources' (debt relief freeing budget money) is not a release of captives or any act between political actors."),
}

PARAS = {
 "h47-x184-23": (["SANCTION: Nicaraguan court (NIC) -> Rolando Alvarez (NIC), sentenced to more than 26 years, 2023-02-10",
                  "COERCE: Nicaraguan court (NIC) -> Rolando Alvarez (NIC), stripped of citizenship, 2023-02-10",
                  "REJECT: Rolando Alvarez (NIC) -> Nicaraguan government (NIC), refused to board the plane into exile, 2023-02-09",
                  "RETREAT: Nicaraguan government (NIC, implied) -> 222 political prisoners (NIC), freed, 2023-02-09",
                  "COERCE: Nicaraguan government (NIC, implied) -> 222 political prisoners (NIC), sent into exile in the United States, 2023-02-09"],
                 1, 1, 0, "Dateline found the sentencing (right in all fields); it missed the stripping of citizenship, the bishop's refusal, and the release and exile of the 222 prisoners (the last two are in a noun phrase and dated the day before)."),
 "h47-x182-05": (["ASSAULT: gunman (none) -> Jarallah Omar (YEM, Yemeni Socialist Party), shot dead, 2002-12-28",
                  "CONSULT: Jarallah Omar (YEM) -> Islah party (YEM), addressed its congress, 2002-12-28"],
                 1, 1, 0, "Dateline found the shooting (right). The address to the Islah congress is a visit a coder would likely code (the story says he was invited as a symbol of a new alliance); it was missed."),
 "h47-x184-18": (["AGREE: eleven Pacific Rim countries (none; mutual), move ahead with the trade pact without the US, 2017-11-11"],
                 1, 1, 0, "Dateline found the AGREE with the right type, but its target United States is wrong (the pact goes ahead without the US). Trump's speech is a general statement with no PLOVER act."),
 "h47-x183-11": (["ASSAULT: Sri Lankan air force (LKA) -> S.P. Tamilselvan (LTTE, LKA), killed in an air raid, 2007-11-02"],
                 0, 0, 0, "Dateline coded no event in the lead paragraph; the killing is coded only from the LTTE's account in paragraph 2 (item 17)."),
 "h47-x184-15": (["CONSULT: North Korean officials (PRK) -> South Korea (KOR), unannounced visit, 2014-10-04",
                  "AGREE: North Korean officials (PRK) <-> South Korea (KOR), resume high-level talks, 2014-10-04"],
                 0, 0, 0, "Dateline coded no event in this paragraph: both the visit and the agreement to resume talks were missed."),
 "h47-x183-16": (["ASSAULT: United States (USA, military) -> MSF trauma hospital, 22 people killed (MSF staff and patients, AFG), U.S. air strike, 2015-10-03",
                  "REQUEST: Medecins Sans Frontieres (none) -> (unnamed), demanded an independent investigation, 2015-10-04"],
                 1, 1, 0, "Dateline found the killing as ASSAULT (right type), but with an empty source although the sentence names 'a U.S. air strike' (should be USA) and dated to Sunday (the strike was Saturday 2015-10-03, per paragraph 2). MSF's demand for an investigation was missed."),
}


def main():
    items = [json.loads(l) for l in open("events-b-items.jsonl")]
    assert len(items) == 50 and set(V) == set(range(1, 51))
    out = []
    for it in items:
        wrong, reason = V[it["n"]]
        v = {FIELDS[k]: k not in wrong for k in "ETSGDM"}
        if not v["event"]:
            v = {f: False for f in v}
        v["all"] = all(v.values())
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.append(rec)
    with open("events-b.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
    with open("paragraphs-b-verdicts.jsonl", "w") as f:
        for p in paras:
            ev, found, n_dl, spur, notes = PARAS[p["doc"]]
            assert n_dl == len(p["events"]), p["doc"]
            f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
                                "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
    # checks
    back = [json.loads(l) for l in open("events-b.jsonl")]
    assert len(back) == 50
    for a, b in zip(items, back):
        assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
        assert {k: b[k] for k in a} == a
        v = b["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS.values())
        if not v["event"]:
            assert not any(v.values())
    pv = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
    assert len(pv) == 6
    counts = {f: sum(r["verdict"][f] for r in back) for f in list(FIELDS.values()) + ["all"]}
    print("per-field right of 50:", counts)
    print("paragraphs: coded acts", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline events", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
    by = {}
    for r in back:
        for f in FIELDS.values():
            if not r["verdict"][f]:
                by.setdefault(f, []).append(r["n"])
    print("wrong items by field:", by)


main()
