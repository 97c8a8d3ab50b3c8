"""Write events-b.jsonl from the judge's per-item verdicts below (fields that are False), and check it.
usage (from docs/judged/round86): python events-b-tools/write_verdicts.py"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, or "spurious"; reasons)
V = {
 1: ([], "Yeltsin's congratulation of Russians on the election is a SUPPORT (praise) from Yeltsin (RUS) to Russians (RUS), reported as this news, so the document date is right."),
 2: (["target"], "Shutting the Gatuna border crossing is COERCE restrict (blockade / restricting movement), dated February 2019, but the target should be Uganda (UGA): the sentence names it and it is the country on the other side of the crossing in the row."),
 3: (["type"], "'Moscow intended to keep talking to Yerevan' states willingness to go on meeting, which PLOVER codes as AGREE (expressing willingness to meet, CAMEO 036), not CONSULT. Judged under dateline's own type, the future modality and the missing date are right."),
 4: ([], "OAU condemnation of the coup bid is ACCUSE disapprove. The coup makers are not named in the sentence, so an empty target is right, and the document date fits a condemnation reported as this news."),
 5: (["source"], "The denunciation is ACCUSE disapprove, but the source should be the opposition Belarusian Popular Front (BLR, party), not the state of Belarus. 'The vote' is not a party, so an empty target is right."),
 6: ("spurious", "Duplicate: 'what it called a dangerous and illegal act' describes the same accusation already coded from this sentence (e1, accused China of ramming)."),
 7: ([], "Solih thanking and praising the people is a SUPPORT from Solih (MDV) to the Maldivian people (MDV). The post is reported as this news with no date, so the document date is right."),
 8: ([], "The Turkish army (TUR) killing 24 PKK rebels is ASSAULT, as reported by the military. The document date is accepted: the 'first hours of fighting' started on Thursday evening and ran into the night (2008-02-21/22)."),
 9: ([], "Conte (GIN) declaring martial law over Guinea is COERCE (martial law), and Monday is 2007-02-12."),
 10: (["target"], "ACCUSE disapprove from the Palestinian leadership (PSE) is right, but the target should be Bahrain (BHR): 'the move' is Bahrain's deal, and the same sentence names Manama, whence the ambassador is recalled. The empty target misses the party condemned."),
 11: (["date"], "Osborne (GBR) discussing the decision with Lew (USA) is CONSULT, but it happened 'beforehand', before Thursday's announcement. The date should be empty (an unknown day before 2015-03-12), not the document date."),
 12: ([], "Colombia's government seeking an explanation is REQUEST. Venezuela is not named in the sentence, so an empty target is right, and the document date is right."),
 13: ([], "Iraq's expulsion of the American arms inspectors is SANCTION expel. 'Last week', from Monday 1997-11-17, is week 46."),
 14: (["target"], "'Their armies clashed' is ASSAULT in 2000, with Uganda's army as source, but the target should be Rwanda's army (RWA): 'their' is Rwanda and Uganda. The DRC is only the place of the fighting."),
 15: ([], "Mainassara (NER) promising a new constitution and elections is AGREE (intent to bring political reform), told to reporters on Sunday 1996-01-28. No recipient is named."),
 16: ([], "Colombia (COL) agreeing to Trump's (USA) terms is AGREE, and the date is Sunday 2025-01-26. The act is the same as the lead's, but it comes from a different sentence, so it is not a duplicate under the rules."),
 17: ([], "Misri (IND) visiting Dhaka (BGD government) is CONSULT visit, this month (2024-12)."),
 18: (["source"], "A pledge to be 'a president for everyone' is accepted as AGREE with no recipient, dated Wednesday 2018-11-28. The source should be Zurabishvili as Georgian (GEO), the president-elect and a former Georgian foreign minister, not FRA."),
 19: (["target"], "Russia's transport blockade in 2006 is COERCE restrict, but the target should be Georgia (GEO): the sentence names it, and the blockade was imposed on it."),
 20: ([], "al-Dabbagh (IRQ) calling on Ankara (TUR government) to limit its action and withdraw is REQUEST, reported as this news."),
 21: ([], "Israeli strikes on Iran that began the war on June 13 are ASSAULT Israel (ISR) -> Iran (IRN), with the date 2025-06-13 given in the text."),
 22: ([], "The EU urging Belgrade and Pristina ('both sides', both named in the sentence) to show restraint is REQUEST, reported as this news."),
 23: ([], "Azerbaijani officers (AZE police) detaining Russian citizens (RUS) is COERCE arrest, attributed to the Interior Ministry. The text gives no date, so the document date is right."),
 24: ([], "Western governments calling for an investigation is REQUEST with no party named. A source with no code is right, and the document date is right."),
 25: (["type", "date"], "Libyan troops arriving to help Patasse fight off a coup is military assistance: AID (providing military personnel), not MOBILIZE. The date should be 2001-05-30, the Wednesday the next sentence gives for the planes landing with the troops, not Thursday's report."),
 26: ([], "Damascus (SYR government) supporting the memorandum is SUPPORT, given at Thursday's signing (2017-05-04). The memorandum's parties are not named, so an empty target is right."),
 27: (["date"], "The soldiers' (PNG military) refusal to accept the replacement Chan appointed is REJECT toward Chan. But it is a background act of the past week (after March 17, before Tuesday's siege), so the date should be empty, not the document date."),
 28: (["target"], "Washington standing with its ally is SUPPORT, but the target should be Turkey (TUR): 'its ally' is a definite description in the sentence that refers to Turkey, so an empty target is wrong."),
 29: ("spurious", "Not an event: 'deployed in the enclave since 2020' only describes the peacekeepers, and the sentence reports that they did not intervene. No act of aid or deployment is reported here."),
 30: ([], "Georgia saying it would seek an urgent UN Security Council meeting is REQUEST meet toward the UNSC. It is future and has no date."),
 31: ([], "Six people (IDN, killed in the Jakarta riots) killed overnight by an unnamed source is ASSAULT on 2019-05-22."),
 32: (["target"], "Israel's 1988 deportation of Shqaqi is COERCE deport, but the target should be Fathi Shqaqi (PSE), the person deported, not the state of Palestine."),
 33: (["target", "date"], "The 38 killed in the plane crash are ASSAULT (hit by air-defence fire, per Baku), but the act is the December crash, so the date should be 2024-12, not the document date. The victims' nationality is not given, so the target's country should be empty, not AZE."),
 34: (["target"], "The critics' allegation is ACCUSE allege, with the present tense kept at the document date, but the target should be Conte's entourage (GIN), not Conte himself."),
 35: (["target"], "The EU welcoming the election result is SUPPORT, but the target should be Tadic or Serbia (SRB): the result is the win of Tadic's coalition, named in the same sentence. (Under a narrower reading of 'the result' as no party, an empty target would pass.)"),
 36: (["date"], "Cases filed against Hasina (BGD) are ACCUSE allege with no named source, but 'dozens of cases ... have been filed' is a total summed since August. It should have no date, not the document date."),
 37: ([], "Summoning Beijing's ambassador (CHN) is ACCUSE (official complaint). It is future ('would summon'), with no date."),
 38: ([], "Pinochet's (CHL) arrest in October 1998 is COERCE arrest. The arresting party is not named, so an empty source is right."),
 39: ([], "Muizzu calling for Yameen's release is REQUEST (demand release). The authorities addressed are not named, so an empty target is right, and the date is the document date."),
 40: ([], "Paya (CUB) not being detained is COERCE arrest, negated. The state holds when the story is told, so the document date is acceptable."),
 41: ([], "The UN Security Council calling for calm is REQUEST with no named addressee, reported as this news."),
 42: (["target"], "Trading fire in summer 2007 is ASSAULT firearms, but dateline lumps both sides into the source. The target should be the South Ossetian separatist forces, with the Georgian forces (GEO) as source (or the reverse)."),
 43: ([], "The General Assembly (UN) approving Guterres (PRT) is SUPPORT (endorse), on Thursday 2016-10-13."),
 44: (["source"], "Killing PLO officials 'over the years' is ASSAULT with no date, but the source should be Abu Nidal's group (the Fatah Revolutionary Council, PSE), not Abu Nidal as a person."),
 45: (["target"], "French armoured vehicles patrolling Bangui is MOBILIZE on Friday 2013-12-06, but the target should be empty: the streets are a place, and the CAR government is the side France supports, not a party acted upon."),
 46: ([], "Georgia demanding an international response is REQUEST with no named addressee, dated Tuesday 2007-08-07. It is a different act from the accusation coded from this sentence."),
 47: ("spurious", "Not an event: 'deployed under a CIS mandate' only describes the peacekeepers (the sentence reports that they did not intervene), and the CIS is no aid recipient in any case."),
 48: ([], "Mubarak (EGY) proposing the constitutional change in February 2005 is AGREE (intent to bring political reform), with no named recipient."),
 49: (["date"], "The AU accusing the ICC is ACCUSE allege, but 'has accused' is a background stance of an earlier, undated time (the act is not this news), so it should have no date, not the document date."),
 50: ([], "Georgia saying it would ask NATO and the EU for support is REQUEST assist toward both. It is future and has no date."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == "spurious":
        v = {f: False for f in F}
    else:
        assert all(w in F for w in wrong)
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open("events-b.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-b.jsonl")]
assert len(back) == 50
for it, o in zip(items, back):
    assert (o["n"], o["doc"], o["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert {k: o[k] for k in it} == it
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(o["verdict"][f] for o in back) for f in F + ["all"]}
print(counts)
