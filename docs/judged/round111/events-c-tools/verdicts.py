"""Write events-c.jsonl from the items and the judge's verdicts below (judge c, round 111).
Each verdict: n -> (fields that are WRONG, reasons). 'event' in wrong => spurious (all false)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
V = {
 1: ([], "Sri Lanka's government (LKA) welcomed the U.S. (USA) decision on Thursday 1997-10-09 (the document date): SUPPORT right in every field."),
 2: ([], "Church leaders on Bougainville (PNG) called for an independent inquiry: REQUEST; the sentence names no addressee so the empty target is right; undated reaction reported as this news takes the document date."),
 3: ([], "Algerian opposition leaders (DZA) welcomed the lifting of the emergency: SUPPORT; 'the move' is an act, not a party, so the empty target is right by the rules (I would have coded the Algerian government as target); sector GOV for opposition leaders is off but not scored."),
 4: (["source"], "The new charter bans religion-based parties, a COERCE ban on parties (EGY) that takes effect with the approved constitution (borderline as an event: the actor is a document). Source should be the Egyptian state via its new constitution (EGY), not the Muslim Brotherhood, which is one of the parties banned."),
 5: (["target"], "Iranian jets bombed Mujahideen Khalq bases in Iraq on Monday 1997-09-29: ASSAULT aerial by Iran right, date right; the target MKO is right as a party but its code should be IRN (an exiled Iranian opposition group fighting Tehran), not empty."),
 6: (["date", "modality"], "Abdullah said his first task 'would be' to press New Delhi for autonomy: REQUEST IND->IND government right, but modality should be future, and the date should be 1996-10-09, the Wednesday he spoke after the swearing-in (the document date 1996-10-10 is neither the statement's nor the act's date)."),
 7: (["date"], "Mali's junta (MLI) accused Kyiv (UKR) of supporting terrorism when it cut ties: ACCUSE right, but the decision was announced on Sunday evening (next sentence), so the date should be 2024-08-04, not the Monday document date."),
 8: (["modality"], "ACCUSE Erbakan (TUR) -> Gaddafi (LBY), undated act of the visit with no date is right; but the rebuke sits inside his aides' contested claim ('they insisted'), so modality should be reported, not asserted (reported_by should be Erbakan's aides, not Turkish construction firms)."),
 9: ([], "Croatian forces (HRV) killed 18 Serb civilians (SRB) at Paulin Dvor in December 1991: ASSAULT, background act with its own date 1991-12, right in every field."),
 10: ([], "Petro (COL) conceded defeat: CONCEDE accepted (a verbal concession); the winner is not named in the sentence so the empty target is right; undated act reported as this news takes the document date."),
 11: ([], "Koo Chen-fu (TWN) met Jiang Zemin (CHN) in Beijing on Sunday 1998-10-18: CONSULT right in every field."),
 12: (["target"], "The National Assembly (PAK) approved on Friday 1998-10-09 an amendment 'proposed by Prime Minister Nawaz Sharif': SUPPORT (approve a policy), date right, but the sentence names whose proposal was approved, so the target should be Nawaz Sharif (PAK), not empty."),
 13: ([], "UAE president (ARE) pardoned five activists (ARE), who were released, on Monday 2011-11-28: RETREAT release right in every field."),
 14: ([], "Church officials (NGA) urged the federal government (NGA) to go to the Supreme Court: REQUEST, undated reaction reported as this news takes the document date; right in every field."),
 15: (["date"], "Singh (IND) and Musharraf (PAK) met in Manhattan: mutual CONSULT right, but the meeting was on Friday (first sentence: 'agreed on Friday ... in their first face-to-face meeting'), so the date should be 2004-09-24, not unknown."),
 16: (["date"], "Critics and rights groups accused Heydar Aliyev (AZE) of a personality cult and jailing opponents: ACCUSE right, but this is the background record of criticism over his rule in an obituary, not an act of 2003-12-13; it should have no date."),
 17: ([], "At least six people (PAK) were killed in the clashes of the Saturday police operation: ASSAULT, no killer named in the sentence so the empty source is right, date 2017-11-25 right."),
 18: (["date"], "Protesters (GTM) set fire to part of Congress (GTM) over the budget: PROTEST riot against the authorities right, but the sentence says Saturday, so the date should be 2020-11-21, not the Sunday document date 2020-11-22."),
 19: (["date"], "Palestinians (PSE) killed in Israeli air strikes: ASSAULT, empty source right by the rules ('the air strikes' is not a party; Israel is named only in the previous sentence). But the strikes were in the 11-13 November flare-up that the truce of 'yesterday' ended, a background act, not of the document date 2018-11-14."),
 20: (["source", "date"], "The monitors accused the Tigers (LKA) of violations: ACCUSE right, target right; but the monitors are the Nordic SLMM, an international mission, so their code should be empty (or Nordic), not LKA/GOV; and the date 2006-08 comes from the violations ('this month'), the accusation itself being the Wednesday report of 2006-08-30."),
 21: (["target", "date"], "Moldovan officials (MDA) complained that their diplomats are harassed in Russia: ACCUSE right, but the target should be Russia (RUS), not the Moldovan politicians who are the victims; and it is a background complaint of earlier years, so no date rather than the document date."),
 22: (["type", "target"], "Emperor Akihito formally received Hu at the Imperial Palace on Wednesday 2008-05-07: a ceremonial reception, CONSULT (visit, host Akihito), not SUPPORT; and Hu Jintao's code should be CHN, not JPN."),
 23: ([], "Hu (CHN) and Fukuda (JPN) signed a joint statement on Wednesday 2008-05-07 pledging a strategic relationship: AGREE (pledge of cooperation; SUPPORT for the signing would also do), mutual, right in every field."),
 24: (["target", "date"], "Boni Yayi's claim that 'Beninese have refused to endorse this electoral hold-up' (the stay-away) is at most a REJECT by Beninese (BEN) of the election; the target should be the government/Talon's election or empty, not Boni Yayi, the speaker; and the refusal was at Sunday's vote, 2019-04-28, not the document date."),
 25: ([], "The Houthis (YEM) detained at least 13 U.N. staff (UN, no country): COERCE arrest right; undated arrests reported as this news take the document date."),
 26: (["target"], "The U.S. announced visa restrictions in May 2023: SANCTION, source and date right; but the sentence names the target, 'anyone undermining the election' (Bangladesh's, BGD), so an empty target is wrong."),
 27: (["date"], "Sierra Leone (SLE) imposed a nationwide curfew: COERCE right; but the curfew was announced on Wednesday afternoon (next sentence), so the date should be 2022-08-10, not the Thursday document date."),
 28: (["date"], "Sanaa (YEM) has accused London (GBR) of letting militants operate: ACCUSE right; but it is a background accusation after the Abyan affair (early 1999), not an act of the verdict's Monday 1999-08-09; it should have no date."),
 29: (["date"], "Kigali (RWA) has charged Kampala (UGA) with training exiles for an invasion: ACCUSE right; but it is background to the talks ('since' earlier this year), so no date rather than the document date 2001-11-07."),
 30: (["source", "target", "date"], "The two presidents, Tadic (SRB) and Josipovic (HRV), travelled together to Paulin Dvor: a joint visit, CONSULT between them; source coded as one HRV group and target 'Croatian forces' (from the relative clause) are wrong, and the date should be the visit's Thursday 2010-11-04, not 1991-12 (the killing's date)."),
 31: (["type", "date"], "The billions the U.S. (USA) has spent supporting Ukraine (UKR) are material aid, type AID, not verbal SUPPORT; and a sum spent since 2022 has no date, not the document date."),
 32: ([], "Venezuela, Bolivia and Nicaragua backed Cuba (CUB) in threatening to block the WTO deal: SUPPORT right; undated last-minute act reported as this news takes the document date."),
 33: ([], "Berisha (ALB) thanked Bush (USA) for his support on Sunday 2007-06-10: SUPPORT right in every field."),
 34: (["event"], "The unarmed EU observers beginning patrols is not a PLOVER act: MOBILIZE covers military and police moves, and civilian monitors patrolling under the deal is not a mobilization against anyone. Spurious."),
 35: ([], "Rabuka (FJI) conceded defeat at the weekend (15-16 May 1999, 1999-W19-WE): CONCEDE accepted, empty target right (the winner is not named), date right."),
 36: ([], "BRA fighters (PNG) killed about a dozen PNG soldiers at Kangu Beach last month (1996-09): ASSAULT right in every field; the hostage-taking is a separate act."),
 37: ([], "Russia (RUS) is seeking shells from North Korea (PRK), as U.S. officials have said: REQUEST for military assistance, ongoing act takes the document date; attribution keeps it asserted."),
 38: (["date"], "Yilmaz (TUR) accused his opponents (TUR) of settling scores: ACCUSE right; but he spoke 'before the vote', which was on Wednesday, so the date should be 1998-11-25, not the Thursday document date."),
 39: ([], "Human Rights Watch (no country) called for Qatar's election law to be amended: REQUEST, no addressee named so the empty target is right; the statement is undated in the text and taken as this news (it may be August background; scored leniently)."),
 40: (["date"], "Al-Hilu (SDN) rejected the May election result as rigged: REJECT right; but the rejection followed the May 2011 election (background), so the date should be 2011-05 or none, not the document date 2011-06-09."),
 41: ([], "Abdullahi Yusuf (SOM) resigned last month (2008-12): RETREAT resign right in every field."),
 42: (["event"], "'Accused Mexico of bowing to Washington' is a figurative charge of subservience inside Castro's accusation (coded as ACCUSE e3), not a concession act by Mexico; a coder would code only the ACCUSE. Spurious (the date would anyway be Saturday's speech, 2004-05-01)."),
 43: ([], "Rabin (ISR) was shot dead last month (1995-11): ASSAULT, killer not named in the sentence so the empty source is right; right in every field."),
 44: (["source"], "The Polisario welcomed the U.S. (USA) draft: SUPPORT, target and date right; but the Polisario is the Western Sahara independence movement fighting Morocco, so its code should be ESH (Sahrawi), not MAR."),
 45: ([], "Siniora's cabinet (LBN) voted to ask the U.N. for an international tribunal on Monday 2005-12-12: REQUEST right; Siniora stands for his cabinet (same government, LBN)."),
 46: (["date"], "Ngarivhume (ZWE) called the anti-graft protest: PROTEST accepted (mode should be demo, not strike; not scored), empty target right; but he called it before his arrest last week, a background act, and the protest itself was Friday 2020-07-31; not the document date 2020-08-01."),
 47: (["modality", "date"], "Bessent says the Trump administration (USA) is committed to a peace process for Ukraine (UKR): AGREE acceptable, parties right; but the commitment is stated, so modality should be asserted, not hypothetical, and the date should be the Wednesday of the signing statement, 2025-04-30."),
 48: ([], "Somali officials (SOM) urged Uganda (UGA) to reconsider: REQUEST, undated reaction reported as this news; right in every field."),
 49: (["target", "date"], "Uganda (UGA) has hosted meetings of regional leaders: CONSULT right; but the guests are 'regional leaders' (no single country), not DR Congo and Rwanda, which are named only as the border to patrol; and a series of meetings during its chairmanship is background with no date, not the document date."),
 50: ([], "Azerbaijani opposition leaders (AZE) detained after the October vote: COERCE arrest, detainer not named (empty source right); the text gives no date for the detentions, so no date is right."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open(HERE / "events-c-items.jsonl"):
    it = json.loads(line)
    wrong, reason = V[it["n"]]
    assert all(w in FIELDS for w in wrong)
    if "event" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v
    it["reasons"] = reason
    out.append(it)
assert len(out) == 50 and [o["n"] for o in out] == list(range(1, 51))
with open(HERE / "events-c.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {f: sum(o["verdict"][f] for o in out) for f in FIELDS + ["all"]}
print(counts)
