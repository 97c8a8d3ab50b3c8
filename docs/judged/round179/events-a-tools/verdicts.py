"""Judge a's verdicts for round 179: writes events-a.jsonl and paragraphs-a-verdicts.jsonl.
Fields that are wrong are listed per item; 'spurious' marks an item with no event.
usage (from the round179 folder): python3 events-a-tools/verdicts.py"""
import json

# n -> (wrong fields, reasons); "event" in wrong fields means spurious
V = {
 1: (["target"], "SUPPORT by African governments (no single country, empty code right) for the Lockerbie compromise, asserted, ongoing so the document date holds; the target should be empty: the Arab League also backed the compromise, it is not the party the backing is aimed at."),
 2: ([], "Signing of a 30-day ceasefire by the Sierra Leone government (SLE) and the RUF (SLE) on Friday 2000-11-10, a mutual act; CAMEO 0871 maps to RETREAT ceasefire. The agreement to let peacekeepers deploy is a separate act (e2), so no duplicate."),
 3: (["target"], "AID (food and water given to the asylum seekers) with no giver named in the sentence, so an empty source is right; target should be the East Timorese youths ('They', TLS), not the Dutch foreign ministry spokesman who reports it."),
 4: ([], "Police (MYS) fired tear gas at crowds protesting in Perak (MYS) on Friday 2009-02-06: ASSAULT crowd-control, all right."),
 5: (["source"], "Occupation of the U.S. embassy (USA) as a protest, PROTEST obstruct, November 1994, asserted; the 29 students are East Timorese (the previous sentence calls these embassy protests by East Timorese), so the source code should be East Timor (TLS), not IDN, the state they protest against."),
 6: ([], "Relatives of the victims (CHL) welcomed the judge's ruling: SUPPORT on Monday 2004-12-13 (the dateline day); 'the decision' names no party, so an empty target is right by the rules (a coder might prefer Judge Guzman)."),
 7: ([], "Pakistan's military government (PAK) condemned the rocket attack, whose authors are unknown (empty target right); undated act reported as this news, so the document date is right."),
 8: ([], "Deal struck between Merkel (DEU) and Sarkozy (FRA) on Monday evening 2010-10-18: mutual AGREE, asserted, all right."),
 9: ([], "Moscow (RUS) continues to oppose NATO's eastward expansion: REJECT (ACCUSE disapprove would also fit) Russia -> NATO, reported by aides of Putin's statement of Wednesday 2000-02-16; all right."),
 10: ([], "Khamenei (IRN) endorsed Khatami's (IRN) mandate on Sunday 1997-08-03: SUPPORT, all right."),
 11: ([], "Iraq's 1990 invasion of Kuwait: ASSAULT IRQ -> KWT dated 1990 as the text gives it; a background act correctly dated."),
 12: ([], "Police commandos (MYS) arrested Anwar Ibrahim (MYS) on Wednesday 2008-07-16: COERCE arrest, all right."),
 13: (["date"], "Arrest of Nasheed (MDV) restated by the government spokesman; passive with no agent so an empty source is right; the date should be 2005-08-12, the Friday evening the text gives for the arrest, not unknown."),
 14: ([], "Manila (PHL) has backed a rival candidate (PHL) in the Nov. 26 election: SUPPORT, an ongoing act so the document date is right (not the election date)."),
 15: ([], "Palestinian factions (PSE) called for the swift return of the displaced: REQUEST with no addressee named (empty target right), document date for this news; not a duplicate of the 'welcomed' event."),
 16: ([], "The Bangladesh government (BGD) ordered an inquiry into the arms haul: ACCUSE investigate, no party targeted, document date; all right."),
 17: (["source"], "Summoning the Russian ambassador (RUS) in protest: ACCUSE is a fair type; the source is the South Korean foreign ministry, whose code should be KOR, not empty."),
 18: (["event"], "Spurious: Merkel's remark that Europe's security 'could not be guaranteed without Russia' is a general statement, not an act of agreeing or guaranteeing by 'Europe'; no AGREE event is in the clause."),
 19: ([], "Sudan hoped Washington would press the SPLA to negotiate: the pressing is a hoped-for act, REQUEST USA -> SPLA (SDN) with hypothetical modality and no date; all right."),
 20: ([], "Gonzalez (ESP) called on Spaniards (ESP) to answer the violence by voting: REQUEST in his statement of Wednesday 1996-02-14 (document date); all right."),
 21: ([], "Britain (GBR) welcomed the Iraqi climbdown: SUPPORT; 'the climbdown' names no party, so an empty target is right by the rules; undated statement reported as this news, document date right."),
 22: (["event"], "Spurious: 'U.S. support for Israel' is a standing policy named as the topic of Abdullah's 2002 warning, not an act at a time; the event in the sentence is Abdullah's (SAU) warning to Bush (USA), ACCUSE, 2002-04."),
 23: (["target"], "Turkish troops (TUR) invaded the north in 1974: ASSAULT dated 1974, right; the target should be Cyprus (CYP), named in the sentence ('the north' of Cyprus), not empty."),
 24: ([], "Several people (BGD) detained at the jetty on Thursday night 2004-04-01; passive with no agent in the sentence, so an empty source is right; all right."),
 25: ([], "The Arab League also supported the compromise: SUPPORT with no party as target (empty right); a separate act from the African governments' backing, so not a duplicate; ARL accepted as the IGO's code."),
 26: (["source"], "Refusal to recognise the run-off result, coded as a negated SUPPORT (accepted by the rules' 'or a RETREAT negated' reading; REJECT asserted would also do); the source should be Soglo's supporters (BEN), not the state of Benin."),
 27: (["target"], "A U.S. official (USA) accused European opponents of biotechnology: ACCUSE, document date; the target's code should be empty or Europe (EUR), not USA: they are European."),
 28: ([], "Solana (EU) urged ethnic Albanian politicians in Macedonia (MKD) to distance themselves from the gunmen: REQUEST on the dateline day 2001-03-04; all right."),
 29: ([], "The United States (USA) urged Malaysian authorities (MYS) to ensure due process: REQUEST, document date; Australia, the second source, is missing but the US is a right source."),
 30: (["source"], "Salva Kiir urged Bashir (SDN) to pull back troops: REQUEST, right type, target and date; the source is one person split into two actors with clashing codes, and Kiir's code should be SDN (Sudan's first vice president in 2008; South Sudan was no state until 2011), not SSD."),
 31: (["source"], "Albanian party leaders condemned the killings: ACCUSE on the dateline day, empty target right (the gunmen are not named in the sentence); the source should be the ethnic Albanian party leaders in Skopje (MKD), not 'Leaders' without a code plus the state of Albania (ALB)."),
 32: ([], "The Cambodian government (KHM) blamed opposition leaders (KHM) for the grenade: ACCUSE; the text gives no date for the blaming, so the document date stands by the rules (it may have been on 7 or 8 Sept)."),
 33: ([], "More than 3,000 people (CHL) killed or disappeared under military rule: a total over 1973-1990, so no date is right; no killer named in the sentence, empty source right."),
 34: ([], "Thousands of demonstrators (ISR) massed in Jerusalem against the Oslo II vote on Thursday evening 1995-10-05: PROTEST demo with the Israeli state as a right target (no other aim named); all right."),
 35: ([], "Russian lawmakers (RUS) criticised Robertson's visit: ACCUSE; 'the visit' names no party, so an empty target is right by the rules; document date 2000-02-16 right."),
 36: ([], "The State Department (USA) urged Russia (RUS) to let observers work freely: REQUEST, document date 2007-11-16; all right."),
 37: ([], "U.S. troops (USA) detained several armed men (country not given) last week: COERCE arrest, 2001-W08 is the week before the dateline's Sunday 4 March; all right."),
 38: (["target", "date"], "Signing of the customs protocol by Turkey's ambassador (TUR): SUPPORT; the target should be the EU, named in the sentence and the other party to the protocol; the date should be 2005-07-29, the Friday the lead gives for the signing, not unknown."),
 39: (["event"], "Spurious: East Timor's 1999 independence vote is a referendum result, not a PLOVER act, and SUPPORT toward Indonesia inverts its meaning (it was a vote to leave Indonesia)."),
 40: ([], "Kuwait's government (KWT) resigned on Tuesday 2008-11-25: RETREAT resign, all right."),
 41: ([], "A policeman (SYR) killed in the Damascus clash on Tuesday 2004-04-27; the killers are not named in the sentence, so an empty source is right; all right."),
 42: ([], "The Group of 184 (HTI; the record shortens the name to 'Group') called a general strike for next week: PROTEST strike, future, 2003-W50 is the week after 6 Dec 2003; empty target right as no aim is named."),
 43: (["type"], "Myanmar's government (MMR) says it already issued orders banning forced labour: this is acceding to the ILO's demand, CONCEDE (or RETREAT), not a REQUEST; target ILO acceptable, undated earlier act with no date right."),
 44: ([], "Washington (USA) accuses Damascus (SYR) of letting fighters into Iraq: ACCUSE, an ongoing accusation at the document date 2004-04-28; all right."),
 45: (["target"], "Rioters (TLS) burned the prime minister's house and shops in Dili on Wednesday 2002-12-04: PROTEST riot; the target should be Prime Minister Mari Alkatiri / the East Timor government (TLS), whose house the sentence says they burned, not empty."),
}

PARAS = {
 "h66-x259-16": ([], 0, "Election result only (a win, a defeat, a vote count): no PLOVER act; dateline coded nothing, correctly."),
 "h66-x259-01": ([
    "COERCE: Zimbabwean police (ZWE) -> Ndabaningi Sithole (ZWE), detained, 1995-10-28",
    "ACCUSE: Zimbabwean police (ZWE) -> Ndabaningi Sithole (ZWE), will be charged with conspiring to assassinate Mugabe (future), 1995-10-28",
  ], 1, "Dateline found the detention (right in all fields); it missed the announced charge (ACCUSE allege, future)."),
 "h66-x258-07": ([
    "CONCEDE: Israel's cabinet (ISR) -> Lebanon (LBN), voted to withdraw troops from south Lebanon by July (promise of future withdrawal), 2000-03-05",
    "AGREE: Israel's cabinet (ISR) -> Syria (SYR) and Lebanon (LBN), hoped to withdraw under an agreement with them (willingness to agree), 2000-03-05",
  ], 0, "Dateline coded nothing here: the cabinet's withdrawal decision (a promised pullout, CONCEDE) and the stated hope of an agreement with Syria and Lebanon were both missed."),
 "h66-x260-20": ([
    "ACCUSE: China (CHN) -> Junichiro Koizumi (JPN), protests over the Yasukuni visit, 2005-10-17",
    "ACCUSE: South Korea (KOR) -> Junichiro Koizumi (JPN), protests over the Yasukuni visit, 2005-10-17",
  ], 0, "The shrine visit itself hosts no party and is not coded; the diplomatic protests of China and South Korea (ACCUSE disapprove, not crowd PROTEST) were missed."),
 "h66-x258-22": ([
    "RETREAT: Kuwait's government (KWT) resigned, 2008-11-25",
  ], 1, "Dateline found the resignation (item 40, right in all fields); the avoided grilling is not an act."),
 "h66-x259-06": ([
    "ACCUSE: the opposition (LSO) -> Lesotho Congress for Democracy (LSO), denounced the landslide as fraud, 1998-05-27",
  ], 0, "The win is an election result (not coded); the opposition's fraud denunciation (ACCUSE) was missed."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]

def main():
    items = [json.loads(l) for l in open("events-a-items.jsonl")]
    assert len(items) == 45 and sorted(V) == [i["n"] for i in items]
    with open("events-a.jsonl", "w") as out:
        for it in items:
            wrong, reason = V[it["n"]]
            assert set(wrong) <= set(FIELDS)
            if "event" in wrong:
                ver = {f: False for f in FIELDS}
            else:
                ver = {f: f not in wrong for f in FIELDS}
            ver["all"] = all(ver[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = ver
            rec["reasons"] = reason
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
    with open("paragraphs-a-verdicts.jsonl", "w") as out:
        for p in paras:
            coded, found, notes = PARAS[p["doc"]]
            out.write(json.dumps({"doc": p["doc"], "coder_events": coded, "found": found,
                                  "dateline_events": len(p["events"]), "spurious": 0,
                                  "notes": notes}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
