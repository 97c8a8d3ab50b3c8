"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below.

Verdict string order: event type source target date modality (1 = right, 0 = wrong).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

V = {
 1: ("111111", "Russian border patrol opening fire on a Japanese fishing boat: ASSAULT, Russia (RUS) on the Japanese boat coded at country level as Japan (JPN), Wednesday 2006-08-16, asserted; all right."),
 2: ("111111", "Farmajo urging Kenya to respect international law is a REQUEST to Kenya (KEN); undated reaction reported as this news, so the document date 2021-10-13 is right."),
 3: ("111101", "REQUEST from von der Leyen (EU) to Kyiv (UKR) is right, but the asking is reported as this news (the EU's reaction to the law signed on Tuesday), so the date should be the document date 2025-07-23, not unknown."),
 4: ("111101", "REQUEST G7 -> Beijing (CHN) is right, but this is the G7 communique's China section issued on Saturday (the lead: 'a day after the leaders ... warned China against economic coercion'), so the date should be 2023-05-20, not the Sunday document date."),
 5: ("111111", "The State Department (USA) and Australia's foreign ministry (AUS) welcoming Anwar's release is SUPPORT; 'the release' names no party, so the empty target is right; dated the day of the release, 2004-09-02."),
 6: ("111111", "U.S. commanders (USA) accusing Iran's Revolutionary Guards (IRN) is ACCUSE; the accusation is ongoing ('have accused', and a spokesman restated it on Sunday), so the document date is acceptable."),
 7: ("111011", "The soldiers killed since Sept. 27 are from both sides, so the text gives them no single country: the target should be soldiers with no country code (or Armenian and Azerbaijani soldiers), not AZE; the undated total is right."),
 8: ("111111", "The African Union (AFU) and the Arab League (ARL) calling for a ceasefire is REQUEST with no party named as target; undated, reported as news, so the document date is right."),
 9: ("101111", "'Israel wanted to negotiate with the Lebanese government' is a stated intent to negotiate, which is AGREE (CAMEO 036), not CONSULT. Source ISR and target LBN are right, and the hypothetical negotiation is rightly left undated."),
 10: ("111111", "Women's rights campaigners in Saudi Arabia (SAU) welcoming the king's announcement is SUPPORT; 'the announcement' names no party, so the empty target is right; the document date is right for the undated reaction."),
 11: ("111111", "Obama urging nations to share responsibility is a REQUEST to 'nations' (no code), in his General Assembly address of Wednesday 2009-09-23; all right."),
 12: ("101110", "'He has promised to step down if the Socialists win' is a promise, so AGREE (express intent to change leadership), not CONCEDE. As coded, the stepping down is conditional, so modality should be hypothetical, not asserted (only the promise itself is asserted)."),
 13: ("110101", "The welcoming is done by the G20 summit declaration, so the source should be the G20 leaders (no code or G20), not 'Europe'. The declaration came from Saturday's summit, so the date should be 2008-11-15."),
 14: ("111111", "Karzai suspending security talks with the United States is SANCTION (halt negotiations), AFG -> USA, on Wednesday 2013-06-19; all right."),
 15: ("111111", "Kabir refusing to step down is REJECT by Kabir (LBY). The refusal has no object, so the empty target is acceptable, though the Presidential Council (LBY), named in the next clause, would be better. The refusal is ongoing, so the document date is right."),
 16: ("111111", "Mauritanian opposition parties (MRT) refusing to recognise the result is REJECT; 'the result' is no party, so the empty target is right; the undated act takes the document date."),
 17: ("111111", "Lee Jae-myung (KOR) conceding the election early on Thursday 2022-03-10 is CONCEDE. The concession has no object (the president-elect is the object of the separate urging), so the empty target is acceptable."),
 18: ("111001", "The 30,000 killed in the war that ended in 1994 were on both sides, so the target should have no country code, not AZE. This is a background total from before 1994, so it should have no date, not the 2011 document date."),
 19: ("111011", "India blamed 'Pakistan-based groups', so the target should be those militant groups (PAK), not the state of Pakistan; source India, ACCUSE and the December 2001 date are right."),
 20: ("110011", "These are Australian opposition politicians accusing the Rudd government of being too timid. The source should be coded AUS, not CHN, and the target should be the Australian government (AUS), not China's."),
 21: ("111011", "'We will never accept a parallel political structure' can be scored as AGREE negated (equivalent to REJECT asserted) from the Afghan presidential spokesman (AFG), but the target should be the Taliban (AFG), whose Qatar office the 'parallel political structure' refers to."),
 22: ("111111", "Djukanovic (MNE) rejecting the opposition's demand for a referendum is REJECT. 'That demand' is no party and the opposition is named only in the previous sentence, so the empty target is right; the ongoing rejection takes the document date."),
 23: ("111111", "The Taliban (AFG) dismissing the Kabul conference as a 'show' can be scored as REJECT (ACCUSE disapprove would also fit). 'The gathering' is no party, so the empty target is right; the undated reaction takes the document date."),
 24: ("000000", "Spurious (duplicate): the two deaths come from the peacekeepers' fire into the crowds, already coded from this sentence as ASSAULT e3 (Peacekeepers -> crowds). If kept, its source should be the U.N. peacekeepers."),
 25: ("111101", "Saudi authorities (SAU) banning public protests is COERCE, but it is a background act of earlier in the year ('have banned ... this year'), so the date should be 2011, not the document date."),
 26: ("111111", "The U.N. human rights chief Volker Turk (UN) calling for investigations is REQUEST with no party named; the undated statement takes the document date; all right."),
 27: ("110111", "Refusing to recognise the result can be scored as SUPPORT negated (= REJECT), but FLNKS is the New Caledonian pro-independence front. Its code should be New Caledonia (NCL), not France (FRA/GOV), the state it opposes."),
 28: ("111111", "Cambodian officials (KHM) rejecting the rights groups' criticism is REJECT. 'The criticism' is no party and the groups are named only in the previous sentence, so the empty target is right."),
 29: ("101111", "'Hezbollah ... will not give up its weapons' is a refusal to disarm: REJECT asserted (or RETREAT disarm negated), not AID. Source LBN is right, and the standing statement of unknown time may go undated."),
 30: ("111111", "The State Department urging 'both countries' is a REQUEST to Turkey and Armenia. Dateline coded their leaders, Erdogan (TUR) and Sargsyan (ARM), so the parties and codes are right at country level; the document date is right."),
 31: ("110111", "The accuser is Hikmet Hajiyev, Aliyev's foreign policy adviser (AZE), not 'children'. The target Armenia, ACCUSE and the Sunday document date are right."),
 32: ("111111", "Kenyatta (KEN) rejecting the ICJ decision is REJECT. The court is not named in the sentence ('the decision', 'the findings'), so the empty target is right; the document date is right for the statement."),
 33: ("111101", "The killing comes from the police firing 'on the eve of the run-off'. The run-off was Tuesday, so the date should be 2011-11-07, not the document date. The empty source and the target (LBR) are right."),
 34: ("111111", "North Korean official media (PRK) hailing Hu's visit is SUPPORT; 'the visit' names no party, so the empty target is right; the document date is right."),
 35: ("111101", "Militants linked to al Qaeda and Islamic State killing Malian soldiers (MLI) is ASSAULT. The source coded as Islamic State is acceptable, but the text dates the act 'this month', so the date should be 2019-11, not unknown."),
 36: ("111111", "India's foreign ministry (IND) urging Islamabad to stay out of India's internal affairs is a REQUEST to Pakistan (PAK), on the document date; all right."),
 37: ("110111", "Maskhadov calling the Chechen vote illegitimate is ACCUSE, but as a Chechen separatist leader in a region of Russia his country code should be RUS, not empty."),
 38: ("111111", "Hu Jintao (CHN) arriving in North Korea (PRK) on Friday 2005-10-28 is a CONSULT visit; all right."),
 39: ("111011", "India's foreign ministry rejecting Sharif's comment is REJECT, but the same sentence names Pakistan as the comment's author, so the target should be Pakistan (PAK), not empty."),
 40: ("111111", "The United States condemning Eritrea's military aggression is ACCUSE, USA -> ERI, on the document date; all right."),
 41: ("111101", "The ambush of the police convoy (militia, COD -> police, COD) is ASSAULT, but it happened days before the bodies were found on Monday 27 March, so it should not take the 2017-03-29 document date. It should be left undated or given as 2017-03."),
 42: ("111111", "Tadic (SRB) calling on the government to arrest Mladic is a REQUEST to the Serbian government (SRB); the document date is right for the undated reaction."),
 43: ("111111", "Nationalist protesters (MKD) storming parliament is PROTEST riot aimed at a state institution (MKD parliament), in late April 2017; all right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]

items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
assert len(items) == 43 == len(V)
out = []
for it in items:
    bits, reason = V[it["n"]]
    v = {f: b == "1" for f, b in zip(FIELDS, bits)}
    if not v["event"]:
        v = {f: False for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open(os.path.join(ROOT, "events-c.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

P = [
 {"doc": "h26-x99-20",
  "coder_events": ["ASSAULT: French forces (FRA) -> Islamist militants (), the operation in Mali during which the helicopters collided, 2019-11-25"],
  "found": 0, "dateline_events": 1, "spurious": 1,
  "notes": "The thirteen deaths come from a helicopter collision, an accident with no attacker, so dateline's ASSAULT 'killed' (target French soldiers) is spurious. The ongoing operation against militants is the only act, and a marginal one; the 1983 Beirut bombing is a background reference."},
 {"doc": "h26-x99-21",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result (the ruling party won; results showed on Friday) is no PLOVER act between actors."},
 {"doc": "h26-x100-09",
  "coder_events": ["CONSULT: Hu Jintao (CHN) -> North Korea (PRK), arrives on a state visit, 2005-10-28",
                   "REQUEST: Hu Jintao (CHN) -> Kim Jong Il (PRK), expected to press him to stick to the nuclear deal (future/hypothetical), 2005-10-28"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts were found with the right type."},
 {"doc": "h26-x97-19",
  "coder_events": ["SUPPORT: Macedonian parliament (MKD) -> Zoran Zaev's government (MKD), votes in the new government, 2017-05-31"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in the first paragraph. It codes the same vote from paragraph 2 ('Sixty-two deputies ... backed Zaev's cabinet', SUPPORT)."},
 {"doc": "h26-x99-17",
  "coder_events": ["SANCTION: Hamid Karzai (AFG) -> United States (USA), suspends security-pact talks, 2013-06-19"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The Taliban opening an office in Qatar is the background of Karzai's anger and is not coded separately."},
 {"doc": "h26-x99-16",
  "coder_events": ["PROTEST: Sirleaf's challenger Winston Tubman / CDC (LBR) -> Liberian state (LBR), boycott of Tuesday's run-off, 2011-11-08"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Sirleaf heading for victory is an election result, not an act. Dateline missed the boycott ('a boycott by her challenger')."},
]
with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# summary
tot = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
print("per-field right of 43:", tot)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
