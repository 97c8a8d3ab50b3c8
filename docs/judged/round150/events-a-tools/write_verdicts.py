"""Judge a, round 150: write events-a.jsonl and paragraphs-a-verdicts.jsonl from the verdicts below, then check them.
usage (from docs/judged/round150): python events-a-tools/write_verdicts.py"""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n: (fields that are wrong, or "SPURIOUS"), reasons
V = {
 1: ([], "Paris (France, FRA) summoning Syria's ambassador (SYR) to protest is a diplomatic protest, ACCUSE; undated in the text and reported as this news, so the document date is right."),
 2: ([], "Putin's open letter calling for reconciliation is an appeal (REQUEST) with no addressee named in the sentence, so an empty target is right; 'On Monday' is 2009-08-31."),
 3: (["target"], "The two ambassadors are the U.S. ambassador Robert Ford (USA) and the French ambassador Eric Chevallier (FRA), not Syrian officials: target should be Ford (USA) and Chevallier (FRA)."),
 4: ([], "Zarif (IRN) visiting Islamabad (the Pakistani government, PAK) 'this week' is CONSULT visit, and 2015-W15 is the week of the report."),
 5: (["date"], "SUPPORT (ratifying an agreement with the UN) is right, but the next sentence dates this same vote: 'Lawmakers ... voted unanimously on Monday to approve the accord'. Date should be 2004-10-04, not the document date 2004-10-05."),
 6: ([], "The State Department (USA) urging Thailand (THA) to halt the deportations is REQUEST, reported as this news on the document date."),
 7: (["source"], "The visit is a CONSULT with Hama (SYR) as host, dated Thursday 2011-07-07. But Robert Ford, 'the U.S. envoy', has no country code: source should be Ford (USA) and Chevallier (FRA)."),
 8: (["target", "date"], "A negated CONSULT is a fair coding of Singh skipping the summit. The Commonwealth is an international body, though, and LKA is not its code: target should be the Commonwealth (no code) or the host Sri Lanka named as such. 'This week's' summit is dated in the story (Nov. 15-17), so date should be 2013-11-15 (to 17), not unknown."),
 9: ([], "Western governments (no single country) criticising ASEAN is ACCUSE. The criticism is still going on in the report, so the document date is right."),
 10: ([], "The UN special coordinator (UN) appealing for calm is REQUEST with no addressee, reported as this news."),
 11: (["date"], "Tokyo (JPN) wanting China (CHN) to show a 'future-oriented' attitude is a REQUEST, but Suga said it 'on Thursday': date should be 2015-09-03 (the document date), not unknown."),
 12: (["target"], "The U.S. condemnation (ACCUSE) is aimed at the strike, and 'the strike' is Iran's missile attack. Iraq is the victim whose sovereignty was violated, so target should be Iran (IRN)."),
 13: ([], "Thousands rounded up in the capital is COERCE arrest. The passive names no agent, so an empty source is right by the rule (the police are named only as the shooters). The round-up is set 'as' the Thursday reports, on the document date."),
 14: ("SPURIOUS", "Duplicate: 'striking near a new U.S. consulate building' is the same missile attack on Erbil already coded from this sentence (e1, IRGC -> Iraq). Taken alone, the U.S. would be no target either: the missiles struck *near* the consulate, and a U.S. official said it was not the target."),
 15: (["target"], "Zelenskiy's request (REQUEST) is addressed to the lawmakers (UKR). The prosecutor general is one of the officials he asks them to dismiss, not an addressee: target should be the lawmakers (Verkhovna Rada, UKR) alone."),
 16: ([], "Prosecutor Zhafyarov (RUS) accusing Memorial (a Russian organisation, RUS) is ACCUSE, made during Tuesday's hearing (the document date)."),
 17: ([], "Netanyahu (ISR) telling the police (ISR) to find the killers is a REQUEST (order), reported as this news."),
 18: ([], "Putin (RUS) and Tusk (POL) holding talks in Sopot later the same day is a mutual CONSULT on the document date."),
 19: ([], "United Russia leaders (RUS) blaming the ministers (RUS) is ACCUSE, reported as this news."),
 20: (["source", "target"], "The Marines flown into the embassy (MOBILIZE) are U.S. forces and are named in the sentence: source should be the U.S. Marines / United States (USA). Kuwait is where they flew from, and the embassy is the U.S. embassy in Baghdad: target should be empty (or the U.S. embassy in Iraq), not a 'Kuwait embassy' (KWT)."),
 21: ([], "Ruto (KEN) accusing unnamed politicians (Kenyan, KEN) of financing gangs is ACCUSE, made on Wednesday, the document date."),
 22: (["source", "target"], "The ministers agreeing to 'enhanced interaction' are the ASEAN foreign ministers together, so AGREE is right. Source should be the ASEAN foreign ministers (no single country, or ASEAN), not Philippine ministers (PHL). The agreement is mutual, so target should be empty (or the ASEAN members), not the Philippines."),
 23: ([], "The ban on public gatherings under the state of siege is a COERCE restriction by the Bolivian state. The sentence names no imposer, so empty source and target are right by the rule, and the ban is in force on the document date."),
 24: ([], "Xi telling Assad that China (CHN) supported Syria (SYR) is SUPPORT, said at Friday's meeting (the document date)."),
 25: ([], "The U.S. strikes (USA) on Kataib Hezbollah (IRQ) are ASSAULT, dated Sunday 2019-12-29."),
 26: ([], "Sudanese officials (SDN) accusing Eritrea (ERI) and Uganda (UGA) is ACCUSE. The accusations were made 'repeatedly' at unknown times, so no date is right."),
 27: ([], "The EU and Morocco (MAR) reaching a fisheries agreement, not yet signed, is a mutual AGREE, dated Monday 1995-11-13."),
 28: ("SPURIOUS", "'As promised' looks back to Rainsy's earlier vow to return home. That vow offers no cooperation to any party, so it is no AGREE, and no other PLOVER act fits it. It is not Saturday's act either: the act of the sentence is his failure to return."),
 29: ("SPURIOUS", "Duplicate: 'accusing Putin of the unlawful deportation of children' is the content of the warrant whose issue is already coded from this sentence (e4, ICC COERCE). A coder codes the warrant once. Taken alone, this ACCUSE (ICC -> Putin, 2023-03) would be right, and e4 is the poorer coding of the two, but the rule makes the second event of one act the duplicate."),
 30: (["source", "modality"], "RETREAT withdraw of heavy weapons, but the weapons are the Bosnian Serbs', not Serbia's: source should be the Bosnian Serb forces (BIH / Republika Srpska). The pullback is only a condition for the bombing to stop, so modality should be hypothetical, not future."),
 31: (["target"], "'Began bombing' is the U.S. air ASSAULT of March 25 (e4 'bombing' duplicates it). The sentence names its object: target should be Islamic State, not empty."),
 32: ([], "The Palestinian foreign ministry (PSE) urging the UN Security Council to act is REQUEST, reported as this news."),
 33: (["date"], "Abdul Mahdi (IRQ) condemning the U.S. strikes (USA) is ACCUSE. But the sentence sets the condemnation against 'but on Tuesday he urged ...', so it came before Tuesday, after Sunday's strikes. The document date (Tuesday 2019-12-31) is wrong: it should be undated, or 2019-12-29/30. (A marginal call.)"),
 34: ([], "Kabore (BFA) thanking voters (BFA) is SUPPORT (praise), in Thursday's statement (the document date)."),
 35: (["target"], "The Western ambassadors welcomed the vote admitting Yugoslavia 'as a reward for the democratic change in Belgrade'. The party they support is named in the sentence: target should be Yugoslavia (Belgrade's new authorities, YUG), not empty."),
 36: (["modality"], "ASSAULT Maoists -> teenage protester (NPL), dated 2007-01-19, but the shooting is only 'allegedly' by former Maoist rebels. An act inside an allegation is reported, so modality should be reported, not asserted."),
 37: ([], "Lukashenko (BLR) flatly rejecting Putin's (RUS) merger proposal is REJECT, on Friday (the document date)."),
 38: ([], "The Pope (VAT) arriving for a visit to Ukraine, hosted by President Kuchma (UKR), is CONSULT visit, on Saturday 2001-06-23."),
 39: (["date"], "The lieutenant (Lebanese army, LBN) killed in the fighting is ASSAULT with no named killer. But the fighting was 'on Friday' (first sentence) and the document is dated Saturday: date should be 1998-01-30."),
 40: ([], "Gunmen attacking military camps (Congolese army, COD) on March 28 is ASSAULT. The gunmen's country is only an officials' claim, so an empty code is right."),
 41: ("SPURIOUS", "'The unrest had been hijacked by hooligans and looters' uses hijack in another sense: a take-over of protests, not an abduction or vehicle hijacking. There is no ASSAULT here."),
 42: ([], "Protesters (IDN) hurling rocks at the police (IDN) is a riot (PROTEST riot) aimed at the police, on Thursday 2020-10-08."),
 43: ("SPURIOUS", "'The prisoners had been taken home' after their pardon is no abduction: it is their release, already coded as RETREAT from the first sentence."),
 44: ([], "Russia (RUS) ratifying the Kyoto Protocol 'last year' is SUPPORT, dated 2004, with no target."),
 45: (["target"], "Calling the killing a revenge attack blames it on Israelis (ACCUSE), but the sentence names no perpetrator, and the state of Israel is not the party: target should be empty (unnamed Israeli/Jewish perpetrators), not Israel (ISR)."),
 46: ([], "Iraq's foreign ministry (IRQ) summoning the Iranian ambassador (IRN) to protest is ACCUSE, reported as this news."),
 47: (["target"], "Deporting the fishermen (COERCE deport, future, no date) is right, and the passive names no deporter. But the fishermen are the crews of the Vietnamese boats: target should be the Vietnamese fishermen (VNM), not IDN."),
 48: ([], "Assad (SYR) meeting Hu Jintao (CHN) in 2004 is a background CONSULT, and its year is right."),
 49: ([], "'No nuclear weapons would be stationed on South Korean soil' is a negated MOBILIZE toward South Korea (KOR) with no date. The passive names no agent, so an empty source is right by the rule."),
 50: ([], "The EU signing a gas agreement with Azerbaijan (AZE) on Monday is SUPPORT (sign an agreement), dated 2022-07-18."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            assert all(w in F[1:] for w in wrong), wrong
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h53-x207-04",
  "coder_events": ["SANCTION: Djibouti (DJI) -> Eritrea (ERI), severed diplomatic relations, 1998-11-05",
                   "ACCUSE: Djibouti (DJI) -> Eritrea (ERI), accused its neighbour of slandering Djibouti, 1998-11-05"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The severing is found; the accusation ('accusing its neighbour of slandering') is missed."},
 {"doc": "h53-x207-16",
  "coder_events": ["ASSAULT: Swazi police (SWZ) -> protesters (SWZ), fired tear gas and water cannon, 2011-04-12",
                   "COERCE: Swazi police (SWZ) -> dozens of people (SWZ), detained, 2011-04-12",
                   "PROTEST: protesters (SWZ) -> Swaziland government (SWZ), protests demanding multi-party democracy, 2011-04-12"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both police acts are found with the right arguments; the protest itself (demanding multi-party democracy, aimed at the state) is missed."},
 {"doc": "h53-x208-18",
  "coder_events": ["ACCUSE: Justin Trudeau (CAN) -> Abu Sayyaf (PHL), condemned the killing as cold-blooded murder, 2016-04-25",
                   "ASSAULT: Abu Sayyaf (PHL) -> Canadian hostage John Ridsdel (CAN), killing, 2016-04-25",
                   "ASSAULT: Abu Sayyaf (PHL) -> Canadian man (CAN), held hostage (background, since September 2015)",
                   "REJECT: Canada (CAN) -> terrorist groups / Abu Sayyaf, would not pay ransom, 2016-04-25"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "ACCUSE is found (but with an empty target, where the killers are named). The hostage-taking is found as ASSAULT abduct, but with target Philippines (PHL) instead of the Canadian man, and given the document date although the hostage has been held since September. The killing and the refusal to pay ransom are missed."},
 {"doc": "h53-x208-15",
  "coder_events": ["CONSULT (negated): Barack Obama (USA) -> Asian hosts (APEC in Indonesia, East Asia Summit in Brunei), called off his Asia trip, 2013-10-04"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline codes the cancelled trip as RETREAT with Xi Jinping (CHN) as target. The act is real, so it is not spurious, but the type is wrong (a cancelled visit, a negated CONSULT, not a retreat), and Xi is only the leader left 'as the dominant figure'."},
 {"doc": "h53-x207-15",
  "coder_events": ["RETREAT: Rwandan court (RWA) -> Victoire Ingabire (RWA), freed on bail, 2010-04-22",
                   "COERCE: Rwandan court (RWA) -> Victoire Ingabire (RWA), barred from leaving the capital, 2010-04-22",
                   "COERCE: Rwandan authorities/police (RWA) -> Victoire Ingabire (RWA), arrested, 2010-04-21",
                   "ACCUSE: Rwandan prosecutors (RWA) -> Victoire Ingabire (RWA), charged with promoting genocide ideology, 2010-04-21"],
  "found": 3, "dateline_events": 3, "spurious": 0,
  "notes": "Release, travel ban and charge are found. The charge is dated 2010-04-22 although it came 'a day after', so it should be 2010-04-21. The arrest ('a day after she was arrested') is missed in this paragraph."},
 {"doc": "h53-x206-20",
  "coder_events": ["CONSULT: Emmanuel Macron (FRA) -> Lebanon (LBN), visit to blast-hit Beirut, 2020-08-06",
                   "THREATEN: Emmanuel Macron (FRA) -> Lebanon's political leaders (LBN), warned that international aid would not be a blank cheque for a discredited system, 2020-08-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in this lead. The port explosion is an accident, not a political act, and is not coded."},
]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
rows = [json.loads(l) for l in open("events-a.jsonl")]
assert len(rows) == 50
for r, it in zip(rows, items):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
pv = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in pv] and len(pv) == 6
for p, q in zip(paras, pv):
    assert q["dateline_events"] == len(p["events"]), p["doc"]
counts = {f: sum(r["verdict"][f] for r in rows) for f in F + ("all",)}
print("per field (of 50):", counts)
print("paragraphs: coded", sum(len(q["coder_events"]) for q in pv), "found", sum(q["found"] for q in pv),
      "dateline", sum(q["dateline_events"] for q in pv), "spurious", sum(q["spurious"] for q in pv))
