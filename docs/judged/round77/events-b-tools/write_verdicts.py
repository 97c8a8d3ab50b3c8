"""Write events-b.jsonl from the items and judge b's verdicts below.
Each verdict: n -> (event, type, source, target, date, modality, reasons)."""
import json
T, F = True, False
V = {
 1: (T,T,T,T,T,T, "India rejects Pakistan's charge of responsibility: REJECT India (IND) -> Pakistan's foreign ministry (PAK); reaction on the dateline day 1995-05-11, asserted."),
 2: (T,T,T,T,T,T, "Cumulative toll of the South Sudan war (people, SSD) with no killer named: ASSAULT with empty source; a total summed since 2013 has no date, so basis unknown is right."),
 3: (T,T,T,T,T,T, "Passive detention of NLD leaders (MMR) with no agent named in the sentence; undated act reported as this news takes the document date 2003-05-31."),
 4: (T,T,T,T,T,T, "REQUEST by the United States and the EU to the Georgian authorities (GEO), reported in the Oct 1 story; all fields right."),
 5: (T,T,F,T,T,T, "CONCEDE of the election on Sunday 2009-03-15 is right, but the source's country is empty: Rodrigo Avila, ARENA candidate in El Salvador's election, should be coded SLV."),
 6: (T,T,T,T,T,T, "Background clashes at the compound in 2000: ASSAULT with no parties named in the sentence (empty source and target right) and the year 2000 the text gives."),
 7: (T,T,T,T,T,T, "ACCUSE by some Pakistani Islamist leaders (PAK) against Musharraf (PAK), a reaction reported as this news (document date); sector GOV for the Islamists is off but sectors are not scored."),
 8: (T,T,T,T,T,T, "Future talks between the IMF and Sri Lanka's new government (LKA): CONSULT future with no date in the text, so unknown date is right (a coder might also code AGREE, willingness to meet)."),
 9: (T,T,T,T,T,T, "Niger's generals (NER) seizing power in July: a military coup coded ASSAULT like armed seizures; the deposed party is not named in this sentence so the empty target is right; date 2023-07 as given."),
 10: (T,T,T,T,T,T, "Kashmir toll since the insurgency began (IND): a span summed from an earlier time has no date; empty source right."),
 11: (T,T,T,T,T,T, "Trump (USA) praising the German election result as 'a great day for Germany': SUPPORT toward Germany (DEU), undated reaction takes the document date 2025-02-24."),
 12: (T,T,T,T,T,T, "Aquino (PHL) verbally defended the police (PHL): SUPPORT (CAMEO 052), reported as this news on 2010-08-24."),
 13: (T,F,T,T,T,T, "The rebels announced the END of the ceasefire; coding RETREAT/ceasefire says the opposite. Type should be SANCTION (terminating the truce with the government); source, target, date (Wednesday 2003-08-27) and asserted modality of the announcement are right."),
 14: (T,T,T,T,F,T, "SUPPORT (apologise, CAMEO 055) by Paetongtarn (THA) with no addressee named is right, but 'has apologised' is background to the court ruling (after the June call), so the document date is wrong: no date (an earlier, undated act)."),
 15: (T,T,T,T,T,T, "Air and missile strikes by the United States (with Arab allies) against Islamic State fighters in Syria (SYR acceptable by location), overnight to the document date 2014-09-23."),
 16: (T,T,T,T,T,T, "Bombing in Moscow killing seven people (RUS), unknown bomber: ASSAULT, Tuesday 2000-08-08."),
 17: (F,F,F,F,F,F, "Spurious: Sanchez cancelling a trip to Paris to fly to Ceuta is a schedule change caused by the migrant crisis, not a reduction of relations with France; no PLOVER event here."),
 18: (T,T,T,F,T,T, "SUPPORT (congratulate) by Batlle (URY) is right, but the sentence's 'him' is Tabare Vazquez: target should be Vazquez (URY), not empty."),
 19: (T,T,F,T,T,F, "ACCUSE of police brutality: source should be Burjanadze's opposition party (GEO), not 'leaders' plus the Interior Ministry; modality should be asserted (the accusation was made; only the responsibility was denied)."),
 20: (T,T,T,F,T,T, "Killings of Serb civilians during Operation Storm: a total over the operation has no date and the agent is not named, but the victims were Krajina Serbs in Croatia, so the target's code should be HRV (Croatian Serbs), not SRB."),
 21: (T,T,F,T,T,T, "Dendias asked Borrell (EU) to convene ministers: REQUEST right, but Nikos Dendias is Greece's foreign minister: source code should be GRC, not TUR."),
 22: (T,T,T,T,T,T, "REQUEST by Pakistan (PAK) to Tehran (IRN) to avoid escalation, reported as this news on 1998-09-11."),
 23: (T,T,F,T,T,T, "'They' are the protesters / opposition alliance (Dignity and Truth platform, Socialists, Our Party; MDA): source should be that alliance (MDA), not 'Truth' as an uncoded country. Target, type, date (ongoing accusation) right."),
 24: (T,T,T,T,F,T, "REQUEST by Niger's junta (NER) for the withdrawal of French troops (FRA) is right, but 'has ... demanded' is a background act of an earlier time (after the July coup): no date, not the document date."),
 25: (F,F,F,F,F,F, "Spurious: it is loudspeakers at a funeral that 'called for revenge', not the mourners, and the call asks nothing of any party; no request between political actors (at most an unattributed THREATEN)."),
 26: (T,T,T,T,F,F, "The approval by parliament and Demirel is only a condition that must be met before execution: modality should be hypothetical (or future), and the date should be none, not the document date."),
 27: (T,F,T,T,T,T, "The EU presidency's statement that the bloc opposes the death penalty is an objection to the sentence: type should be ACCUSE (disapprove), not REJECT (no request or proposal is rejected). Empty target acceptable (Turkey is named only in the diplomats' clause)."),
 28: (T,T,T,F,F,T, "Ozawa refused to meet 'him' (Abe): target should be Shinzo Abe (JPN); the refusal is an earlier act ('had refused') so it should have no date, not the document date."),
 29: (T,T,T,T,T,T, "REQUEST by the African Union to all Somalis (SOM) to rally behind the new president, reported as this news."),
 30: (T,T,T,T,T,T, "Ongoing investigation by the U.N.-backed Hariri tribunal (Lebanon tribunal, LBN acceptable): ACCUSE investigate, ongoing act takes the document date; the investigated killing is no party, so empty target right."),
 31: (T,T,F,T,T,T, "It is Scholz (DEU) who said he would not take part in coalition talks: source should be Olaf Scholz (DEU), not Merz. CONSULT negated with no date is acceptable (a coder could also code REJECT)."),
 32: (T,T,F,T,T,T, "ACCUSE against the Greek Cypriot government (CYP) is right, but Rauf Denktash is the Turkish Cypriot leader, not a Turkish official: source code should be CYP (Turkish Cypriot community), not TUR."),
 33: (T,T,T,F,T,T, "Macri's promise to open up the economy (AGREE) has no addressee; the United States is not in the sentence: target should be empty."),
 34: (T,T,T,F,T,T, "Solana (EU) welcomed the outcome of Serbia's election, naming Serbia in the sentence: target should be Serbia (SRB) (or Tadic), not empty."),
 35: (T,T,T,F,T,T, "Inquiry ordered 'into the conduct of its commanders' (the BDR's): target should be the BDR commanders (BGD), not empty; no orderer named, so empty source right."),
 36: (T,T,T,T,T,T, "Paetongtarn (THA) accepts the Constitutional Court's decision and will cooperate: AGREE toward the court (THA), statement of the day."),
 37: (T,T,T,T,T,T, "REQUEST by human rights groups (no country given) to the Egyptian authorities (EGY) to release detainees."),
 38: (T,T,T,T,T,T, "Singh said India (IND) was ready to talk to Pakistan (PAK): AGREE (willingness to meet) on Monday 2010-11-08."),
 39: (T,T,T,F,T,T, "Invasion by Comoran troops (COM) on Tuesday 2008-03-25 is right, but the sentence names the invaded rebel island of Anjouan and its leader Bacar: target should be Anjouan's rebel administration / Mohamed Bacar (COM)."),
 40: (T,T,T,T,F,T, "Iranian troops (IRN) massed on the Afghan border (AFG): 'have been massed ... for weeks' is still going on when the story is told, so the date should be the document date 1998-09-11, not unknown."),
 41: (T,T,T,T,T,T, "Djukanovic (MNE) said he would resign: RETREAT resign future, undated future act so unknown date right (the conventions accept 'is to step down' as future)."),
 42: (T,T,T,T,T,T, "Garcia (PER) conceded on Sunday night 2001-06-03; empty target acceptable (the winner is the object of 'wished well')."),
 43: (T,T,T,F,T,T, "Police (PAK) shot dead Bhutto's brother Murtaza: target should be Murtaza Bhutto (PAK), not Benazir Bhutto; September 1996 right."),
 44: (T,T,T,T,T,T, "Kiir (SSD) signed the peace agreement with the rebels (SSD) on Wednesday 2015-08-26: SUPPORT sign."),
 45: (T,T,T,F,T,T, "Eritrean troops (ERI) attacked 'a small unit stationed there', the Yemeni garrison: target should be that Yemeni unit (YEM), not empty; Friday 1995-12-15 right."),
 46: (T,T,T,T,F,T, "More than 50 killed during the six-day Israeli operation that ended the day before: a total over an earlier span has no date, not the document date 2006-11-08."),
 47: (T,T,T,F,T,T, "Khamenei (IRN) blamed 'the country's enemies': a group named by a common noun is the target; target should be the enemies (no country code), not empty."),
 48: (T,T,T,T,F,T, "Abe's decision to step down was announced at the news conference on Wednesday: date should be 2007-09-12, not unknown (same act as e1, but a different sentence, so not a duplicate by the rule)."),
 49: (T,T,T,F,T,T, "Timofti (MDA) rejected Plahotniuc's bid last week (2016-W02 right): target should be Vlad Plahotniuc (MDA), named in the sentence, not empty."),
 50: (T,T,T,T,T,T, "Salas Romer (VEN) conceded defeat late Sunday night 1998-12-06."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and set(V) == {i['n'] for i in items}
with open('events-b.jsonl', 'w') as f:
    for it in items:
        e, t, s, g, d, m, r = V[it['n']]
        if not e:
            t = s = g = d = m = False
        v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m}
        v["all"] = all(v.values())
        out = dict(it); out["verdict"] = v; out["reasons"] = r
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote 50")
