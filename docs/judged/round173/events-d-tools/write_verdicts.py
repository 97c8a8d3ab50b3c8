# Write events-d.jsonl from judge d's verdicts (fields: event, type, source, target, date, modality).
# Each entry: n -> (list of wrong fields, reasons). "SPURIOUS" marks an item that holds no event.
import json

V = {
 1: ([], "Berlusconi (ITA) objected to Finland's (FIN) bid: ACCUSE disapprove; the row took place at the summit reported on the dateline day, Saturday 2001-12-15."),
 2: ([], "The Jaffna bishops (LKA) asked the Vatican to raise the attack with Colombo: REQUEST, reported as this news on the document date."),
 3: (["date", "modality"], "West African states deploying a force is a future act inside Bush's statement ('will help ... to deploy'), not yet done: modality should be future and the date none (not the report day 2003-07-21)."),
 4: ([], "A total of killings summed over a year of fighting: ASSAULT with no named killer, Palestinians (PSE) and Israelis (ISR) as targets, and no date, as the conventions settle for totals."),
 5: ([], "Gunmen (country not given) shot dead minister Kabushemeye (BDI) on Saturday 1995-03-11 (the dateline is Sunday March 12)."),
 6: ([], "Killings in the post-election clashes, a total since the election with no date; no killer is named in the clause, so empty source is right. (reported_by should be the human rights groups, not the police; not a scored field.)"),
 7: (["type"], "'warned that the government must first show goodwill' is a demand/condition with no stated repercussion, so the type should be REQUEST, not THREATEN. Parties are right; document date accepted since the text does not date the remark (the talks were Thursday 2001-08-30)."),
 8: ([], "Kadyrov ('He', RUS) blamed Maskhadov's rebels (RUS): ACCUSE allege; the remark is undated in the text, so the document date is right by the rule."),
 9: ([], "Georgian opposition parties complained of pressure: ACCUSE; the sentence names no party applying the pressure, so the empty target is right."),
 10: ([], "Ruecker (UN mission, UNO) appealed for calm: REQUEST with no named addressee; reported as this news on the document date (Sunday 2007-02-11)."),
 11: (["target"], "The U.S. negotiators pressed the conference for Security Council control over cases; the Security Council is the subject of the desired rule, not the party asked. The target should be the conference delegates, not named in the sentence, so empty."),
 12: (["target"], "Ankara criticised an EU document: target should be the European Union (EUR), not Cyprus, which is only the settlement the document links to candidacy. Date 2000-W45 ('last week') is right."),
 13: (["target", "date"], "The Ahtisaari proposal is an offer made (AGREE, asserted), but its date is given in the sentence: it should be 2007-02-02 (unveiled on Feb. 2), not the document date. The beneficiary of the guarantee is Kosovo's Serb-majority municipalities, not the state of Serbia (which rejected the plan)."),
 14: (["target", "date"], "Bremer is the 'U.S. administrator', so his code should be USA, not IRQ (the Governing Council delegation, IRQ, would also be a right target). The meeting is the one at which the officials 'sought the help of the United Nations in New York' on Monday, so the date should be 2004-01-19."),
 15: (["target"], "Western governments criticised 'the crackdown', which is the crackdown of Iran, named in the same sentence. The target should be Iran's government (IRN), not empty."),
 16: (["source", "target"], "Olmert ('the prime minister', ISR) was criticised in the Winograd commission's interim report. The source should be the inquiry commission (ISR) and the target Ehud Olmert (ISR); both are empty. The date 2007-04 ('last April') is right."),
 17: ([], "Yushchenko (UKR) promised to solve the Gongadze case: a promise (AGREE), undated in the text, so the unknown date is right. The sentence names no other party, so the empty target is right."),
 18: ([], "Sharmarke (SOM) resigned on Tuesday 2010-09-21: RETREAT resign with no target."),
 19: ([], "Iraqi (IRQ) and American (USA) officials sought UN help on Monday 2004-01-19: REQUEST assist."),
 20: (["target"], "A pledge to send troops is AGREE (the conventions treat an offer or pledge of aid as AGREE), but the Nigerian troops are what is to be sent, not the target. The recipient (Liberia) is not named in the sentence, so the target should be empty."),
 21: (["target"], "Mahiga (UN envoy to Somalia) urged 'the leaders', who are Somalia's president and prime minister, so the target code should be SOM, not empty."),
 22: (["target"], "Turkish officials welcomed 'the speech', which is Clinton's speech, so the target should be Bill Clinton (USA), not empty. The reaction is undated, so the document date is accepted."),
 23: ([], "The Indonesian court (IDN) sentenced Corby (AUS) on Friday 2005-05-27: SANCTION convict."),
 24: ([], "Protest in Brazil against the visit hosted by Lula's government: the host state (BRA) is a right target under the crowd-protest rule. The date is Sunday 2009-11-22."),
 25: ([], "Chirac (FRA) condemned the killings: ACCUSE; the killers are unnamed, so the empty target is right. Dated on the report's dateline day 2007-02-26."),
 26: (["modality"], "The attack by Sandinista youths (NIC) on opposition marchers (NIC) is stated only inside the human rights groups' accusation ('accused police of standing by while ... attacked'), so the modality should be reported."),
 27: (["source", "target", "date"], "Tiruchelvam ('he', LKA) refused to leave despite threats: REJECT. The source should be Tiruchelvam, not 'Tamil Eelam'. The sentence names no other party, so the target should be empty, not the United States. The refusal is a background act before his death, so it should have no date, not the document date."),
 28: (["target"], "The junta's seizure of power (a military coup, ASSAULT accepted, May 1997) was against 'Kabbah's government', which the same sentence names. The target should be Kabbah's government (SLE), not empty."),
 29: ([], "Clinton (USA) visiting Moscow (Russia as host): CONSULT visit. The visit was still going on on the summit day, the document date 1998-09-02, so that date is accepted (the arrival itself was earlier)."),
 30: ([], "Reservists and bereaved parents (ISR) accused the Winograd commission (ISR) of a whitewash: ACCUSE allege. No date is given, so the document date is right. (The protest itself was not coded.)"),
 31: (["target"], "'the men' are the French visitors (three Frenchmen), so the target's country should be FRA, not SAU. The attack was Monday 2007-02-26."),
 32: ([], "Peres (ISR) demanded that Arafat (PSE) crack down: REQUEST; undated in the text, reported as this news."),
 33: (["target"], "Riess-Passer (AUT) resigned as vice chancellor: RETREAT resign with no one acted upon, so the target should be empty, not the Freedom Party. The undated background act with an unknown date is right."),
 34: ([], "Masked gunmen shot at the Pec cafe on Monday night 1998-12-14, killing six young Serbs (SRB): ASSAULT firearms."),
 35: ([], "Castro denied that Zapata (CUB) had been tortured, so the torture is given only as denied: ASSAULT torture with negated modality, no named torturer and no date."),
 36: ([], "The JMB (BGD) is blamed (no agent given) for the August 2005 bombings: ACCUSE allege with an empty source, reported on the document date."),
 37: ("SPURIOUS", "'talks between Pyongyang and Washington remain stalled' reports no meeting taking place: a state of affairs, not a CONSULT act."),
 38: ([], "Yugoslav troops (YUG) killed more than 30 ethnic Albanian guerrillas (Kosovo, coded SRB) earlier on Monday 1998-12-14: ASSAULT."),
 39: (["target"], "ASEAN leaders welcomed 'the military government's' road map; that is Myanmar's junta, so the target should be Myanmar's military government (MMR), not empty."),
 40: (["date"], "Clinton (USA) urged Turkish lawmakers (TUR): REQUEST is right, but the urging was part of the speech to parliament 'on Monday', so the date should be 1999-11-15, not the document date 1999-11-16."),
 41: (["source", "target"], "'The two leaders' who held talks are Jiang Zemin (CHN) and Kim Jong Il (PRK). The United States government is wrong on both sides; the pair should be Jiang (CHN) and Kim (PRK). The date 2001-09-03 (Monday evening) is right."),
 42: ("SPURIOUS", "'once it takes in up to ten new members' is EU enlargement inside a question asked by the declaration, not an arrest (a trigger in another sense). There is no act here."),
 43: (["target"], "The car bomb killed Captain Wissam Eid, a Lebanese police intelligence officer, so the target should be that officer (LBN police), not the country Lebanon. The date 2008-01-25 is right."),
 44: (["source"], "'She' is President Chandrika Kumaratunga (LKA), who ordered the investigation, so the source should be Kumaratunga, not 'Tamil Eelam'. An empty target is right because the killers are not named."),
 45: ([], "Belarussian riot police (BLR) detained scores of people (BLR) on Sunday 1999-10-17: COERCE arrest."),
 46: ([], "Advani (IND) said he would resign his seat in parliament: RETREAT resign, future (the conventions' 'is to step down' rule), with no date. The parliament, named in the sentence as the body left, is accepted as target."),
 47: (["target"], "The Western donors are the ones criticised (by unnamed critics), so the target should be the Western donors (no code). Somalia is only where the militants are."),
 48: (["target", "date"], "The hostages killed were three Britons and an Australian, so the target's country should be GBR/AUS, not YEM. The killings happened in December 1998 (the rescue of Dec. 29, 1998), so the date should be 1998-12 (1998-12-29), not 1999-10-17."),
 49: ([], "The United States called for a recorded vote at the Rome conference on Friday 1998-07-17: REQUEST with the conference (not named) as target."),
 50: (["source"], "'It' is the Damascus Declaration, so the source should be its signatories, the Syrian opposition (SYR), not the Baath Party, the ruling party the declaration opposes. The date 2005-10-16 is right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
with open('events-d.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == "SPURIOUS":
            v = {k: False for k in FIELDS}
        else:
            assert all(w in FIELDS[1:] for w in wrong)
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
