"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's verdicts (round 179)."""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n -> (wrong fields, reasons); "SPURIOUS" marks a non-event.
V = {
 1: ({"date"}, "Envoy's characterisation of the act of the story: Milosevic (SRB) gave up the town halls, CONCEDE accepted (CAMEO2PLOVER maps accede-to-demands 083 to CONCEDE; a coder could also argue RETREAT for a material handover); target empty is right (the opposition is not named in the sentence). Date should be 1997-02-11, the Tuesday the law restoring the town halls passed, not the document date."),
 2: (set(), "Congressional critics (USA) criticising the containment policy: ACCUSE, no party named as target, statement of the time so document date; asserted. Borderline as an event (close to a pessimistic comment), accepted because the speakers are presented as critics of the policy."),
 3: ({"date"}, "ASSAULT on the rebels (PHL) with no killer named in the sentence (empty source right by the rules). Date should be 2001-11-19, the Monday of the assault and the fighting in which they died; the army only reported the toll on Tuesday."),
 4: (set(), "Ismail (SDN) welcoming the council's vote: SUPPORT; 'the vote' is an act, not a party, so an empty target is right; reaction reported as this news, document date; asserted."),
 5: ({"source"}, "REQUEST to Moscow (RUS) is right, but the source is South Korea's foreign ministry and should carry KOR; the empty country code is wrong when the story makes it plain."),
 6: ({"type"}, "Aristide calling the vote 'a step forward for democracy' is praise, not a request: type should be SUPPORT. Source Aristide (HTI), empty target, the dateline date June 26 and asserted are right."),
 7: (set(), "Arafat (PSE) welcomed the election result: SUPPORT; Barak is not named in the sentence, so the empty target is right; document date as this news; asserted."),
 8: (set(), "East Timor's government imposing a curfew on the city: COERCE curfew, source TLS; the country's population is clearly the party acted upon, so the target is accepted; date Wednesday 2002-12-04 per the dateline; asserted."),
 9: (set(), "Icelandic delegation (ISL) to visit Moscow (RUS) next week: CONSULT visit, future, 2008-W42 (week of 13 Oct after a Thursday 9 Oct story) all right."),
 10: ({"source"}, "ASSAULT on two people (GBR) at Canary Wharf, February 1996, asserted: right. Source should be the IRA (GBR), named in the sentence as the party whose ceasefire the truck bomb ended (the lead says it 'ended its last truce with a huge bomb'); empty is wrong."),
 11: (set(), "'a war Washington has refused to join on the ground': REJECT by the U.S. government with no requester named (empty target right), an ongoing refusal so the document date is right; attribution to lawmakers keeps it asserted. Borderline as an event (background relative clause), accepted under the ongoing-act rule."),
 12: (set(), "Medvedev (RUS) will attend the NATO summit next month: CONSULT visit toward NATO, future, 2010-11 right."),
 13: (set(), "Sudan's government ready for dialogue with the United States: AGREE (willingness to meet), USA target, document date, asserted with the minister as reporter: all right."),
 14: ({"date"}, "REQUEST by the United States and Germany to the IMF is right, but 'had pressed' is a background act before Monday's 1998-07-13 agreement with no date in the text: date should be empty/unknown (before 1998-07-13), not the document date."),
 15: (set(), "U.S. trade sanctions on Sudan in 1997: SANCTION (curtailing commercial exchange; CAMEO2PLOVER would say COERCE for CAMEO 163, but PLOVER's SANCTION definition covers it), USA -> SDN, 1997, asserted: right."),
 16: (set(), "Armoured vehicles deployed around ministries: MOBILIZE; no deploying party is named in the sentence, so empty source and target are right; Thursday of the riots = document date; asserted."),
 17: ({"source"}, "COERCE deport of priests (CUB) is right and 1959 is accepted (the text's only anchor, 'after the 1959 revolution, when...'). Source should be the Cuban government (Havana, CUB), named in the sentence and plainly the expelling party; empty is wrong."),
 18: ({"source", "date"}, "'We will not accept this': a refusal of the result, AGREE negated accepted (REJECT asserted equivalent), no party target. Source should be the senior BNP official of Lesotho's Basotho National Party with code LSO, not BGD; date should be 1998-05-27, the document date of this statement, not unknown."),
 19: (set(), "Yemeni opposition parties urged supporters to protest peacefully: REQUEST, YEM -> supporters (YEM), document date, asserted: right."),
 20: (set(), "Haitian students and opposition protests demanding Aristide step down: PROTEST aimed at the authorities, so Aristide (HTI) is a right target; ongoing in recent weeks, document date; asserted."),
 21: (set(), "Festus Mogae (BWA) stepped down in April 2008 ('April last year' in an October 2009 story): RETREAT resign, right."),
 22: (set(), "De Hoop Scheffer (NATO) urged Russia (RUS) to reverse its decision: REQUEST, document date, asserted: right."),
 23: ({"type", "target"}, "Jordan's King Abdullah (JOR) and Mubarak (EGY) gave Cheney the same warning against war on Iraq (the source is accepted though the actor is named 'Crown Prince Abdullah'). They did not consult each other: type should be ACCUSE (disapprove, objecting to a U.S. attack on Iraq) and target Cheney (USA); 2002-W11 and asserted are right."),
 24: (set(), "Tanzanian police killed opposition supporters (TZA) in January 2001: ASSAULT, 2001-01, asserted: right."),
 25: (set(), "Palestinian officials (PSE) welcomed the Knesset vote: SUPPORT, no party named as target, Friday = document date, asserted: right."),
 26: (set(), "'ETA has been blamed for more than 750 deaths': a statement of blame, ACCUSE as the conventions code statements about acts; no accuser named (empty source right), target ETA (ESP); a total since the late 1960s has no date; asserted. (I would have coded the killings themselves, but score by the rule.)"),
 27: ({"target"}, "ACCUSE by Elbegdorj (MNG) is right, but the sentence names whom he accused: target should be the MPRP (Mongolian People's Revolutionary Party, MNG); empty is wrong."),
 28: ({"date"}, "Suspected killing of the South Korean diplomat (KOR) by North Korean agents (PRK), reported modality right. Date should be 1996-10-01, the Tuesday he was found attacked, not unknown."),
 29: ("SPURIOUS", "Spurious: 'the allies and Russia now spoke with one voice on what Belgrade must do' describes the common G8 position, not a consultation between Russia and Belgrade; the figurative 'spoke' is no CONSULT and no new act toward Belgrade is reported."),
 30: ({"target"}, "The Security Council's 1992 sanctions: SANCTION accepted, 1992, asserted. 'the sanctions' are the U.N. air embargo on Libya: target should be Libya (LBY), not Burkina Faso (the summit host)."),
 31: (set(), "The United States and Japan urged all Cambodian sides to show restraint: REQUEST, target sides (KHM), document date, asserted: right."),
 32: ({"source"}, "Summoning the Russian ambassador: ACCUSE (official complaint) toward the ambassador (RUS) is accepted, date and modality right. Source Bakradze is Georgia's foreign minister and should be coded GEO, not RUS."),
 33: (set(), "Bangladeshi border forces (BGD) killed 16 Indian border guards (IND) three years before a 2004 story: ASSAULT, 2001, asserted: right."),
 34: (set(), "Aziz denied that Iraq bowed to military threats: CONCEDE negated, Iraq (IRQ), no party target named; a denied act has no date of its own, so unknown is accepted."),
 35: ({"date"}, "Bosnian Serb forces (BIH) killed Muslim men (BIH): ASSAULT right, but the killings were after the fall of Srebrenica in 1995: date should be 1995 (July 1995 in the story), not 2003-09-20, the day the memorial opened."),
 36: ("SPURIOUS", "Spurious: 'that vote showed Jakarta could be made to yield' is an opinion about what is possible, not an act or an offer of one; at most a hypothetical CONCEDE with no date, not an asserted one dated 1999-11-08."),
 37: ({"source", "target", "date"}, "The coalition backed Tandja, not the other way round: source should be the coalition including Mahamane Ousmane (NER), target Tandja (NER). The backing came before the run-off (before 2004-12-04) and has no date in the text: date should be unknown, not the document date."),
 38: (set(), "Ivanov (RUS) would attend a meeting with NATO later this year if progress continued: CONSULT visit toward NATO, conditional so hypothetical, 2000 ('later this year'): right."),
 39: (set(), "The U.S. embassy ('we', speaking through its spokesman, USA) asked American citizens (USA) to be vigilant: REQUEST, this news so document date, asserted: right."),
 40: (set(), "Iraq hailed the council's outcome: SUPPORT, no party target; 2001-07-03, the day of the vote the story reports reactions to, is accepted; asserted."),
 41: (set(), "Australian (AUS) and Portuguese (PRT) troops patrolled Dili: MOBILIZE, Wednesday 2002-12-04, asserted: right."),
 42: ("SPURIOUS", "Spurious as a duplicate: 'militants attacked army posts and killed soldiers in their sleep' is one attack, already coded as e3 ASSAULT militants -> army from the same sentence."),
 43: ({"target", "date"}, "Long-standing criticism of the commission: ACCUSE, unnamed critics (empty source right), asserted. Target should be the U.N. Commission on Human Rights (IGO, no country), the subject of the sentence; criticism going on when the story is told takes the document date 2003-01-21, not unknown."),
 44: (set(), "Bush (USA) and Goh (SGP) signed the free trade agreement on Tuesday 2003-05-06: SUPPORT (sign agreement), mutual: right."),
 45: ({"date"}, "Mass killing/expulsion of people in 37 Bosnian municipalities (BIH), no perpetrator named (empty source right), attribution keeps it asserted. Date should be the 1992-95 war given in the lead, not the document date of the plea."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 45 and sorted(V) == [x["n"] for x in items]
with open("events-b.jsonl", "w") as out:
    for x in items:
        wrong, reason = V[x["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            assert wrong <= set(F) - {"event"}
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        y = dict(x)
        y["verdict"] = v
        y["reasons"] = reason
        out.write(json.dumps(y, ensure_ascii=False) + "\n")

P = {
 "h66-x260-09": (["PROTEST: hundreds of thousands of Acehnese protesters (IDN) -> Indonesian government (IDN), mass rally in Banda Aceh demanding an independence referendum, 1999-11-08"],
                 "Dateline has no event in this paragraph: the lead rally, the main act of the story, is missed. The background 'war with Jakarta began more than two decades ago' is not coded (an undated start of a war)."),
 "h66-x259-15": (["COERCE: Bangladeshi police (BGD) -> arms smugglers (no code), seizure of ten truckloads of illegal arms at a Chittagong jetty, 2004-04-01 (late Thursday night, per the next paragraph)"],
                 "Dateline has no event in this paragraph: the seizure (COERCE seize) is missed; it only coded the detentions in the next paragraph."),
 "h66-x257-15": (["AGREE: Czech voters (CZE) -> European Union (no code), voted in a referendum to join the EU, 2003-06-14 (the referendum ended on Saturday)"],
                 "Dateline has no event in this paragraph. The referendum vote to join is a borderline event (commitment to join the bloc); listed because a coder would likely record the Czech decision to join."),
 "h66-x258-06": (["AGREE: Ehud Barak (ISR) -> the Palestinians (PSE), Syria (SYR) and Lebanon (LBN), pledged to revive peacemaking, 1999-05-17 (election Monday)"],
                 "Dateline has no event in this paragraph. Winning the election and defeating Netanyahu are not PLOVER acts; the pledge to revive peace talks (one act, three targets) is missed."),
 "h66-x259-05": (["SANCTION: Thapa's faction of the National Democratic Party (NPL) -> Lokendra Bahadur Chand's government (NPL), withdrew support and helped topple it in a no-confidence vote, days before 1997-10-07 (no date)"],
                 "Dateline has no event in this paragraph. The king appointing Thapa is not a PLOVER act; the toppling of the government by withdrawing support is a borderline SANCTION (withdraw) a coder could record."),
 "h66-x259-21": (["SUPPORT: Hindu nationalist opposition (BJP, IND) -> Bhairon Singh Shekhawat (IND), backed his presidential candidacy, before 2007-07-21 (no date)"],
                 "Dateline has no event in this paragraph. Patil's election and defeat of her rival are not PLOVER acts; the BJP's backing of the rival candidate is a background endorsement."),
}
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": 0,
                              "dateline_events": len(p["events"]), "spurious": 0,
                              "notes": notes}, ensure_ascii=False) + "\n")
