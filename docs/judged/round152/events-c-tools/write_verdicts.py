"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below, then check them.
usage (from docs/judged/round152): python events-c-tools/write_verdicts.py"""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n -> (fields that are wrong, reasons); "SPURIOUS" makes every field false
V = {
 1: ((), "Security forces deployed in the capital (Moroni) on Wednesday 2019-03-27: MOBILIZE by Comorian forces, no target; all right."),
 2: ((), "The administration's verbal defence of the UAE is SUPPORT (CAMEO 052) USA -> ARE; a background act with no date in the text, so unknown is right."),
 3: (("date",), "AGREE (a pledge of aid) by Chavez is right and the sentence names no recipient, but the promise was made in his speech at Monday's rally: date should be 2008-08-25, not the document date."),
 4: ((), "The resignation is the condition of Yadav's threat, so RETREAT/resign by Sitaula, hypothetical, undated is right by the conditions rule. A trained coder would also code the demand itself (REQUEST Yadav -> Sitaula, NPL), which dateline has no event for."),
 5: ("SPURIOUS", "Spurious: an analyst's general remark that people 'can force the authorities to back down' states a capacity, not an act at a time. The concessions themselves are reported in their own sentences."),
 6: ((), "Signing of the supplementary border agreement by Lavrov and Li is a mutual SUPPORT (sign agreement); Thursday 2004-10-14 is right."),
 7: ((), "The bishop urging both sides (the Bolivian government and the strikers) to return to dialogue is a REQUEST; undated statement reported as news, so the document date is right."),
 8: (("source",), "ACCUSE Ibrahim on Sunday 2000-07-02 is right, but the source is an Egyptian government newspaper: its country should be EGY (the text makes it plain), not empty."),
 9: ((), "AID Poland -> Ukraine (weapons given) is right; a span summed since February 2022 has no date, so unknown is right."),
 10: ((), "Attack by unidentified gunmen on PM Mosisili's residence, Wednesday 2009-04-22: ASSAULT, empty gunmen country and target Mosisili (LSO) right."),
 11: (("target",), "Cayetano's apology is SUPPORT (CAMEO 055) on Monday 2018-04-23, but it was made to Kuwait, named in the same sentence ('Kuwaiti officials said the apology was not enough'): target should be Kuwait (KWT)."),
 12: ((), "Yeltsin and Jiang signing the joint declaration on Wednesday 1997-04-23 is a mutual SUPPORT (sign agreement); all right."),
 13: ((), "The COB calling on its members to resist is a REQUEST COB -> its members (BOL); undated statement, document date right."),
 14: (("target",), "Madrid pressing 'Brussels' is a REQUEST, background and undated, but Brussels here is the EU (the Commission negotiating with Morocco): target should be the European Union (EU/IGO, no country), not the Belgian government."),
 15: ((), "Kerry urging all sides (Israelis and Palestinians) to avoid escalation is a REQUEST; no single country for 'all sides', so empty country is right. Date is the document date."),
 16: ((), "Eritrea breaking off diplomatic relations with Sudan in December 1994 is SANCTION (CAMEO 161); all right."),
 17: ((), "EU officials urging respect for due process is a REQUEST. The sentence names no addressee, so an empty target is right. Date is the document date."),
 18: (("target",), "The Supreme Court ordering Memorial's closure on Tuesday 2021-12-28 is COERCE (ban an organisation), but the sentence names the organisation acted on: target should be Memorial International (RUS)."),
 19: (("source",), "ACCUSE/investigate with document date is right, but these are the Tanzanian police investigating Kibao's killing: source should be the police of Tanzania (TZA), not the UK police."),
 20: ((), "Israel's vow to retaliate is THREATEN. The sentence names no target, and the vow is background with no date given, so unknown is right."),
 21: ((), "China criticising the U.S.-South Korea agreement is ACCUSE. The sentence names no party, so an empty target is right. Date is the document date."),
 22: ((), "Adamkus congratulating his rival (Paksas, LTU) on Monday 2003-01-06 is SUPPORT; the description 'his rival' with LTU is right."),
 23: (("date",), "Prosecutors investigating Ibrahim is ACCUSE/investigate, and source and target are right, but the investigation is still going on when the story is told: date should be the document date 2000-07-02, not unknown."),
 24: (("target",), "The Orthodox march in Kiev on Saturday 2001-06-23 is PROTEST, but its aim is the Pope ('Pope go home'), not the authorities: by the crowd-protest rule the Ukrainian state is wrong. Target should be the Pope/Vatican (or empty)."),
 25: (("target", "date"), "'It was the first Israeli strike on Beirut' re-mentions Tuesday's strike (the January drone killing is e12): date should be 2024-07-30, not 2024-01. Target: the strike hit Beirut and was aimed at Hezbollah's commander; the Lebanese government is neither named nor attacked (empty, or Hezbollah)."),
 26: (("target",), "Evert's call for early elections is a REQUEST, but it is aimed at the government, which the same sentence names ('the Socialists no longer had a mandate'): target should be the PASOK government (GRC)."),
 27: ((), "India thanking Solih's government in the past is SUPPORT IND -> Maldives government (Solih, MDV); background 'in the past', so no date is right."),
 28: (("target",), "Laos guaranteeing safety is AGREE by Laos, but 'their' in the sentence refers to the returned Hmong asylum seekers: target should be the Hmong returnees (LAO), not empty."),
 29: (("source",), "Assad's first visit to China is CONSULT/visit on Friday 2023-09-22, but the visitor is Assad: source should be Bashar al-Assad (SYR), with China as host (target right)."),
 30: ((), "The Rwandan government rejecting accusations of authoritarianism is REJECT. The accusers are not named in the sentence, so an empty target is right. Present-tense stance, so the document date is right."),
 31: ((), "Arrest of several attackers (MOZ, local Islamist group) reported by the police commander is COERCE/arrest. The passive names no arrester, so an empty source is right. Thursday 2017-10-05, the day of the fighting, is a fair reading."),
 32: ((), "Mamboundou calling on his supporters to 'defend their victory' is a REQUEST Mamboundou -> supporters (GAB); undated statement, document date right."),
 33: (("modality",), "Groysman announcing that he would resign is RETREAT/resign by Groysman, undated, but it is announced for the future: modality should be future (like 'is to step down'), not hypothetical."),
 34: ((), "The declaration 'calling for a multipolar world' is a REQUEST by Yeltsin and Jiang, separate from the signing (e1). The sentence names the U.S. as the party challenged, so USA is acceptable. Wednesday 1997-04-23 is right."),
 35: ((), "The Sarajevo market shelling that killed dozens is ASSAULT. The shell's firer is unnamed (empty source right), the victims are people in Sarajevo (BIH), and the date is 1995-08-28, two days before August 30."),
 36: ((), "Hanoi asking Jakarta for details of the case is a REQUEST VNM -> IDN; undated, so the document date is right."),
 37: ((), "A death toll of civilians (SYR) killed since March: ASSAULT with an unnamed killer. A total summed from an earlier time has no date, so unknown is right; 'Rights groups say' keeps it asserted."),
 38: ((), "Leaders of 50+ countries pledging to cut HEU stocks on Tuesday 2012-03-27 is AGREE; a multinational group with no country, no target."),
 39: ((), "Iran calling the strike a 'criminal' act is ACCUSE. The sentence names no party ('it' is the strike), so an empty target is right. Date is the document date."),
 40: (("date",), "Deaths in the fuel riots: ASSAULT on several people (HTI) by unnamed perpetrators, but the text places the killings in the three days after the July 6 announcement. Date should be 2018-07-06..08 (week of 2018-07-06), not unknown."),
 41: ((), "Warsaw summoning Ukraine's ambassador to protest is ACCUSE (official complaint) POL -> UKR ambassador, Wednesday 2023-09-20; all right."),
 42: ((), "The court easing Kem Sokha's house-arrest restrictions on Sunday 2019-11-10 takes effect at once, so RETREAT (PLOVER's immediate-material-consequence reading, though CAMEO2PLOVER maps 081 to CONCEDE). KHM court -> Kem Sokha; right."),
 43: ((), "Ankara accusing the officers of involvement in the coup attempt is ACCUSE TUR -> Turkish military officers; an accusation still held, so the document date is right."),
 44: ((), "Kim Jong Un calling for an exponential increase in the arsenal is a REQUEST (an order) with no addressee named; background 'has called', no date, so unknown is right."),
 45: (("target",), "The U.S. embassy ordering its staff to stay home is a REQUEST with a right date (around July 7, after the suspension), but 'its staff' are the U.S. embassy's own staff: target country should be USA (or empty), not HTI."),
 46: (("type",), "'Poland will no longer send new weapons to Ukraine' announces a halt to military aid: type should be SANCTION (CAMEO 1622 stop military assistance), future. As coded, AID future says the opposite; read as AID it would have to be negated."),
 47: ((), "Mikati condemning the strike is ACCUSE. The sentence does not name Israel, so an empty target is right. Date is the document date 2024-07-30."),
 48: (("type",), "North Korea's planned long-range rocket launch next month (2012-04, future) is a weapons test, MOBILIZE (test weapons systems), not an ASSAULT: no one is attacked."),
 49: ((), "The Katyn massacre of Polish officers by the Soviet secret police in 1940 is ASSAULT/massacre SUN -> POL, dated 1940; all right."),
 50: ((), "Papandreou's resignation on Monday 1996-01-15 is RETREAT/resign; all right."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
with open("events-c.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {k: False for k in F}
        else:
            assert set(wrong) <= set(F) and "event" not in wrong
            v = {k: k not in wrong for k in F}
        v["all"] = all(v[k] for k in F)
        out = dict(it); out["verdict"] = v; out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = {
 "h53-x207-10": (["ASSAULT: Congolese troops loyal to Kabila (COD) -> coup plotters, presidential guard officer Eric Lenge and his men (COD), put down the attempted coup in Kinshasa, 2004-06-11",
                  "ASSAULT: presidential guard officer (COD) -> state broadcaster (COD), briefly seized the state broadcaster (armed seizure as part of the coup), 2004-06-11"],
                 0, 0, "Dateline has no event in the lead. The officer's declaration that the transitional government was suspended is part of the coup attempt and is not coded separately."),
 "h53-x205-02": (["AGREE: Costas Simitis (GRC) -> European Union (EU), has promised to steer Greece towards European monetary union, undated (background)"],
                 0, 0, "PASOK choosing Simitis as prime minister on Thursday (1996-01-18) is an internal party selection with no PLOVER type, so it is not listed. Dateline has no event in the lead."),
 "h53-x207-08": (["ACCUSE: rights groups (BGD) -> Bangladesh army / government (BGD), criticism of deaths in military custody during the anti-crime drive, 2002-11-06",
                  "MOBILIZE: Bangladesh soldiers (BGD) -> none, deployed across the country, three weeks before = 2002-10-16 (week 42)"],
                 1, 0, "Dateline found the MOBILIZE (soldiers BGD, 2002-W42, right) but not the rights groups' criticism."),
 "h53-x208-22": (["AID: (military donors, NZ and Australia, named only in the next paragraph) -> Tonga (TON), first military aid flights landed, 2022-01-20"],
                 0, 0, "Dateline has no event in the lead."),
 "h53-x206-15": (["ASSAULT: Iraqi government forces and allied Shi'ite militias (IRQ) -> Islamic State, pushed into the centre of Tikrit and recaptured it, 2015-03-31 (the end of a month-long offensive)"],
                 0, 1, "Dateline's only event is CONSULT/visit for Abadi visiting Tikrit. That is a trip to a city in his own country with no host actor, not a consultation between political actors, so it is spurious (borderline: ICEWS-style coders sometimes code domestic visits). The recapture (ASSAULT) is missed."),
 "h53-x207-24": (["ACCUSE: Samia Suluhu Hassan (TZA) -> none (unknown killers), ordered an investigation into the killing, 2024-09-09",
                  "ASSAULT: armed men (unknown, identified themselves as security officers) -> Ali Mohamed Kibao, Chadema official (TZA), seized him from a bus (abduction), 2024-09-06",
                  "ASSAULT: unknown -> Ali Mohamed Kibao (TZA), killed, found dead a day later (2024-09-07)",
                  "REQUEST: Western governments (USA, GBR, EU and others) -> Tanzanian authorities (TZA), called for an independent inquiry, 2024-09-09"],
                 0, 0, "Dateline has no event in the lead (the dates of the abduction and killing come from the next paragraph)."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
with open("paragraphs-c-verdicts.jsonl", "w") as f:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                            "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")

# checks
out = [json.loads(l) for l in open("events-c.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]; assert v["all"] == all(v[k] for k in F)
    if not v["event"]: assert not any(v.values())
pv = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(pv) == 6
counts = {k: sum(o["verdict"][k] for o in out) for k in F + ("all",)}
print(counts)
print({"coded_acts": sum(len(p["coder_events"]) for p in pv), "found": sum(p["found"] for p in pv),
       "dateline_events": sum(p["dateline_events"] for p in pv), "spurious": sum(p["spurious"] for p in pv)})
