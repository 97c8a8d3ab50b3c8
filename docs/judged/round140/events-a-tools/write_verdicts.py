"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below, then check them."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")
T = dict.fromkeys(F, True)


def v(wrong=(), spurious=False):
    if spurious:
        return dict.fromkeys(F, False)
    d = dict(T)
    for w in wrong:
        assert w in F, w
        d[w] = False
    return d


# n -> (verdict, reasons); trigger is checked against the item
V = {
 1: ("support", v(["type"]), "Iran's military support for Assad is material military assistance, so the type should be AID, not SUPPORT (which PLOVER keeps for verbal support only). Iran -> Assad (SYR), the document date for an act still going on, and asserted (Baird's citing it is attribution) are right."),
 2: ("clashed", v(spurious=True), "Spurious: 'clashed with Traore and with the army' means a political quarrel, so this is a trigger word in another sense and not an ASSAULT. At most a trained coder would code an ACCUSE (disapprove) from Diarra to Traore."),
 3: ("arrested", v(), "COERCE arrest of Simon Mann (GBR) in March 2004 is right. The sentence names no one who made the arrest, so an empty source is right."),
 4: ("killed", v(), "ASSAULT on 19 people killed in clashes in Turkey. No attacker is named, so an empty source is right. The document date is right for an act reported as this news ('said on Wednesday')."),
 5: ("complained", v(), "UML leaders (NPL) complain about Nepal's government for conceding too much on Monday 1996-02-12, so ACCUSE is right. The sector GOV is wrong for an opposition party, but sectors are not scored."),
 6: ("detained", v(), "COERCE arrest of Alvarez by the Nicaraguan police in August 2022 ('August last year') is right in every field."),
 7: ("congratulated", v(), "SUPPORT from Washington (USA) to Uribe (COL) on the document date is right. The 'has given ... military aid since 2000' clause is a separate act and is not judged here."),
 8: ("ask", v(), "Future REQUEST from the SDS deputies to their party. 'Democratic Party' is the Serb Democratic Party (SDS, BIH), so the target is right, and an undated future act is right with no date."),
 9: ("recall", v(), "Turkey recalling its ambassador to the Vatican in April 2015 is a SANCTION withdraw and is right in every field."),
 10: ("investigating", v(["target"]), "The target should be the suspect: the 26-year-old Dutch-Moroccan man (NLD), to whom 'the suspect' in the sentence refers. The investigation is into his links, so an empty target is wrong."),
 11: ("charged", v(["target"]), "The target is the captain of the Spanish trawler Estai, so his country should be ESP, not CAN. An empty source is right because the sentence names no one, and future modality with no date is right."),
 12: ("fired", v(["target"]), "The target should be the opposition rally, the opposition leaders and their several thousand supporters (ZMB), whom the sentence names as the people fired on. An empty target is wrong. Police (ZMB), Saturday 1997-08-23 and asserted are right."),
 13: ("promised", v(), "AGREE: Trudeau's 2017 promise to resolve the waste problem. No recipient is named as a party, so an empty target is right, and the date 2017 is right."),
 14: ("sent", v(), "MOBILIZE by Calderon (MEX). 'Has sent ... since taking office last December' is a span summed from an earlier time, so no date is right."),
 15: ("detained", v(["target"]), "Golovatov is a former Soviet KGB commander who flew home to Moscow and whom Russia treats as its citizen, so his code should be RUS (or SUN), not LTU. The empty source (Austrian authorities are not named) and Thursday 2011-07-14 are right."),
 16: ("appealed", v(["date"]), "The date should be 2019-02-03: the pope appealed 'before leaving Rome on Sunday', not on the document date of Monday. The type, source and empty target are right."),
 17: ("bombing", v(["target"]), "The target should be the police academy in Bogota, i.e. the Colombian police (COL), which the sentence names as what was bombed. ELN (COL) and January 2019 are right, and the act stays asserted under Pompeo's attribution."),
 18: ("meet", v(["date"]), "The date should be this weekend (2025-08-30/31): the sentence dates the summit, and the expected meeting with Xi and Putin happens at it. An unknown date is wrong. Everything else is right, and the act is not a duplicate of the visit to China (e4)."),
 19: ("protests", v(), "PROTEST in other Romanian cities. No aim and no protesters are named, so an empty source and target are right, and Tuesday 2015-11-03 follows the text's 'Tuesday night' for the parallel protests."),
 20: ("opened", v(["target", "date"]), "The target should be the survivors (train passengers, AGO), whom the sentence names. The date should be Friday 2001-08-10, the day the next sentence gives for the attack; Saturday is the day the government spoke."),
 21: ("protests", v(["date"]), "The mass protests followed Hariri's killing in February, and 'in April' dates Syria's withdrawal. The date should be 2005 (February-March), not 2005-04. The empty target is right by the protest rule, since the protests were aimed at Syria, not at the Lebanese state."),
 22: ("demanded", v(["source"]), "The hijackers are the Chechen gunmen of the lead, so their code should be RUS, not empty. REQUEST to Moscow is right, and the undated act stays asserted under 'according to Saudi officials'."),
 23: ("warned", v(), "THREATEN by Pentagon spokesman Cook (USA) on Thursday 2016-10-13. The Houthis are not named in the sentence, so an empty target is right."),
 24: ("welcomed", v(["target"]), "'The statement on ownership' is Museveni's statement, so the target should be Museveni / Uganda (UGA), not empty. SUPPORT, Kenyan officials and the document date are right."),
 25: ("imposed", v(), "SANCTION by the UN Security Council on Iran in June 2010 is right in every field."),
 26: ("agreed", v(["source", "target"]), "The parties should be the two Iraqi Kurdish leaders, Barzani (KDP) and Talabani (PUK), both IRQ, each as the other's counterpart. Instead dateline gives 'leaders' coded USA plus the state of Iraq. AGREE on Thursday 1998-09-17 is right."),
 27: ("urged", v(), "REQUEST from the US to India and Pakistan, on the document date (no date is given), is right in every field."),
 28: ("urged", v(["target"]), "'The government' that Congress urged is India's own government, so the target should be IND, not QAT."),
 29: ("shot", v(["date"]), "The lead says Yevloyev 'died on Sunday after being shot', so the date should be 2008-08-31, not unknown. ASSAULT on Yevloyev (RUS) is right. The sentence does not say who fired, so an empty source is accepted, though a coder would likely put the police."),
 30: ("accepted", v(["type", "source", "date"]), "The source should be the unnamed Pearl Harbor veteran (USA), not Obama. His accepting Abe's words is approval, so the type should be SUPPORT, not AGREE. The date should be the ceremony, Tuesday 2016-12-27 (or the document date), not 1941-12-07, the date of the attack."),
 31: ("ordered", v(), "Saleh ordering the Yemeni security forces to find those behind the attack is a REQUEST (PLOVER counts orders), on the document date. An ACCUSE investigate would also be defensible."),
 32: ("condemned", v(["date"]), "The date should be the document date 2005-03-03, since the condemnation is this news. Dateline's 2003 comes from the earlier sentence about the 2003 transfer of power. ACCUSE by Ilham Aliyev, with an empty target for unknown killers, is right."),
 33: ("appealed", v(["source"]), "The families are those of the eight former Indian navy men, so the source should be IND, not QAT. The REQUEST to Modi on the document date is right."),
 34: ("recalled", v(), "The Philippines recalling its envoys from Canada on Thursday 2019-05-16 is right in every field."),
 35: ("criticised", v(["source", "date"]), "The magazine is Monitor, an Azerbaijani opposition weekly, so the source should be AZE, not empty. The date should be none: this is habitual background criticism, and 2003 dates the transfer of power, not the criticism."),
 36: ("accused", v(["target"]), "'Some of them' refers to the convicted medics, so the target should be the doctors and nurses (BHR), not empty."),
 37: ("detained", v(), "COERCE arrest of Chinmoy Krishna Das (BGD) on Monday 2024-11-25. The sentence names no one who made the arrest, so an empty source is right."),
 38: ("convicted", v(), "SANCTION convict of Alvarez (NIC) on Friday 2023-02-10. The court is not named in this sentence, so an empty source is right. This is not a duplicate because the sentencing (e1) is in another sentence."),
 39: ("rejected", v(["target", "date"]), "'The decision' is the Northwest Atlantic Fisheries Organization's quota, so the target should be NAFO. The rejection is background from after last month's decision (February 1995), so the date should not be the document date."),
 40: ("declared", v(["type", "source"]), "Declaring the truce over ends a ceasefire, the opposite of a concession. It should be coded as abandoning the agreement (SANCTION withdraw, or at least not CONCEDE). The Polisario (Western Sahara independence movement) should be ESH or empty, not MAR. The date 2020 is right."),
 41: ("resigned", v(), "Diarra's resignation (RETREAT resign) on Tuesday 2012-12-11 is right in every field."),
 42: ("accusing", v(["target"]), "'Them' are the Israeli security men, so the target should be Israeli security personnel (ISR), not empty."),
 43: ("compromise", v(["target"]), "The sentence names the U.S. demands that India will not give in to, so the target should be the United States (USA). CONCEDE negated is accepted as the mirror of REJECT, as the modality rule accepts 'RETREAT negated'."),
 44: ("recalling", v(), "Maduro recalling the ambassador to Guyana (SANCTION withdraw) on Monday 2015-07-06 is right in every field."),
 45: ("shooting", v(["target"]), "Kayumba survived the shooting, so the target should be Faustin Kayumba Nyamwasa (RWA), whom the sentence names. An empty source (unknown attackers) and 2010 are right."),
 46: ("attack", v(), "The October 2002 Bali attack on Australians (AUS) and Indonesians (IDN) is right. The bombers are not named in this sentence, so an empty source is right."),
 47: ("conceded", v(["modality"]), "'Nepal had conceded too much' sits inside the UML leaders' complaint, so the modality should be reported, not asserted. CONCEDE by Nepal, dated by the treaty signed Monday 1996-02-12, is right."),
 48: ("aid", v(["type"]), "An announced amount of additional aid is a pledge, so the type should be AGREE (wave 76 rule), not AID. US -> Venezuelans and the document date are right."),
 49: ("conceded", v(["target"]), "Marazov conceded defeat to Petar Stoyanov (BGR), 'the new president', so the target should be Stoyanov (or empty), not the outgoing president Zhelyu Zhelev."),
 50: ("threatened", v(), "THREATEN from Trump (USA) to Japan (JPN). This is background with no date for the threat itself: Aug. 1 dates the threatened tariff, so no date is right."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50
out = []
for it in items:
    trig, verdict, reasons = V[it["n"]]
    assert trig == it["trigger"], (it["n"], trig, it["trigger"])
    verdict = dict(verdict)
    verdict["all"] = all(verdict[f] for f in F)
    rec = dict(it)
    rec["verdict"] = verdict
    rec["reasons"] = reasons
    out.append(rec)
with open(HERE / "events-a.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

P = {
 "h47-x181-05": ([
   "ASSAULT: unknown kidnappers () -> three Britons (GBR) and a New Zealander (NZL), kidnapped in Chechnya, 1998-10 (two months ago)",
   "ASSAULT: unknown captors () -> the same four hostages (GBR, NZL), killed/beheaded (severed heads found), date unknown (found 1998-12-08)",
  ], 1, 1, 0, "Dateline found the kidnapping but made the New Zealander its source; the hostage is a victim, so the source should be empty (unknown kidnappers). The killing is implied by the severed heads; the 'wave of abductions' is generic and not coded."),
 "h47-x184-24": ([
   "CONSULT: NATO leaders (NATO) multilateral summit in Washington, 2024-07-10",
   "ACCUSE: NATO leaders (NATO) -> China (CHN), 'decisive enabler' of Russia's war, 2024-07-10",
   "SUPPORT: NATO leaders (NATO) -> Ukraine (UKR), declared Kyiv on an irreversible path to membership, 2024-07-10",
   "ACCUSE: China (CHN) -> NATO (NATO), angry rebuke of the summit statement, 2024-07-10/11",
  ], 1, 1, 0, "Only the accusation against China was found. The summit meeting, the membership declaration for Ukraine and Beijing's rebuke are missed. 'Russia's war in Ukraine' is a background noun phrase and is not coded."),
 "h47-x182-11": ([
   "SANCTION: Bahraini security court (BHR) -> 20 doctors and nurses (BHR), sentenced to up to 15 years, 2011-09-29",
   "ACCUSE: rights groups () and the United Nations (UNO) -> Bahraini court / Bahrain (BHR), sharp criticism of the sentences, 2011-09-29",
  ], 1, 1, 0, "The sentencing was found and is right. The criticism by rights groups and the UN is missed."),
 "h47-x181-19": ([
   "RETREAT: Victor Ponta (ROU) resigned, 2015-11-04",
   "PROTEST: protesters (ROU) -> Romanian government (ROU), the biggest street protests in years, 2015-11-03/04",
  ], 1, 2, 1, "The resignation was found. Dateline's CONCEDE from 'bowing to' the protests is the same act as the resignation from the same sentence (a duplicate), so it is spurious. The protests are missed. The nightclub fire is an accident, not an event."),
 "h47-x184-12": ([
   "ACCUSE: Australia (AUS) -> Japan (JPN), filed a case at the International Court of Justice, lodged 2010-05-31 (announced Tuesday 2010-06-01)",
  ], 1, 1, 0, "The only act is the lawsuit, and it was found. Japan's whale hunt is not a political event."),
 "h47-x183-14": ([
   "RETREAT: Cheick Modibo Diarra (MLI) resigned, 2012-12-11",
   "COERCE: soldiers loyal to coup leader Sanogo (MLI) -> Cheick Modibo Diarra (MLI), arrested at his home in Bamako, late 2012-12-10",
  ], 2, 2, 0, "Both acts were found. Dateline dated the arrest to the document date, but the next paragraph gives late Monday 12-10. 'A March coup' is a background noun modifier and is not coded."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
assert len(paras) == 6
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
    for p in paras:
        coder, found, nd, sp, notes = P[p["doc"]]
        assert nd == len(p["events"]), (p["doc"], nd, len(p["events"]))
        assert found <= len(coder) and sp <= nd
        f.write(json.dumps({"doc": p["doc"], "coder_events": coder, "found": found,
                            "dateline_events": nd, "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")

# checks and counts
back = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert [(b["n"], b["doc"], b["trigger"]) for b in back] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for b in back:
    vv = b["verdict"]
    assert vv["all"] == all(vv[f] for f in F)
    if not vv["event"]:
        assert not any(vv.values())
    assert {k: b[k] for k in items[b["n"] - 1]} == items[b["n"] - 1]
counts = {f: sum(b["verdict"][f] for b in back) for f in F + ("all",)}
print("per field (of 50):", counts)
pl = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
print("paragraph lines:", len(pl), "coded acts:", sum(len(p["coder_events"]) for p in pl),
      "found:", sum(p["found"] for p in pl), "dateline events:", sum(p["dateline_events"] for p in pl),
      "spurious:", sum(p["spurious"] for p in pl))
