"""Write events-d.jsonl from judge d's per-item verdicts (fields listed are the WRONG ones)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["event", "type", "source", "target", "date", "modality"]
SP = "spurious"
# n -> (wrong fields or SP, reasons)
V = {
 1: (SP, "Duplicate: 'banning trade in heavy weapons...' spells out the sanctions already coded from the same sentence (e1 SANCTION UNSC -> North Korea, 'impose'); one act, coded once."),
 2: (["date"], "MILF fighters killed in the clash; empty source right (no attacker named in the sentence), 'its own men' = MILF men (PHL). Date should be 2015-01-25, the Sunday of the Mamasapano clash the text gives, not the document date."),
 3: (["target"], "REQUEST (demand release) by Iran is right, but the sentence names the holder of the five Iranians, U.S. forces/Washington: target should be the United States (USA), not empty."),
 4: ([], "Critics accuse Aquino of failing to explain the operation: ACCUSE, critics (no country given) -> Benigno Aquino (PHL), document date, asserted; all right."),
 5: ([], "Washington accuses the five Iranians of helping militants: ACCUSE USA -> the Iranians (IRN), ongoing at the time of the report, document date right; asserted."),
 6: ([], "Arzu's government negotiated the amendments package with Congress 'last year': CONSULT (negotiate) Guatemala government -> Guatemala Congress, 1998 right for 'last year' in a 1999 story; asserted."),
 7: ([], "Western diplomats (no country) praised Montenegro's progress: SUPPORT -> Montenegro (MNE), undated, document date acceptable; asserted."),
 8: (["source"], "Future negotiation of the new Presidential Leadership Council with the Houthis (CONSULT, future, undated is right), but the council is Yemeni: source code should be YEM, not SAU."),
 9: ([], "Montenegro opened EU membership talks 'last June' = 2012-06: CONSULT MNE -> European Union, all right (EUR accepted for the EU)."),
 10: ([], "Anez's quote 'They accuse me...': 'They' is the MAS government of the previous sentence; ACCUSE MAS government (BOL) -> Anez (BOL), standing accusation at the report date; asserted with reported_by Anez. All right."),
 11: (SP, "No act: analysts describe what the council was designed to do ('to unite the anti-Houthi forces'); not a COOPERATE event, and the GCC is not in the sentence."),
 12: ([], "Poland shot down Russian drones in its airspace: ASSAULT Poland -> Russia (drones of the Russian military), overnight to 2025-09-10, asserted; all right."),
 13: (["date"], "Detentions after the revolt: COERCE arrest, empty source right, detained people in Paraguay (PRY) right. The text gives no date for the detentions (only the revolt began Thursday and was crushed by Friday dawn): date should be 2000-05-19, the Friday of the report, not 2000-05-18."),
 14: (["date"], "Resignation of PM Nasser al-Mohammad al-Sabah: RETREAT resign right, but it came with the storming of parliament in November, before the February election it 'followed': date should be 2011-11, not 2012-02."),
 15: ([], "Israel halted aid on Sunday demanding Hamas accept an extension: REQUEST Israel -> Hamas, Sunday = 2025-03-02, asserted; all right."),
 16: ([], "Former minister Alvaro Coimbra detained with Anez: COERCE arrest, empty source right (no arrester in the sentence), target right (one of the two named ministers), Saturday 2021-03-13 consistent with Anez's arrest; asserted."),
 17: ([], "Khatami is due to hold talks with D'Alema and Scalfaro during his stay: CONSULT IRN -> ITA leaders, future, no single date given so unknown is right."),
 18: (["target"], "Kushner opening the Bahrain conference is a CONSULT (meeting) on Tuesday 2019-06-25, but the Palestinian leaders shunned it: target should be empty (a multilateral conference; or host Bahrain), not the boycotting Palestinian leaders."),
 19: (["source"], "Promise of an investigation (AGREE accepted as a promise) on Saturday 1998-11-14, but the speaker is armed forces chief General Wiranto ('he'): source should be Wiranto (IDN military), not President Habibie."),
 20: ([], "Blinken called for Navalny's release: REQUEST, Blinken (USA); the addressee (Russia) is not in the sentence, so empty target is right; Tuesday 2021-02-02, the day of the verdict and its 'swift condemnation', accepted."),
 21: (["target"], "The Estonian and Lithuanian presidents declined invitations to Victory Day celebrations in Moscow: REJECT, May 2005 right, but the sentence names the inviter (Moscow): target should be Russia (RUS), not empty."),
 22: (SP, "'which judges were charged with supervising' means the judges were tasked with supervising the elections, not accused: no ACCUSE act. (The referral of the two judges to the disciplinary board is the event of this sentence and was not coded.)"),
 23: (["date"], "Maduro's alleged urging of Paraguayan commanders: REQUEST VEN -> PRY military, reported (inside Paraguay's accusation) right. Date wrong: the urging happened around Lugo's removal the week before, not on 2012-06-29; it has no date in the text (should be undated/unknown)."),
 24: ([], "Raisi praised Syria's victory at the signing ceremony on the day of his visit (2023-05-03): SUPPORT IRN -> Syria; all right."),
 25: ([], "Zakharova called the Czech expulsion decision a 'provocation': ACCUSE disapprove, Zakharova (RUS), document date right. 'The decision' is an act, not a party, so by the rules an empty target is right (I would code the Czech Republic, CZE)."),
 26: (["target"], "Sri Lanka deployed troops in Kandy on Tuesday 2018-03-06: MOBILIZE troops right, but Kandy is a place, not a party: target should be empty (or the rioting Sinhalese mobs), not 'Kandy[person]'."),
 27: ([], "Khatami arrived in Rome on Tuesday 1999-03-09 on a visit: CONSULT visit IRN -> Italy (host); all right."),
 28: (["source", "target"], "The urging is by the U.S. State Department (USA) and is addressed to the new Cuban leadership (CUB); dateline has 'Cubans' as source and no target. Type, date (April 19, the dateline day) and modality right."),
 29: ([], "Federal Assembly deputies voted Milosevic president: SUPPORT deputies -> Milosevic, Tuesday 1997-07-15, asserted; accepted (SRB accepted for the Belgrade federal parliament of the FRY)."),
 30: ([], "Raisi arrived in Damascus on Wednesday 2023-05-03: CONSULT visit IRN -> Syria; all right."),
 31: ([], "Residents and opposition figures accused the authorities of collective punishment: ACCUSE Ma'an residents (JOR) -> Jordanian authorities, document date; all right."),
 32: (["type", "target"], "Morocco taking control of Western Sahara in 1975 is a state occupying territory: ASSAULT (occupy) under the conventions, not COERCE seize; and nothing was taken from Spain, which was pulling out: target should be empty (the territory has no party in the sentence). Date 1975 and modality right."),
 33: ([], "The European Commission welcomed Sezer's election: SUPPORT EC (EU body); 'the result' is not a party, empty target right; document date right."),
 34: (["target"], "Herzog conceded defeat by telephoning Netanyahu: CONCEDE accepted, date and modality right, but the concession is to Netanyahu, named in the sentence: target should be Benjamin Netanyahu (ISR), not empty."),
 35: (["target"], "Bozize accused 'unnamed foreign backers' of arming the rebels: ACCUSE, Thursday 2012-12-27 right, but the target should be the unnamed foreign backers (no code), not the United States."),
 36: ([], "Spain pulled out of Western Sahara in 1975: RETREAT withdraw ESP, 1975, asserted; all right."),
 37: ([], "Widodo never formally endorsed Prabowo: SUPPORT negated IDN -> Prabowo (IDN); document date accepted for a negated act running up to the report; all right."),
 38: ([], "Kabbah pledged to rebuild schools and roads and fight corruption: a promise, AGREE with no target (borderline as a political event but a statement of commitment), document date; all right."),
 39: ([], "Saudi Arabia welcomed Hadi's transfer of powers: SUPPORT SAU; 'the move' is not a party, empty target right; Thursday 2022-04-07 right."),
 40: ([], "State Department spokesman: 'The American people stand with the people of Iran': verbal SUPPORT USA -> Iran, on the report day (Dec 28 dateline); all right."),
 41: (["target"], "A Houthi official dismissed the new council: REJECT accepted, document date right, but the object is the new Presidential Leadership Council (YEM), named in the sentence: target should be the council, not empty."),
 42: ([], "Prigozhin's claim that Wagner fighters took Bakhmut: ASSAULT (taking ground) Wagner (RUS) -> Ukraine, Saturday 2023-05-20, reported (a claim Ukraine rejected); all right."),
 43: ([], "Sarkozy: France had chosen to talk to Syria: CONSULT France -> Syria, ongoing dialogue at the time of the report (document date); accepted as an event."),
 44: (SP, "Duplicate: 'the first time a NATO member has opened fire on Russian military assets' describes the same shoot-down already coded from this sentence (e1 Poland -> Russia)."),
 45: (["target", "date"], "Westendorp's use of his powers to impose laws on Bosnia is a background COERCE (source accepted as the Spanish envoy), but the target is Bosnia and its authorities (BIH), not Spain, and a habitual act since 1997 has no date (not 1999-03-05)."),
 46: (SP, "'reopening a deep rift between Paris and its former colony' is a consequence, not an act of accusation by Macron: no ACCUSE event."),
 47: ([], "Kremlin: Putin congratulated Wagner units and the Russian armed forces: SUPPORT Putin -> Russian armed forces, Sunday 2023-05-21, asserted; all right."),
 48: (["target"], "Kumaratunga accused Wickremesinghe of too many concessions: ACCUSE, undated background (unknown right), asserted; but Wickremesinghe is Sri Lankan: target code should be LKA, not FRA."),
 49: ([], "Saudi FM Faisal bin Farhan visited Damascus 'last month' = 2023-04: CONSULT visit SAU -> Syria; all right."),
 50: ([], "Modi congratulated Dahal on his swearing-in: SUPPORT IND -> Dahal (NPL), Monday 2022-12-26; all right."),
}
items = [json.loads(l) for l in open(os.path.join(HERE, "events-d-items.jsonl"))]
assert len(items) == 50
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == SP:
        v = {f: False for f in F}
    else:
        assert all(w in F for w in wrong)
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open(os.path.join(HERE, "events-d.jsonl"), "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
cnt = {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]}
print(cnt)
