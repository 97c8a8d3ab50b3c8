"""Write events-d.jsonl from the judge's verdicts below (fields wrong per item; None = spurious)."""
import json

T = "all six right"
# n: (set of wrong fields, or None for spurious, reasons)
V = {
 1: ({"type", "date", "modality"}, "India's statement that it 'would continue to support' Sri Lanka, as its biggest lender, is a pledge of continued support/aid: type should be AGREE (wave-76 rule, CAMEO 030/033), asserted, dated 2022-07-20 (document date, said as this news), not a future SUPPORT with no date. Source India (IND) and target Sri Lanka (LKA, 'the people of Sri Lanka') right."),
 2: (set(), "Signing of the joint declaration is SUPPORT (CAMEO 057); mutual Pashinyan (ARM) and Aliyev (AZE); Friday = 2025-08-08; asserted. " + T + "."),
 3: ({"type", "date", "modality"}, "'said Washington would work with Britain' is a statement of commitment to cooperate: type should be AGREE (PLOVER 'indicate willingness or commitment to cooperate', CAMEO 030), asserted, dated 2019-07-20 (document date), not a future COOPERATE with no date. Source USA and target Britain (GBR) right. (A reading of the 'will meet' rule could accept future COOPERATE; I score by the AGREE definition.)"),
 4: ({"modality"}, "The May Day protests are only called for, not yet held: modality should be future (a planned protest on Wednesday 2019-05-01). Type PROTEST accepted for a called protest (a coder might code the call as REQUEST); source Guaido (VEN) right; empty target right (sentence names no target); date 2019-05-01 right."),
 5: ({"source", "date"}, "Source should be the rival (party) supporters (GIN), named in the sentence as the clashing parties; date should be before the 11 Oct 2015 vote ('in the run-up to the vote', day unknown), not Saturday 2015-10-17, which dates the deployment. Type ASSAULT, target several people (GIN), asserted right."),
 6: (set(), "US, Japan, Australia protesting to China is ACCUSE (CAMEO 114); Thursday = 2007-01-18; asserted. " + T + "."),
 7: (set(), "Killings of Kremlin critics/Russian exiles in Kiev 'in recent years' is an ASSAULT over a span, so no date is right; killers not named, empty source right; target Russian critics/exiles (RUS) right (sector aside). " + T + "."),
 8: (set(), "Ongoing mediation of the Armenia-Azerbaijan talks by Russia, France, USA is CONSULT (CAMEO 045), still going on, so the document date is right; 'those talks' describes the talks, not a party, so empty target is right by the rules (a coder would add ARM/AZE). " + T + "."),
 9: (set(), "Oli's resignation is RETREAT resign; 'a day after' Wednesday 10 Sept = 2025-09-09; source Oli (NPL); no target. " + T + "."),
 10: ({"modality"}, "The BNP called a general strike 'for later this week': the strike is planned, so modality should be future. Type PROTEST (strike) and week 1997-W49 right; source BNP (BGD) right; empty target accepted (sentence names no target; the state would also be right under the protest rule)."),
 11: (set(), "Bush and Putin praising each other is a mutual SUPPORT; Saturday = 2001-06-16; a separate act from the meeting. " + T + "."),
 12: ({"target"}, "'refused to let them land': 'them' refers to the 430-odd rescued asylum seekers on the Tampa (mostly Afghans), so the target should be those asylum seekers, not empty. Type REJECT, source Howard's government (AUS), document date for the ongoing refusal, asserted right."),
 13: ({"target"}, "'urged restraint on all sides': 'all sides' refers to the parties of the dispute named earlier, Iran (IRN) and the European trio/US, so target should be them, not empty. Type REQUEST, source ElBaradei (IAEA), document date, asserted right."),
 14: ({"target"}, "Target should be the new assembly (Libya's House of Representatives, LBY), named in the sentence, not empty. Type REQUEST, source al-Thinni (LBY), document date 2014-06-26, asserted right."),
 15: ({"target"}, "'we are attacked from within Afghanistan': the party attacked is Pakistan ('we' = Bugti's country, PAK); Afghanistan is where the attacks come from, so target Afghanistan is wrong (should be Pakistan). Empty source accepted (attackers not named); ongoing attacks, document date, asserted (quoted statement) right. A coder would also code ACCUSE Pakistan -> Afghanistan here."),
 16: (set(), "Nationalists chanting 'traitor' and pelting Pamuk's car with eggs is a PROTEST (riot) aimed at Pamuk (TUR), not the state, so target Pamuk is right; document date 2005-12-16 (Friday of the trial). " + T + "."),
 17: (set(), "Bush-Putin first meeting is a mutual CONSULT; Saturday = 2001-06-16. " + T + "."),
 18: ({"target", "date"}, "Vieira 'surrendered to rebel soldiers': target should be the rebel soldiers (Mane's junta, GNB), named in the sentence, not empty; date should be 1999-05-07 ('on Friday'; the dateline's May 8 1999 is a Saturday). Type RETREAT (surrender), source Vieira (GNB), asserted right."),
 19: (set(), "'security forces have killed more than 740 people since the coup' is a total summed since an earlier time, so no date is right; source Myanmar security forces (MMR), target people (MMR), asserted (attribution to AAPP). " + T + "."),
 20: ({"target"}, "Troops 'deployed to hunt the attackers': the deployment is aimed at the attackers (the ONLF gunmen, ETH), named in the sentence, so the target should be the attackers, not empty. Type MOBILIZE, source Ethiopian troops (ETH), document date, asserted right."),
 21: (set(), "Rights groups accusing Washington is ACCUSE; rights groups have no country, USA right; undated background accusation (after last week's waiver) with no date is right. " + T + "."),
 22: (set(), "De Mistura arrived 'to press the case' (Italy's claim to jurisdiction): REQUEST accepted; source de Mistura (ITA); sentence names no party acted upon (only Kochi), so empty target is right; Sunday = 2012-02-19; asserted. " + T + " (a coder would also code the visit as CONSULT ITA -> IND)."),
 23: (set(), "Tunisian officials rejecting the criticism is REJECT; 'the criticism' is an act, not a party, so empty target is right; document date 2009-10-27; asserted. " + T + "."),
 24: ({"target"}, "Trivelli 'urged the divided right to unite': target should be Nicaragua's divided right-wing parties (NIC), named in the sentence, not empty. Type REQUEST, source Trivelli (USA), no date for the undated background act, asserted right."),
 25: (set(), "Min Aung Hlaing attending the ASEAN meeting in Jakarta is CONSULT (visit/multilateral); target ASEAN right; Saturday 2021-04-24 from the lead. " + T + "."),
 26: ({"target", "date", "modality"}, "The kidnapping is North Korea's claim, contradicted by the story (Hwang defected): modality should be reported; Hwang is a North Korean official, so target code should be PRK, not KOR; the alleged kidnapping refers to his entering the consulate on Wednesday, so date should be 1997-02-12, not the document date. Type ASSAULT abduct and empty source (no kidnapper named) right."),
 27: (set(), "'a proposal Washington has opposed' is REJECT USA -> China (China's UN treaty push); an ongoing stance, document date right; asserted. " + T + "."),
 28: (set(), "Army arresting nine people is COERCE arrest; source Lebanese army (LBN); nine people arrested in Beirut after Beirut clashes taken as LBN like protesters in a named capital (one is Syrian, so this is borderline); document date; asserted. " + T + "."),
 29: (set(), "Tadic congratulating his rival (Nikolic, SRB) is SUPPORT; 'late on Sunday' = 2012-05-20; asserted. " + T + "."),
 30: ({"target"}, "What Algiers has rejected is the human rights groups' calls for an international inquiry, so the target should be the human rights groups (no country), not the French foreign ministry spokesman. Type REJECT, source Algeria (DZA), no date for repeated rejections, asserted right."),
 31: (set(), "Linkevicius calling the abduction a disgrace is ACCUSE; 'the abduction' is an act, no party named, so empty target is right by the rules (a coder would add Belarus's authorities); document date 2020-09-08. " + T + "."),
 32: (set(), "More than a dozen killed during the campaign is ASSAULT over a span, no date right; killers not named in that clause, empty source right; target people (AFG). " + T + "."),
 33: (None, "Spurious: 'We have not declared independence and we do not intend to' (Su Chi) is a reassurance; declaring independence is not a REQUEST or any PLOVER act between actors, and 'we' is Taiwan's government via Su Chi, not Lee Teng-hui."),
 34: (set(), "Russian forces killing senior militants in Chechnya/Ingushetia 'in recent weeks' is ASSAULT; militants (RUS) right; a span of weeks with no date is right. " + T + "."),
 35: (set(), "US urging Tbilisi to address shortcomings is REQUEST USA -> Georgia's government (GEO); document date 2000-04-10; asserted. " + T + "."),
 36: (set(), "'The killings of Armenians in 1915' is a noun phrase reporting an ASSAULT dated 1915 (year precision right); perpetrators not named, empty source right; target Armenians. " + T + " (an ICEWS coder would likely skip this historical mention)."),
 37: ({"target"}, "'The four, who were arrested in late September': the target should be the four Hamas officials (Meshaal, Ghosheh and two politburo members) referred to by 'the four', not empty. Type COERCE arrest, empty source (arresting Jordanian authorities not named in the sentence), 1999-09, asserted right."),
 38: (set(), "'New Delhi would not bow to blackmail' coded as CONCEDE negated is allowed by the rules (a refusal = REJECT asserted or the concession negated); source India's government; 'blackmail' is an act, empty target right; document date 1995-08-14. " + T + "."),
 39: (set(), "Security forces firing live ammunition at marchers is ASSAULT (firearms); Syrian forces and marchers (SYR); Friday = 2011-04-22; asserted with witnesses as reporters. " + T + "."),
 40: (set(), "Egypt's foreign ministry urging Israel to show restraint is REQUEST EGY -> ISR; document date 2024-05-07 (Tuesday); asserted. " + T + "."),
 41: ({"target"}, "The inquiry is into the conduct of Japan's consular staff in Shenyang, so the target should be the Japanese consular staff/officials with code JPN; 'officials' with no country is wrong. Type ACCUSE investigate, source Koizumi (JPN), document date 2002-05-10, asserted right."),
 42: ({"source"}, "'the brave people of Malaysia calling for political reform': the ones calling for reform are Malaysia's reform campaigners (Anwar's supporters, MYS), not the state of Malaysia, so source should be the reformasi supporters. Type REQUEST (demand reform) and empty target accepted; ongoing calls, document date 1998-11-17 right; asserted."),
 43: ({"source"}, "Erdogan 'was received by King Salman': the host is King Salman (SAU), not Crown Prince Mohammed bin Salman, so source should be King Salman. Type CONSULT visit, target Erdogan (TUR), date 2022-04-28 (Thursday), asserted right."),
 44: (set(), "Ramaphosa promising to root out corruption is AGREE (CAMEO 034); no target; document date 2019-05-11 (results ceremony on Saturday); asserted. " + T + "."),
 45: ({"target"}, "The opposition denounced the king's move, so the target should be King Gyanendra (NPL), not the dismissed PM Deuba. Source opposition politicians (NPL) accepted despite the garbled name 'move opposition politicians'; type ACCUSE, document date, asserted right."),
 46: (set(), "Suicide bomber killing Spanish tourists (ESP) and Yemenis (YEM) in Marib is ASSAULT dated July 2007 (month right). " + T + "."),
 47: ({"target"}, "Monday's shell hit the Sarajevo market crowd; Serbia (SRB) is a wrong party here ('Serb-held territory' is where it was fired from, i.e. the Bosnian Serb side as shooter), so target should be empty (or the Sarajevo civilians). Type ASSAULT, empty source accepted (shooter unnamed, only the territory), Monday = 1995-08-28, asserted right."),
 48: ({"source"}, "The appositive 'Cambodia's largest investor' is China itself, not a Cambodian business: the source lists a spurious second party coded KHM; source should be China (CHN) alone. Type SUPPORT, target the ruling CPP (KHM), document date 2023-07-27, asserted right."),
 49: (set(), "IRGC seizing a British-flagged tanker: COERCE seize accepted (seizing a vessel, not ground); target the tanker flagged GBR; Friday = 2019-07-19; asserted. " + T + "."),
 50: (set(), "Ruberwa accusing Kinshasa (DRC government) of failing to protect the Banyamulenge is ACCUSE; both COD; document date 2004-08-15; asserted. " + T + "."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for l in open("events-d-items.jsonl"):
    it = json.loads(l)
    wrong, why = V[it["n"]]
    if wrong is None:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v
    it["reasons"] = why
    out.append(it)
with open("events-d.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {f: sum(it["verdict"][f] for it in out) for f in FIELDS + ["all"]}
print(len(out), counts)
