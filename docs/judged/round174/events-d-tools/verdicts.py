"""Write events-d.jsonl from the items and judge d's verdicts below (round 174).

Each entry: n -> (fields wrong, reasons). Fields: event, type, source, target, date, modality.
'SPURIOUS' marks an item that holds no event (false in every field).
usage: python3 events-d-tools/verdicts.py   (run in docs/judged/round174)
"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "Reported planned stationing of the Patriot batteries: MOBILIZE, hedged ('would probably') so hypothetical is right; the passive names no agent, so empty source/target and no date are right."),
 2: (["date"], "ACCUSE Churkin (RUS) -> Western states right; but he spoke in the General Assembly debate the story dates 'on Thursday', so the date should be 2014-03-27, not the document date 2014-03-28."),
 3: ("SPURIOUS", "No drafting took place: the clause gives Gallant's position (his insistence that ultra-Orthodox men be drafted), a reason for his dismissal; at most a REQUEST by Gallant (ISR) to the government, never a MOBILIZE of which he is the target, and 'Oct. 7 last year' (2023) is the date of the failures, not of this act."),
 4: ([], "ACCUSE (criminal charges) United States -> Maduro (VEN) on Thursday 2020-03-26, asserted: all right."),
 5: (["target"], "REJECT by Palestinian leaders (PSE), future, undated is right, but the plan to be rejected is the U.S. (Trump administration's) peace plan, not Abbas: target should be empty ('any plan') or the United States (USA)."),
 6: (["date"], "REQUEST Gastelum (MEX) -> United Nations right; 'last week' in a report from Sunday Nov 25 (document date Monday Nov 26) is the week just ended, 2018-W47 (Nov 19-24), not 2018-W46."),
 7: (["date"], "ASSAULT on Sri Lankan civilians (LKA), no agent, hedged by 'may have been killed' (hypothetical) is right; but 'the last months of the fighting' is the end of the war the previous sentence dates to 2009, so the date should be 2009, not unknown."),
 8: (["source"], "The deployment confirmed is Uganda's (Ugandan special forces in Juba, previous sentences): source should be Uganda (UGA), not the South Sudan officials who confirmed it (they are reported_by). Different sentence from e1, so no duplicate."),
 9: ([], "SUPPORT (welcomed international help) by human rights groups (no country), no named target, document date, asserted: all right."),
 10: ("SPURIOUS", "The sentence reports Turkey's denial that the 1915-17 killings were systematic, a statement PLOVER does not code; the text does not negate the killings (it says many Armenians died), so a negated ASSAULT is no event."),
 11: ([], "MOBILIZE Noboa (ECU) deployed soldiers, January 2024 ('January last year', coordinated with the declaration), asserted: all right."),
 12: (["source"], "ACCUSE (criticised the deal) right, no party named as target, document date right; but nothing makes the campaigners Egyptian (their concern is Europe's fossil fuel dependence): source code should be empty, not EGY."),
 13: ([], "RETREAT resign, Ardern (NZL), future, by early February 2023: all right."),
 14: (["source"], "The sentence names the killers: 'protesters overturned his vehicle' - source should be the protesters (TUN), not empty; target, 2016-W03 ('this week') and asserted are right."),
 15: (["target"], "ASSAULT by U.S. air strikes (USA) on Monday right, but the sentence names what they struck: target should be the Taliban insurgents (AFG), not empty."),
 16: ([], "CONSULT (Biden to host Zelenskiy in Washington on Aug. 30), future: right; a meeting is mutual so the host as source is accepted (codebook would put the visitor Zelenskiy as actor; an 'invitation' could also be AGREE)."),
 17: (["source"], "COERCE arrest of Alwani (IRQ) at dawn on Saturday 2013-12-28 right; the same sentence names the security forces whose raid it was (and para 2 says 'police arrested'), so source should be the Iraqi security forces/police (IRQ), not empty."),
 18: ([], "COERCE arrest by Ukrainian authorities (UKR) of separatist supporters (UKR), earlier undated, asserted within Ponomaryov's statement: all right."),
 19: ([], "ASSAULT (air defences shot down an Israeli warplane) Syrian army (SYR) -> Israel (ISR), overnight to Friday 2017-03-17, asserted with the army as reported_by: all right."),
 20: ([], "Declaration of a truce is CONCEDE (PLOVER: declarations, not implementations, of ceasefires); Ethiopian government (ETH), Thursday 2022-03-24, asserted: all right."),
 21: (["date"], "'Gave no sign he would step down' read as a negated RETREAT by Assad (SYR) is accepted, but it belongs to Sunday's speech (the coordinated 'on Sunday'): date should be 2013-01-06, not unknown."),
 22: (["date"], "PROTEST students (NPL) at the Indian embassy (IND) right, but the story dates the students' protest: they marched 'on Wednesday' (para 5), so the date should be 2019-11-06, not the document date 2019-11-07."),
 23: (["modality"], "CONSULT visit Biden (USA) -> South Korea (KOR) on Thursday 2013-12-05 right, but 'flies to Seoul on Thursday' is a scheduled trip not yet made in the report: modality should be future."),
 24: (["type"], "Withdrawing from a UNHRC resolution is SANCTION (withdraw: 'a country withdraws itself from an organization, treaty'), not RETREAT (material de-escalation); Sri Lanka -> UNHRC on Wednesday 2020-02-26, asserted right."),
 25: (["date"], "ASSAULT (bomb blasts killed 50+ in Maiduguri), no named agent, target right; but the blasts came 'hours' before the announcement posted on Saturday, so the date should be 2015-03-07, not the document date 2015-03-08."),
 26: ("SPURIOUS", "Duplicate: the summons 'to protest' is one act, already coded from this sentence as e1 (ACCUSE Turkey -> U.S. ambassador); a diplomatic protest is not a PROTEST demonstration, and the Armenians are not its target."),
 27: (["date"], "ACCUSE Sunni protesters (IRQ) -> Iraqi government right, but the accusing goes on with the sit-ins when the story is told: it takes the document date 2013-12-30, not unknown."),
 28: ([], "ASSAULT (two police officers killed), no agent named, target police (TUR), Saturday 2015-11-28, asserted: all right."),
 29: (["date"], "REQUEST Saad al-Hariri (LBN) -> the new government (LBN) right, but he urged it on the day of the indictment, Thursday 2011-06-30; 2005-02-14 is the date of his father's assassination."),
 30: (["target"], "ASSAULT Syrian troops (SYR) stormed Deir al-Zor on Sunday 2011-08-07 right, but Assad is the troops' commander, not the target: target should be empty (or the city's residents, SYR)."),
 31: ([], "CONSULT Netanyahu (ISR) - Putin (RUS) in Moscow last week, 2017-W10, asserted: all right."),
 32: ([], "Signing a memorandum is SUPPORT (CAMEO 057 -> SUPPORT) between Gentiloni (ITA) and Serraj (LBY), mutual, Thursday 2017-02-02, asserted: all right (not a duplicate of sentence 1's e2, another sentence)."),
 33: (["date"], "ACCUSE Voronenkov (RUS) -> Putin right, but his criticism in interviews is background from before his death (after his move to Ukraine in 2016): no date, not the document date 2017-03-23."),
 34: ([], "ASSAULT (tear gas, water cannon; CAMEO 175) police (TUR) -> protesters (TUR) in Istanbul after news of the death on Saturday 2015-11-28, asserted: all right."),
 35: ([], "CONSULT Uribe (COL) - Santos (COL) on Wednesday 2016-10-05, asserted: all right."),
 36: ([], "ASSAULT (tear gas and live rounds) Congolese security forces (COD) -> the marches of lay activists (COD), Sunday 2017-12-31, asserted: all right."),
 37: ([], "AGREE Trump (USA) - Putin (RUS) to begin negotiations, Wednesday 2025-02-12, asserted: all right."),
 38: (["source", "target"], "REQUEST, future, undated right; but 'his party' is Rainsy's Cambodia National Rescue Party (KHM), the one pressing, and Rainsy is the beneficiary, not the target: source should be the CNRP (KHM), target empty (or the National Election Committee, KHM)."),
 39: ([], "AGREE Ecuador (ECU) - IMF on a loan programme, 2024 ('last year'), asserted: all right."),
 40: ([], "ACCUSE Erdogan (TUR) -> U.S. lawmakers (USA), speech to AK Party reported as this news, document date 2019-10-30, asserted: all right."),
 41: ([], "ACCUSE Ukraine's interior ministry (UKR) -> the rebels (UKR), document date 2014-04-26, asserted: all right."),
 42: ([], "AGREE Zambia (ZMB) with official creditors including China (CHN), Thursday 2023-06-22, asserted: all right."),
 43: ([], "ACCUSE (called the decision a 'grave mistake') Turkey's foreign ministry (TUR); the sentence names no party (the decision only), so empty target is right; document date, asserted: all right."),
 44: ([], "Seizing power in a coup (1994), Jammeh (GMB), asserted background act dated 1994: ASSAULT accepted under the seizure rule (PLOVER has no coup type); no target named; all right."),
 45: (["source"], "ACCUSE (condemned the agreement) right, empty target right (only 'the agreement'), document date right; but Republican lawmakers are plainly U.S. (Senator Ted Cruz, State Department): source code should be USA, not empty."),
 46: ("SPURIOUS", "A princess giving up her royal titles in 1972 to marry is a personal act, not a political event between actors (and the source's name is the princess's title string, not Ubolratana)."),
 47: ([], "REQUEST al-Khatib (SYR) -> Washington (USA) at the Marrakesh meeting, Wednesday 2012-12-12, asserted: all right."),
 48: ([], "AGREE Arab leaders (no single country), reciprocal so no target, Sunday 2015-03-29, asserted: all right."),
 49: (["type", "date", "modality"], "A pledge of money is AGREE (CONVENTIONS, wave 76), not AID: the pledge by Santos (COL) to victims (COL) was made when he 'later said' it, on Friday 2016-10-07, and is asserted (not a future, undated AID)."),
 50: ([], "COERCE arrest of priests (COD), no detainer named in the sentence, Sunday 2017-12-31, asserted: all right."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-d.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong)
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
counts = {f: 0 for f in F + ["all"]}
for l in open("events-d.jsonl"):
    v = json.loads(l)["verdict"]
    for f in counts:
        counts[f] += v[f]
print(counts)
