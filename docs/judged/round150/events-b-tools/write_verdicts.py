# writes events-b.jsonl from the judge's verdicts below (E, T, S, Tg, D, M) + reasons
import json
A = (1, 1, 1, 1, 1, 1)
X = (0, 0, 0, 0, 0, 0)  # spurious
V = {
 1: (A, "Protests continuing after the suspension on 2018-07-07 are a PROTEST; the sentence names no protesters or aim, so empty source and target are right by the rules (Haiti's government, HTI, would also be a right target for a protest at home against a government measure)."),
 2: (A, "Lafontant's resignation is RETREAT resign, HTI; 'on Saturday' before the Sunday 2018-07-15 story is 2018-07-14; no target in the sentence."),
 3: ((1, 1, 1, 0, 0, 1), "The U.S. air strikes are an ASSAULT by the United States, but they killed '25 of the group's fighters', so the target should be the militia's fighters (Kataib Hezbollah, IRQ); the strikes were 'over the weekend' (Sunday 2019-12-29 per the story), not Tuesday 2019-12-31."),
 4: ((1, 1, 1, 0, 1, 1), "Macron urging reforms is a REQUEST dated the Thursday of the visit, but 'them' are the leaders of Lebanon's main political parties (LBN), of whom Hezbollah's representative is only one; target should be the Lebanese party leaders (LBN)."),
 5: (A, "Killing of more than 10,000 Sarajevo residents during the war is an ASSAULT on its residents (BIH); the killers are not named in the sentence and a war-long total takes no date, so empty source and unknown date are right (reported_by should be the Pope, not Navarro-Valls; not scored)."),
 6: (A, "ASEAN foreign ministers (multinational, no code) rejected Thailand's proposal on Saturday 1998-07-25: REJECT, right in all fields."),
 7: ((1, 1, 1, 0, 1, 1), "Ingabire's call (January 2010, RWA) for Hutu victims to be remembered is a REQUEST, but the Hutu victims are its subject, not its addressee; the sentence names no party asked, so the target should be empty."),
 8: ((1, 1, 1, 0, 1, 1), "Macron's guarantee that the aid will not reach corrupt hands is a pledge (AGREE) made on the Thursday of the visit, but it is addressed to 'you', the crowd: target should be the Beirut crowd (Lebanese civilians, LBN)."),
 9: (A, "Summoning a Syrian diplomat to protest is ACCUSE (official complaint) by the State Department (USA) against Syria (SYR); no date in the text, so the document date is right."),
 10: (A, "Wong thanking voters early on Sunday 2025-05-04 is SUPPORT (praise) by Wong (SGP) toward Singapore's voters (SGP)."),
 11: (A, "Ruto saying on Wednesday 2025-07-09 that police should shoot attackers in the legs is a directive to the Kenyan police (KEN), REQUEST; a coder could also read it as THREATEN toward the protesters, but REQUEST is defensible."),
 12: ((1, 1, 0, 1, 1, 1), "Ignoring calls to detain Putin is REJECT toward Ukraine (UKR) on Tuesday 2024-09-03, but 'the host government' is Mongolia's government: the source's country code should be MNG, not empty."),
 13: (A, "Western governments (multinational, no code) urging Chiluba (ZMB) to hold a referendum is a REQUEST at an earlier, undated time, so the unknown date is right."),
 14: (A, "South Korea and Japan welcoming the accord is SUPPORT; the sentence names no party, only 'the accord', so an empty target is right; the document date stands for the reaction reported as news."),
 16: ((1, 1, 1, 1, 0, 1), "Tufayli (LBN) urging Bekaa farmers (LBN) not to pay taxes is a REQUEST, but it is part of the campaign he launched 'last July': date should be 1997-07, not unknown."),
 17: (A, "Eritrea (ERI) accusing Djibouti (DJI) is ACCUSE; the accusation has gone on 'since' May up to the story, so the document date is right."),
 18: (A, "Shukr (Hezbollah, LBN) killed in the strike, said 'later in the evening' of Tuesday 2024-07-30: ASSAULT; the killer is not named in the sentence, so the empty source is right (reported_by should be the Israeli military, ISR, not Lebanon's; not scored)."),
 19: ((1, 1, 1, 0, 1, 1), "Vucic (SRB) accusing 'its sponsors' on 2024-05-23 is ACCUSE, but the sponsors are the resolution's drafters, Germany and Rwanda (DEU, RWA), not the General Assembly."),
 20: ((1, 1, 1, 1, 0, 1), "Berlin (DEU) criticising Turkey's post-coup arrests is ACCUSE with no party named as target (Turkey, TUR, would be a coder's choice), but it is background of the past year ('has criticised', in a paragraph of history): it should have no date, not the document date 2017-06-07."),
 21: (A, "Republican critics in Congress (USA) saying the deal rewards blackmail is ACCUSE disapprove; the sentence names no party, only the deal, so an empty target is right; document date for the reaction."),
 22: (X, "Spurious: 'Washington should not blame others' is Iran's admonition, part of the rejection already coded from this sentence (e6); Washington did blame Iran (Trump's tweet), and no negated act of blaming by the U.S. is reported."),
 23: ((1, 1, 1, 0, 1, 1), "Paksas (LTU) pledging Lithuania will stay on course to join NATO and the EU is AGREE, dated by the document, but the commitment to cooperate is with NATO and the EU, named in the sentence: target should be NATO and the EU (IGO)."),
 24: ((1, 1, 1, 0, 1, 1), "The ICC issuing its arrest warrant in March 2023 is a coercive legal act (COERCE, as CAMEO 173 'charge with legal action'; ACCUSE allege would also fit), but the warrant is for Putin, named in the sentence: target should be Vladimir Putin (RUS)."),
 25: ((1, 1, 1, 1, 0, 1), "Abiy (ETH) 'calling for dialogue' is a REQUEST with no addressee named, but it is the officials' account of his address of last week (the week of 2023-10-09), so the date should be that week, not the document date 2023-10-17."),
 26: ((1, 1, 1, 1, 0, 1), "Erdogan (TUR) accusing German authorities (DEU) of 'Nazi practices' is ACCUSE, but it came after rallies were cancelled ahead of April's referendum: date should be March 2017 (before the April referendum), not the document date 2017-06-07."),
 27: (X, "Spurious: Singapore's government warning that U.S. tariffs could push the economy into recession is an economic forecast, not a threat against the United States."),
 28: ((1, 1, 0, 1, 1, 1), "Barzani calling on Baghdad (IRQ) to take a firm stand on 2022-03-13 is a REQUEST, but he is prime minister of Iraq's Kurdistan region: the source's country code should be IRQ, not empty."),
 29: ((1, 1, 0, 1, 1, 1), "Criticising the crackdown is ACCUSE with no party named as target (the crackdown is an act), but the critics are Bolivian: source should be Bolivia's opposition politicians and the Catholic Church in Bolivia (BOL), not an empty code and VAT."),
 30: (X, "Spurious: 'not even Stalin had proposed carving up the republic' is Lukashenko's rhetorical comparison, no act by anyone."),
 31: (A, "Lebanon (LBN) switching on the pumps on Wednesday 2002-10-16 in defiance of Sharon's (ISR) warnings is a REJECT (defiance), right in all fields."),
 32: (A, "The Macedonian government spokesman (MKD) urging Western countries (multinational, no code) to take refugees is REQUEST for assistance; document date for the statement reported as news."),
 33: ((1, 1, 1, 1, 0, 1), "Tunisian police (TUN) arresting Karoui (TUN) is COERCE arrest, but he was stopped and taken into custody on Friday: date should be 2019-08-23, not the Saturday document date 2019-08-24."),
 34: (A, "The five presidents signing the Ankara declaration on Thursday 1998-10-29 is SUPPORT (sign agreement), mutual among TUR, AZE, GEO, KAZ, UZB."),
 35: ((1, 1, 0, 1, 1, 1), "Peacekeepers placed on alert is MOBILIZE (increased readiness) dated by the document, but the force mobilised is named: source should be the U.N. peacekeepers (IGO, no code), not empty."),
 36: ((1, 0, 1, 0, 0, 0), "Rubin saying the U.S. (USA) would provide more food aid is a pledge, so by the conventions it is AGREE asserted, made when announced (1999-03-16, or the document date), not AID future with no date; the aid is for North Korea, so target should be North Korea (PRK), not the U.N. (the WFP is the channel)."),
 37: ((1, 1, 0, 1, 1, 1), "Zarqawi's group repeatedly threatening Jordan's monarchy (JOR) is THREATEN at no single date, but the source is Zarqawi's Iraq-based militant group ('militants there', IRQ), not a Jordanian actor: JOR is only Zarqawi's birthplace."),
 38: ((1, 1, 1, 0, 1, 1), "Beijing (CHN) brokering the Saudi-Iran deal in March 2023 is mediation (CONSULT), but the target should be Saudi Arabia and Iran only (SAU, IRN); Assad (SYR) is named only as Iran's ally and took no part."),
 39: (A, "Chilumpha (MWI) arrested in April 2006 is COERCE arrest; the arresting party is not named, so the empty source is right."),
 40: (A, "Rights groups and Kenyan opposition leaders condemning Ruto's (KEN) remarks is ACCUSE disapprove, dated by the document, the day of the remarks."),
 41: (A, "Amnesty International (no code) calling for independent post-mortems is REQUEST; the sentence names no addressee, so the empty target is right; document date for the current reaction."),
 42: (A, "A U.S. military spokesman (USA) praising Jordanian (JOR) cooperation is SUPPORT, dated by the document."),
 43: ((1, 1, 1, 0, 1, 1), "Madhesi leaders (NPL) rejecting the charge is REJECT, but the charge is the Maoists', named in the same sentence: target should be the Maoists (NPL), not empty."),
 44: (X, "Spurious: 'Belarus would never give up its sovereignty' is Lukashenko's reason for the rejection already coded from this sentence (e1 REJECT), no separate concession, negated or not."),
 45: ((1, 1, 1, 1, 0, 1), "The U.S. and France (USA, FRA) calling on Armenia and Azerbaijan (ARM, AZE) to respect the ceasefire is REQUEST, but the text gives the call no date: by the rules it takes the document date 2014-08-11 (as the welcome in the same sentence does), not the meeting's Sunday 2014-08-10."),
 46: ((1, 1, 1, 1, 0, 1), "Nazi Germany's (DEU) invasion of Poland (POL) is ASSAULT, but the text dates it: 70 years before Sept 1, 2009, i.e. 1939-09-01 (stated in the next paragraph), so an unknown date is wrong."),
 47: (A, "Britain, France and other European governments condemning Israel's E1 approval is ACCUSE; Israel is not named in the sentence ('the move'), so the empty target is right; document date for the reaction."),
 48: ((1, 1, 1, 0, 1, 1), "Iran's foreign ministry (IRN) rejecting the accusation is REJECT dated by the document, but the accusation is Washington's (Trump's), and Washington is named in the sentence: target should be the United States (USA)."),
 49: ((1, 1, 1, 0, 1, 1), "Macron (FRA) holding talks is CONSULT on the Thursday of the visit, but the talks were with the leaders of Lebanon's main political parties (LBN), of whom Hezbollah's representative is one: the target should be those party leaders, not Hezbollah alone."),
 50: (A, "Putin (RUS) meeting the leaders of Armenia and Azerbaijan (ARM, AZE) on Sunday 2014-08-10 is CONSULT, right in all fields."),
}
V[15] = ((1, 1, 1, 1, 0, 1), "Ingabire (RWA) being charged is ACCUSE allege with no named source, but she was charged 'a day' before Thursday's release on bail: date should be Wednesday 2010-04-21, not the document date 2010-04-22.")
keys = ["event", "type", "source", "target", "date", "modality"]
out = open("events-b.jsonl", "w")
for l in open("events-b-items.jsonl"):
    it = json.loads(l)
    v, r = V[it["n"]]
    d = {k: bool(x) for k, x in zip(keys, v)}
    if not d["event"]:
        d = {k: False for k in keys}
    d["all"] = all(d[k] for k in keys)
    it["verdict"] = d
    it["reasons"] = r
    out.write(json.dumps(it, ensure_ascii=False) + "\n")
out.close()
