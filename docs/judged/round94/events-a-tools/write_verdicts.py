"""Write events-a.jsonl from the judge's per-item verdicts (fields judged wrong listed per item)."""
import json

ALL = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'spurious'), reasons
V = {
 1: (['target'], "REQUEST by Johnson (GBR) to press Gulf oil producers, future and undated, is right; but the text says only 'the Gulf', not Saudi Arabia: target should be Gulf oil producers with no single country code (several Gulf states), not SAU."),
 2: ([], "Gallant (ISR) pleading with Levin (ISR) to delay the vote is a REQUEST reported as Monday's news, 2023-07-24; all fields right."),
 3: (['target', 'date'], "SUPPORT by Russia (RUS) is right, but Annan is the UN-Arab League envoy (a Ghanaian), so target code should be empty (or GHA), not SYR; 'had backed ... from the start' is a span from the start of the mission (Feb 2012), so it should have no date, not the document date."),
 4: ([], "Background execution of 37 people by Saudi Arabia dated April 2019 as the text gives; victims' country not stated, empty code right."),
 5: ([], "Russian court (RUS) sentencing Savchenko (UKR) is SANCTION convict, March 2016 as the text gives; all right."),
 6: ([], "Zaluzhnyi (UKR) held a conversation with the president (Zelenskiy, UKR): CONSULT reported as this news, document date 2024-02-08; all right."),
 7: (['target'], "Canberra (AUS) asking Twitter to take the image down is a REQUEST, but Twitter is named in the sentence: target should be Twitter (company, no country code), not empty."),
 8: (['type'], "A call for a boycott is a REQUEST (the business groups appealed for a boycott; no boycott was carried out), not PROTEST boycott; source Turkish business groups (TUR), target France (the boycott's object), date and modality right."),
 9: (['target'], "Conviction (SANCTION convict) with no convicting party in the sentence and no date is right, but the men were 73 Saudis, 7 Yemenis and one Syrian: target code should be SAU or empty, not YEM."),
 10: ('spurious', "\"We will not give up\" is a rhetorical vow with no concession demanded or refused and no counterpart; not a CONCEDE (or REJECT) act a coder would code. Lapid's acts here are the ACCUSE of the government and the planned petition, in the previous sentences."),
 11: ([], "Canberra's call for a COVID-19 inquiry is a REQUEST dated 2020 as the text gives; no addressee in the sentence, empty target right."),
 12: ([], "'Thursday's shooting' refers to the Cairo attack (ASSAULT firearms, 1996-04-18); no attacker or victim is named or referred to in this sentence, so empty source and target are right by the sentence rule (its own sentence has no other event for it)."),
 13: ([], "Negated charge (ACCUSE allege) against Zuma (ZAF), no charging party in the sentence, undated; all right."),
 14: (['date'], "EU (EUR) travel ban on Mugabe (ZWE) is COERCE restrict; the source name 'European Union's rotating presidency' is odd but the party is the EU with code EUR. The ban's date is not given (it came before the 2003 plans collapsed): date should be none, not 2003, which is the meeting's year."),
 15: (['target'], "Obama's (USA) pledge of support is AGREE, Saturday 2009-07-11 right; but the sentence names the recipients, 'governments that fight graft' (African governments, no single code): target should be that group, not empty."),
 16: ('spurious', "'Japan's invasion' is the historical subject of the textbook China protested about, a topic, not an act reported here; the sentence's event is China's protest (coded separately as e4). Not an ASSAULT dated 2001."),
 17: ([], "Palestinian officials (PSE) condemning the bombing: ACCUSE disapprove; no party named for the bombing in the sentence, so empty target right; document date right."),
 18: ([], "China's foreign ministry (CHN) rejected the criticism: REJECT; 'the criticism' names no party and Canada is not in the sentence, so empty target is right; document date right."),
 19: ([], "Palestinian officials (PSE) plan to file complaints against Israel (ISR): ACCUSE allege, future, undated; all right."),
 20: ([], "Taliban (AFG) seizing Kabul is ASSAULT by the settled rule, dated 1996-09 ('last September'); target Afghanistan/Kabul with AFG acceptable; all right."),
 21: (['date'], "Unnamed critics criticising Portillo (GTM): ACCUSE disapprove with empty source is right, but the criticism is part of this news (the riots of Thursday-Friday): date should be the document date 2003-07-25, not none."),
 22: ([], "Rights groups urging Denmark (DNK) not to hand Zakayev over: REQUEST, document date; all right."),
 23: ([], "Several thousand people in Tbilisi (GEO) rallying outside parliament to demand the release: PROTEST demo aimed at the authorities, so the Georgian state/parliament (GEO) is a right target (the name 'outside parliament' is garbled but denotes parliament); Friday 2007-09-28 right."),
 24: (['type'], "'Colombia will not accept mistreatment of its citizens' is a refusal to tolerate / complaint about Venezuela's treatment of Colombians: type should be REJECT (or ACCUSE), not AGREE (accepting mistreatment is not cooperation). Source COL, empty target (Venezuela not in the sentence), document date and the negated reading of 'will not accept' are right."),
 25: ([], "Putin (RUS) refusing to travel to Denmark (DNK) for the summit: REJECT, reported as current news with no date, document date right."),
 26: ([], "Abkhaz officials welcomed the end of the mission: SUPPORT; empty code acceptable for the breakaway region (GEO also acceptable); no party in the sentence for the approval, empty target right; document date right."),
 27: (['target'], "Saudi foreign ministry (SAU) REJECT is right, but the rejection is aimed at those attempting to displace Palestinians (Trump's plan, USA, from the previous paragraph) or empty; the Palestinians (PSE) are the people defended, not the target."),
 28: ([], "Wukan residents (CHN) rioting over illegal land sales by local officials: PROTEST riot aimed at the authorities' acts, so China (CHN) is a right target; September 2011 right."),
 29: ([], "Modi (IND) due to visit China (CHN) next month: CONSULT visit, future, 2015-05; all right."),
 30: ([], "Turkey's foreign ministry (TUR) accused French lawmakers (FRA) of rewriting history: ACCUSE, Thursday 2006-10-12; all right."),
 31: ([], "Turkey (TUR) suspending military agreements with Israel (ISR): SANCTION, Friday 2011-09-02; distinct from the expulsion event; all right."),
 32: (['date', 'modality'], "Students (LBN) announced a demonstration outside the Justice Palace (PROTEST demo against the arrests; the state building LBN is a right target), but the demonstration is announced for Thursday after the Wednesday 2001-08-08 report: date should be 2001-08-09, modality future (not asserted, not 2001-08-02)."),
 33: (['modality'], "Saakashvili (GEO) asking Okruashvili (GEO) to 'get rid of' Patarkatsishvili is a REQUEST with no date, but it is the content of Okruashvili's allegations (the story calls them allegations; the president's office called them lies): modality should be reported, not asserted."),
 34: (['target'], "Israel (ISR) refusing to apologise for the flotilla raid: REJECT, but the apology was Turkey's demand (the raid killed Turkish activists): target should be Turkey (TUR), named in the sentence, not Palestine."),
 35: (['date'], "Mohammed bin Salman's (SAU) promise to modernise Saudi society is AGREE, but 'has promised' is a background promise made earlier (in interviews), not this news: date should be none, not the document date 2022-03-13."),
 36: ([], "Mass killing of about 800,000 people in Rwanda (RWA): ASSAULT massacre, perpetrators not named in the sentence; a total over 100 days with no date in the sentence, undated is right; all right."),
 37: ([], "Suharto (IDN) signing an agreement with the IMF: SUPPORT (sign agreement), Thursday 1998-01-15; all right (the pledge, e2, is a separate clause)."),
 38: ([], "Rights groups criticising the Greek (GRC) decision: ACCUSE disapprove, document date; all right."),
 39: (['target'], "Rasmussen (NATO) condemned 'the move', Russia's convoy entry, and the same sentence names Russia ('Russian military involvement'): target should be Russia (RUS), not empty."),
 40: ([], "Western envoys urging Bosnian politicians (BIH) to pass the law: REQUEST, document date; all right."),
 41: ([], "Forty-five Montenegrin deputies (MNE) voting for the law: SUPPORT (approve policy), Friday 2019-12-27; all right."),
 42: ([], "Activists' campaign demanding Bobi Wine's release: REQUEST; activists in Kenya and elsewhere, empty code right; target Museveni (UGA) stands for the Ugandan authorities holding him, accepted (UGA government would be cleaner); document date right."),
 43: ('spurious', "'Mansour had posed a continuing threat to U.S. and Afghan personnel' is Kerry's characterisation, not a threat made by Mansour; no THREATEN act. The sentence's event is Kerry's ACCUSE of Mansour."),
 44: ([], "Al-Alfi (EGY) vowing the killers would be caught: THREATEN (arrest) against the attackers (Egyptian militants, EGY), document date; all right."),
 45: (['target'], "Pakistan's foreign ministry (PAK) calling the strike a violation of sovereignty is ACCUSE, but the strike is the United States' and Washington is named in the sentence: target should be the United States (USA), not empty."),
 46: ([], "Police (ISR, named as the speaker in the sentence) arrested dozens of protesters (ISR): COERCE arrest, Monday 2023-07-24; all right."),
 47: (['target'], "Zhu Mingguo's (CHN) promise of concessions is AGREE (CAMEO 035 'intent to yield'), Wednesday 2011-12-21, asserted with attribution; but the promise was made to the village representatives named in the sentence: target should be the Wukan village representatives (CHN), not empty."),
 48: ([], "Israel (ISR) condemned the move (Palestinian ICC membership): ACCUSE disapprove; the Palestinians are not named in the sentence, empty target right; document date right."),
 49: (['date'], "China (CHN) imposing tariffs and import restrictions on Australia (AUS) is SANCTION, but 'has since imposed' covers a span since April 2020: date should be none, not the document date 2020-11-30."),
 50: (['modality'], "Abduction of Savchenko (UKR), abductors not in the sentence, undated: ASSAULT abduct; but it is her contested claim in denying the charges: modality should be reported, not asserted."),
}

items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50
out = open('events-a.jsonl', 'w')
for it in items:
    wrong, reason = V[it['n']]
    if wrong == 'spurious':
        v = {k: False for k in ALL}
    else:
        v = {k: (k not in wrong) for k in ALL}
    v['all'] = all(v[k] for k in ALL)
    o = dict(it)
    o['verdict'] = v
    o['reasons'] = reason
    out.write(json.dumps(o, ensure_ascii=False) + '\n')
out.close()
