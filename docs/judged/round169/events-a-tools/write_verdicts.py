"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's hand verdicts, check them,
and print the per-field counts.

usage: write_verdicts.py   (run from docs/judged/round169)
Field order in V: event, type, source, target, date, modality (1 = right, 0 = wrong).
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
S = None  # spurious: false everywhere

V = {
 1: ("110111", "Source should be the militants (Kashmiri militants, IND) whom the sentence names in \"militant violence\"; an empty source is not the perpetrator the text gives. Target, type and the missing date (a campaign-long total of killings) are right."),
 2: ("110011", "The one who sought asylum in Seoul in February is Hwang Jang-yop (PRK), not Chang Sung-gil; target should be South Korea (KOR), the state asked for asylum (\"in Seoul\"). Type REQUEST and date 1997-02 are right."),
 3: ("101011", "\"Ordered the army in\" is a deployment: type should be MOBILIZE (troops), Obasanjo (NGA) deploying the army into Jos, and the army is the force moved, not a target (target should be empty). Date 2001-09-08 (Saturday) is right."),
 4: ("111111", "Negated CONSULT (\"has not met Arafat\") with the right parties; the state holds up to the story, so the document date is right. reported_by Netanyahu is off (he did not say it), but that field is not scored."),
 5: ("111111", "Berisha's opposition coalition accused the government of fraud on the day of the partial results (2001-06-26); Berisha for his coalition is accepted, as he makes the same charge himself in paragraph 3."),
 6: ("110011", "The charity is Gaddafi's foundation, so the source's code should be LBY, not FRA; target should be the families of the UTA victims (no single country code), not France and Niger (Niger is only where the plane came down). Type AGREE and date 2004-01-09 are right."),
 7: ("111111", "Morales nationalising Bolivia's gas industry last year (2006) is a COERCE seize by the Bolivian government; parties and year are right."),
 8: (S, "Spurious: \"Attacks on politicians are rare\" is a general statement, not a reported act."),
 9: ("111111", "Rebels (SDN) overran an AU base: taking ground is ASSAULT by the conventions; AU target right; \"weeks after\" gives no date, so no date is right."),
 10: ("111111", "Netanyahu's assurance to Washington of no construction is a promise (AGREE; CONCEDE would also be defensible); parties right; \"had assured\" gives no date, so no date is right, with the attribution to Israeli officials."),
 11: ("111111", "ASEAN foreign ministers urging the Myanmar junta to free Suu Kyi on Tuesday 2003-06-17: REQUEST, parties, date all right (no single country for the ministers)."),
 12: ("111001", "The people killed are \"at least 11 people, most of them Morales supporters\" (BOL), not the opposition leaders of another sentence; date should be 2008-09, the September of the violence, not the document date."),
 13: ("111100", "CONCEDE (pledge to give up WMD) by Libya is right, but the pledge was made: modality should be asserted, and the date should be about 2003-12-19 (\"three weeks\" before the 9 January deal), not unknown."),
 14: ("111111", "Larijani's resignation as reported by the spokesman on Saturday 2007-10-20: RETREAT resign, right date and modality."),
 15: ("101011", "A letter of resignation is a resignation: type should be RETREAT (resign), and the Congress is Ecuador's (ECU), not the US Congress (for a resignation the target can be empty). Date 1995-10-11, before his flight, is right."),
 16: ("111111", "EU officials pressing Ankara to expand Kurdish rights is a REQUEST EU -> Turkey; an ongoing act dated to the story's day (the dateline's March 30) is accepted."),
 17: ("111101", "Betchine's resignation is right in type and parties, but the presidency's statement was carried on Monday: date should be 1998-10-19, not the document date 1998-10-20, which falls after the report."),
 18: ("111111", "The Commission welcomed the vote: SUPPORT, document date right. By the rules the sentence names no party (\"the peaceful vote\" is an event), so the empty target is right; I would code Montenegro (MNE) as target."),
 19: ("111111", "Iranian officials blamed the United States (and its allies) for the attack: ACCUSE with the right parties, document date of the report right."),
 20: ("111111", "The market bomb killed at least 50 people in Vladikavkaz (RUS) on Friday evening 1999-03-19; no perpetrator named, so the empty source is right."),
 21: ("111101", "The officials' blame of criminal gangs for bombings \"in recent years\" is a span of earlier acts: it should have no date, not the dateline day 1999-03-19."),
 22: ("111011", "Tripoli agreeing (2003) to pay compensation is AGREE by Libya, but the sentence names the receivers: target should be the relatives of the 270 Lockerbie victims (no single country code)."),
 23: ("111011", "Turkish jets bombed \"suspected Kurdish rebel positions\": target should be the Kurdish rebels (PKK), not Iraq, which is only where they were. Source, type and date 2007-12-16 are right."),
 24: (S, "Spurious: \"U.N. sanctions against Libya\" names the standing sanctions (imposed in 1992) as the object of France's threat (coded as e6); no sanctioning act took place in August 2003."),
 25: ("111111", "Israel launching its Gaza offensive in December 2008: ASSAULT, Israel -> Palestinians (PSE) in Gaza, month right."),
 26: ("111111", "Twin suicide car bombs killed at least 132 people in Baghdad on Sunday 2009-10-25: bombers unnamed, so empty source right; target, date right."),
 27: ("111101", "Mitchell urging both parties (Israel, Palestinians) is right, but the statement was issued on Sunday: date should be 2010-05-09, not the document date 2010-05-10."),
 28: ("111011", "The gunmen (SAU by place) stormed the firm's offices on Saturday 2004-05-01; the target is a Western engineering firm (ABB, Swiss-Swedish), so its code should be empty, not SAU."),
 29: ("111111", "EU leaders agreed on Monday 2008-09-01 to consider sending monitors to Georgia: AGREE with Georgia as receiver is right; leaders of the 27 with no single country code are right."),
 30: ("111101", "Morales expelling the U.S. ambassador is right in type and parties, but it followed the September unrest: date should be 2008-09, not the document date 2009-01-26."),
 31: ("111111", "Abbas calling on Saturday 2006-12-16 for early elections: REQUEST with no named addressee; source, date right."),
 32: ("111101", "UDPS urging supporters to boycott is right, but it was before the 18 December referendum: a background act that should be undated (before 2005-12-18), not the document date."),
 33: ("111101", "ICC warrants for LRA leaders (COERCE, CAMEO 173) right in parties, but \"has issued\" is an earlier act with no date in the text: it should be undated, not the document date 2006-03-18."),
 34: ("111111", "The EU would convene a conference with Croatia in early 2005: future CONSULT, year right."),
 35: ("111111", "Powell flew on to Beirut later that Saturday (2003-05-03) for talks with Lahoud and Hariri: CONSULT visit, Lebanese government target right."),
 36: ("111001", "The president accepted Larijani's resignation: the target should be Larijani (IRN), not the United States; date should be 2007-10-20, the Saturday the spokesman reported it, not the document date."),
 37: ("111111", "Ukraine will seek NATO membership: a future REQUEST Ukraine -> NATO with no date of its own; accepted (a coder might also date the council's decision, Thursday 2002-05-23)."),
 38: ("111111", "The ICC judges issued a sealed warrant for Lubanga last month (2006-02): COERCE (warrant, CAMEO 173) with right parties, date and modality."),
 39: ("111110", "The Taliban are \"recognised by no OIC member\": the recognition is negated, so modality should be negated, not asserted; parties and type SUPPORT are right."),
 40: ("111111", "Solorzano's warrant accused Dahik of embezzlement on Wednesday 1995-10-11: ACCUSE allege with right parties; I take the charge and the warrant (e1) as two codable acts, not a duplicate."),
 41: ("111011", "The Kaduna riots (2000) were over the introduction of Islamic law, an act of the authorities: by the crowd-protest rule the target should be the state (NGA, the northern state governments), not empty."),
 42: (S, "Spurious: a promise to tackle crime, corruption and poverty is a general policy pledge with no counterpart, not an act of the PLOVER types between political actors."),
 43: ("110111", "The attack was claimed by Jundallah: source should be Jundallah (Sunni rebels, IRN), not the Revolutionary Guards, who were among its victims. Type, date 2010-07-15 and empty target (the sentence names none) are right."),
 44: (S, "Spurious: the \"young Egyptian man who was killed in the blast\" is the suspected bomber dying by his own device; no one killed him, and Egypt is no target."),
 45: ("111101", "Police and troops deployed around the Cebu venue: MOBILIZE right, but the text gives no date for the deployment (it followed Wednesday's bombings); it should be undated, not 2007-01-10, the day of the bombings."),
 46: ("111111", "Obama hosting Singh's state visit on Tuesday 2009-11-24: CONSULT visit; host as source is accepted as a mutual meeting."),
 47: ("111101", "Larijani was due to meet Solana again in Rome \"on Tuesday\", the coming Tuesday: date should be 2007-10-23, not the past Tuesday 2007-10-16."),
 48: ("111111", "Putin visited Tehran this week (2007-W42, the visit was on the 16th): CONSULT visit with the right parties and date."),
 49: ("101011", "Ordering a halt to military operations in Chechnya is a ceasefire declaration: type should be CONCEDE (or RETREAT ceasefire), with the target the Chechen rebels/Chechnya (RUS), not Yeltsin's own forces. Date 1996-03-31 is right."),
 50: ("111111", "The kidnapping is the act inside North Korea's accusation: ASSAULT abduct US -> the PRK ambassador, reported; no own date, so the document date of the report is accepted."),
}

PARAS = {
 "h62-x243-01": (["SANCTION (convict): South Africa's Constitutional Court (ZAF) -> South African state / its death-penalty law (ZAF), struck down the death penalty as unconstitutional, 1995-06-06"], 0, 0, 0,
                 "The court ruling is PLOVER SANCTION convict ('find ... unconstitutional'); a coder might instead code a CONCEDE. Dateline coded nothing here."),
 "h62-x241-19": (["SANCTION (convict): Minsk court (BLR) -> Alexander Kozulin (BLR), sentenced to 5.5 years, 2006-07-13",
                  "ACCUSE (disapprove): United States (USA) -> Belarus court/authorities (BLR), condemned the sentence, 2006-07-13",
                  "ACCUSE (disapprove): European Union (EU) -> Belarus court/authorities (BLR), condemned the sentence, 2006-07-13"], 1, 1, 0,
                 "Dateline found the sentencing (right in all fields) but not the US and EU condemnations named in the same sentence."),
 "h62-x241-07": (["SANCTION (expel): Boris Yeltsin (RUS) -> Prime Minister Sergei Kiriyenko and his government (RUS), dismissed, 1998-08-23",
                  "SANCTION (discontinue): Russian cabinet (RUS) -> Russia's (foreign) creditors, froze payments on part of Russia's debt, 1998-08-17"], 0, 0, 0,
                 "The dismissal is the act every coder would take (SANCTION expel; some would use COERCE); the debt moratorium is a background act a coder may code. Naming Chernomyrdin and devaluing the rouble are no PLOVER acts. Dateline coded nothing."),
 "h62-x244-19": (["ACCUSE (disapprove): Mexico's government (MEX) -> Bush / the United States (USA), condemned the fence law as offensive and ineffective, 2006-10-27"], 1, 1, 0,
                 "Bush signing a domestic law is not coded as an act toward Mexico (a coder might stretch it to COERCE restrict). Dateline's ACCUSE is right."),
 "h62-x241-25": ([], 0, 0, 0, "An election result: no PLOVER act."),
 "h62-x243-14": (["CONCEDE: Mufti Mohammad Sayeed (IND) -> political prisoners (IND), pledged to release them, 2002-11-02",
                  "AGREE: Mufti Mohammad Sayeed (IND) -> Kashmiri separatists (IND), pledged to open talks, 2002-11-02"], 0, 0, 0,
                 "The swearing-in is no PLOVER act; both pledges are. Dateline coded nothing in this paragraph (it codes the later 'expected to free detainees' sentence)."),
}

def main():
    items = [json.loads(l) for l in open("events-a-items.jsonl")]
    assert len(items) == 50 and [it["n"] for it in items] == list(range(1, 51))
    out = []
    for it in items:
        code, reason = V[it["n"]]
        if code is None:
            v = {f: False for f in FIELDS}
        else:
            v = {f: c == "1" for f, c in zip(FIELDS, code)}
            assert v["event"]
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.append(rec)
    with open("events-a.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
    with open("paragraphs-a-verdicts.jsonl", "w") as f:
        for p in paras:
            ev, found, n_dl, sp, notes = PARAS[p["doc"]]
            assert n_dl == len(p["events"]), p["doc"]
            f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                                "dateline_events": n_dl, "spurious": sp, "notes": notes},
                               ensure_ascii=False) + "\n")

    # checks
    back = [json.loads(l) for l in open("events-a.jsonl")]
    assert len(back) == 50
    for it, r in zip(items, back):
        assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
        assert {k: r[k] for k in it} == it
        v = r["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS)
        if not v["event"]:
            assert not any(v.values())
    assert sum(1 for _ in open("paragraphs-a-verdicts.jsonl")) == 6
    counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
    print("per field (of 50):", counts)
    pv = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
    for f in FIELDS:
        print(f, "wrong:", [r["n"] for r in back if r["verdict"]["event"] and not r["verdict"][f]])

if __name__ == "__main__":
    main()
