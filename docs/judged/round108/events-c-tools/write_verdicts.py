"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's verdicts (round 108)."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n -> (wrong fields, reasons); "SPURIOUS" marks a non-event
V = {
1: (["source"], "Israel's Gaza offensive: ASSAULT on Palestinians (PSE) right, and a death toll summed over the war rightly has no date; but the source should be Israel (ISR), because 'the assault' in this sentence is Israel's offensive and Israel is named in the sentence."),
2: (["source", "target"], "Real ACCUSE disapprove on the document date, but the source should be the press freedom groups named in the sentence (no country code), and the target should be the Bangladeshi authorities (BGD) whose move (taking TV channels off air) is criticised."),
3: ([], "'Will continue to support the people of Belarus': SUPPORT from the EU to Belarus (BLR). The future modality with no date fits the 'will continue' wording. Coding 'the people of Belarus' as Belarus is a coarse code but the country is right."),
4: (["date"], "COERCE restrict (border closure) Venezuela -> Colombia is right. The date should be 2025-01-10, the Friday of the inauguration ('for the day'), not 2025-01-09."),
5: ([], "An offer of incentives is AGREE under the conventions; United States -> Pakistan, reported as current news on the document date, asserted."),
6: (["target"], "ACCUSE allege by Bangladeshi officials is right, but the target repeats Jamaat-e-Islami twice and leaves out the main accused party: it should be the Bangladesh Nationalist Party (BGD) and Jamaat-e-Islami (BGD)."),
7: ([], "Britain urged an investigation: REQUEST from GBR. No addressee is named in the sentence, so the empty target is right. The reaction is reported on the document date."),
8: (["source", "target"], "Arrests after the Tunis embassy attack are COERCE arrest on the document date, but both countries are wrong: the source should be the Tunisian authorities/Interior Ministry (TUN), not USA, and the target the people arrested in Tunisia (TUN), not USA."),
9: (["date", "modality"], "Bahrain's accusation that Qatar (QAT) supports terrorism is right in type and parties. But the date should be 2017-06 (June 2017, given in the sentence), not the document date. The ACCUSE itself is asserted, not reported: Qatar's denial does not make the accusation a claim."),
10: ([], "Katz vowed Hamas would be crushed: THREATEN violence Israel (ISR, its foreign minister) -> Hamas (PSE), asserted. Taking Tuesday 2024-07-23 from the story's narrative day is acceptable."),
11: ([], "The no-confidence vote against the cabinet is coded REJECT: Turkish deputies (TUR) -> cabinet (TUR) on Sunday 1995-10-15, asserted."),
12: (["target"], "Arafat thanking the Pope is SUPPORT on 2000-03-22, but the target's code is wrong: the Pope should be Vatican (VAT), not PSE."),
13: (["date"], "A marginal event. Turkish officials say Islamic State used the Jarablus crossing to move fighters into Turkey; MOBILIZE IS (no code) -> Turkey is the closest type (mode militia, not troops). But this describes an earlier practice of unknown time, so the date should be unknown, not the document date."),
14: (["target"], "ACCUSE allege by the Bangladeshi authorities is right. But 'them' refers to the two television channels taken off air (BGD), not the BNP 'Party officials'."),
15: (["source"], "ACCUSE disapprove of the loss of life is right, and the empty target is right because the sentence names no party. But the spokeswoman is from Pakistan's foreign ministry: the source should be PAK, not USA."),
16: (["date"], "THREATEN (car tariffs) by Trump with no target named is right. But the text places the outburst 'hours after the summit ... ended on Saturday', so the date should be 2018-06-09, not the document date."),
17: ("SPURIOUS", "Spurious: 'lent his name to the generals' is a commentator's metaphor, not aid given. No AID event."),
18: ("SPURIOUS", "Spurious: Syria boycotted the Casablanca summit, so it took part in no CONSULT. The noun 'summit' is not an act by Syria, and the boycott is already coded separately as PROTEST boycott."),
19: ([], "The US pledge of $555 million is AGREE on Monday 2007-12-17, asserted; the sentence names no recipient, so the empty target is right."),
20: ([], "Arevalo will press for Porras's removal: a future REQUEST (change) with no date; Porras (GTM) is the party acted upon."),
21: (["target", "date"], "REJECT by Yemen is right, but Yemen refused to back the U.S.-led coalition: the target should be the coalition (USA), not Iraq. The date should be 1990-91 (the Gulf crisis given in the sentence), not unknown."),
22: (["source", "date"], "The noun phrase 'air strikes on Iraq' is an ASSAULT on Iraq (IRQ). But the State Duma struck no one: the striker is not named, so the source should be empty. The date should be unknown, because '1999' comes from 'last year's bombing of Yugoslavia'."),
23: ([], "Colombian military officials blamed the FARC: ACCUSE allege COL -> FARC (COL), reported as news on the document date."),
24: ([], "Bush will visit Botswana, Uganda and Nigeria: a future CONSULT visit with no exact date; right."),
25: ([], "Peru signed an FTA with the United States: SUPPORT (sign agreement) PER -> USA, 2006-04 ('this month'), asserted."),
26: (["date"], "SANCTION, the African Union suspending Sudan (SDN), is right. But the suspension is a background act that came after the October 25 coup (2021-10), so the document date is wrong; it should be 2021-10 or unknown."),
27: (["source"], "PROTEST in Seoul against Japan's claim, week 2005-W11, right, and Japan is clearly the party protested against. But the demonstrators are South Korean: the source should be KOR, not JPN."),
28: (["target", "date"], "The negated AGREE (visa rules not offered) by the EU is right; the actor is the EU despite its 'rotating presidency' label. But the target should be the Balkan governments named in the sentence, and the date should be 2003-06-21, the Saturday summit, not the document date."),
29: (["modality"], "ASSAULT abduct FARC -> hostages (COL) is an ongoing act on the document date. But it is an allegation by critics ('critics ... say the rebels have used the haven to hold hostages'), so the modality should be reported."),
30: (["target"], "Xi's pledge of $60 billion is AGREE on 2018-09-03, but the sentence names the recipient: the target should be Africa (AFR), not empty."),
31: ([], "Berlusconi apologised to Libya: SUPPORT (CAMEO 055 apologize) ITA -> LBY on Saturday 2008-08-30, asserted."),
32: ([], "UAE court sentenced Hedges: SANCTION convict ARE -> Hedges (GBR) on Wednesday 2018-11-21; right."),
33: ([], "START II signed by Bush (USA) and Yeltsin (RUS) in January 1993: SUPPORT (sign agreement), mutual, 1993-01; right."),
34: ([], "Gruevski condemned the violence: ACCUSE disapprove with no party named, so the target is rightly empty; document date."),
35: ([], "Mugabe called the attacks 'shocking': ACCUSE disapprove from ZWE; the sentence names no attacker, so the empty target is right."),
36: (["source", "target"], "The Mpeketoni raid is an ASSAULT on Sunday night 2014-06-15. But the gunmen's country is not plain from the text (al Shabaab claimed the raid, Kenyatta blamed local networks), so the source code should be empty, not KEN. The target should be the town's residents/men (KEN), who are named in the sentence, not empty."),
37: ([], "'We asked them to leave': REQUEST from the police (BGD) to the Hefazat-e-Islam protesters (BGD, labelled 'Hefazat leaders'), on the document date."),
38: (["date"], "Bashir accused Western countries: ACCUSE allege SDN -> Western countries is right. But he spoke 'after the talks' held on Friday, so the date should be 2007-02-02, not the document date."),
39: (["target"], "Ahmadinejad said Iran would stand with Lebanon: a future SUPPORT from IRN. But 'it' is Lebanon, so the target should be Lebanon (LBN), not Iran."),
40: ([], "Dozens detained outside the Kuala Lumpur court: COERCE arrest on Wednesday 1999-04-14. The arresting party is not named, so the empty source is right; the target people are MYS."),
41: (["type", "target"], "The critics were physically attacked, so the type should be ASSAULT, not ACCUSE. The target should be Nigerian critics of the Abacha regime (NGA), not left without a code. The empty source and the undated 'recent months' are right."),
42: (["date"], "Russia invited NATO experts: AGREE (invitation) RUS -> NATO is right. But the invitation is an earlier background act ('had invited', before the exercise), so the date should be unknown, not the document date."),
43: ([], "Yilmaz (and Erbakan) called for an early election: REQUEST from TUR with no addressee named, on Sunday 1995-10-15; right."),
44: ([], "Kejriwal called for the army to be deployed: REQUEST from IND with no addressee named. The story's news day, Tuesday 2020-02-25, is acceptable."),
45: ([], "India conducted three tests on Monday: MOBILIZE weapons IND, 1998-05-11; right."),
46: ([], "Johannesburg police fired rubber bullets at the crowds: ASSAULT crowd-control ZAF -> ZAF, overnight to 2015-04-17; right."),
47: ([], "Amnesty urged the Azerbaijani government to release detainees: REQUEST -> AZE, document date; right."),
48: ([], "Under the conventions, Israeli occupation of the Golan and south Lebanon is ASSAULT, ISR -> SYR/LBN. The occupation is ongoing, so the document date is right; asserted."),
49: (["type", "target", "modality"], "Chavez announced Venezuela would pull out of the Andean Community. The type should be SANCTION withdraw (withdrawing from an organisation), not CONCEDE; the target should be the Andean Community (no code), not empty; and the modality should be future ('would pull out')."),
50: ([], "More than 100 people arrested in the Moroccan protests: COERCE arrest with no arrester named -> MAR. The reported tally on the document date is acceptable."),
}
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        it = dict(it); it["verdict"] = v; it["reasons"] = why
        out.write(json.dumps(it, ensure_ascii=False) + "\n")

P = {
"h31-x117-18": (["SANCTION: Turkish court (TUR) -> Ilker Basbug (TUR), life sentence for the alleged coup plot, 2013-08-05"], 1, 0,
   "The alleged plot is a background allegation, not coded. Dateline's SANCTION is right in every field."),
"h31-x118-11": (["ASSAULT: unidentified bombers (no code) -> people in Dahab (EGY), three bombs kill at least 23, 2006-04-24"], 1, 0,
   "'third deadly attack ... in less than two years' is a background tally and not coded."),
"h31-x118-02": (["CONSULT: ministers of 60+ countries (multilateral, hosted by JOR) -> each other, three-day Amman economic summit ended, 1995-10-31",
                 "AGREE: summit participants (multilateral) -> each other, agreement to set up a regional development bank, 1995-10-31"], 0, 0,
   "Dateline found no event in this lead."),
"h31-x120-18": (["AGREE: Xi Jinping (CHN) <-> Park Geun-hye (KOR), agreed to oppose nuclear weapons on the peninsula, 2014-07-03",
                 "CONSULT: Xi Jinping (CHN) -> South Korea (KOR), visit to Seoul, 2014-07-03"], 1, 0,
   "The visit was missed; the AGREE is right."),
"h31-x117-19": ([], 0, 0, "Winning an election run-off is not a PLOVER event; nothing to code."),
"h31-x120-08": (["ACCUSE: China (CHN) -> Chen Shui-bian (TWN), accused him of pushing the island towards disaster, 2002-08-05",
                 "REQUEST: Chen Shui-bian (TWN) -> (none), called for a referendum law, earlier than Monday (undated)"], 2, 0,
   "Dateline's REQUEST has the right type but wrong arguments: the source should be Chen, not Taiwan and China, and it is dated Monday although the call came earlier."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(p["events"]), "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")

# checks and counts
res = [json.loads(l) for l in open("events-c.jsonl")]
assert [(r["n"], r["doc"], r["trigger"]) for r in res] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for r in res:
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]: assert not any(v.values())
cnt = {f: sum(r["verdict"][f] for r in res) for f in F + ["all"]}
print(cnt)
pv = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
print(len(pv), "paragraphs; coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
