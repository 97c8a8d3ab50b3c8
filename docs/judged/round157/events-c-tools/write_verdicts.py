"""Write events-c.jsonl from the judge's verdicts below (fields wrong per item, or SPURIOUS)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
S = "SPURIOUS"
# n: (wrong fields or S, trigger check, reasons)
V = {
 1: ([], "blamed", "The government blames the violent protesters (Lima, PER) for the bank fire: ACCUSE, right parties; 2000-07-28 is the Friday of the Lima-datelined report; asserted."),
 2: ([], "clashed", "U.S. forces (USA) fought al-Sadr's militiamen (IRQ) 'this week': ASSAULT, and 2004-W22 is the week of the 29 May 2004 report."),
 3: (["target"], "refused", "REJECT by Manmohan Singh of the resignation offer is right, dated Wednesday 2010-04-07; the target should be Home Minister P. Chidambaram (IND), the 'he' of this sentence whose resignation he refused."),
 4: (S, "offering", "Duplicate: 'offering a new radar station' spells out the same proposal already coded from this sentence as e1 (AGREE, Putin -> United States, 'proposed')."),
 5: (S, "killing", "Duplicate: the civilians were killed by the same artillery exchange coded from this sentence as e1 (ASSAULT, Thai troops <-> Myanmar troops); the killing is its result, not a second act. (Taken as a separate act its target would be civilians of both Mae Sai (THA) and Tachilek (MMR).)"),
 6: ([], "accused", "Putin (RUS) accused Washington (USA) in his Munich speech five months before July 2007: ACCUSE, 2007-02, asserted."),
 7: ([], "attacks", "Attacks on police and officials in the North Caucasus (RUS) that have surged 'this year': ASSAULT, no attacker named so an empty source is right; 2009 is the year the text gives."),
 8: ([], "praised", "SUPPORT by aid agencies (no country); 'the report' is a document, not a party, so an empty target is right by the conventions (a coder might name the Commission for Africa); undated reaction reported as news takes the document date."),
 9: ([], "offered", "Putin (RUS) offered Washington (USA) intelligence: an offer is AGREE (wave-76 rule); the text ties it to the Sept. 11 attacks ('when'), so 2001-09-11 is the date it gives."),
 10: ([], "supported", "BJP (IND) said it supported the offensive: SUPPORT; 'the offensive' is an operation, not a party, so an empty target is right; undated statement of this news takes the document date."),
 11: (["source", "target"], "called", "REQUEST (call to resign) is right, dated Sunday 1997-04-20; but the source should be the opposition Labour party (ISR) and the target Prime Minister Netanyahu (ISR), whom it called on to resign."),
 12: (["date"], "killed", "ASSAULT on civilians in Mae Sai (THA) with no attacker named is right; the date should be the weekend of 10-11 Feb 2001 (2001-W06-WE) when the shells fell, not Sunday, which the text gives only for the Thai retaking of the hill."),
 13: (["date"], "demanded", "China (CHN) demanded Japan (JPN) remove the lighthouse: REQUEST right; but it is background of the strained 'recent weeks', an earlier act, so it should have no date rather than the document date 1996-10-21."),
 14: ([], "deployed", "Soldiers (PER) deployed on the highways on Wednesday 2003-05-28: MOBILIZE troops, no target named; asserted."),
 15: ([], "campaigned", "Solana (ESP) campaigned against Spain's entry into NATO: verbal opposition to the Spanish government's policy, ACCUSE disapprove; '198' is the 1980s, the decade precision of 'the early 1980s'."),
 16: ([], "signed", "The four presidents (UKR, GEO, AZE, MDA) signed the GUAM charter: SUPPORT (sign agreement), mutual; Tuesday 2006-05-23 is the summit day."),
 17: (["target", "date"], "denounced", "ACCUSE by opposition leaders (LBN; the name span 'decision opposition leaders' is garbled but the party is right) is right; the target should be the Lebanese court (LBN) whose decision they denounced, not Syria; the date should be 2002-09-04, the Wednesday of the decision (news of the day), not empty."),
 18: (["date"], "expelled", "India (IND) expelled Pakistan's ambassador (PAK): SANCTION expel right; the date should be 'days after' 14 May 2002 (May 2002), not 2002-05-14, which is the date of the militant attack."),
 19: (["target", "date"], "launched", "The army (LKA) launching an offensive is ASSAULT; but 'Certain Victory' is the operation's name, not a party: the sentence names no opponent, so the target should be empty (the LTTE is implied); the date should be 1997-05, which the text gives."),
 20: ([], "warned", "Lebanese officials (LBN) warned against Israeli escalation (ISR): scored THREATEN (CAMEO 'warn', with the right-to-resist line that follows); a coder could read it as REQUEST (urge restraint). Undated reaction takes the document date."),
 21: ([], "killed", "Total of Palestinians (PSE) and Israelis (ISR) killed since the uprising began: ASSAULT with no source named and, as a span summed from an earlier time, no date (round-20 rule)."),
 22: ([], "killed", "Several hundred people (JAM) killed in political violence around the 1980 election: ASSAULT, background act dated 1980 as the text gives; asserted."),
 23: ([], "resigned", "The Tymoshenko government (UKR) 'has resigned' after the no-confidence vote: RETREAT resign; Wednesday 2010-03-03 (Kiev, March 3); asserted in the deputy's quote."),
 24: ([], "sending", "Ethiopia (ETH) denied sending troops: MOBILIZE troops, negated; no destination in the sentence, so no target; the denial is this news and takes the document date."),
 25: (["source"], "pledged", "Barak's pledge to bring the troops home is AGREE (CAMEO 0356 intent to de-escalate), undated background, asserted; but the source's country should be ISR (Ehud Barak, Israel's Labour leader), not GBR."),
 26: (["target"], "ordered", "Rabin (ISR) ordered the army to seal off the West Bank and Gaza: an order is REQUEST in PLOVER; the target should be the Israeli army (ISR), not coded PSE. (The closure itself, COERCE against the Palestinians, is the act a coder would most want.)"),
 27: ([], "meet", "Hashimoto (JPN) hoped to meet Jiang Zemin (CHN) at the Manila summit next month: CONSULT, hypothetical as the conventions code a hoped-for act; 1996-11 is 'next month'."),
 28: ([], "demanded", "BJP (IND) demanded better equipment and training for the troops: REQUEST; no addressee named, so an empty target is right; document date; asserted."),
 29: ([], "killed", "Total of more than 60,000 killed in the Sri Lankan conflict (LKA): ASSAULT, no source named, no date (span total)."),
 30: (["target", "date", "modality"], "attacked", "ASSAULT by a mob (GTM) on the army patrol: the target should be the patrol (GTM military), named in the sentence; the date should be Thursday 1995-10-05, the day of the incident; and the modality reported, since it is the army's disputed account ('initially said', denied by survivors)."),
 31: (["target", "date"], "accusing", "ACCUSE by Zimbabwe's government (ZWE) is right; the target should be the observers from Britain, the Netherlands, Sweden, Denmark, Finland and Germany ('them'); Harare had said it 'earlier' (before 16 Feb), so no date rather than the document date 2002-02-19."),
 32: ([], "attend", "Rabuka (FJI) is expected to attend the Commonwealth summit later this month: CONSULT, future, 1997-10; the Commonwealth has no country code."),
 33: ([], "opened", "The EU opened negotiations with Serbia and Montenegro on Monday 2005-10-10: CONSULT (negotiate); coding the state union as Serbia (SRB) and Montenegro (MNE) is accepted."),
 34: (["source"], "offered", "An offer to resign is AGREE (intent to change leadership), Wednesday 2010-04-07, asserted; but the source should be Home Minister P. Chidambaram (IND, the 'he'), not Chhattisgarh."),
 35: (["date"], "accused", "Portugal (PRT) accused Australia (AUS) in the case: ACCUSE right; but the accusation is the background of the dispute, of an earlier time, so it should have no date, not 1995-06-30, the day of the judgment."),
 36: ([], "killed", "Militants (country not given in the sentence) killed about 90 people in Indian Kashmir (IND) overnight before the Wednesday report: ASSAULT, 2000-08-02 accepted for 'overnight'; asserted."),
 37: (["target", "date"], "criticised", "ACCUSE by Mandela (ZAF) is right; the target should be the big powers (no single code), named in the sentence; the date should be 1998-09-02, the Wednesday of his opening speech ('his speech'), not the document date."),
 38: (["target"], "fighting", "Filipino soldiers (PHL) fighting: ongoing ASSAULT, document date right; but 'the group' is the Abu Sayyaf (PHL) of the previous sentence, not Jemaah Islamiyah."),
 39: ([], "meet", "Vajpayee (IND) and Sharif (PAK) expected to meet later this month at the U.N.: CONSULT, future, 1998-09, mutual."),
 40: ([], "condemned", "Erdogan (TUR) condemned the bombing: ACCUSE; the bombers are not named, so an empty target is right; document date; asserted."),
 41: ([], "condemned", "Human rights groups condemned the ruling: ACCUSE; 'the ruling' is an act, the court is not named in the sentence, so an empty target is right; document date."),
 42: ([], "resigned", "Alkatiri (TLS) resigned as prime minister in June 2006: RETREAT resign, 2006-06, asserted."),
 43: (["target"], "welcomed", "SUPPORT by Warren Christopher (USA), 1995-12-05, asserted, is right; the target should be Solana (ESP), whom the sentence names and praises (or NATO's choice), not empty."),
 44: (["type", "target", "date", "modality"], "propose", "The sentence holds South Korea's undertaking under the deal not to propose Korean names: that is CONCEDE (a promised concession), not AGREE on 'propose' in the sense of submitting names; target should be Japan (JPN), date 2006-04-22 (the Saturday deal), modality asserted (a commitment made, not a negated act)."),
 45: ([], "offered", "Putin (RUS) first offered the Gabala radar last month: AGREE (offer), 2007-06; the United States is not named in the sentence, so an empty target is right; not a duplicate of e4 (this month's offer)."),
 46: ([], "urged", "European governments long urged Bush (USA) not to scrap the treaty: REQUEST; an act over a long earlier span, no date; asserted."),
 47: (["date"], "called", "REQUEST for international peacekeeping, source Azerbaijan (one of the four leaders of 'They'; accepted), target Russia accepted as the party whose peacekeeping the call aims to replace; but the date should be Tuesday 2006-05-23, the summit where the declaration was adopted, not the document date."),
 48: (S, "travel", "Spurious: the North Koreans' expected onward travel to South Korea is refugees' movement, not a CONSULT visit between political actors (the act here is China letting them leave)."),
 49: (["target"], "welcomed", "SUPPORT by Washington (USA), document date, asserted, is right; the target should be the four GUAM states (UKR, GEO, AZE, MDA), named in the sentence as 'the four states'."),
 50: ([], "urged", "Human Rights Watch urged Crown Prince Abdullah (SAU) to free the men: REQUEST; document date for this news; asserted."),
}
items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50
out = []
for it in items:
    wrong, trig, why = V[it["n"]]
    assert it["trigger"] == trig, (it["n"], it["trigger"], trig)
    if wrong == S:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = why
    out.append(o)
with open(HERE / "events-c.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]}
print(counts)
