"""Write events-a.jsonl from the judge's hand verdicts below (judge a, round 161).
Each entry: n -> (wrong fields, reasons). 'SPURIOUS' marks a non-event (false in every field)."""
import json

V = {
 1: ([], "Mutual pledge among the Mercosur leaders to a democracy clause: AGREE with no recipient (reciprocal commitment); multinational group rightly uncoded; Tuesday = 1996-06-25."),
 2: (["target"], "ACCUSE by Caldera is right, but he condemned the attack, carried out by the ELN guerrillas, not the Colombian state: target should be the ELN (COL rebels), or empty since the sentence names no attacker; Colombia is wrong."),
 3: (["date", "modality"], "A 'planned deployment' of South Korean troops to Iraq is a MOBILIZE not yet carried out: modality should be future, and it has no date (unknown), not the document date 2004-04-16."),
 4: (["type"], "A state security council ordering newspapers to stop publishing comment is censorship: type should be COERCE (censor), not REQUEST; the parties and date are right."),
 5: ("SPURIOUS", "An analyst's remark ('It cannot simply be dismissed as the West talking') reports no act by a political actor; not an event."),
 6: ([], "Charged with money laundering in September (2005-09) after arrest in London: ACCUSE allege; no charging party is named, so an empty source is right; separate act from the arrest (e1)."),
 7: ([], "Sentenced on Friday 2004-08-06: SANCTION convict; the court is not named in the sentence (empty source right); target Seniloli (FJI) right."),
 8: ([], "Opposition lawmakers (HTI) accused President Preval (HTI) of a 'constitutional coup': ACCUSE allege, reported as this news with the document date."),
 9: ([], "A week of talks between the IMF mission and Ukrainian officials ending in Sunday's announcement (2008-10-26): CONSULT. Dating the week-long talks by their last day, the Sunday of the deal, is accepted (a span ending 2008-10-26 would be more exact)."),
 10: ([], "Belarus expelled the U.S. ambassador and diplomats in spring 2008: SANCTION expel (CAMEO 166); date 2008 spring right."),
 11: ([], "Prime Minister Rosny Smarth resigned in June 1997: RETREAT resign, background act with its own date 1997-06. (Not scored: reported_by should be Preval's supporters, not Preval.)"),
 12: ([], "Ugandan officials (UGA) accused Sudan (SDN) of arming the ADF: ACCUSE allege, undated reaction to this news (document date)."),
 13: (["target"], "AGREE (rebels ready to resume talks) is right, but the UN is the mediator, not the other party: target should be the Guatemalan government (GTM), which the sentence does not name, so empty would also be right; United Nations is wrong."),
 14: ([], "Iraqi court (IRQ) sentenced two American civilians (USA) on Saturday 1995-03-25: SANCTION convict."),
 15: (["date"], "ACCUSE investigate by the Kenyan government is right, but 'has also launched investigations' is a background act of an earlier, unstated time in 2003; it should have no date, not the document date 2003-10-14."),
 16: ([], "Torture of detainees (BHR) reported by rights groups: ASSAULT torture, torturer unnamed in the sentence (empty source right), undated. Scored asserted under the attribution rule ('Rights groups say'), though the act is a disputed allegation."),
 17: ([], "Bangladeshi police arrested the Jamaat-e-Islami leaders on Tuesday 2010-06-29: COERCE arrest; coding the leaders as their party (BGD) is accepted."),
 18: ([], "Washington (USA) congratulated Taiwan's voters (TWN): SUPPORT, reported as this news with the document date."),
 19: (["source", "target", "date"], "The quoted sentence is Clinton's praise of Argentina (SUPPORT), not an act by Argentina: source should be Clinton (USA), target Argentina (ARG); date should be Thursday 1997-10-16, the day of the news conference."),
 20: ([], "Law Society of Kenya (KEN) urged the government (KEN) to ensure fair hearings: REQUEST, reaction reported as this news (document date); separate act from 'welcomed' (e2)."),
 21: (["source", "target"], "REQUEST on Friday 1997-07-04 is right, but the source should be Tufayli alone (Hariri is the campaign's opponent, not a caller), and the target should be the people of the Bekaa Valley (LBN) whom he called on, not empty."),
 22: ([], "Pourmohammadi (IRN) dismissed in May 2008: coded as SANCTION expel (removal from the cabinet); the sentence names no dismisser, so an empty source is right; date 2008-05 right."),
 23: (["target"], "SUPPORT by congressional party leaders (USA) for the Brown amendment is right, but its object is the amendment (a policy, so an empty target), not the US Congress (wrong target)."),
 24: ([], "Washington and Hanoi restored diplomatic relations in 1995: SUPPORT (resume diplomatic cooperation), mutual roles right, date 1995 right."),
 25: ([], "Saddam Hussein (IRQ) pressing the UN Security Council to ease sanctions: REQUEST, an ongoing act at the time of the report (document date) and presented as fact."),
 26: (["target"], "ACCUSE by the Museveni government (UGA) is right (coded through Museveni, accepted), but the same sentence refers to the perpetrators ('the killers', the ADF rebels): target should be the ADF rebels (UGA), not empty."),
 27: (["source"], "Summoning Colombia's ambassador is an official complaint (ACCUSE, CAMEO 114) with the right target, but Foreign Minister Burelli Rivas is Venezuelan: source code should be VEN, not COL."),
 28: ("SPURIOUS", "'His party would seek a solidarity-based Poland' is a programme statement, not a request to anyone; not an event (the only codable act, a mild jab at Civic Platform, is not what was extracted)."),
 29: (["source"], "The rally at Cairo Stadium in February 2003 (PROTEST demo, date 2003-02 right) was held by demonstrators; the government only authorised it: source should be the rally participants (unnamed, EGY), not the Egyptian government."),
 30: (["date"], "REQUEST by several (Western) foreign ministers to Yeltsin (RUS) is right, but 'have urged' is an undated earlier act: no date, not 1995-02-02, the date of the assembly's vote."),
 31: ([], "African (AU) leaders asked Senegal (SEN) on Sunday 2006-07-02 to try Habre: REQUEST; the multinational group is rightly uncoded."),
 32: ([], "Harper (CAN) accused the opposition (CAN) in a televised address on Wednesday 2008-12-03: ACCUSE allege."),
 33: (["date"], "Italy (ITA) asking Mexico (MEX) for an explanation: REQUEST, right parties; reported as this news with no date in the text, so the date should be the document date 1998-05-11, not unknown."),
 34: (["target", "date"], "ACCUSE by human rights groups is right, but Montesinos is Peruvian: code should be PER, not PAN; the accusation is current, so the date should be the document date 2000-09-25; the 1990s date the alleged links, not the accusation."),
 35: (["target"], "Signing the coalition pact is SUPPORT (sign agreement) dated this week (2008-W49), but it is mutual between the New Democrats and the Liberals: target should be the Liberals (CAN), not the Canadian government they aim to topple."),
 36: ([], "Protesters (EGY) hurled stones at police (EGY) on Thursday 2003-03-20: PROTEST riot."),
 37: ([], "Chile's government rejected Peru's law: REJECT; Peru is not named in the sentence, so an empty target is right; reported as this news (document date)."),
 38: ([], "Washington welcomed the election result: SUPPORT with no party named as target (empty right); document date right; separate from the 1990 aid cut (e5)."),
 39: ([], "Khaleda Zia (BGD) condemned the attack: ACCUSE disapprove; no attacker is known or named, so an empty target is right; document date right."),
 40: ([], "Clinton (USA) praised the warming between Greece and Turkey: SUPPORT toward both governments, on Saturday 1999-11-20 (the document date)."),
 41: ([], "Maliki (IRQ) ordered an investigation into the bombings: ACCUSE investigate, separate from his condemnation (e2); empty target right; document date right."),
 42: (["source"], "SUPPORT by Westendorp is right, but he spoke as the international community's High Representative: source should be that international office (no country code, as the text gives none), not Spain (ESP)."),
 43: ("SPURIOUS", "'We are charged with unearthing the truth' uses 'charged' in the sense of 'tasked'; no accusation, not an event."),
 44: ([], "Maliki (IRQ) condemned the bombings: ACCUSE disapprove; the bombers are not named in the sentence (empty target right); document date right."),
 45: ([], "Badran's cabinet (JOR) resigned: RETREAT resign; the time is not given in the relative clause, so no date (unknown) is accepted."),
 46: (["date"], "ACCUSE by Katsav (ISR) against the media (ISR) is right, but 'has accused' is an undated earlier statement: no date; 2006-10-15 is the date of the police recommendation."),
 47: ("SPURIOUS", "'He must now propose a new interior minister to parliament for approval' is a future procedural obligation, not an AGREE (or any PLOVER act) between actors; not an event."),
 48: ("SPURIOUS", "'Opposition figures said the protests also reflected frustration at home' only refers back to protests already coded and reports no new protest; not an event (duplicate/topic)."),
 49: (["date"], "Koirala (NPL) ordering soldiers (NPL) to free the policemen is a REQUEST (order), but it happened during the week of violence before his resignation on Thursday 2001-07-19, so it should have no exact date (that week), not the document date 2001-07-20."),
 50: ([], "Australia and New Zealand welcomed the verdict: SUPPORT; the verdict is not a party (empty target right); document date right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-a.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {k: False for k in FIELDS}
        else:
            v = {k: (k not in wrong) for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it); out["verdict"] = v; out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
counts = {k: 0 for k in FIELDS + ["all"]}
for l in open("events-a.jsonl"):
    v = json.loads(l)["verdict"]
    for k in counts: counts[k] += v[k]
print(counts)
