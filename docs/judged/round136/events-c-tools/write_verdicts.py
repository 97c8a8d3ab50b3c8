"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's hand verdicts below.
Each verdict lists the fields judged WRONG ('spurious' = not an event, every field false)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([ "target"], "SANCTION withdraw, Trump (USA), May 2018 are right; the target should be Iran (IRN), the other party to the 2015 nuclear deal named in the sentence ('Iran's economy'), not the United States, which is the source's own country being pulled out."),
 2: (["date"], "COERCE arrest by Brazilian police of Adelio Bispo de Oliveira is right; the arrest was 'at the scene' of Thursday's stabbing, so the date should be 2018-09-06 (Thursday), not the Friday document date."),
 3: (["target"], "REQUEST by the EU is right and the undated 'has urged' may take the document date; the target should be Serbia (SRB), named in the sentence and the party urged to show restraint and investigate the collapse, not empty."),
 4: (["type", "target", "date", "modality"], "Zyuganov saying the government 'should resign' is a demand, so the type should be REQUEST (change of leadership) from Zyuganov (RUS) to the Russian government (RUS), asserted, dated 1998-08-18 (the news day). It is not a hypothetical RETREAT resign with Zyuganov as the one resigning."),
 5: ([], "AGREE between Vajpayee (IND) and Musharraf (PAK) to launch the dialogue, January 2004, asserted background fact. All right; listing both parties on both sides is accepted under the mutual-event rule."),
 6: ([], "ACCUSE disapprove by France and Belgium condemning the killings. The sentence names no perpetrator, so an empty target is right, and the undated reaction takes the document date. All right."),
 7: ([], "REQUEST by Tsipras (GRC) urging Greeks (GRC) to defend ERT, undated reaction on the document date, asserted. All right."),
 8: (["type", "target"], "The Greek Cypriot demolition of their own Ledra Street wall was a goodwill step to open a crossing, not destruction as part of a conflict. The type should be RETREAT (a material conciliatory step, CAMEO 08), and the target should be the Turkish Cypriot side ('troops on the other side'), not the Cyprus government itself. Source, date (Friday 2007-03-09) and modality are right."),
 9: (["source", "target", "date", "modality"], "The plot inside the Kurdish officials' accusation is a separate act from the ACCUSE e5. Its source should be the Turkish agents (TUR) and its target the governor of Kirkuk (IRQ, not TUR). Its modality should be reported (an act inside an accusation), and it should be undated, since the plot came before Friday's raid and was not on the document date. ASSAULT assassinate is an acceptable type for a plotted assassination."),
 10: (["target", "date"], "SUPPORT by Spain and Germany is right. The target should be Morocco (MAR), named in the sentence and the owner of the autonomy plan. 'Have since backed' is a background act between 2020 and now, so it should be undated (after 2020), not given the 2024-10-30 document date."),
 11: ([], "REQUEST by Retailleau (FRA) to Rabat (Morocco's government, MAR) to take back nationals, dated to the visit on the document date, asserted. All right."),
 12: (["date"], "ASSAULT execute of Saddam's half-brother (IRQ) with the executioner unnamed (empty source right). The text says only 'weeks later' than Saddam's December 2006 hanging, so the date should be undated or early 2007, not 2006-12, which is the month of another act."),
 13: ([], "RETREAT release of two women hostages (COL) by the FARC (COL) on Thursday 2008-01-10, asserted. All right."),
 14: (["spurious"], "Spurious: 'clashes with cabinets' are political disputes between Kuwait's parliament and its governments, not violence, so the trigger is used in another sense. A habitual background dispute like this would not be coded as ASSAULT."),
 15: ([], "Gyurcsany (HUN) said he would resign: RETREAT resign with future modality and no date, as the conventions code 'is to step down'. All right."),
 16: ([], "COERCE arrest of the Syrian activists (SYR) with the arresting authority unnamed (empty source right), asserted. 2007-12 is the start of the 'December and January' span the text gives and is accepted, although the arrests also ran into January 2008."),
 17: (["date"], "ASSAULT firearms by Cambodian security forces (KHM) on the striking workers/the four killed (KHM) is right. The sentence's 'on Saturday' belongs to the park clearance. The next sentence dates the shooting to Friday morning, so the date should be 2014-01-03."),
 18: (["source", "target"], "REQUEST type, undated pluperfect and asserted modality are right. The source should be Malaysia (MYS) and Singapore (SGP), the 'several ASEAN members' that urged, not ASEAN as a body. The target should be Myanmar's government (MMR), named as 'Yangon', not empty."),
 19: (["type", "target"], "Merkel's 2015 decision to open Germany's borders to refugees is admission of refugees. The type should be AID (grant asylum, CAMEO 075), not RETREAT access, which covers observers, peacekeepers and aid workers. The target should be the refugees named in the sentence (no country), not empty. Source Merkel (DEU), date 2015 ('last year') and modality are right."),
 20: ([], "ACCUSE by Sudan's U.N. ambassador Erwa (SDN) against the Security Council (UN) on the day of the vote, asserted. All right."),
 21: ([], "CONSULT: Tsai (TWN) is expected to meet McCarthy (USA), with future modality and no date given. All right."),
 22: (["spurious"], "Spurious: 'accepting political responsibility' describes the resignation already coded as e1 from this sentence (the resignation is how Kok accepts responsibility). It is a duplicate, not a separate concession with a party."),
 23: ([], "Negated CONCEDE: the Palestinian cabinet secretary (PSE) says 'we have not given up anything'. No recipient is named, so an empty target is right. The document date is accepted for a negated act that has no time of its own. All right by the conventions' negated modality."),
 24: ([], "PROTEST by more than 100,000 people (BLR) in Minsk demanding Lukashenko's resignation, so the state (BLR) is a right target. Sunday 2020-09-13, asserted. All right."),
 25: (["spurious"], "Spurious: 'indicted war criminals' is a status adjective in a description of Bosnia's state two years after the war, not an act reported here. The 'refugees' source comes from an unrelated clause, and the indicting tribunal is not named."),
 26: (["date"], "ASSAULT on twelve people in Berlin (DEU) with the attacker unnamed (empty source right) is right, but the sentence says 'on Monday evening', so the date should be 2016-12-19, not the Tuesday document date."),
 27: (["target"], "REJECT by the Taliban (AFG) of the gathering is right. The target should be the jirga of Afghan and Pakistani delegates (AFG/PAK), i.e. 'the gathering'. The United States is named only as the alleged stager of the show. Date and modality are right."),
 28: ([], "SUPPORT by Kerry (USA) praising the progress of the peace talks. No party is named in the sentence, so an empty target is right. The Havana date of Sept 23 is right. All right."),
 29: ([], "REQUEST by Saadoun (KWT) that the Kuwaiti government cooperate, after the count on the document date, asserted. All right."),
 30: ([], "SUPPORT: the Taliban (AFG), through its spokesman, welcomed the jirga's decision. The jirga is not named in the sentence, so an empty target is right. Document date, asserted. All right."),
 31: ([], "PROTEST by Algerians (DZA) in Algiers on Monday 1997-10-27 against election fraud. The sentence names no authority, so an empty target is accepted (the state would also be right). All right."),
 32: (["source"], "AGREE (invitation to talks), future and undated ('in the coming months') are right, and Algeria/Mauritania are right invitees ('the parties', Morocco and the Polisario, are missing). The source should be Baker acting as the U.N. Secretary-General's envoy (UN, IGO), not a U.S. government actor."),
 33: (["source", "target"], "AGREE (willingness to discuss a successor) on the document date, asserted, is right. The source should be Hungary's Free Democrats (SZDSZ, HUN), not a German FDP (DEU). The target should be empty (the parties they would negotiate with are not named): the 'new prime minister' is the topic, not a party."),
 34: (["type"], "Washington promising Nepal help against the rebels is a pledge of aid, so the type should be AGREE (conventions, wave 76), not THREATEN. Source USA, target Nepal (NPL), undated 'has promised' on the document date and asserted modality are right."),
 35: (["type"], "Navalny's allies calling for more protests next weekend did not protest. The type should be REQUEST (a call to supporters to protest), not an asserted PROTEST. Source (RUS), empty target and the news date are accepted for the call."),
 36: ([], "SUPPORT by Putin (RUS) welcoming Lukashenko's (BLR) proposal at the Monday talks, asserted. All right."),
 37: ([], "ASSAULT total 'more than 4,000 people killed so far this year' in Afghanistan (AFG), perpetrators unnamed. A total summed over a span has no date (round-20 rule). All right."),
 38: ([], "SANCTION convict by the Algerian court (DZA) of Ouyahia (DZA) on Tuesday 2019-12-10, asserted. All right, though Sellal, also sentenced, is missing from the target."),
 39: ([], "ACCUSE (official complaint) by Mali's government (MLI) summoning the Algerian ambassador (DZA), dated to the story's day, asserted. All right."),
 40: ([], "REQUEST by UNHCR (UN) urging Kenya (KEN) not to return refugees, document date, asserted. All right."),
 41: (["target"], "ACCUSE by Shevardnadze (GEO) is right, but the sentence names the accused: the target should be the Abkhaz separatist leadership (GEO/Abkhazia), not empty."),
 42: ([], "REQUEST by Bangladeshi ministers (BGD) urging students (BGD) back to class, document date, asserted. All right."),
 43: (["spurious"], "Spurious: 'public demonstrations are banned in Saudi Arabia' describes a standing law, not an act reported here. The country itself is also no target; a ban, if coded, would be by the Saudi state on would-be protesters, undated."),
 44: ([], "AGREE between India (IND) and Pakistan (PAK) on the hotline, Sunday 2004-06-20, asserted. Both parties as mutual source and target are accepted. All right."),
 45: (["target"], "AGREE (Tusk's promises, undated 'has promised') with source Tusk (POL) is right. The target should be the EU (named as Brussels / EU funds), the party with which he promised to repair relations and unlock funds, not empty."),
 46: (["source"], "ACCUSE of people abroad (the Togolese diaspora, TGO) on the document date is right. The source should be the government spokesman ('He', Togo's government, TGO), not President Gnassingbe."),
 47: (["target"], "ACCUSE by Algerian state media (DZA) calling the speech a provocation is right. The target should be France/Macron (FRA), whose speech it was; France is named in the same sentence. It should not be empty."),
 48: (["date"], "COERCE restriction on Guy Scott (ZMB) standing for office, with the barring authority unnamed, is right. The text dates only Sata's death to October, so the barring should be undated, not 2014-10."),
 49: (["date"], "CONSULT visit: Zelenskiy (UKR) to the United States (USA), asserted. He flew for the Wednesday visit, so the date should be 2022-12-21, not the Thursday document date."),
 50: ([], "ACCUSE by Havana (Cuba's government, CUB) denouncing U.S. (USA) democracy programmes. 'Has long denounced' is still going on, so it takes the document date. All right."),
}

items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open(os.path.join(ROOT, "events-c.jsonl"), "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "spurious" in wrong:
            v = {f: False for f in FIELDS}
        else:
            assert all(w in FIELDS for w in wrong)
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = {
 "h45-x173-07": ([
   "RETREAT resign: Wim Kok and his cabinet (NLD) -> none, resigned, 2002-04-16",
   "ASSAULT massacre: (perpetrators not named in the sentence) -> Muslim men and boys at Srebrenica (BIH), the 1995 massacre, 1995 (background)"],
   1, 1, "Dateline found the resignation. Its CONCEDE 'accepting' (e2) is the same act (a duplicate) and is spurious. The dated background massacre was not coded."),
 "h45-x175-11": ([
   "ASSAULT aerial: Sri Lankan air force (LKA) -> Tamil Tigers / LTTE (LKA), bombed positions in Trincomalee, 2006-07-26",
   "REJECT: LTTE (LKA) -> (not named), refused to reopen the sluice gate, before 2006-07-26 (undated)",
   "COERCE withhold: LTTE (LKA) -> thousands of farming families (LKA), sluice gate cutting off water, ongoing (2006-07-27)"],
   0, 0, "Dateline has no event in this lead at all, not even the air strike."),
 "h45-x174-13": ([
   "SANCTION convict: Iraqi court (IRQ) -> Tariq Aziz (IRQ), sentenced to death, 2010-10-26"],
   1, 0, "Found with the right Tuesday date. The 'persecution of Shi'ite religious parties' is the charge's ground, undated here, and not coded separately."),
 "h45-x174-03": ([
   "PROTEST demo: Algerians (DZA) -> (Algerian authorities, not named), marched in Algiers against election fraud, 1997-10-27",
   "ACCUSE allege: opposition parties (DZA) -> (not named), called the local elections massive fraud, undated (document date 1997-10-28)"],
   1, 0, "The march was found. The opposition parties' fraud accusation, in a relative clause, was not coded."),
 "h45-x173-12": ([
   "SANCTION: European Union -> Austria (AUT), diplomatic sanctions after the Freedom Party entered government, 2000 (background)"],
   0, 0, "Haider's car crash is an accident, not an event. Dateline coded nothing; the dated background EU sanctions were missed."),
 "h45-x174-01": ([
   "SUPPORT: Israel's parliament (ISR) -> Shimon Peres (ISR), approved as prime minister, 1995-11-22",
   "ASSAULT assassinate: a Jewish extremist (ISR) -> Yitzhak Rabin (ISR), shot dead at a Tel Aviv peace rally, 1995-11-04 (18 days earlier)"],
   1, 0, "The Knesset approval was found. Rabin's assassination, in the 'after' clause, was not coded."),
}
paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c.jsonl"))]
with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as out:
    for p in paras:
        ce, found, spur, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ce, "found": found,
                              "dateline_events": len(p["events"]), "spurious": spur,
                              "notes": notes}, ensure_ascii=False) + "\n")
print("written")
