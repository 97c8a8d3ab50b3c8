"""Judge b, round 113: write events-b.jsonl and paragraphs-b-verdicts.jsonl from the verdicts below.

Each verdict: n -> (event, type, source, target, date, modality, reasons). A spurious event
(event False) is written False in every field.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
SP = (F, F, F, F, F, F)

V = {
 1: (T, T, T, T, T, T, "Government ministers (PAK) welcomed the court's ruling: SUPPORT; the sentence names no party (only 'the ruling'), so an empty target is right (the Lahore High Court would also do); reaction reported as this news, document date right."),
 2: (T, T, T, T, T, T, "Thai business groups welcomed parliament's election of Abhisit: SUPPORT; 'the outcome' is no party, empty target right; reaction reported as news, document date right."),
 3: (T, T, T, T, T, T, "Rights groups (country not given) welcomed the commission's report: SUPPORT; empty target right as the sentence names no party; reaction to the Wednesday report reported as news, document date right."),
 4: (T, T, T, T, T, T, "Azerbaijani court sentenced the two bloggers on Wednesday 2009-11-11: SANCTION convict (PLOVER codebook; CAMEO2PLOVER maps 116 to ACCUSE but the codebook's convict mode covers sentencing)."),
 5: (T, T, T, T, T, T, "Thein Sein (MMR) declared a state of emergency on Sunday 2012-06-10: COERCE; Rakhine state is a place, not a party, so the empty target is right."),
 6: (T, T, T, T, T, T, "'He had been detained several times before': COERCE arrest of Banat (PSE, 'he'), detainer unnamed so empty source right; background act with no time given, undated is right."),
 7: (T, T, F, F, T, T, "Mob arson in Maungdaw on Friday 2012-06-08 accepted as PROTEST riot (mob violence against another community; ASSAULT would also be defensible). Source should carry MMR (mobs in a Myanmar town the text places in Rakhine); target Bangladesh is wrong, it is only the border location: the target should be empty (the houses' unnamed owners)."),
 8: (T, T, T, T, T, T, "Afghan government welcomed Trump's new approach: SUPPORT; the sentence names no party ('the new approach'), so empty target is right by the rules (USA would be the natural target); reaction reported as news, document date right."),
 9: (T, T, T, T, T, T, "Israeli army ordered residents of southern Lebanese villages to leave: REQUEST (an order), ISR -> Lebanese residents (LBN), Tuesday 2024-10-01."),
 10: (T, T, F, T, T, T, "REQUEST by the opposition Front urging Mauritanians to stay home is right, but the source wrongly adds President Taya (he is not the urger) and gives the Front no country: source should be the opposition Front alone (MRT). Background act with no date: undated right."),
 11: (T, T, T, T, F, T, "Security forces (PSE) fired tear gas at protesters in Ramallah: ASSAULT crowd-control right, but this is the news act of the story (the Thursday Ramallah protests), so the date should be 2021-06-24 (or the document date 2021-06-25), not undated."),
 12: SP + ("Spurious: 'the first test is expected to come when the assembly elects its speaker' is a figurative test of the new parliament, no weapons test and no act.",),
 13: (T, T, T, T, T, T, "Khabarovsk march on Saturday 2020-07-11 against the governor's arrest: PROTEST against an act of the authorities, so Russia (RUS) is a right target."),
 14: (T, T, F, T, T, T, "The protests in central Lima on Saturday night (2020-11-14) are a PROTEST against the authorities (Peru right target), but the source 'two men aged 22 and 24' are the two shot dead during the protests, not the protesting crowd: source should be the (unnamed) protesters in Lima (PER)."),
 15: (T, T, T, T, T, T, "Police broke up protests in Phnom Penh in September 1998 leaving several dead: ASSAULT, police (KHM) -> protesters (KHM), date 1998-09 right; not a duplicate of e2 (the protest itself)."),
 16: (T, T, T, T, T, T, "Detention of the retired generals on July 1 (2008-07-01): COERCE arrest; target names Tolon (TUR) and omits Sener Eruygur, accepted as the right party; detainer unnamed, empty source right."),
 17: (T, T, T, T, T, T, "France urged calm: REQUEST, FRA, no party named as addressee so empty target right; statement reported as news, document date right."),
 18: (T, T, T, T, T, T, "Wang Dan (CHN) freed on parole in 1993: RETREAT release, releaser unnamed so empty source right, date 1993 right (sector GOV is wrong but not scored)."),
 19: SP + ("Duplicate: 'becoming the first elected head of state to visit Iraq' is the same trip and meeting already coded from this sentence as e1 (Chavez met Saddam in Baghdad, CONSULT); one act, coded once.",),
 20: SP + ("Spurious under the trigger-sense rule: 'called it \"a real step forward\"' is praise (SUPPORT), not a call for something (REQUEST); the Western diplomat would also not be GHA (country not given).",),
 21: (T, T, T, T, F, T, "Preval (HTI) promised to continue privatisation: AGREE right, but 'has promised' is background from an unstated earlier time (the campaign), not news of the report: date should be none (undated), not the document date."),
 22: (T, T, T, T, T, T, "Salvini (ITA) called for early elections: REQUEST, addressee not named so empty target right; reaction to the referendum reported as news, document date right."),
 23: (T, T, T, T, F, T, "Kalmakhelidze (GEO) resigned: RETREAT resign right, but 'a day after' Akhalaia's Thursday departure dates it 2012-09-19, not the document date 2012-09-20."),
 24: (T, T, T, T, T, T, "Protesters in Male set fire to buildings including offices linked to parliament on Saturday 2003-09-20: PROTEST riot, Protesters (MDV) -> parliament (MDV) accepted; the attack on police stations is a separate event (e3), not a duplicate."),
 25: (T, T, T, F, T, T, "Arrest of the pair in July 2009: COERCE arrest, date right, police not in the sentence so empty source right; but 'the pair' are the two Azerbaijani bloggers Hajizade and Milli and the target has no country: target should be the two bloggers (AZE)."),
 26: (T, T, F, T, T, T, "Relatives 'would never forgive Gaddafi': negated SUPPORT (forgive) toward Gaddafi (LBY), undated future-negated act accepted; but the text gives no nationality for the Pan Am 103 relatives (the deal concerns American victims), so GBR is wrong: source should be the relatives with no country (or USA)."),
 27: (T, T, F, T, T, T, "Summoning the U.S. ambassador: ACCUSE (CAMEO 114 complain officially), target right; but 'summoned to the ministry' refers to the summoner, the Russian Foreign Ministry: source should be the Russian Foreign Ministry (RUS), not empty. Document date accepted (the story's Friday, 2001-03-23, would be more precise)."),
 28: (T, T, T, T, T, T, "Izetbegovic (BIH) apologised: SUPPORT (CAMEO 055); the addressee (Vucic/Serbia) is not named in the sentence, empty target right; Saturday = document date 2015-07-11."),
 29: (T, T, T, T, T, T, "The Brussels suicide bombings on Tuesday 2016-03-22 killing 30: ASSAULT by suicide bombers (no country) on people in Brussels (BEL); this is the one right coding of the attack in the sentence (e1 'struck' is a labour-strike misreading)."),
 30: (T, T, T, T, T, T, "Ramallah march on Thursday 2021-06-24 calling for Abbas to step down: PROTEST aimed at the authorities, so the Palestinian government (PSE) is a right target."),
 31: (T, T, T, T, T, T, "Insulza (Chilean) promised to strengthen the OAS: AGREE, target the OAS ('the organisation') right; said after Monday's vote, document date accepted under the sentence-level rule (Monday 2005-05-02 would be more precise)."),
 32: (T, T, T, T, F, T, "Washington's decision to expel some 50 Russian officials: SANCTION expel, USA -> Russian officials (RUS) right, but it is a background act the story dates to Thursday ('The U.S. move, announced on Thursday'): date should be 2001-03-22, not the document date."),
 33: (T, T, T, T, T, T, "Former DRS counter-terrorism chief (DZA) arrested 'last month': COERCE arrest, 2015-08 right, arrester unnamed so empty source right."),
 34: (T, T, T, T, T, T, "'What we will not fund is a scheme that enriches the well-connected': Britain's refusal to fund the land scheme, accepted as negated AID (REJECT asserted would also be right, as 'refused to withdraw' in the rules); speaker British diplomat (GBR); undated negated future act accepted."),
 35: (T, T, T, T, T, T, "White House spokesman (USA) welcomed Wei's release: SUPPORT; 'the release' is no party, empty target right; reaction reported as news, document date right."),
 36: (T, T, T, T, F, T, "Hardline lawmakers (IRN) called for Grossi to be barred: REQUEST right (empty target accepted, Grossi would also do), but 'have called' is background from an unstated earlier time, not the news of the report (Wednesday's suspension): date should be none (undated), not the document date."),
 37: (T, T, T, T, T, T, "Belgian government raised the terrorism alert to its highest level on 2016-03-22: MOBILIZE (CAMEO 152 increase alert status); mode 'troops' is off (police/security readiness) but modes are not scored."),
 38: (T, T, T, T, T, T, "Security forces (YEM) fired tear gas and live rounds at secession supporters (YEM) in Aden on Monday 2013-03-18: ASSAULT crowd-control right; not a duplicate of e4 (the march)."),
 39: (T, T, T, T, T, T, "One rebel (FJI) killed when troops moved on the Kalabu school on Thursday 2000-07-27: ASSAULT; the killer is not named in the sentence (the army is only the speaker), so empty source is right."),
 40: (T, T, T, T, F, T, "Gachagua (KEN) blamed the intelligence chief (KEN): ACCUSE right, but this is background from some time after the June 2024 protests, not news of the report: date should be undated (or 2024), not the document date 2024-10-18."),
 41: (T, T, T, T, T, T, "Gnassingbe (TGO) thanked voters (TGO) in an address: SUPPORT (commend); reported as this news, document date right."),
 42: (T, T, F, T, T, T, "Planned trip to Khartoum this weekend (2007-W48 weekend right) to meet Bashir: CONSULT visit, future, target Sudan government accepted; but the travellers are two British Muslim members of the House of Lords acting privately, not the United Kingdom: source should be the two peers (GBR/LEG)."),
 43: (T, T, T, T, T, T, "The United States and Britain oppose any cooperation with Hezbollah: a standing objection still held when the story is told, accepted as REJECT (ACCUSE disapprove would also be defensible), USA+GBR -> Hezbollah (LBN), document date right."),
 44: (T, T, T, T, T, T, "Under the deal the Afghan government will release Hezb-e-Islami prisoners: a promised future release is CONCEDE (RETREAT needs an actual release), asserted as a term agreed Thursday 2016-09-29; target Hezb-e-Islami prisoners (AFG) right."),
 45: (T, T, T, T, T, T, "Foreign governments urged restraint: REQUEST, no country, no addressee named; reported as news, document date right."),
 46: SP + ("Spurious: 'struck' here is the bombers' attack, not a labour strike (PROTEST strike is a trigger in another sense), and the attack is already coded from this sentence as e2 (ASSAULT).",),
 47: (T, T, T, T, T, T, "Renzi (ITA) said he would resign: future RETREAT resign (as the rules' 'is to step down' example), reported by Renzi; no date given in the sentence for the future resignation, undated right."),
 48: (T, T, T, T, T, T, "Mexico agreed at the summit (Tuesday 2010-04-13) to convert a reactor with U.S. and Canadian help: AGREE, MEX -> USA, CAN right."),
 49: (T, T, T, T, T, T, "The United States dropped its objections at the Bali talks on Saturday 2007-12-15: CONCEDE (a verbal concession), USA, empty target right."),
 50: SP + ("Spurious: 'Radio Liberty, which is funded by the U.S. Congress' is an identifying description of the station, not a reported act of aid; a coder would not code it.",),
}

PARAS = {
 "h34-x129-19": ([], "Election results (Merkel wins, AfD enters parliament) are no PLOVER acts; nothing to code, dateline codes nothing."),
 "h34-x130-11": (["ACCUSE: Islamic Action Front (JOR) -> none named (the authorities implied), blamed its slump on vote-rigging and vote-buying, 2007-11-21"],
                 "The election result itself is no act; the IAF's fraud charge is an ACCUSE dateline missed."),
 "h34-x132-24": (["SUPPORT: G20 leaders (G20) -> none (global alliance against hunger and poverty), endorsed the alliance, 2024-11-19",
                  "REQUEST: G20 leaders (G20) -> none named (the parties in Gaza), called for a ceasefire in Gaza, 2024-11-19"],
                 "Both found with the right type and date (summit ended Tuesday = document date). 'steered clear of condemning Russia' is a non-act, not coded; the summit itself is the setting, not coded separately."),
 "h34-x130-13": (["AGREE: Obama administration (USA) -> Saudi Arabia (SAU), notified plans to sell up to $60 billion of fighter jets and helicopters (a planned arms sale, an offer), 2010-10-20"],
                 "Notifying Congress is a domestic procedure; the planned sale is the act (AGREE as an offer; COOPERATE once sold). Wednesday = 2010-10-20. Dateline codes nothing."),
 "h34-x132-16": (["COERCE: Thein Sein (MMR) -> none (Rakhine state), declared a state of emergency handing the army control of security, 2012-06-10",
                  "ASSAULT: Buddhist Rakhines (MMR) <-> Muslim Rohingyas (MMR), days of communal clashes leaving several dead and homes burned, undated (days before 2012-06-10)"],
                 "Dateline found the emergency (right type, source, date); it missed the clashes. Handing the army control is part of the emergency, not counted separately."),
 "h34-x132-17": (["AGREE: G20 leaders (G20) -> none, pledged to resist protectionism and use every policy tool to revive growth, 2016-09-05",
                  "MOBILIZE: North Korea (PRK) -> none, missile launches (weapons test), 2016-09-05"],
                 "Dateline's one event reads 'pledged ... to resist protectionism' as a vow of violence (THREATEN, target North Korea): a trigger in another sense, counted spurious; the AGREE pledge is therefore not found, nor the missile launches."),
}
PFOUND = {"h34-x129-19": 0, "h34-x130-11": 0, "h34-x132-24": 2, "h34-x130-13": 0, "h34-x132-16": 1, "h34-x132-17": 0}
PSPUR = {"h34-x129-19": 0, "h34-x130-11": 0, "h34-x132-24": 0, "h34-x130-13": 0, "h34-x132-16": 0, "h34-x132-17": 1}

KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items] == list(range(1, 51))
with open(HERE / "events-b.jsonl", "w") as out:
    for it in items:
        *flags, reasons = V[it["n"]]
        v = dict(zip(KEYS, flags))
        if not v["event"]:
            v = {k: False for k in KEYS}
        v["all"] = all(v[k] for k in KEYS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        evs, notes = PARAS[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": evs, "found": PFOUND[p["doc"]],
                              "dateline_events": len(p["events"]), "spurious": PSPUR[p["doc"]],
                              "notes": notes}, ensure_ascii=False) + "\n")
