"""Write events-a.jsonl from the judge's verdicts below, then check it.

usage: write_verdicts.py   (run from docs/judged/round68)
Each entry: n -> (list of false fields, reasons). 'event' in the list marks a spurious item.
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Berisha's not conceding by Monday afternoon is a negated CONCEDE (yield) by Berisha (ALB); no target in the sentence; Monday afternoon 2013-06-24 is the text's date."),
 2: (["source"], "ACCUSE (complaint of irregularities) is right and an empty target is right, but the source lacks its country: Nahnah's camp is Algerian, source should be Nahnah / Movement for a Peaceful Society (DZA)."),
 3: ([], "An expected future REQUEST (the king asking Benkirane to form a coalition); the asker is not named in the sentence, so an empty source is right; future, undated. Borderline as an event (a forecast), kept since the convention codes expected acts as future."),
 4: ([], "Xi's personal message to Trump is a CONSULT by remote medium, Xi (CHN) -> Trump (USA), reported as this news, asserted with the White House as reporter."),
 5: ([], "Condemnation is ACCUSE disapprove by Yudhoyono (IDN); the target 'those responsible' are the militant attackers of the Jakarta hotels, IDN by the attack's place as dateline and ICEWS code generic groups; undated statement takes the document date."),
 6: ([], "The RUF rebels' demand that elections be put off is a REQUEST with no addressee named in the sentence; a standing demand takes the document date."),
 7: ([], "Hamad (TZA) urging his supporters (TZA) to remain calm is a REQUEST; undated in the text, document date right."),
 8: ([], "Biden reaffirming support for Kyiv's sovereignty is SUPPORT, Biden (USA) -> Ukraine (UKR), 2021-06-16. (reported_by Putin is wrong - Biden is not reported by Putin - but that is not a scored field.)"),
 9: ([], "South Africa's foreign ministry (ZAF) urging the Zimbabwe government (ZWE) to respect the rule of law is a REQUEST, undated, document date."),
 10: (["source"], "The Houthi fighters' cross-border raid killing a Saudi border guard is ASSAULT on Tuesday 2009-11-03, target right, but the source country is wrong: the fighters are from the Houthi movement, source should be Houthi fighters (YEM), not SAU."),
 11: ([], "Australia and the United States congratulating Widodo ('him') is SUPPORT, Widodo (IDN) the target; undated, document date."),
 12: (["date"], "ASSAULT killings with no agent named, target right, but the text dates them 'last year' (unrest after Sonko's 2023 conviction): date should be 2023, not the document date 2024-02-04."),
 13: (["target"], "The Arab League's call is a REQUEST, but Iraq is not the party asked (it is the party whose integrity is to be respected); the addressees (the U.S. and others) are not named in the sentence, so the target should be empty."),
 14: (["target"], "U.S. REQUEST for restraint is right, but 'both sides' are the Israelis and the Palestinians; a description with no country is wrong by the rule: target should be Israel (ISR) and the Palestinians (PSE)."),
 15: (["date"], "Troops (THA) shooting six protesters (THA) dead is ASSAULT, but it happened when the demonstration was broken up on Monday, when the 1,300 were rounded up: date should be 2004-10-25, not 2004-10-26. (reported_by 'Malaysia army' should be the Thai army; not scored.)"),
 16: ([], "China's military drills around Taiwan in August are MOBILIZE (show of military force short of use), China (CHN) -> Taiwan (TWN), 2022-08 as the text gives."),
 17: (["target"], "Libya handing over the two Lockerbie suspects for trial is judicial COOPERATE in 1999, but the suspects are what was handed over, not the party cooperated with; the receiving party is not named in the sentence, so the target should be empty."),
 18: (["event"], "Spurious: 'raised the level of trust between Moscow and Washington' is not a military mobilisation; the trigger is used in another sense (the sentence holds only Medvedev's verbal SUPPORT of the treaty)."),
 19: (["target"], "Angola (AGO) sending troops into Congo is MOBILIZE (deployment), 1998-08-24, but the troops were sent 'to attack rebels' on Kabila's side: the target should be the Congolese rebels (COD), not the Congo state they came to rescue."),
 20: (["target"], "Opening a criminal case is ACCUSE investigate by the Investigative Committee (RUS), but the case is into mass disorder and violence against police: the police are the victims, not the investigated; the investigated are not named, target should be empty (or the protesters)."),
 21: ([], "Abbas's office condemning the Sudan-Israel agreement is ACCUSE disapprove by Abbas (PSE); 'the agreement' is not a party, so an empty target is right by the rule; document date."),
 22: (["target", "date"], "The Security Council resolution demanding a ceasefire and withdrawal of special police is a REQUEST, but its addressee is Milosevic's Yugoslavia, named in the sentence as the party committing to comply: target should be Yugoslavia / Milosevic (YUG); and it is an earlier resolution (background), so the document date is wrong - it should have no date."),
 23: ([], "Israel (ISR) withdrawing its troops from south Lebanon (LBN) in May is RETREAT withdraw, 2000-05 as the text gives."),
 24: (["type", "target"], "Supporters dancing and waving flags after Pezeshkian's win is a celebratory support rally, not a protest: type should be SUPPORT (toward Pezeshkian), and by the crowd rule the Iranian state is a wrong target - target should be Pezeshkian (IRN) or empty. Source and the overnight date are right."),
 25: (["source"], "The REQUEST to Chileans (CHL) to respect the ruling is right, but it was President Ricardo Lagos who asked, not the courts: source should be Ricardo Lagos (CHL)."),
 26: (["source", "date"], "'Duterte demanded to know what law he had broken' is Rodrigo Duterte's demand (REQUEST, no addressee named), not Sara Duterte's: source should be Rodrigo Duterte (PHL); the video is from the airport where he was held on Tuesday, so date should be 2025-03-11."),
 27: (["date"], "Saudi Arabia (SAU) launching strikes against Yemeni rebels (YEM) is ASSAULT, but the text dates the report Thursday: date should be 2009-11-05 (at the latest), not the Friday document date 2009-11-06."),
 28: (["source"], "'the Energy Charter it has signed but never ratified': 'it' is Russia, so the negated ratification (SUPPORT, negated) is Russia's: source should be Russia (RUS), not Poland."),
 29: ([], "Kim inviting Xi to visit Pyongyang is AGREE (invitation), Kim (PRK) -> Xi (CHN), asserted, reported by North Korean state media, during this week's visit (document date)."),
 30: ([], "Obama (USA) condemning the attack is ACCUSE disapprove; 'the attack' is no party, so an empty target is right; document date."),
 31: (["target"], "Eritrea's occupation of territory is ASSAULT (armed forces holding ground), ongoing so the document date is fine, but the territory is Ethiopia's (the speaker, Meles Zenawi's government, is in the sentence): target should be Ethiopia (ETH). (reported_by 'Ethiopia's Marxist government' is the 1991 regime - not scored.)"),
 32: (["type"], "India ordering Pakistan to withdraw its high commissioner is an expulsion of an envoy (the story calls it 'the expulsion'): type should be SANCTION (reduce diplomatic relations / expel, CAMEO 161/166), not REQUEST; source, target and Saturday 2002-05-18 are right."),
 33: ([], "Communist and nationalist deputies (RUS) denouncing the pact is ACCUSE disapprove; the pact is not a party, empty target right; document date."),
 34: ([], "Baku (AZE) accusing Armenia (ARM) of provocations is ACCUSE allege; the accusation belongs to the September clashes narrated, 2022-09 is acceptable."),
 35: ([], "Lobato's (TLS) resignation 'this month' is RETREAT resign, 2006-06."),
 36: ([], "A casualty total since 2001 is ASSAULT on American soldiers (USA) with no agent named and, as a span summed from an earlier time, no date: all right by the conventions."),
 37: (["source"], "The drug-war killings (ASSAULT, span 2016-2022 so no date) were done 'in operations under his government' - the Philippine police/government operations the sentence refers to: source should be the Philippine police / Duterte government (PHL), not empty."),
 38: (["target"], "Russia's demand for an apology is a REQUEST with an undated (unknown) time, but it is plainly addressed to Turkey, named in the sentence ('a Turkish F-16 shot down'): target should be Turkey (TUR)."),
 39: (["source"], "The investigation of the death is ACCUSE investigate on Monday 2015-01-19, but the investigating prosecutor is Viviana Fein, not the dead Nisman: source should be Viviana Fein (ARG)."),
 40: ([], "The arrest of American lawyer John Clancey (USA) is COERCE arrest; the arresting party is not named in the sentence, so an empty source is right; Wednesday raid = document date."),
 41: ([], "Syrian officials (SYR) rejecting the U.N. resolution is REJECT; the resolution is not a party and the Council is not named in the sentence, so an empty target is right; document date."),
 42: (["target"], "Seoul's standing rejection of the ICJ option is REJECT by South Korea (KOR), ongoing so the document date is fine, but the option rejected is Japan's, and Japan's government is in the sentence: target should be Japan (JPN)."),
 43: (["target"], "Karuna's part in the peace talks is CONSULT in 2002 (and 2003), but the talks were 'with the government' - the Sri Lankan government, not Norway: target should be the Sri Lankan government (LKA)."),
 44: ([], "Opposition supporters (ZWE) attacking the officers (ZWE police, 'them') on Sunday 2007-03-11 is ASSAULT as the police spokesman says; attribution keeps it asserted."),
 45: ([], "China's foreign ministry (CHN) welcoming the decision is SUPPORT; 'the decision' is not a party, empty target right; document date."),
 46: ([], "Putin (RUS) dismissing questions about Navalny's jailing is a REJECT (brushing aside the criticism); no party named as target; 2021-06-16."),
 47: (["date"], "Cubas (PRY) defying a Supreme Court ruling (PRY) is REJECT (CAMEO 128), reported inside the lower house's accusation, but it is a background act that predates the impeachment vote (Wednesday 1999-03-24): it should have no date, not the document date."),
 48: (["source"], "Snipers firing on the crowd (PRY) on Friday night 1999-03-26 is ASSAULT firearms, but the snipers fired in Asuncion and witnesses trace the shots to Oviedo supporters: the source country is plain, source should be snipers (PRY), not uncoded."),
 49: (["target"], "British opponents (GBR) calling for the ratification in London to be halted is a REQUEST, but it is addressed to the British government/parliament the sentence refers to as 'London': target should be the British government (GBR). (reported_by Klaus is wrong - not scored.)"),
 50: ([], "Joseph Wu ('He', TWN) accusing Beijing (CHN) of dollar diplomacy is ACCUSE allege, Monday 2019-09-16."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        bad, reason = V[it["n"]]
        if "event" in bad:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in bad for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

# checks
outs = [json.loads(l) for l in open("events-a.jsonl")]
assert len(outs) == 50
for a, b in zip(items, outs):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(o["verdict"][f] for o in outs) for f in FIELDS + ["all"]}
print(counts)
