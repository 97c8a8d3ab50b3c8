# Judge b, round 173: writes events-b.jsonl from the verdicts below (fields that are wrong listed per item).
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, or "spurious"; reasons)
V = {
 1: ([], "Dudayev's camp denouncing the Moscow-backed ballot is ACCUSE; the ballot is not a party and Russia appears only as an adjective ('Russian guns'), so an empty target is right by the rules; 'has denounced' undated, document date right."),
 2: ([], "Yemen executing the militant leader al-Mihdar on Sunday (1999-10-17) is ASSAULT execute; target party and YEM code right (sector GOV is wrong, he led a militant group, but sector is not scored)."),
 3: ([], "The information minister saying the government does not oppose Zardari's bail is a negated REJECT; Zardari is not in the sentence so an empty target is right; undated statement, document date right. Marginal as an event, accepted under the negated-act convention."),
 4: ([], "BJP leaders accusing Rao of using the investigation is ACCUSE -> P.V. Narasimha Rao (IND); 1996-01-16, the Tuesday of the charges the story reports, accepted (document date 01-17 would also be right)."),
 5: ("spurious", "Pyongyang dismissing press reports of Kim's stroke is a denial (CAMEO 016-type statement), not a PLOVER REJECT of a request or proposal; spurious. Had it been coded the source would be North Korea (PRK), not 'Yongbyon'."),
 6: (["date", "modality"], "Miller announcing in March that he would step down once Poland joined the EU may be coded as a non-asserted RETREAT resign (as 'is to step down' in the conventions; PLOVER proper would make the announcement CONCEDE); modality should be future ('would step down once' is temporal, not a condition), and the date should be 2004-03, the month of the announcement the text gives, not none."),
 7: ([], "North Korea agreeing under the October 1994 framework to freeze Yongbyon is AGREE, dated 1994-10; the counterpart is not named as such in the sentence (Washington only as the suspecting party), so empty target is right by the rules."),
 8: ([], "A Serbian policeman reported killed in a separate incident is ASSAULT with unknown killer -> Serbian policeman (SRB); Monday 1998-12-14, the day of the report, right; 'was reported' is attribution only, asserted right."),
 9: ([], "Iraq demanding on Aug. 5 that the Security Council lift sanctions is REQUEST Iraq (IRQ) -> UN Security Council, 1998-08-05; all right."),
 10: ([], "Bahraini opposition groups criticising the new constitution is ACCUSE; the constitution's author is not named, so empty target right; present perfect background, document date right."),
 11: ([], "Fatah gunmen clashing with Hamas forces in recent weeks is ASSAULT, both PSE (source name 'whose gunmen' is a relative-pronoun artifact but the party, Fatah's gunmen, is right); ongoing act, document date right."),
 12: ([], "Pakistan's government condemning Lone's murder is ACCUSE with the killers unnamed (empty target right); 2002-05-21, the dateline day, right."),
 13: ("spurious", "Officials rejecting the opposition's charge of tolerating Bangla Bhai is a denial of an accusation (CAMEO 016 deny responsibility, no PLOVER event), not a REJECT of a request or proposal; spurious."),
 14: ([], "The U.S. embassy condemning the killings is ACCUSE (USA), perpetrators unnamed so empty target right; undated, document date right."),
 15: ([], "Kim's two trips to China since May last year is CONSULT visit Kim Jong Il (PRK) -> China; a count summed over a span has no date, so date none is right."),
 16: ([], "Sudan suspending peace talks with the southern rebels on Monday is SANCTION (halt negotiations, CAMEO 164) Sudan government -> southern rebels (SDN), 2002-09-02; all right."),
 17: (["type"], "The residents' clash with security forces is the violent side of the protest the sentence names ('clashed ... in a protest'), PROTEST riot, not ASSAULT; source residents (IRN), target the security forces (IRN), Tuesday 1995-04-04 right."),
 18: ([], "South Korean environmentalists rallying outside the Taiwanese mission in Seoul is PROTEST demo against Taiwan (the mission, TWN) over its waste plan; Tuesday of the report, document date right."),
 19: (["target"], "The U.S. urging restraint is REQUEST (USA), but the sentence names those urged ('both sides'): target should be India (IND) and Pakistan (PAK), not empty."),
 20: ([], "The United States and Britain pressing Dhaka to crack down on militants is REQUEST USA, GBR -> Bangladesh government (BGD); ongoing, document date right."),
 21: ([], "Bush visiting Vietnam last November is CONSULT visit Bush (USA) -> Vietnam (VNM), 2006-11; right."),
 22: ([], "The State Department calling for the release of all political prisoners is REQUEST (USA); Cuba is not named in the sentence, so empty target right; 2010-02-24, the dateline day, right."),
 23: ([], "Russia fighting two wars against Chechen separatists since 1994 is ASSAULT Russia -> separatists (RUS); a span summed from 1994 has no date, so none is right."),
 24: (["source", "target", "date"], "North Korea threatening to restore the plant is THREATEN, but the source is Pyongyang = North Korea (PRK), not the 'Yongbyon' reactor; the threat answers Washington, named in the sentence, so target should be the United States (USA); 'last month' dates the suspension, the threat is in undated present perfect and should take the document date 2008-09-11."),
 25: (["target"], "Russia signalling it will not accept a solution imposed on Belgrade is acceptable as a negated AGREE (= REJECT asserted) with undated present perfect; but Serbia is the party the solution would be imposed on, not the one Russia refuses: target should be empty (or the plan's authors, the UN/Ahtisaari), not Serbia."),
 26: (["source", "target", "date", "modality"], "The suspected abduction of Gonchar, Krasovsky and Zakharenko is ASSAULT abduct, but the security services are Belarusian (BLR, code should not be empty); the target is 'they', the disappeared men (BLR), not the relatives; the date should be 1999-09 (a month before the rally) for Gonchar and Krasovsky, not the document date; the act is only feared by relatives, so modality should be reported, not asserted."),
 27: ([], "Bashir calling on young men to join the army is REQUEST Bashir (SDN) -> young men (SDN); undated report of this news, document date right."),
 28: ([], "Vajpayee signing the ASEAN treaty and FTA framework on Wednesday is SUPPORT (sign agreement) Vajpayee (IND) -> ASEAN, 2003-10-08; right."),
 29: ([], "Deputies petitioning for a no-confidence vote is REQUEST by deputies (JOR); the party asked (parliament/the king) is not named, so empty target is right by the rules (a coder might put Rawabdeh's government, the object of the vote); 'earlier this year' -> 2000 right."),
 30: ([], "Clinton barring junta members from entering the U.S. is a sanction coded COERCE restrict (CAMEO 163/172 map there) Clinton (USA) -> Myanmar military government (MMR), Thursday 1996-10-03; right."),
 31: ([], "Siniora condemning the bombing is ACCUSE (LBN), perpetrators unnamed so empty target right; 2008-01-25, the dateline day, right."),
 32: (["source"], "The UGTA's statement reports the killing of Benhamouda ('a man', DZA): ASSAULT, 1997-01-28; but the killers are 'they', the unnamed gunmen, so the source should be the gunmen (no code) or empty, not the UGTA, which only speaks."),
 33: (["target"], "Montealegre calling for a recount is REQUEST (NIC); the recount is asked of the electoral council, referred to in the same sentence as 'They', so target should be Nicaragua's Supreme Electoral Council (NIC), not empty."),
 34: (["target"], "Freeport 'has been criticised' for payments to the military is ACCUSE with unnamed critics (empty source right), but the criticised party is named: target should be Freeport (company, no country code), not empty."),
 35: (["target"], "The 1991 arrest is COERCE arrest, 1991-06, unnamed arresting authorities (empty source right); target should be 'the two', Madani and Benhadj (DZA), not 'Relatives'."),
 36: ([], "Lula defending Iran's right to a nuclear programme is SUPPORT (defend verbally) Lula (BRA) -> Iran (IRN), Monday 2009-11-23; right."),
 37: ([], "Western diplomats welcoming the arrests is SUPPORT; the arresting party is not named and the diplomats have no single country, so empty target and code right; document date right."),
 38: ([], "The EU threatening to retaliate if European firms are targeted is THREATEN (EU, IGO); the U.S. is named only as an adjective in Canada's clause, so empty target right by the rules; document date right for present perfect."),
 39: ([], "Seoul recognising Beijing in 1992 is SUPPORT (grant recognition) South Korea (KOR) -> China (CHN), 1992; right."),
 40: ([], "The United States opposing the ICC is acceptable as REJECT USA -> ICC; ongoing stance, document date right."),
 41: (["target"], "Gilani ordering the release of the judges on Monday is RETREAT release (PAK), 2008-03-24, but the released party is named: target should be the judges held under house arrest (PAK), not empty."),
 42: ([], "Majid captured by U.S. forces in August 2003 is COERCE arrest U.S. forces (USA) -> Majid (IRQ), 2003-08; right."),
 43: ("spurious", "Bush saying 'we will not be intimidated by terrorists' is a statement of resolve, not a threat by the terrorists; no THREATEN event (negated or otherwise) is reported; spurious."),
 44: ([], "The Indonesian army spokesman blaming the Free Papua Movement is ACCUSE -> OPM (IDN); undated, document date right."),
 45: ([], "Senators calling for all-out war against the rebels is REQUEST (PHL); the party asked (the government) is not named, so empty target right by the rules; document date right."),
 46: ([], "Islamist groups backing candidates in the poll is SUPPORT (endorse) Islamist groups (BHR) -> candidates (BHR); marginal (participial descriptor) but a reported act of support; support lasting to the poll, document date accepted."),
 47: (["source", "target"], "The Sunday air raid on the church is ASSAULT, 1995-07-09; the sentence names the Sri Lankan military whose operation it was, so source should be the Sri Lankan air force/military (LKA), not empty; the target is the church of St Peter and St Paul and the civilians sheltering there (LKA), not a person 'St Peter'."),
 48: ([], "Rwanda and Uganda backing Kabila's forces is AID (military) RWA, UGA -> Kabila/AFDL (COD); 'according to diplomats' is attribution, asserted; ongoing, document date right."),
 49: ([], "Ritter calling the inspection regime a 'farce' is ACCUSE (USA); the thing criticised is not a named party, so empty target right; undated, document date right."),
 50: (["source"], "The police commissioner ordering an investigation into the use of force is ACCUSE investigate, document date right; but the source is the U.N. mission's police commissioner (UN, no country), not Fatmir Rexhepi, the resigning interior minister."),
}
items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong)
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(items))
