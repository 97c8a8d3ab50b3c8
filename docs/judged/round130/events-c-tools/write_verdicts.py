"""Write events-c.jsonl from judge c's verdicts (round 130).

Each verdict lists the fields judged wrong ("spurious" = not an event: every field false).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Protesters in Al Hoceima (MAR) took to the streets on Monday 2017-05-29 chanting for Zefzafi's release; a protest at home aimed at the authorities' arrest, so Morocco is a right target. All fields right."),
 2: (["source", "date"], "The family blamed the authorities (ACCUSE right, target right): the source should be Caceres' family (HND), not 'Agua Zarca' (the dam). The blame is reported as this news (after Wednesday's killing) with no date in the text, so the date should be the document date 2016-03-04, not unknown."),
 3: ([], "France urged the Lebanese authorities to track down the killers: REQUEST FRA -> LBN, undated reaction reported as news, document date 2005-06-22. All fields right."),
 4: ([], "Syria pulled its troops out of Lebanon in April: RETREAT withdraw SYR -> LBN, 2005-04, asserted (the pull-out happened; 'forced' names its cause). All fields right."),
 5: (["date"], "Killings in the protests, unnamed killers (empty source right), 13 people in Nigeria (NGA) right. The story dates these deadly protests to Thursday ('on Thursday, the first day'), so the date should be 2024-08-01, not the Friday document date."),
 6: ([], "Brazil and the Netherlands recalled their ambassadors to Indonesia on Sunday 2015-01-18: SANCTION (CAMEO 161) BRA, NLD -> IDN. All fields right."),
 7: (["target"], "REQUEST by Obasanjo (NGA) right, date (Monday, document date) right; the target should be Olu Falae (NGA), named in the sentence, not empty."),
 8: ([], "Angolan government officials accused UNITA of moving troops: ACCUSE AGO -> UNITA (AGO), an ongoing/recent accusation dated to the document date. All fields right."),
 9: (["spurious"], "Not an event: the sentence states a constitutional rule ('if it rejects a candidate three times, the president can dissolve the chamber'); no actor rejected or said it would reject anyone, so a trained coder codes nothing here (the hypothetical flag does not make a generic rule an act)."),
 10: (["target", "date"], "COERCE arrest by Chinese police (CHN) right; the target should be Liu Xiaobo (CHN), named in the sentence, not empty; the date should be 2008-12-08 (police took him 'late on Monday', next sentence), not Wednesday's date of the wife's statement."),
 11: (["source"], "Lodging a diplomatic protest is ACCUSE (CAMEO 114) and the date (Tuesday, document date) is right; the source should be the Philippine foreign ministry (PHL), not a ministry with no country. Empty target is right (China is not named in the sentence)."),
 12: (["target"], "SUPPORT (congratulate) by Nawaz Sharif (PAK) right, undated statement on the document date right; the target should be the scientists of the Khan Research Laboratories (PAK), named in the sentence, not empty."),
 13: (["target"], "Offering condolences is taken as SUPPORT (CAMEO 018 has no PLOVER event, but a coder codes this gesture of solidarity as SUPPORT); the target should be Putin/Russia (RUS), the other party of 'their talks' to whom the condolences were offered, not empty."),
 14: ([], "Thousands of fans and activists (EGY) marched on the interior ministry in Cairo on Thursday 2012-02-02: PROTEST aimed at the authorities, target the ministry (EGY) right. All fields right."),
 15: (["target"], "Chadema (the party, TZA) called on its supporters to stay calm: REQUEST right, source right, date right; the target should be the party's supporters (TZA) only: the police are not addressed by the call, so the extra target 'police' is wrong."),
 16: (["target"], "Ankara blames the Istanbul bombing: ACCUSE by Turkey (TUR) right, ongoing blame on the document date right; the target should be the PKK (TUR) and its Syrian allies (the YPG, SYR), not the Syrian state."),
 17: ([], "Cairo demanded an explanation and a joint investigation: REQUEST by Egypt (EGY); the addressee (Israel) is not named in the demand's clause, so an empty target is right; undated, document date 2011-08-19. All fields right."),
 18: (["date"], "The Congolese army (COD) launched the offensive (ASSAULT; empty target right, the FDLR is named only in an earlier sentence); the offensive followed a rapprochement 'earlier this year', a background act, so the date should be 2009 (year), not the dateline day 2009-08-11."),
 19: ([], "India's 1998 nuclear tests: MOBILIZE weapons (test) by India (IND), no target, date 1998. All fields right."),
 20: ([], "Israeli aircraft struck targets in southern Lebanon overnight: ASSAULT ISR -> LBN (the only party the sentence gives), date 2024-07-28. All fields right."),
 21: (["date"], "ASSAULT: Christmas Eve church bombings killed more than a dozen people in Indonesia (IDN), unnamed bombers; the date should be Christmas Eve, 2000-12-24, not 2000-12-30."),
 22: ([], "Police (EGY) fired tear gas at protesters (EGY) by evening on Thursday 2012-02-02: ASSAULT crowd-control. All fields right."),
 23: (["spurious"], "Not an event: 'an alliance backed mainly by Russian speakers' describes the alliance's electorate, not an act between political actors; and Russia (the state) is not in the sentence at all."),
 24: (["target"], "The 1994 genocide killings are a background ASSAULT (no perpetrator named, date 1994 right); the target's country should be Rwanda (RWA): 'Rwanda, where some 800,000 people were killed' makes it plain, so the empty code is wrong."),
 25: ([], "The EU and the UN denounced the attack: ACCUSE disapprove by EU and UN; the perpetrator is not named in the sentence (empty target right); undated, document date 2003-02-08. All fields right."),
 26: ([], "Washington has backed the SDF against Islamic State: SUPPORT USA -> SDF (SYR), ongoing, document date. All fields right."),
 27: (["type", "source"], "A company quitting a project is SANCTION withdraw ('withdraw resources from an activity'), not RETREAT (which is the withdrawal of forces from territory); the source should be the Chinese partner company (CHN, business), not China the state. Date 2013 and empty target are right."),
 28: ([], "Russia's Investigative Committee opened a terrorism case: ACCUSE investigate (RUS), perpetrators unknown, Monday 2017-04-03. All fields right."),
 29: (["source", "target"], "Accepting an invitation to dinner is AGREE (willingness to meet), and the date equals the document date 2001-12-05 (the acceptance itself is undated; 'on Wednesday' dates the dinner); the source should be Denktash as Turkish Cypriot leader (CYP), not Turkey (TUR); the target should be Clerides (CYP), whose invitation was accepted, not empty."),
 30: ([], "Wilders promised to govern for all Dutch people: AGREE (promise) by Wilders (NLD), no addressed party, undated victory speech on the document date 2023-11-23. All fields right."),
 31: ([], "A car bomb killed George Hawi (LBN) in Beirut on Tuesday 2005-06-21; bombers unnamed. All fields right."),
 32: (["spurious"], "Not an event: 'criminals had hijacked the protests' uses hijack in its figurative sense (took over the protests); no vehicle was seized, so there is no ASSAULT abduct."),
 33: (["target"], "Business leaders (GEO) backing a bloc: SUPPORT with source right, ongoing on the document date; the target should be the bloc Industry Will Save Georgia (GEO), named in the sentence, not empty."),
 34: (["source", "target"], "PROTEST by human rights groups right, date right; the source's country should be Bolivia (BOL), plain from the protest outside Bolivia's legislature about people who disappeared under Banzer; the target should be the Bolivian Congress/Banzer (BOL), not the US Congress."),
 35: (["source", "target", "date"], "A lawsuit is ACCUSE; the source should be Hindraf's lawyers (MYS: Hindraf is Malaysian), not GBR; the target should be Britain (GBR), named in the sentence; the suit is a background act of an earlier time ('has become a rallying point'), so the date should be unknown, not the document date."),
 36: ([], "Beazley (AUS) conceded defeat late on Saturday 2001-11-10: CONCEDE (CAMEO 080 yield), Howard not named in the sentence. All fields right."),
 37: (["target"], "SUPPORT by Kenya's opposition (KEN) on Monday 2002-10-14 right; the target should be Mwai Kibaki (KEN), named in the sentence as the one they rallied behind, not empty."),
 38: ([], "Saddam (IRQ) urged other Arab and Muslim producers (no single country) in Monday's speech, 2002-04-08: REQUEST. All fields right."),
 39: ([], "The United States urged both sides (Japan and China) to lower tensions: REQUEST USA -> JPN, CHN, undated, document date 2013-02-06. All fields right."),
 40: ([], "The RSF (SDN) denied targeting civilians (SDN): ASSAULT negated, as the convention allows for a denied act; document date 2025-10-28. All fields right."),
 41: (["target"], "Critics accuse 'it' of using insecurity to keep power: ACCUSE, source right (critics, no country given), date right; the target should be the ruling military council (EGY) that 'it' refers to, not the police."),
 42: (["target"], "Turkey's standing recognition of the north: SUPPORT (CAMEO 054) by Turkey (TUR), ongoing, document date; the target should be the Turkish Cypriot north (Northern Cyprus, CYP), named in the sentence ('the north, which...'), not empty."),
 43: ([], "Kabila (COD) held talks with Colin Powell (USA) on Thursday 2001-02-01: CONSULT, mutual. All fields right."),
 44: ([], "India has long accused Dhaka (Bangladesh government, BGD) of sheltering militants: ACCUSE, ongoing, dated to the story's day 2010-01-12 (dateline). All fields right."),
 45: ([], "Clinton (USA) pressed Kabila (COD) in Goma on Tuesday 2009-08-11: REQUEST, distinct from the 'met' CONSULT. All fields right."),
 46: (["target"], "SUPPORT (congratulate) by Orban (HUN), undated, document date right; the target should be Wilders (NLD), whom 'him' refers to, not empty."),
 47: ([], "Turkey condemned the attempted coup: ACCUSE disapprove by Turkey (TUR); the coup plotters are not named in the sentence (empty target right); 2021-02-25. All fields right."),
 48: (["target"], "Declining to endorse is a REJECT asserted (or SUPPORT negated), source Kostunica (SRB) and ongoing date right; the target should be Tadic (SRB), whom 'him' refers to, not empty."),
 49: (["target"], "Hardline Tehran newspapers (IRN) criticised the visit: ACCUSE right, date (dateline day 2001-09-25) right; the target should be Khatami's reformist government (IRN), which the same sentence says they warned (or Straw/Britain, GBR, the visitor), not empty."),
 50: (["date"], "REQUEST by the UN rights office, the US embassy and the EU right, no addressee named; the lead dates these 'calls on Thursday for an independent investigation', so the date should be 2016-03-03, not the Friday document date 2016-03-04."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if "spurious" in wrong:
        verdict = {f: False for f in FIELDS}
    else:
        verdict = {f: f not in wrong for f in FIELDS}
    verdict["all"] = all(verdict[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = verdict
    rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-c.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
counts = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
print(counts)
