# Writes events-a.jsonl from the judge's per-item verdicts below (fields that are wrong + reasons).
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n: (list of wrong fields, reasons); "event" in wrong list = spurious (all false)
V = {
 1: ([], "REQUEST by al-Maliki (IRQ) to the neighbouring countries (several states, empty code right); no date in the text for the appeal at the conference, so the document date is right."),
 2: ([], "Scored by the convention's 'refused to withdraw = REJECT asserted or RETREAT negated' reading: 'will not accept any occupation' as a negated AGREE by Djibouti is accepted (I would code REJECT asserted). Eritrea is not named in the sentence, so the empty target is right; the statement is undated in its sentence, so the document date stands (the lead's Friday, 2017-06-16, is the likely day)."),
 3: ([ "source"], "The police continuing to investigate the ricin-report case are the Czech police: source country should be CZE, not RUS. Target empty (no party named) and document date for an ongoing investigation are right."),
 4: ([], "Vujanovic thanking the citizens of Montenegro is a SUPPORT (commend) act toward the Montenegrin citizenry; 'Montenegro' with MNE is accepted for 'the citizens of Montenegro'. Victory speech of Sunday night/Monday; document date (Monday) right."),
 5: (["date"], "REQUEST by Netanyahu to his (Israeli) supporters is right, but the date is wrong: 'on election day' is Tuesday 2015-03-17 (the story names 'Tuesday's vote'), not Monday 2015-03-16 taken from the previous sentence."),
 6: (["type", "target"], "A stated commitment to 'work with the government' is a pledge of cooperation, AGREE (codebook: 'agree to cooperate in the future'; wave-76 rule for pledges), not COOPERATE; and 'the government' is Somalia's government, so the target country should be SOM, not USA. Future modality and no date fit the promised work itself."),
 7: ([], "REQUEST by Rice (USA) pressing Syria, during the Thursday 2007-05-03 meeting named in the previous sentence; asserted with U.S. officials as reporters. All right."),
 8: ([], "Killings counted since the operation began (a span total) take no date, so unknown is right; victims are four people in Ma'an (JOR); the killers are not named (both sides died), so the empty source is right."),
 9: (["source"], "MOBILIZE future (reinforce the peacekeeping mission) is acceptable, but the Economic Community of Central African States is a regional body with no seat country in the text: its code should be empty (or a regional IGO code), not CAF (Central African Republic)."),
 10: (["date"], "COERCE arrest of the armed forces chief (GNB) by Guinea-Bissau soldiers is right, but the sentence says 'on Thursday': date should be 2010-04-01, not the document date 2010-04-02 (a Friday)."),
 11: (["target"], "REQUEST by Netanyahu: the sentence names the addressee, 'urged Europe to go further', so the target should be Europe / the EU (EUR), not empty."),
 12: (["source", "target"], "'They' are the OSCE Minsk Group co-chairs (diplomats of the US, Russia and France), not France alone: source should be the Minsk Group co-chairs (OSCE); 'both sides' are Armenia and Azerbaijan, so the target should carry ARM/AZE, not an empty code."),
 13: ([], "ACCUSE by Palestinian officials in Gaza (PSE) against Gaddafi (LBY); no date in the sentence, value equals the document date 1995-09-05. All right."),
 14: (["date"], "SUPPORT (welcome) by the Israeli government spokesman is right and 'Sunday's decision' names no party, so the empty target is right; but the welcome is reported as this news with no date given, so it takes the document date 2000-09-10, not unknown."),
 15: ([], "Announced withdrawal of Russia's signature from the treaty with Estonia: SANCTION withdraw, future, undated future act; Russia -> Estonia. All right."),
 16: ([], "Dodik (BIH) says he will resign in protest: RETREAT resign with future modality ('is to step down' is future by the conventions); no target party, future act undated. All right."),
 17: (["source"], "The accuser of the ruling party is the challenger Miodrag Lekic (MNE), not Filip Vujanovic, who is the ruling party's candidate. Target (ruling party, MNE), date (Monday = document date) and modality are right."),
 18: ([], "ASSAULT (firearms) by Indonesian security forces on student demonstrators (IDN), 'late on Friday' = 1998-11-13; asserted, with hospital officials as reporters. All right."),
 19: (["source"], "ACCUSE against Muluzi is right, but 'his opponents' are the Malawian opposition (the text makes their country plain: the rivals of Malawi's president in a Malawian election), so the source code should be MWI, not empty."),
 20: ([], "ACCUSE (indict) of Musharraf (PAK), 'in 2014', no indicting party named in the sentence (empty source right). All right."),
 21: (["target"], "SANCTION withdraw by the former southern rebels (SPLM, SDN) is right, but the sentence names what they withdraw from: the target should be the national unity government of Sudan (SDN GOV), not empty."),
 22: (["type", "modality"], "The sentence does carry an act, Eritrea's (alleged, continuing) holding of Djiboutian prisoners of war, but holding POWs is detention (COERCE arrest/detain), not ASSAULT abduct; and 'never acknowledged holding' does not negate the holding: it is Djibouti's unconfirmed grievance, modality reported, not negated."),
 23: (["date"], "ACCUSE by Bulgaria against Hezbollah (LBN) is right, but 'Bulgaria has blamed' is a background act of an earlier time (the blame came months before the EU decision) with no date in the text: it should be undated, not the document date 2013-07-22."),
 24: (["date"], "PROTEST (demo) by Gomes Junior's supporters (GNB) demanding his release, no target named (right). But the prime minister was held and released on Thursday, so the protest for his release was on Thursday 2010-04-01; the narrative date 2010-04-02 (from 'still being held on Friday', which is about Induta) is wrong."),
 25: ([], "ASSAULT: four American soldiers (USA) killed in combat 'on Monday' = 2009-06-29, killers unnamed; asserted with the U.S. military as reporter. All right."),
 26: ([], "ACCUSE (condemn) by the OAU; 'the move' names no party, so the empty target is right by the sentence rule; undated reaction, document date right. All right."),
 27: ([], "REJECT by Deuba (NPL) of Dahal (NPL) leading the government first, 'on Sunday' = 2022-12-25; asserted, reported by party officials. All right."),
 28: (["target", "date"], "CONCEDE by the Georgian government is acceptable, but the sentence's party is 'Moscow' (Russia / the Russian government, RUS), not 'Moscow's Foreign Ministry' taken from another sentence; and giving up the lever is the deal signed on Wednesday 2011-11-09 (this news), so the date should be 2011-11-09 (or the document date), not unknown."),
 29: ([], "ACCUSE (condemn) by NATO through its secretary general Rutte against Russia (RUS), document date 2025-09-10. All right."),
 30: (["target"], "REQUEST by Saudi Arabia is right, but 'the council' is the new Presidential Leadership Council (YEM GOV), not the Southern Transitional Council, and the Houthis are the party to be talked with, not the addressee: target should be the Presidential Leadership Council (YEM)."),
 31: (["target"], "ASSAULT by Pakistan's army is right, but the Taliban attacked in North Waziristan are the Pakistani Taliban (the story says so), with foreign fighters: target code should be PAK (or empty for the foreign militants), not AFG."),
 32: (["source"], "'They' in 'They also demand' are the students of the previous sentence ('The students have rejected ...'), not 'some activists': source should be the student protesters (IDN). Present-tense demand takes the document date; addressee not named, empty target right."),
 33: ([], "REQUEST by UNRWA (coded as the UN, UNO) to all governments involved (several states, empty code right); document date 1995-09-05. All right."),
 34: ([], "SUPPORT (welcome) by Hamas (PSE); 'the summit's outcome' names no party, so empty target is right; undated reaction takes the document date. All right."),
 35: (["type"], "A statement that the US and EU 'would keep working with the parties' is a stated commitment to cooperate (mediation), AGREE by the codebook and the wave-76 pledge rule, not COOPERATE (material cooperation). Source (US; EU too), target (Bosnia's parties, BIH), future modality and undated future act fit the promised work."),
 36: (["target", "date", "modality"], "Khatami's call on the West is something aides say he WILL do in a speech: modality should be future, not asserted, and a future speech with no date given takes no date, not the document date 1999-03-10; the sentence names the addressee, so the target should be the West (Western countries, no single code), not empty."),
 37: (["modality"], "THREATEN by the US State Department against the Syrian government is right and the earlier, undated warning is rightly undated; but the warning was made: modality should be asserted (only the violation in the condition is hypothetical, like the conventions' 'offered a truce if they accept')."),
 38: (["type"], "'Washington would support the training of Ukrainian pilots on F-16s' is a pledge of military assistance: AGREE by the wave-76 rule (CAMEO 0332 intent to provide military aid), not verbal SUPPORT. Source (USA), target (Ukraine), future modality and undated future act are right for the pledged act."),
 39: ([], "SANCTION (sentence) of Karamira (RWA), 'last year' = 1997 in a 1998 story, court not named. All right."),
 40: (["source"], "AID by Chad's troops to Bozize's 2003 seizure of power is acceptable, but 'whose troops' are Chad's troops: the source code should be TCD, not CAF."),
 41: (["type", "target", "modality"], "'Backed' here is material backing of armed groups raiding Guinea: AID (military support), not verbal SUPPORT; the backed party is named in the sentence, so the target should be the armed groups (no code), not empty; and the backing is inside Guinea's government's claim ('says are backed'), so modality should be reported, not asserted."),
 42: ([], "REQUEST by the Polish government (Warsaw) to NATO for Article 4 consultations, document date 2025-09-10, reported by Tusk. All right."),
 43: ([], "Silajdzic's blame/criticism is an ACCUSE with no party named as target (the ethnic divisions, the package), so empty target is right; undated statement of this news, document date right. Accepted, though the act is really his criticism of the package."),
 44: (["type", "source"], "The People's Alliance for Democracy's occupation of the two airports was a civilian sit-in: PROTEST (obstruct), not ASSAULT (the ASSAULT rule for taking ground is for armed forces); and the occupier is the PAD itself (THA, an anti-government movement), not 'Leaders' coded as government. Date 'last week' = 2008-W48 is right."),
 45: ([], "REQUEST by UNHCR chief Ogata (UN) to the Guinean authorities (GIN), document date of the statement. All right."),
 46: (["source"], "Span total 1980-2000 rightly undated and attributed to the commission, but the sentence names the parties responsible ('blamed both the guerrillas and the state'): source should be the Maoist rebels and the Peruvian state (PER), not empty."),
 47: ([], "SUPPORT (thank) by Hassan Sheikh (SOM) to the United States, at the Thursday 2013-01-17 meeting. All right."),
 48: (["target"], "COERCE arrest 'in December' (2001-12) with no arresting party named is right, but the men are 'all Singaporeans': target country should be SGP, not USA."),
 49: (["event"], "Spurious: 'reversing the order of the first round' describes an election result (Lucinschi overtaking Snegur), not a concession or any act between political actors."),
 50: ([], "The Commission giving Bulgaria and Romania the green light to join is an agreement/approval (AGREE accepted; SUPPORT approve would also do), 'on Tuesday' = 2006-09-26. All right."),
}
items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-a.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if 'event' in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
