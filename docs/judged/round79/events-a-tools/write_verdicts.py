"""Write events-a.jsonl from the judge's verdicts below (one per item n), check it, print counts."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
F = ["event", "type", "source", "target", "date", "modality"]
T = dict.fromkeys(F, True)

def v(wrong=(), spurious=False):
    d = {k: (not spurious) and (k not in wrong) for k in F}
    d["all"] = all(d[k] for k in F)
    return d

V = {
 1: (v(), "REQUEST by the US, France and the UN; the sentence names no addressee, so the empty target is right. No date in the text; Thursday 2021-10-14, the story's news day, is right (the document date 2021-10-15 would also be)."),
 2: (v(), "Taiwan urged 'all sides' (China, Japan, the activists) to show restraint. A common-noun group of several countries with no code is right. The document date is right."),
 3: (v(), "Essid announced that tourist police would be deployed: MOBILIZE, future, police (TUN) as source, no target. No date is given, so the empty date is right."),
 4: (v(), "Bush praised the Yemeni guards: SUPPORT USA -> Yemeni guards (YEM), the document date, asserted."),
 5: (v(), "A promise to fight corruption and poverty is an intent to reform (CAMEO 034, AGREE). No counterpart is named, so the empty target is right. The document date is right."),
 6: (v(["target"]), "Target wrong: the 'Somali region' is a region of Ethiopia, so Somalia (SOM) is a wrong party. The target should be the oil site, i.e. the Ethiopians and Chinese workers (ETH, CHN). Tuesday 2007-04-24 is right."),
 7: (v(), "Gunmen opened fire on the guards: ASSAULT firearms. The gunmen are militants in Yemen ('Islamic Jihad in Yemen'), so YEM is acceptable, and the guards are the Yemeni guards. 2008-09-17 09:15 is right."),
 8: (v(["source"]), "Source country wrong: the ethnic Indians who marched in Kuala Lumpur are Malaysians (MYS), not India (IND). The empty target is right because the sentence names no party. 2007-11 is right."),
 9: (v(["target"]), "Target wrong: the sentence names only 'the attack', and no group has claimed it (the gunmen only carried IS flags), so Islamic State is not clearly the party. The target should be empty or the attackers (no code). The rest is right."),
 10: (v(["date"]), "Japan -> China REQUEST is right, but the empty date is wrong. This is this news (the lead: Japan 'protested to China on Thursday'), not an act of unknown time. The date should be 2007-01-18, or the document date 2007-01-19."),
 11: (v(["source", "target"]), "COERCE is right (police raided and shut Hamas offices, 1999-08). Both arguments are empty, but the sentence names them: the source should be the Jordanian police (JOR) and the target Hamas (PSE)."),
 12: (v(), "Kostunica blamed the United States: ACCUSE SRB -> USA on Sunday 2008-02-17, the document date. This is a separate act from the 'denounced' event."),
 13: (v(), "Tariffs on Australian barley are SANCTION (curtailed commercial exchange), even though CAMEO2PLOVER maps CAMEO 163 to COERCE. China -> Australia, Monday 2020-05-18, all right."),
 14: (v(), "A cumulative toll ('more than 60,000 killed since' 1992): ASSAULT with no named killer and Algerian victims. By the rule a total summed from an earlier time has no date, so the empty date is right."),
 15: (v(), "Lawyers filing complaints against Pamuk is a legal ACCUSE: Turkish lawyers -> Pamuk (TUR) at Friday's hearing (the document date), asserted."),
 16: (v(), "Brahim complained that his posters were seized and his manifesto censored: ACCUSE. The sentence names no accused party, so the empty target is right. The document date is right."),
 17: (v(), "Lekhak resigned: RETREAT resign (NPL). The empty target is right. The resignation came on the Monday night of the shootings, so 2025-09-08 is right."),
 18: (v(["target", "date"]), "The rebels' commitment under the deal to hand over weapons is CONCEDE (a promise), asserted, which is right. Target wrong: 'Parbatya' (the PCJSS) is the rebels' own political wing; it should be empty or the Bangladesh government. Date wrong: the deal was signed on Tuesday 1997-12-02, not 1997-12-03."),
 19: (v(), "The rebels accused Vieira: ACCUSE GNB -> GNB on Thursday 1999-05-06, right."),
 20: (v(["target"]), "Target wrong: Ethiopia accuses the ONLF (ETH). The Somali Islamists are only the object of the alleged links. The rest is right."),
 21: (v(["date"]), "ASSAULT suicide bomber -> 30 people (PAK) is right. Date wrong: the bombing was 'hours before the vote' held on Saturday, so it should be 2008-09-06, not the document date 2008-09-07."),
 22: (v(), "Signing a peace accord is SUPPORT (sign an agreement): Bangladesh government -> tribal guerrillas (BGD), Tuesday 1997-12-02, right."),
 23: (v(), "Ukrainian officials accused Russian forces: ACCUSE UKR -> RUS, the document date, right."),
 24: (v(), "Obama telephoned Rousseff: CONSULT phone USA -> BRA, the document date. The sector code REB for Rousseff is odd but is not scored."),
 25: (v(["date"]), "Killings inside Pamuk's statement ('he said that' is attribution, so asserted is kept): ASSAULT with no named killer, target Armenians (Kurds missing, but no wrong party). Date wrong: the text dates the killings of Armenians to 1915, so the empty date is not right."),
 26: (v(), "The US urged Abiy to open political space: REQUEST USA -> ETH, Monday 2018-04-02 (the document date), right."),
 27: (v(spurious=True), "Spurious: 'they failed to halt the advance' means the militiamen failed to stop the Turkish advance. It is not a ceasefire, so no RETREAT was refused. The sentence's act is Damascus sending militiamen to help the Kurds."),
 28: (v(["type", "date", "modality"]), "'Said he would work with all parties' is a statement of willingness to cooperate, so it is AGREE (PLOVER AGREE; wave-76 rule), not COOPERATE. The statement is asserted and dated to the news conference: 2008-09-06 (the election day) or the document date 2008-09-07. Source and target are right."),
 29: (v(spurious=True), "Spurious: 'a 2017 U.S. law targeting defence deals with Moscow' describes what the law covers. No one accuses or disapproves of anyone here."),
 30: (v(), "Malaysia urged Bangkok to show restraint: REQUEST MYS -> THA government, the document date, right."),
 31: (v(), "Iran shot down a U.S. drone last month: ASSAULT IRN -> USA, 2019-06, right."),
 32: (v(), "'Moscow has rejected the idea' is REJECT (RUS). 'The idea' is not a party, so the empty target is right. The stance still holds, so the document date is accepted (an undated background reading would also be defensible)."),
 33: (v(), "Dutch police opened an investigation into how 'he' (Praljak) got the poison: ACCUSE investigate NLD -> Praljak (BIH, a Bosnian Croat), Wednesday 2017-11-29, right."),
 34: (v(["type"]), "Type wrong: Hezbollah capturing two soldiers in a cross-border raid is an abduction, ASSAULT (abduct). COERCE seize is for authorities confiscating property. Arguments and 2006-07-12 are right."),
 35: (v(), "Silajdzic urged NATO not to stop halfway: REQUEST BIH -> NATO, Wednesday 1995-08-30, right."),
 36: (v(), "Azerbaijan insists that Armenia amend its constitution: REQUEST AZE -> ARM. This is a standing demand, so the document date is right."),
 37: (v(["type", "target"]), "The EU approved sending a 2,000-strong mission to help 'the new state'. That is a commitment of assistance to Kosovo: AGREE (wave-76 rule), not SUPPORT. The target should be Kosovo (XKX), not Ahtisaari, who only drew up the plan. Saturday 2008-02-16 is right."),
 38: (v(["source"]), "Source wrong: 'Aung San' names her father, General Aung San. The source should be Aung San Suu Kyi (MMR). SUPPORT, the empty target ('the move'; the event's clause names no party) and the document date are right."),
 39: (v(), "The Torkham crossings were closed (no agent given): COERCE restrict, with no party named in that clause. 'Last month' is 2023-09, right."),
 40: (v(), "Bush and Putin agreed that Balkan borders should not change by force: a mutual AGREE (USA/RUS) on Saturday 2001-06-16 (the document date), right."),
 41: (v(), "Australia and New Zealand welcomed the forum's decision: SUPPORT AUS, NZL. 'The decision' is an act, so the empty target is accepted. The document date is right."),
 42: (v(["target"]), "AGREE (a promise of reforms) by Abdallahi is right. Target wrong: the sentence names the party of the one dyadic pledge, so the target should be the black Mauritanians whose return he promised (MRT). The document date is accepted for this standing campaign pledge."),
 43: (v(["source", "target"]), "Source wrong: the sentence names the attacker, so it should be Seifeddine Rezgui (TUN) rather than the common noun 'attacker' with no code. Target wrong: the empty target misses the named 'sunbathers' (mostly British tourists). Friday 2015-06-26 is right."),
 44: (v(), "'It' (the ICTY) sentenced Mladic: SANCTION convict UN tribunal -> Mladic (BIH). 'Last week' is 2017-W47, right."),
 45: (v(), "The February 2004 Moscow metro bombing killed about 40: ASSAULT with no named bomber and Russian victims, 2004-02, right."),
 46: (v(["source"]), "Source country wrong: the lawyers act for South Korean former labourers in South Korean courts, so it should be KOR, not JPN. Target (Japanese firms, JPN), future modality and the empty date are right."),
 47: (v(), "Cameron promised new powers to the Scottish parliament: AGREE (intent to change institutions, CAMEO 034) GBR -> GBR, the document date, right."),
 48: (v(), "Pastrana has been holding peace talks with the FARC: an ongoing CONSULT COL -> COL. It takes the date of the story (datelined Aug 30; the document date is Aug 31), so this is right."),
 49: (v(["source"]), "Source wrong: 'It' is the Ethiopian government statement, so the source should be the Ethiopian government (ETH), not the town of Degehabur. Target ONLF and the date are right."),
 50: (v(spurious=True), "Spurious: 'summoned India's ambassador ... to protest' is one diplomatic act, already coded as the 'summoned' ACCUSE event (e3) in this sentence. A diplomatic protest is also not PROTEST, which covers civilian demonstrations."),
}

items = [json.loads(l) for l in open(os.path.join(ROOT, "events-a-items.jsonl"))]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    verdict, reason = V[it["n"]]
    o = dict(it); o["verdict"] = verdict; o["reasons"] = reason
    out.append(o)
with open(os.path.join(ROOT, "events-a.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(os.path.join(ROOT, "events-a.jsonl"))]
assert len(back) == 50
for it, o in zip(items, back):
    assert (o["n"], o["doc"], o["trigger"]) == (it["n"], it["doc"], it["trigger"])
    vv = o["verdict"]
    assert vv["all"] == all(vv[k] for k in F)
    if not vv["event"]:
        assert not any(vv[k] for k in F + ["all"])
counts = {k: sum(o["verdict"][k] for o in back) for k in F + ["all"]}
print(counts)
