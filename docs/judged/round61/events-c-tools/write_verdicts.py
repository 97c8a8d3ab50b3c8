"""Round 61, judge c: verdicts on the 50 sampled dateline events (heldout_news8).

V = {n: ([false fields], "reasons")}. A spurious event (event false) is false in every field.
Writes ../events-c.jsonl (each item line plus "verdict" and "reasons") and prints the table.
Run from docs/judged/round61: /work/main/.venv/bin/python events-c-tools/write_verdicts.py
"""
import json
import os

FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: ([], "All right: ASSAULT abduct for holding hostages; an act still going on ('are still holding') takes the document date; 'foreign hostages' with no country given is right empty."),
    2: ([], "All right: background abduction 'decades ago' with no date (basis unknown) is right; Abe's saying it keeps it asserted."),
    3: (["date"], "Date: the Kabul attack is dated in the text ('exploded ... on Thursday', 2019-09-05), and in any case it came before Trump spoke on Saturday; 2019-09-08 (the document date, a Sunday) is wrong. 'the insurgents' = the Taliban (AFG), right."),
    4: ([], "All right: mutual CONSULT, Wednesday 2023-04-05."),
    5: ([], "All right: ACCUSE opposition parties and religious groups (in Islamabad, PAK) -> Sharif ('him'); 'have already accused' reported as this news takes the document date."),
    6: ([], "All right: COERCE curfew Allawi -> Falluja (the city and its residents, IRQ), Sunday 2004-11-07. The 'person' kind is odd but the party and code are right; Ramadi is missing, a second target not required."),
    7: ([], "All right, though a reader may doubt the type: pledging allegiance is a promise of loyalty/commitment, which I accept as AGREE (SUPPORT would also be defensible). Sources (clerics, officials; the royal family missing) MAR, target 'him' = the crown prince, late on Friday 1999-07-23."),
    8: ([], "All right: RETREAT withdraw Eritrean troops. Date: the sentence gives no date and the withdrawal is reported as this news, so the document date is right by the conventions (the story suggests it happened around Wednesday's fall of Barentu, a day earlier)."),
    9: (ALL, "Spurious: 'cut off food and fuel to La Paz' is the effect of the road blockade already coded from this sentence (e4 'blocked', PROTEST) - a duplicate. (Also 'Aymara Indians' gave the source the code IND, India.)"),
    10: (["type"], "Type: signing a formal agreement (a peace treaty) is AGREE (CAMEO 057 -> AGREE), not SUPPORT. Negated ('failing to sign'), Abe -> Russia right; date: the failure stated as of the story, document date accepted."),
    11: (["source"], "Source: 'the party' that backs NATO is Law and Justice (PiS), the winner the paragraph is about, not Civic Platform. A standing policy stance of support, accepted as SUPPORT with the document date."),
    12: (["type", "target", "date", "modality"], "Type: an army seizing territory is ASSAULT (conventions, wave 30), not COERCE seize. Target: the land was seized from Ethiopia ('it' in the sentence), so the empty target is wrong. Date: a background seizure of the 1998 war, not 2000-05-17. Modality: the seizure is inside Ethiopia's claim ('land it says was seized by Eritrea'), so it is reported."),
    13: (["source", "modality"], "Source: 'They' are the opposition (BNP and allies, the 'it' of the previous sentence), not the Bangladesh government. Modality: the killing is inside Hasina's accusation/demand ('They have to stop killing people'), so it is reported. Ongoing violence takes the document date, right; 'people' with no country is right."),
    14: ([], "All right: REQUEST by Palestinian officials ('they had sought' an international inquiry); the party asked is not named in the sentence, so the empty target is right; a background request of unknown time with no date is right."),
    15: (ALL, "Spurious: being 'ready to keep exports going even without Russian participation' is a statement of Ukraine's own resolve, not an agreement or offer of cooperation to anyone; Russia is exactly the party it will not cooperate with. No PLOVER act between actors."),
    16: (["target"], "Target: 'urged it' - 'it' is the court (the ICC) named in the previous sentences; a pronoun in the sentence counts as its referent, so the empty target is wrong. HRW with an empty code is right."),
    17: ([], "All right: RETREAT resign, future; the text gives no date for the future resignation (he stays until the party picks a successor), so no date (basis unknown) is right."),
    18: (["date"], "Date: 'thousands were killed' is a toll summed over the nine-month Mosul battle (since Oct. 17); a total over a span takes no date, not the document date. Empty source right (not named); 'thousands' IRQ right."),
    19: (["date"], "Date: the text dates the cut ('since Tsai took office in May', i.e. May 2016) and it is still in force (document date would also be right); null with basis unknown is wrong. SANCTION China -> Taiwan right."),
    20: (["target"], "Target: the sentence names the backed parties - 'rival blocs' (Lebanese political blocs) - so the empty target is wrong. SUPPORT Riyadh/Tehran right; an ongoing relation takes the document date."),
    21: ([], "All right: ASSAULT Israel -> Palestinians, January 2023."),
    22: ([], "All right, with a doubt on the date: the accusation follows 'On Monday, Biden said ...' in the same paragraph; dateline's narrative date (Monday 2022-05-23) is the date the paragraph gives and I accept it (the document date would also have been defensible)."),
    23: (["target", "date"], "Target: the pledge is to Afghanistan, which this sentence names and which is clearly the recipient (Tokyo donor conference for Afghanistan); empty is wrong. Date: the pledges were made at the conference 'on Tuesday' (2002-01-22, the document date) and are this news; null is wrong."),
    24: (["target", "date"], "Target: Wahid urged 'Megawati's supporters' to stay calm, not Megawati herself. Date: Wahid spoke after being sworn in on Wednesday (1999-10-20, the document date); 1999-10-19 (Tuesday, carried from the previous paragraph) is wrong. Not a duplicate of e3 ('I ask all of you', a different request to the chamber)."),
    25: (["target"], "Target: 'accused it' - 'it' is the Federal Reserve (USA), the subject of the previous sentence, not China (China is one of the accusers). Source lists German and Brazilian officials, right parties (the Chinese officials are missing but not wrongly coded)."),
    26: (["target"], "Target: Sharif and Vajpayee jointly pledged (a bilateral commitment, mutual); Vajpayee/India, named in the sentence, is the other party, so the empty target is wrong. February 1999 right."),
    27: ([], "All right: SUPPORT Bolton (USA) -> Ban Ki-moon (South Korean, KOR), Friday 2006-10-13."),
    28: ([], "All right: ASSAULT Bozize's fighters (CAF rebels) on Bangui, i.e. Patasse's government, October 2002."),
    29: (["type"], "Type: dismissing a mayor is not REJECT (rejecting a proposal or demand); I would code a punitive removal from office as COERCE (CAMEO 172, administrative sanctions) or SANCTION. Parties and Tuesday 2010-09-28 right."),
    30: ([], "All right: REQUEST State Department -> Russia, document date (Thursday 2017-04-20, day of the ruling)."),
    31: (["target"], "Target: the Philippine police are part of what is withdrawn (its own contingent), not the party acted upon; the withdrawal is from Iraq (target Iraq, or empty). Wednesday 2004-07-14 right."),
    32: (["source", "date"], "Source: 'Bucha' is the place, not the perpetrator (Russian forces are not named in the sentence; empty would be right). Date: the massacre took place during the Russian occupation in March (troops left March 30); the document date 2022-04-03 is a background act given the document date. Attribution to Kuleba keeps it asserted."),
    33: ([], "All right: CONCEDE Kopacz, late on Sunday 2015-10-25; conceding defeat names no party, empty target right."),
    34: (["type", "target"], "Type: warning that the vote would undermine the government's legitimacy is criticism, not a threat (no action by the speaker): ACCUSE (disapprove). Target: Nkurunziza's government, named in the sentence; empty is wrong."),
    35: ([], "All right: CONSULT visit, future, ElBaradei -> Iran (Tehran); 'later this week' = 2006-W15 (document date 2006-04-11 is in ISO week 15). The IGO code 'IAE' for the IAEA is not a wrong country."),
    36: (["type", "target"], "Type: the act is the court's ruling to close the group's headquarters and hand its buildings to the state - COERCE (ban/seize property); 'granted a request' is not an AGREE between actors here. Target: either the Jehovah's Witnesses ('the group') or, for AGREE, the Justice Ministry - both named; empty is wrong."),
    37: (["source"], "Source: 'The party's candidate ... Beata Szydlo' is Law and Justice's candidate, not Civic Platform. Campaign policy pledges accepted as AGREE (intent), document date."),
    38: ([], "All right: the conditional 'if chemical weapons were used again' is a hypothetical ASSAULT, actor not named in the sentence (empty right), no date right."),
    39: ([], "All right: COERCE arrest, passive with no agent in the sentence (empty source right), NLD supporters MMR, document date."),
    40: ([], "All right: REQUEST China and Russia; 'urged restraint' names no addressee, empty target right."),
    41: (["source", "target"], "Source: the force is from Gabon, Congo Republic and Chad (a regional force), named in the sentence; empty is wrong. Target: deployed in Bangui - the Central African Republic is the recipient of the peacekeeping; empty is wrong. AID for peacekeeping right; a deployment in place as the story is told takes the document date."),
    42: (["date"], "Date: Albanese was sworn in 'on Monday' (2022-05-23) and flew to Tokyo 'hours after taking the oath', so the text dates the flight to Monday; the document date 2022-05-24 is wrong. CONSULT visit -> Japan right."),
    43: (["source"], "Source: 'They' are the 14 EU governments (of the previous sentence), not Portugal, which only holds the presidency and announced the measures. Negated SUPPORT -> Austria accepted (I would code the whole downgrade as SANCTION); future policy with no date right."),
    44: ([], "All right: SUPPORT EU -> Spain, document date."),
    45: (["type", "target"], "Type: armed separatists seizing/occupying government buildings is ASSAULT (conventions, wave 30), not COERCE seize. Target: the buildings are the (Ukrainian) government's, which the sentence refers to; empty is wrong. Date: an occupation still going on takes the document date, right."),
    46: (ALL, "Spurious (duplicate): 'hurling stones' is how the protesters 'clashed with security forces', already coded from this sentence as e7 (protesters -> security forces). By type this PROTEST riot is the better coding of the two, but it is the second event for the same act."),
    47: (["type"], "Type: launching missiles in tests is not an ASSAULT (no target attacked); I would code MOBILIZE weapons (as dateline did for the nuclear test in the same sentence). Date: over 'a year' with no date given, null right."),
    48: (["target"], "Target: the plateau was taken 'from Syria', named in the sentence; annexation acts on Syrian territory, so the empty target is wrong. Type COERCE seize accepted for a formal annexation (not an armed taking of ground). 1981 right. (The 1967 capture, an ASSAULT, is not coded.)"),
    49: (["date"], "Date: the next sentence dates the insurgents' strikes 'over the weekend' (Nov. 6-7); the document date Monday 2004-11-08 is wrong. Source insurgents IRQ, empty target right."),
    50: ([], "All right: ASSAULT crowd-control police -> protesters, Monday 2020-08-10; a different act and actor from the protesters' clash (e7)."),
}

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
items = [json.loads(l) for l in open(os.path.join(root, "events-c-items.jsonl"))]
assert sorted(V) == [it["n"] for it in items] == list(range(1, 51))

out = []
for it in items:
    bad, reasons = V[it["n"]]
    for f in bad:
        assert f in FIELDS, (it["n"], f)
    if "event" in bad:
        assert set(bad) == set(FIELDS), it["n"]
    verdict = {f: (f not in bad) for f in FIELDS}
    verdict["all"] = all(verdict[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = verdict
    rec["reasons"] = reasons
    out.append(rec)

with open(os.path.join(root, "events-c.jsonl"), "w") as fh:
    for rec in out:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

real = [r for r in out if r["verdict"]["event"]]
print("field      right/50   right/real(%d)" % len(real))
for f in FIELDS + ["all"]:
    a = sum(r["verdict"][f] for r in out)
    b = sum(r["verdict"][f] for r in real)
    print("%-9s  %2d/50 %3.0f%%   %2d/%d %3.0f%%" % (f, a, 100 * a / 50, b, len(real), 100 * b / len(real)))
print("spurious:", 50 - len(real), [r["n"] for r in out if not r["verdict"]["event"]])
for f in FIELDS[1:]:
    print("%s wrong (real events):" % f, [r["n"] for r in real if not r["verdict"][f]])
