"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's hand verdicts below.
Each entry: n -> (list of wrong fields, or 'SPURIOUS'), reason."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "REQUEST by EU officials (EUR) to all sides in the Georgian unrest (GEO); undated statement in the report of Sunday 2025-10-05, document date right; asserted."),
 2: ([], "Arafat (PSE) condemning the bus bombing is ACCUSE; the sentence names no party for the condemnation itself (only 'the bombing'), so an empty target is right; document date 1995-08-21 (Monday's news)."),
 3: ("SPURIOUS", "Receiving a resignation letter is not a meeting (no CONSULT act is reported); it is the other side of the resignation already coded in the lede. The consultations in the sentence are a future act on choosing a new head of government, not this event."),
 4: ([], "A nuclear test is MOBILIZE (test weapons systems) by North Korea (PRK); the text dates it October 2006; asserted. (Mode 'weapons' is the right one.)"),
 5: ([], "Future PROTEST by South Korean civic groups (KOR); the sentence names no aim, so an empty target is right; 'at the weekend' = 2004-W26 weekend (26-27 June) from the Wednesday document date; future."),
 6: ([], "Taliban (AFG) ban on Afghan women (AFG) working for the UN is COERCE ban; the sentence gives no date, so the document date 2023-04-05 of the UN's report is right by the rules (the ban was first reported on Tuesday, but that is the report, not the order's date)."),
 7: ("SPURIOUS", "No detention took place: the convicts 'disappeared before they could be detained', so there is no act of arrest to code (the act reported is their flight). Even as an unrealised arrest the target would be the convicted men (KWT), not Kuwait's highest court."),
 8: ([], "Miller (POL) thanking Irish voters (IRL) is SUPPORT (praise); undated, reported with Sunday's results, so the document date 2002-10-20 is right; asserted."),
 9: (["target", "date"], "MOBILIZE of troops is right and an empty source is right (the sentence does not say whose troops), but the Line of Control is a place, not a party: target should be empty. The massing is still going on when the story is told, so the date should be the document date 2002-01-05, not unknown."),
 10: (["target"], "Zhao (CHN) defending 'the government's response' is SUPPORT (defend verbally); the definite description 'the government' refers to the Chinese government, so the target should be the Chinese government (CHN), not empty. Monday 2022-11-28 is right."),
 11: ("SPURIOUS", "'Attacked' here is verbal: state-owned newspapers criticised ElBaradei ('describing him as out of touch'). By the conventions a trigger in another sense ('took a swipe at' = ACCUSE, not ASSAULT) is not an ASSAULT event; a coder would code ACCUSE: Egyptian state newspapers (EGY) -> ElBaradei (EGY)."),
 12: ([], "Phone CONSULT between Ishiba (JPN) and Trump (USA), explicitly on Thursday 2024-11-07; asserted."),
 13: (["date"], "SANCTION convict by the Jordanian military court (JOR) against Zarqawi (JOR-born) is right, but 2002 is the year of Foley's killing, not of the sentence; the text gives the sentence no date, so it should be undated (unknown)."),
 14: ([], "REQUEST by Indonesia (IDN) and Malaysia (MYS) to governments in general (no country); undated reaction in the report of 2019-03-16, document date right; asserted. (reported_by Erdogan is wrong but not scored.)"),
 15: (["target", "date"], "SUPPORT by the Belarusian justice ministry (BLR) is right, but it backed the previous leader of the Union of Poles (BLR), not Andzelika Borys, whose election it refused to recognise. The backing is background from around March 2005 (the dispute 'began in March'), not an act of the document date 2005-07-28; it should be undated or 2005-03."),
 16: ([], "A Togolese government spokesman (TGO) denouncing the UN report as lies is ACCUSE disapprove (denounce); the sentence names only 'the report', not a party, so an empty target is right; undated reaction, document date 2000-03-11 right."),
 17: (["target"], "A state of emergency is COERCE (curfew / martial law) by Lithuania (LTU), explicitly Wednesday 2021-07-07; but it is imposed at home over migrant arrivals, Belarus is not the party acted upon: the target should be empty (or the migrants), not Belarus (the accusation against Lukashenko is a separate event)."),
 18: (["source"], "The demand is made by Russia ('Russia says ... and has demanded'), so the source should be Russia (RUS), not Borodin, the victim. The sentence names no addressee, so an empty target is right; undated, document date 2013-10-09 right."),
 19: ([], "ASSAULT by Omani security forces (OMN) on the three attackers ('all three', Omani citizens per the text); killed after the overnight standoff, i.e. Tuesday 2024-07-16, the document date; asserted."),
 20: ([], "Kabul (AFG government) saying it would seek talks with Islamabad (PAK government) is a future REQUEST meet (AGREE, intent to negotiate, would also be defensible); no date for the future request, unknown is right; future."),
 21: (["date"], "ASSAULT crowd-control by Congolese security forces (COG) on protesters in Brazzaville (COG) is right, but it happened in the week of tension before Sunday's 25 October vote: the date should be that week (about 2015-10-19/24, 2015-W43), not the document date 2015-10-27."),
 22: ([], "Annan (UN) welcoming the U.S. pledge is SUPPORT toward the United States (USA); undated, so the document date 2002-03-22 is right by the rules (the story's dateline reads March 21, so 2002-03-21 would also be defensible)."),
 23: ([], "Keating (AUS) announcing he would step down as party leader is a future RETREAT resign; the resignation has no date, so unknown is right; future."),
 24: (["date"], "REQUEST by the Arab leaders (multinational, no code) for a political solution in Syria, no addressee; but the Nouakchott declaration was adopted at the one-day summit that ended on Monday, so the date should be 2016-07-25, not the document date 2016-07-26."),
 25: ([], "Erdogan (TUR) convening an emergency meeting with Turkish military commanders and ministers is CONSULT; undated in the text, reported as this news, document date 2007-10-22 right; asserted."),
 26: (["source"], "SUPPORT for the verdict is right, and an empty target is right (the sentence names 'the verdict', not the court as a party); but the source code USA is wrong: the relatives of Letelier (Chilean) and Moffitt (American) and the human rights groups outside a Santiago court are not plainly American; the code should be empty (or CHL). Date 1995-05-30 right."),
 27: (["target", "date"], "Mauritania (MRT) agreeing to host the summit is AGREE, but not toward Morocco, which had withdrawn: the party agreed with is the Arab League (or no target). It happened 'at short notice' earlier in 2016 after Morocco's withdrawal, not on the document date 2016-07-26; the date should be 2016 (earlier this year) or unknown."),
 28: ([], "Abdullah (SAU) pardoning prisoners held in Saudi Arabia is RETREAT release; reported as this news on 2011-02-23, document date right; asserted."),
 29: (["target"], "A hypothetical visit by Museveni (UGA) to Juba is CONSULT visit, hypothetical and undated, right; but the host in Juba in April 2008 was the autonomous Government of Southern Sudan within Sudan: its code should be SDN, not SSD (which did not exist until 2011). An empty target (Juba is a place) would also be right."),
 30: ([], "A total of about 200,000 killed since 1993 is ASSAULT with no source named and Burundians (BDI) as target; a total summed from an earlier time has no date, so unknown is right; asserted."),
 31: (["target"], "Russia (RUS) deploying nuclear weapons is MOBILIZE (weapons), future and undated, right; but Belarus is where the weapons go, with its consent, not the party acted upon: the target should be empty."),
 32: ([], "REQUEST by the United States (USA) and the EU for an inclusive vote; the sentence names no addressee (Benin is only implied), so an empty target is right; 'had urged' is background with no date, unknown is right."),
 33: ([], "The Angolan government (AGO) welcoming the UN report is SUPPORT; the sentence names only 'the report', so an empty target is right; undated reaction, document date 2000-03-11 right."),
 34: (["date"], "SUPPORT (apologise, CAMEO 055) by the Netherlands (NLD) to Russia (RUS) is right, but the text gives this apology a date: the Netherlands 'formally apologised to Russia on Tuesday', so the date should be 2013-10-08, not the document date 2013-10-09."),
 35: (["source", "date"], "PROTEST against Bush (USA) is right, but the demonstrators are Filipinos outside the Congress in Manila: source should be demonstrators (PHL), not USA. The protest took place during Bush's visit on Saturday, so the date should be 2003-10-18, not the document date 2003-10-19."),
 36: ([], "Modi (IND) congratulating Oli (NPL) is SUPPORT; reported on the day of the swearing-in, document date 2024-07-15 right; asserted."),
 37: ([], "ASSAULT (killing) of President Ndadaye (BDI) by Tutsi soldiers (BDI army), explicitly 1993; asserted."),
 38: (["date"], "REQUEST by Meles (ETH) to the UN Security Council is right, but the text dates the request: it was made 'in a letter to the council dated September 19', so the date should be 2003-09-19, not the document date 2003-10-02."),
 39: (["date"], "Phone CONSULT between Macron (FRA) and Tebboune (DZA) is right, but 2024-W13 is a year off: the call came shortly before Barrot's visit to Algiers a week before the April 2025 crisis, so it belongs to early April/late March 2025 (undated, 2025), not March 2024."),
 40: ([], "Saudi Arabia (SAU) requesting an emergency OIC meeting is REQUEST meet with the OIC as target; undated reaction reported on 2019-09-11, document date right; asserted."),
 41: (["date"], "REQUEST by Suleiman (LBN) to Lebanese lawmakers is right, but it was made in his farewell speech on the Saturday he left office, 2014-05-24, not 2014-03-08."),
 42: ("SPURIOUS", "The demonstrators' denunciation of the Iraq war is the message of the protest already coded from this sentence as PROTEST (item 35); PLOVER codes protests expressing disapproval as PROTEST, not ACCUSE, so this is a duplicate."),
 43: ([], "Kostunica (SRB) resigning is RETREAT resign, explicitly Saturday 2008-03-08; asserted."),
 44: (["target", "date"], "Destruction of Banja Luka's mosques in the war is ASSAULT destroy with no source named; but the target is the mosques/the town's Muslim community, not 'Muslim leaders' (a party of another sentence): it should be empty (or Banja Luka's Muslims, BIH). The destruction happened during the 1992-95 war, not on the document date 2001-05-08."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 44 and set(V) == {i["n"] for i in items}
with open("events-d.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            assert set(wrong) <= set(F) and "event" not in wrong
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h38-x147-08",
  "coder_events": ["SUPPORT: Pervez Musharraf (PAK) -> Atal Behari Vajpayee (IND), walked across the summit stage to shake hands (gesture of friendship), 2002-01-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The handshake gesture at the SAARC summit is the paragraph's act (CONSULT at the summit would also be defensible); dateline coded nothing in this paragraph. The standoff is a state of affairs, not coded."},
 {"doc": "h38-x145-24",
  "coder_events": ["MOBILIZE: Russia (RUS) -> none, will deploy tactical nuclear weapons in Belarus (future; announced by Putin 2023-03-25)",
                   "ACCUSE: Ukraine/Kyiv (UKR) -> Russia (RUS), condemnation of the plan, 2023-03-25",
                   "ACCUSE: NATO (NATO) -> Russia (RUS), calls of alarm over the plan, 2023-03-25"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the deployment (MOBILIZE, future; target Belarus is wrong, see item 31) but not the two reactions in the noun phrase 'drawing condemnation from Kyiv and calls of alarm from NATO'."},
 {"doc": "h38-x145-19",
  "coder_events": ["ACCUSE: critics (AZE) -> Ilham Aliyev (AZE), say the referendum will entrench his family rule, 2016-09-27"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The referendum result itself (voters approving changes) is an election outcome, not coded as a PLOVER act; the critics' charge is a light ACCUSE. Dateline coded nothing here."},
 {"doc": "h38-x145-02",
  "coder_events": ["REQUEST: National Security Council / military (TUR) -> Necmettin Erbakan (TUR GOV), presented a list of measures to roll back religious influence (called the sharpest warning yet), 1997-02-28 (the council's Friday meeting)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "One act: the council's demands to the government (THREATEN would be a defensible reading of 'warning'). Dateline coded the generals' request only in the third paragraph ('asked the government'), nothing in this paragraph."},
 {"doc": "h38-x148-01",
  "coder_events": ["SANCTION: Chile's Supreme Court (CHL) -> Manuel Contreras (CHL), upheld his seven-year prison sentence, 1995-05-30",
                   "ASSAULT: none named -> Orlando Letelier (CHL), 1976 car bomb killing in Washington, 1976"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded neither the court's ruling (SANCTION convict) nor the background 1976 killing."},
 {"doc": "h38-x147-18",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A natural death and the naming of an acting head of state under the constitution are not PLOVER acts between political actors; nothing to code, and dateline coded nothing."},
]
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
with open("paragraphs-d-verdicts.jsonl", "w") as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + "\n")
