"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's hand verdicts (round 104).

V maps item n -> (event, type, source, target, date, modality, reasons). A spurious item
(event False) is forced False in every field.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False

V = {
 1: (T, T, T, T, F, T, "MOBILIZE of police and troops in Dhaka is right (source Bangladeshi police, BGD). Date wrong: the deployment was for the two-day summit that ended Sunday, so it should be 2005-11-12/13, not the Monday document date."),
 2: (T, T, T, T, T, T, "Critics' complaint that the Congo involvement costs millions is a standing ACCUSE disapprove of the Zimbabwean government; present-tense 'say' takes the document date. Counted as an event, but it is borderline (generic critics)."),
 3: (T, T, T, T, T, T, "A death toll summed since 2015 is an ASSAULT with no killer named in the sentence and no date, as the conventions require."),
 4: (T, T, T, T, T, T, "Russia's ban on Moldovan wine imports in September 2013 is a SANCTION (cutting off trade) against Moldova. CAMEO2PLOVER would map an embargo to COERCE restrict, but the PLOVER SANCTION discontinue definition fits."),
 5: (T, T, T, F, T, T, "PROTEST by Gazans on Friday is right, but the march towards the border fence is aimed at Israel, which the sentence names. Target should be Israel (ISR), not empty."),
 6: (T, T, T, T, T, T, "Killing of protesters in Kaedi, with no killer named. Target Mauritanian protesters, dated July 1 (the report's dateline date). 'Activists said' is attribution, so asserted."),
 7: (T, T, T, T, T, T, "France's call for dialogue is a REQUEST with no named addressee. Undated in the text, so the document date is right."),
 8: (T, T, T, T, T, T, "'He' is Ali Salman, convicted by a court that is not named in this sentence (so empty source is right); sentenced on Tuesday, which is the document date."),
 9: (T, T, T, T, T, T, "US visa restrictions on Ugandan officials: CAMEO 163/172 map to COERCE restrict. The measure is earlier and undated in the text, so no date is right."),
 10: (T, T, T, T, T, T, "Meeting between Hobeika and visiting Belgian senators 'this week' (2002-W04). With Hobeika as source, this is the host-a-visit reading (CAMEO 043), which is still CONSULT; a strict visit coding would put the senators (BEL) as source."),
 11: (T, T, T, T, T, T, "Israel holding the Palestinian Authority responsible is an ACCUSE of the PA. The statement has no date in the text, so the document date is right. (The 'act against anyone' threat is a separate act.)"),
 12: (T, T, T, F, T, T, "ACCUSE by rights groups is right, but 'it' is Kikli's armed group. Target should be the Stability Support Apparatus (LBY), not 'Libya university'."),
 13: (F, F, F, F, F, F, "Spurious: tourists visiting a resort since 1998 is not a CONSULT between political actors."),
 14: (T, T, T, T, T, T, "Persson's letter urging Bush to stay in the Kyoto process is a REQUEST SWE -> USA, reported as this news with no date, so the document date is right."),
 15: (T, T, T, T, F, T, "Clinton urging Musharraf to restore democracy is a REQUEST. Date wrong: the text places it less than two weeks before the 2000-04-06 verdict, so late March 2000 (2000-03), not unknown."),
 16: (T, T, T, T, F, T, "The shooting of Park Wang-ja has no shooter named in this sentence, so empty source is right. Date wrong: the story dates the shooting Friday, 2008-07-11; it is not undated."),
 17: (T, T, T, F, T, T, "Taliban condemning attacks on civilians is an ACCUSE, but the civilians are the victims, not the condemned party. Target should be empty (the attackers are unnamed)."),
 18: (T, T, T, T, T, T, "The Israeli military accusing Hamas of using the march as cover is ACCUSE allege ISR -> Hamas (PSE). The statement is undated, so the document date is right."),
 19: (T, T, T, F, T, T, "Police tear gas is right, but the sentence names whom it was fired at. Target should be Abeid's supporters (MRT), not empty."),
 20: (T, T, T, T, T, T, "Latin American governments (Venezuela among them) pressed for Cuba's invitation: a REQUEST with no named addressee. Pluperfect and undated, so no date is right. The source name garbles the group, but Venezuela is one of the parties."),
 21: (T, T, T, T, T, T, "The EU urging Montenegro's politicians to end the deadlock is a REQUEST EU -> MNE with no date in the text, so the document date is right."),
 22: (T, T, T, T, F, T, "The half-million toll is summed over the conflict from 1975 to 2002, so by the conventions it has no date. 1975 is the year of independence, not the date of the killings."),
 23: (T, T, T, T, T, T, "11 Palestinians killed in the Friday air strikes; the sentence names no attacker, so empty source is right. Date 2001-05-18 is right."),
 24: (T, T, T, T, T, T, "Egypt freeing Azzam Azzam on Sunday (2004-12-05) is RETREAT release EGY -> ISR."),
 25: (T, T, T, F, F, T, "US troops stationed since October is a MOBILIZE, but Uzbekistan and Kyrgyzstan are where the troops are based, not parties acted upon, so target should be empty. The stationing is still going on, so the date should be the document date 2002-02-28, not unknown."),
 26: (T, T, T, T, F, T, "The killing of the boy with no shooter named is right, but the violence is dated Saturday afternoon in the previous sentence. Date should be 2000-04-08, not the Sunday document date."),
 27: (T, T, T, T, T, T, "Summoning China's chargé to protest is an ACCUSE (official complaint, CAMEO 114) IDN -> CHN on Monday 2016-03-21. (The PROTEST e2 from the same sentence duplicates it; this item is the right one.)"),
 28: (T, T, T, T, T, T, "Investigation of Yang Bin: the investigator is not named (the ministry only reports it). Still going on, so the document date is right. CHN accepted for a 'Dutch-Chinese' businessman doing business in China (NLD would also do)."),
 29: (T, T, T, T, T, T, "Russia and Rwanda sending troops to bolster the CAR government is military AID. Recent and undated in the text, so the document date is right."),
 30: (T, T, T, T, T, T, "A Syrian death toll summed over three years: ASSAULT with no source and no date, as the conventions require."),
 31: (T, T, T, T, T, T, "EU plans to send a delegation to Washington next week: CONSULT, future, 2001-W14. Right by the conventions ('will meet' is future); CAMEO would code it as 036 intent to meet (AGREE)."),
 32: (T, T, T, T, T, T, "Detentions of Tatars since 2014 are a span with no date. The detainer is not named, so empty source is right. UKR accepted for Crimean Tatars."),
 33: (T, T, F, F, F, T, "SUPPORT is right, but the Khama here is Ian Khama, not his father Seretse, so source should be Ian Khama (BWA) and target the Botswana Patriotic Front (BWA). The backing came after May 2019 and is background, so date should be 2019 (after May), not the document date."),
 34: (F, F, F, F, F, F, "Spurious: Erdogan promising his party will 'learn from its mistakes' is not an AGREE or any act toward another party."),
 35: (T, F, T, F, T, T, "'Belgrade would never accept its secession' refuses the Kosovo Albanians' demand, so type should be REJECT, not THREATEN (no repercussion is threatened). Target should be the Kosovo Albanians/Kosovo leaders (XKX), not Zivkovic's own Belgrade delegation."),
 36: (T, T, T, T, T, T, "Opposition lawmakers beginning a hunger strike on the document date: a PROTEST with no target named in the sentence."),
 37: (T, T, T, T, T, T, "US condemnation of the attack is an ACCUSE; the sentence names no party (only 'the attack'), so empty target is right."),
 38: (T, T, T, T, F, T, "Leaders' discussion at the summit is a CONSULT among participants (mutual). Date wrong: the summit ran Saturday-Sunday, so 2012-04-14/15, not the Monday document date."),
 39: (T, T, T, T, F, T, "'Would not back down' is a CONCEDE negated, which the conventions accept (like 'refused to withdraw'). The statement goes with the suspension 'earlier this month', so date should be 2017-03, not unknown."),
 40: (T, T, T, F, T, T, "Pakistan's earlier transit-fee demand is a REQUEST, but the sentence names Washington as the party that rejected it. Target should be the United States (USA), not empty. Pluperfect and undated, so no date is right."),
 41: (T, T, F, T, T, T, "'She' is Mayor Isabelle Climaco-Salazar (PHL), not Nur Misuari, so source is wrong. REQUEST to residents to stay indoors on the document date."),
 42: (F, F, F, F, F, F, "Spurious: campaign promises to fight corruption and cut unemployment are policy pledges with no counterpart, not an AGREE to cooperate."),
 43: (T, T, T, T, T, T, "Kumaratunga accusing Wickremesinghe of conceding too much is an ACCUSE LKA -> LKA. It is a standing accusation ('has accused'), so taken as still going on, with the document date."),
 44: (T, T, F, F, T, T, "COERCE arrest of the six students in August 2004 is right, but the sentence names Israel, which held and hands them over: source should be Israel (ISR). The students are Egyptian, so target should be the students (EGY), not ISR."),
 45: (T, T, T, F, T, T, "Residents' fury at the security forces' failure is an ACCUSE, but the sentence names the party it is aimed at. Target should be the Afghan security forces (AFG), not empty."),
 46: (T, T, T, F, T, T, "Samakuva congratulating the MPLA is a SUPPORT on the Tuesday statement date, but the MPLA is named. Target should be the MPLA (AGO), not empty."),
 47: (T, T, T, T, T, T, "Rights groups welcoming the World Bank's move: SUPPORT -> World Bank, reported as news on the document date."),
 48: (T, T, T, T, T, T, "Kurti's government banning the Serbian dinar and closing Serbian-run institutions is a COERCE against Serbia, presented as an ongoing course ('has pressed ahead'), so the document date is accepted."),
 49: (T, T, T, T, T, T, "The Netherlands opposing Bulgaria's Schengen entry at the Thursday meeting: REJECT NLD -> BGR on 2022-12-08."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open(HERE / "events-a-items.jsonl"):
    it = json.loads(line)
    v = V[it["n"]]
    flags = list(v[:6])
    if not flags[0]:
        flags = [False] * 6
    verdict = dict(zip(FIELDS, flags))
    verdict["all"] = all(flags)
    it["verdict"] = verdict
    it["reasons"] = v[6]
    out.append(it)
with open(HERE / "events-a.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

P = {
 "h29-x111-23": (["SANCTION: World Bank (no code, IGO) -> Uganda (UGA), suspends new public financing over the anti-homosexuality law, 2023-08-08 (statement late Tuesday)"],
                 "Museveni's reply that the country can develop without the bank's money is a comment, not coded. Dateline has no event in the paragraph, so the suspension is missed."),
 "h29-x109-11": ([], "An election result (Parvanov wins a run-off, beats Siderov) is not a PLOVER act; EU accession is background. Nothing to code and dateline codes nothing."),
 "h29-x110-23": (["SANCTION: Special Tribunal for Lebanon (no code, IGO) -> Hezbollah member Salim Ayyash (LBN), found guilty, 2020-08-18",
                  "ASSAULT: Hezbollah member (LBN) -> Rafik al-Hariri (LBN), the 2005 bombing that killed him, 2005"],
                 "The acquittal of three others and the 'no evidence' finding are not PLOVER acts. Dateline has no event in the paragraph, and none in the story."),
 "h29-x110-10": (["ASSAULT: unnamed car bomber -> British man (GBR) and about a dozen people in Doha (QAT), car bomb outside a theatre, 2005-03-19"],
                 "Dateline has no event in the paragraph, so the bombing is missed."),
 "h29-x109-10": (["SUPPORT: parts of the Moldovan opposition (MDA) -> Vladimir Voronin (MDA), backed him for president, 2005-04-04",
                  "AGREE: Voronin's Communists (MDA) -> opposition parties (MDA), pledges of democratic reform and an EU course in return for votes, before 2005-04-04 (undated)"],
                 "Parliament re-electing Voronin is an election, not coded. Dateline has no event in the paragraph."),
 "h29-x109-24": ([], "Local election results (the CHP beats Erdogan's AKP, keeps Istanbul and Ankara) are not PLOVER acts. Nothing to code and dateline codes nothing."),
}
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
    for line in open(HERE / "paragraphs-a.jsonl"):
        p = json.loads(line)
        ev, notes = P[p["doc"]]
        n_dl = len(p["events"])
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": 0, "dateline_events": n_dl,
                            "spurious": 0, "notes": notes}, ensure_ascii=False) + "\n")
