"""Write events-d.jsonl from the judge's verdicts (fields: event type source target date modality)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
T, F = True, False
V = {
 1: (T,T,T,T,T,T, "Beijing (CHN) expelled Harry Wu, a U.S. citizen, in late August 1995: SANCTION expel with month precision is right in every field."),
 2: (T,T,T,T,T,T, "Kumaratunga congratulating 'the winner' (Wickremesinghe/UNP, LKA, named earlier) is SUPPORT; a definite description with the right country is a right target; 2001-12-06 is the report day of the Dec 6 dateline."),
 3: (T,T,T,T,F,T, "ASSAULT with empty source (killers not named) and two people (GNB) is right, but the killings were during the fighting of the night of November 30 ('last week'), so the date should be 2023-11-30, not 2023-12-04."),
 4: (T,T,T,T,T,T, "Singapore's statement that it has consistently opposed Taiwanese independence is coded as REJECT toward Taiwan (TWN), an ongoing stance restated in the Monday statement; it is a borderline stance statement but acceptable."),
 5: (T,T,T,F,T,T, "Jiang thanking the IOC is SUPPORT on 2001-07-13, but the IOC is an international body with no seat country in the text: its code should be empty, not CHN."),
 6: (T,T,T,T,T,T, "Chechen separatist fighters (RUS) still battling Russian troops on Wednesday 1996-08-07: ASSAULT, right in all fields."),
 7: (T,T,T,T,T,T, "Faure conceding defeat is a verbal concession (CONCEDE); the winner is not named in the sentence so an empty target is right; 2020-10-25 is the Sunday of the report."),
 8: (T,T,F,F,T,T, "REJECT of the cabinet decision is fine, but the source is Israeli Labour Party ministers (ISR, not PSE), and the target should be the Israeli cabinet/Sharon's government (ISR) whose decision they opposed, not Arafat, who is only the object of the cut ties."),
 9: (T,T,T,T,T,T, "Dozens of (Russian federal) soldiers killed in the Grozny fighting, reported by Interfax: ASSAULT, empty source right (attackers not named in the sentence), soldiers RUS right, document date right for an undated act inside the Tue-Wed fighting."),
 10: (T,T,T,T,T,T, "Jiang to travel to Washington in 1997: CONSULT visit, future, target U.S. (host), date 1997: right."),
 11: (T,T,T,T,T,T, "Akbari arrested in 2019: COERCE arrest, arrester not named so empty source is right; British-Iranian dual national so GBR is acceptable; date 2019 right."),
 12: (T,T,T,T,T,T, "France and Germany condemning the hanging is ACCUSE; the sentence names no party (only 'the hanging'), so the empty target is right by the conventions (Iran would be the inferred target); document date right."),
 13: (T,T,T,T,T,T, "Russia recalling its ambassador from the U.S. on Wednesday 2021-03-17 is SANCTION (reduce relations): right in all fields."),
 14: (T,T,T,T,T,T, "Critics (no country given) accusing Chakwera's government (MWI) of failing on corruption is ACCUSE; a background act of unknown time correctly has no date."),
 15: (T,T,T,T,F,T, "Morrison congratulating Albanese is SUPPORT with right parties, but the call was made on Saturday night with his concession (previous sentence), so the date should be 2022-05-21, not the document date."),
 16: (T,T,T,F,T,T, "India sealing its border is COERCE restrict dated right, but the restriction is aimed at the fleeing rebels (Indian separatist rebels, IND), not at Bhutan, which India is helping."),
 17: (T,T,T,T,T,T, "Thousands of protesters marching in Skopje against the president's decision is PROTEST; aimed at an act of the authorities, so the state (MKD) is a right target; Wednesday 2016-04-13 right."),
 18: (T,F,T,F,T,T, "Ordering air strikes on Arafat's security forces is not a REQUEST to Arafat: it should be ASSAULT (aerial) by Israel's security cabinet (ISR) on Arafat's security forces (PSE), the target being the security forces rather than Arafat himself."),
 19: (T,T,T,T,F,T, "Qatar backing Mursi's government is SUPPORT with right parties, but it is a background act of 2012-13 (before the army removed him 'last year'), so it should have no date (or 2012-2013), not the 2014-11-17 document date."),
 20: (T,T,T,T,T,T, "Washington would consult Panama on next steps: CONSULT with future modality (as 'will meet' in the conventions; AGREE intent-to-meet would also be defensible); undated future act with no date is right."),
 21: (T,T,T,T,T,T, "Nauru breaking diplomatic relations with Taiwan on Monday 2024-01-15 is SANCTION (break relations): right in all fields."),
 22: (T,T,T,T,T,T, "Olmert announcing his resignation 'last year' (2008) is RETREAT resign with year precision: right."),
 23: (T,T,T,T,T,T, "Zelenskiy accusing Moscow of nuclear terror on Friday 2022-03-04 is ACCUSE, Zelenskiy (UKR) -> Russia (RUS): right."),
 24: (T,T,T,F,F,T, "ASSAULT firearms by the attackers (unnamed; Hamas only claimed responsibility, so the common noun is kept) is right, but the passengers were Israelis on a bus near Emmanuel (ISR, not PSE), and the ambush was on Wednesday, so the date should be 2001-12-12."),
 25: (T,T,T,T,T,T, "China agreeing to suspend rare-earth export controls and resume soybean purchases is AGREE toward the U.S. on 2025-10-30: right."),
 26: (T,T,F,T,T,T, "Resignation of the five Shi'ite ministers from Lebanon's government is RETREAT resign on Saturday 2006-11-11, but the ministers are plainly Lebanese, so their code should be LBN, not empty (Hezbollah LBN is a fair co-source)."),
 27: (T,T,T,T,F,T, "Akbari saying he was tortured (attribution, asserted) is ASSAULT torture with empty source right, but the torture happened in detention at an unknown time after 2019; 2023-01-12 is the day the video was broadcast, so the date should be none (unknown)."),
 28: (T,T,T,T,F,T, "Mahamat Deby's promise to hand power to civilians is AGREE, but it is a background promise made earlier (after he took power in April 2021), so it should have no date rather than 2022-08-08."),
 29: (T,T,T,T,T,T, "Aziz thanking Mauritanians (MRT) for their support before leaving on Sunday is SUPPORT dated 2012-10-14: right."),
 30: (T,T,T,T,T,T, "Nigerian troops withdrawing from the peninsula in 2006 is RETREAT withdraw; Cameroon is not named in the sentence so an empty target is right; 2006 right."),
 31: (T,T,T,T,T,T, "Algerian authorities banning Hirak's weekly marches 'in the run-up to the vote' is COERCE ban toward Hirak (DZA); no day is given, so no date is right."),
 32: (T,T,T,T,T,T, "King Salman holding talks with Putin in the Kremlin on Thursday 2017-10-05 is CONSULT: right."),
 33: (T,T,T,T,T,T, "Austrian police raiding homes on Tuesday is COERCE seize (raid); the homes' occupants are unnamed so the empty target is right; the detentions are a separate act."),
 34: (T,T,T,T,F,T, "Key Houthi figures (YEM) killed is ASSAULT with empty source right (the U.S. is not named in the sentence), but they were killed in Saturday's strikes, so the date should be 2025-03-15, not the 2025-03-16 document date."),
 35: (T,T,T,T,T,T, "Rabin visiting Oman in December 1994 is CONSULT visit, ISR -> OMN, 1994-12: right."),
 36: (T,T,T,F,T,T, "Libya's years-long refusal is REJECT, ongoing so the document date is right, but the target is the party whose demand is refused, the U.S. and Britain ('either country'), not the suspects, who are only what Libya would surrender."),
 37: (T,T,T,T,F,T, "Latvian voters endorsing the citizenship changes is coded as SUPPORT (approve policy) with no target named; a referendum vote is a borderline event, and it took place in Saturday's referendum, so the date should be 1998-10-03, not the Monday of the results."),
 38: (T,T,T,T,T,T, "Khartoum not recognising the ICC's authority is SUPPORT negated (equivalently REJECT asserted); Sudan (SDN) -> ICC with its own IGO code; Monday's reaction dated right."),
 39: (T,T,T,T,T,T, "A drone shot down near the palace on Wednesday is an ASSAULT with neither side named in the sentence, so empty source and target are right; date 2020-12-30 right."),
 40: (T,T,T,T,T,T, "Blinken congratulating Albanese is SUPPORT, USA -> AUS, no date given so the document date is right."),
 41: (T,T,T,T,T,T, "King Sobhuza II banning political parties in 1973 is COERCE ban, right in all fields; the sibling e1 'barred' (same ban, no source) is the duplicate of this act, not this one."),
 42: (T,F,T,F,T,T, "The UN's precaution is an act, but raising its own staff security alert is not MOBILIZE of military or police forces; the codable act is pulling personnel out of Darfur (RETREAT/SANCTION withdraw), and no party is acted upon: the target should be empty (Darfur is a region, not a party)."),
 43: (T,T,T,F,T,T, "Dozens of rebels killed on Monday is ASSAULT with empty source right (the Bhutan army is named only in the previous sentence), but the rebels are Indian separatists (ULFA, NDFB, KLO), so the target code should be IND, not BTN."),
 44: (T,T,T,F,T,T, "Putin (for Russia) accusing new EU members is ACCUSE dated right, but the targets are new EU member states (Poland, Estonia and others; code empty or their own), not a Russian civilian group (RUS/CVL)."),
 45: (T,F,T,T,T,T, "The State Department saying the U.S. would keep working with Moscow is a statement of willingness to cooperate, which PLOVER codes AGREE; the cooperation is diplomatic, not COOPERATE's material exchange. Parties and future/undated coding are otherwise right."),
 46: (T,F,T,F,T,T, "The rebels' claim to be defending Albanians is armed protection, not verbal SUPPORT (CAMEO 052): type should be AID (military protection), and the Albanians are those of the Presevo valley in Serbia (SRB or empty), not ALB."),
 47: (T,T,T,T,T,T, "Koroma urging Sierra Leoneans to move past the campaign's divisions after his swearing-in on Friday 2012-11-23 is REQUEST: right."),
 48: (T,T,T,T,T,T, "Grossi offering to travel to Ukraine to negotiate is an offer, AGREE, IAEA -> Ukraine, at Friday's news conference: right."),
 49: (T,T,T,T,T,T, "Ethnic Albanian guerrillas (SRB) attacking Serbian police (SRB), an ongoing attack in Kostunica's warning (attribution, asserted), takes the document date: right."),
 50: (T,T,F,F,T,T, "The rebels' Tuesday 2000-11-21 attack is ASSAULT dated right, but the source adds a spurious 'Bujanovac' person (a town in the group's name; source should be the rebels, SRB, alone) and the target should be the Serbian police ('the policemen' of the same sentence, SRB), not empty."),
}
FIELDS = ["event","type","source","target","date","modality"]
out = []
for line in open(os.path.join(ROOT, "events-d-items.jsonl")):
    it = json.loads(line)
    v = V[it["n"]]
    verdict = dict(zip(FIELDS, v[:6]))
    if not verdict["event"]:
        verdict = {k: False for k in FIELDS}
    verdict["all"] = all(verdict[k] for k in FIELDS)
    it["verdict"] = verdict
    it["reasons"] = v[6]
    out.append(it)
with open(os.path.join(ROOT, "events-d.jsonl"), "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {k: sum(it["verdict"][k] for it in out) for k in FIELDS + ["all"]}
print(len(out), counts)
