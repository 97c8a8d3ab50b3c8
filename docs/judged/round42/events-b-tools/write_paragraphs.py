"""Write paragraphs-b-verdicts.jsonl: judge b's coding of the 12 first paragraphs (paragraphs-b.jsonl)."""
import json

P = {
 "hn-w1-10": (["COERCE: Serbian security forces arrest Ratko Mladic, 2011-05-26"], 1, 0,
   "e1 COERCE arrest right."),
 "hn-w3-08": (["REQUEST: West African leaders (ECOWAS) give the Niger junta one week to reinstate Bazoum, 2023-07-30",
               "THREATEN: West African leaders warn the junta they could use force, 2023-07-30",
               "SANCTION: West African leaders impose financial sanctions on Niger, 2023-07-30"], 2, 1,
   "e1 'gave ... one week' coded AID is the grant sense of the trigger (an ultimatum, not aid): spurious. e2 THREATEN found; e3 SANCTION found (type right, but modality hypothetical and null date are wrong: the sanctions were imposed on Sunday). The coup by the officers is background, not coded."),
 "hn-w4-13": (["COERCE: Brazilian security forces detain about 1,200 people, 2023-01-09",
               "COERCE: security forces dismantle the protest camp outside army HQ, 2023-01-09",
               "PROTEST: Bolsonaro supporters riot, storming and ransacking Congress, the Supreme Court and the presidential palace (Brazil), 2023-01-08"], 1, 0,
   "e1 COERCE arrest found. e2 'stormed' coded ASSAULT: a riot by civilian supporters is PROTEST riot in PLOVER (not armed forces taking ground), so not found; not spurious (holds the act) but its target 'US Congress[USA]' is wrong (Brazil's Congress). Dismantling the camp missed."),
 "hn-w3-13": (["MOBILIZE: Pakistan calls in the army to restore order in the capital and two provinces, 2023-05-10",
               "PROTEST/ASSAULT: Khan supporters clash with police, 2023-05-10",
               "COERCE: a court orders Khan held for eight days, 2023-05-10"], 1, 0,
   "e1 clash coded ASSAULT accepted as right type (PROTEST riot also fine). e2 court order coded REQUEST: wrong type (it is a detention, COERCE), not spurious. Army call-in (MOBILIZE) missed."),
 "hn-w1-12": (["CONSULT: Putin visits Beslan (meets officials, the wounded), 2004-09-04",
               "ASSAULT: hostage-takers hold pupils, parents and teachers in a three-day school siege, 2004-09-01..03",
               "ASSAULT: explosions and gunfire ending the siege kill hundreds, 2004-09-03"], 1, 0,
   "e1 CONSULT visit found. The siege and its deadly end (subordinate clause) missed."),
 "hn-w1-08": (["SUPPORT: Greece and Macedonia sign the renaming agreement, 2018-06-17"], 1, 0,
   "e1 found. The dispute that 'blocked Skopje's path' is background state, not coded."),
 "hn-w2-10": (["SANCTION: Saudi Arabia, UAE, Bahrain and Egypt cut diplomatic ties with Qatar, 2017-06-05",
               "ACCUSE: the four accuse Qatar of supporting terrorism and cosying up to Iran, 2017-06-05"], 2, 0,
   "Both found; e2's target Iran is wrong (the accused is Qatar) but the type is right."),
 "hn-w1-24": (["COERCE: a Russian judge orders Navalny held in custody for 30 days, 2021-01-18",
               "COERCE: (Russian police) detain Navalny at passport control, 2021-01-17",
               "ASSAULT: (unknown) poison Navalny with a nerve agent, background (August 2020 per the story)"], 1, 0,
   "e2 arrest found. e1 coded REQUEST: wrong type (court-ordered detention is COERCE), not spurious. The poisoning (noun phrase) missed."),
 "hn-w3-15": (["RETREAT: President Gotabaya Rajapaksa resigns (emails his letter), 2022-07-14",
               "PROTEST: mass protests over the economic collapse against the government (Sri Lanka), ongoing"], 0, 1,
   "e1 codes the speaker 'accepted' the resignation as AGREE with no target: accepting a resignation is a procedural act, not an agreement to cooperate; counted spurious. The resignation itself (RETREAT) and the protests missed. His flight to Singapore not coded."),
 "hn-w1-23": (["ASSAULT: Turkish F-16s shoot down a Russian warplane, 2015-11-24",
               "THREATEN: Putin warns Turkey of 'serious consequences', 2015-11-24"], 0, 0,
   "Dateline has no event in this paragraph: both the shoot-down and Putin's threat missed."),
 "hn-w3-12": (["SUPPORT: the United States and the Taliban sign an agreement in Doha, 2020-02-29"], 1, 1,
   "e1 SUPPORT found. e2 RETREAT 'withdrawal' asserted with the document date: the withdrawal only 'could' follow within 14 months; PLOVER RETREAT excludes future/promised withdrawals, so spurious. The 18-year war is background."),
 "hn-w2-08": (["ASSAULT: (NTC fighters) kill Muammar Gaddafi, 2011-10-20",
               "ASSAULT: fighters loyal to the interim government overrun Sirte, 2011-10-20"], 1, 0,
   "e1 killing found (empty source right: the killer is not named). The overrunning of Sirte (armed forces taking ground = ASSAULT) missed. 'Driven from power in August' is background, not coded."),
}

rows = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert len(rows) == 12 and set(P) == {r["doc"] for r in rows}
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for r in rows:
        ce, found, sp, notes = P[r["doc"]]
        assert found <= len(ce) and sp <= len(r["events"])
        out.write(json.dumps({"doc": r["doc"], "coder_events": ce, "found": found,
                              "dateline_events": len(r["events"]), "spurious": sp,
                              "notes": notes}, ensure_ascii=False) + "\n")
print("wrote", len(rows))
