"""Write events-a.jsonl from the judge's verdict table below (judge a, round 109).

Each entry: n -> (wrong fields, reasons). "SPURIOUS" marks a non-event (false in every field).
"""
import json

F = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "A future meeting of Wen (CHN) with Japanese business groups in Kyoto; future and no exact date in the text ('before leaving on Friday'), so no date is right."),
 2: (["target"], "ACCUSE by Museveni is right and ongoing ('has long charged'), so the document date is right; but the party accused of supplying weapons and bases is Sudan, named in the sentence: target should be Sudan / the Khartoum government (SDN), not the LRA rebels."),
 3: (["target"], "REQUEST by Arafat on 2001-12-16 is right, but the call for a halt to attacks on Israel is addressed to Palestinian militants, not Israel; target should be empty (or the Palestinian militants, PSE), Israel is the object of the attacks."),
 4: ([], "Mutual signing of cooperation accords (SUPPORT, sign agreement) by Greece and Turkey on Thursday 2000-01-20; all right."),
 5: (["target"], "Putin suspending Russia's participation in the CFE treaty is SANCTION withdraw in July 2007, but the target cannot be Russia itself; target should be empty (the treaty, no actor named) or the treaty's other parties."),
 6: (["target"], "'He' is Godane (subject of the previous sentence), so the target should be Ahmed Abdi Godane (SOM, al Shabaab), not Aden Hashi Ayro; empty source and no date are right for an unattributed blame of unknown time."),
 7: ([], "REQUEST by Portugal (and Lusophone states) for a peacekeeping role; addressee not named, so empty target is right; background act of no stated time, no date is right."),
 8: ([], "SADC has long pressed Lesotho's leaders ('its leaders', LSO) to pass reforms: REQUEST, ongoing, document date right."),
 9: ([], "Leaders of Brazil, Venezuela and Uruguay congratulated Fernandez (ARG): SUPPORT, reported as this news with no date, document date right."),
 10: (["target"], "REQUEST by the Bayelsa governor (NGA) is right, but the sentence refers to the party asked to act, 'the troops' (the Nigerian army under the federal government); target should be the Nigerian troops/federal government (NGA), not empty."),
 11: ([], "Kerry (USA) thanked Iranian authorities (IRN): SUPPORT on the day of the release, 2016-01-13; all right."),
 12: ([], "SADC called for calm: REQUEST with no addressee, document date right."),
 13: ([], "Zimbabwean police arrested Tsvangirai on Friday 2003-06-06: COERCE arrest, all right."),
 14: (["target"], "ACCUSE by Berlusconi is right, but 'his gesture' refers to Calderoli; target should be Roberto Calderoli (ITA), not empty."),
 15: (["target", "date"], "Jammeh's promise to unite the nation (AGREE, weak but acceptable) names no foreign party: target should be empty (or the Gambian nation), not Senegal from another sentence; it is post-election news, so the date should be the document date 2001-10-20, as dateline gave 'thanked' in the same sentence."),
 16: (["type", "target"], "'Jailed for 13 years in March on terrorism charges' is a sentence after conviction: type should be SANCTION convict (PLOVER: found guilty and sentenced), and the person jailed is Mohamed Nasheed (MDV), not the Maldivian Democratic Party; date 2015-03 is right."),
 17: (["date", "modality"], "The event is the rallies activists 'planned' across the country (not the Friday protest, coded separately as e5): PROTEST against the government's deal with state as target is right, but modality should be future and the planned rallies have no date in the text (no date, not the document date)."),
 18: (["target"], "Esper's warning of 'additional actions' is a THREATEN by the U.S. (source right, document date right), but its target is Iran, named in the sentence ('deter Iran'), or Kataib Hezbollah; target should be Iran (IRN), not the U.S. government."),
 19: (["target"], "Drone strike killing Arouri on 2024-01-02 is right, with no attacker named (empty source right); but Arouri is the Hamas deputy leader, a Palestinian: target code should be PSE, not LBN."),
 20: ([], "Security forces (SWZ) killed dozens of people in the 2021 unrest: ASSAULT, year 2021 right."),
 21: ([], "UN Security Council condemned the bombing: ACCUSE with no perpetrator named, empty target right; reported as this news, document date right."),
 22: ([], "Khatami (IRN) called on Wednesday 1998-01-07 for exchanges with the United States: REQUEST (request for exchange), all right."),
 23: (["target"], "ACCUSE by Libyan state media (LBY) is right, but the blame is put on 'irresponsible acts in Italy', i.e. on Italy/Calderoli named in the sentence: target should be Italy (ITA), not empty."),
 24: (["date"], "Arrests of opposition politicians (MDV) under Yameen are COERCE arrest (unnamed agent, empty source accepted); but they are a series of past arrests summed over his tenure since 2013, so there should be no date, not the document date."),
 25: (["target", "date"], "Moscoso's pledge to keep the canal out of party politics (AGREE) is addressed to no party in the sentence: target should be empty, not the United States from the previous sentence; it is a background campaign pledge of unstated time, so no date is right, not the document date."),
 26: (["type"], "Washington 'opposed Israel's policy of targeted killings' is an objection to a policy, not the rejection of a request: type should be ACCUSE disapprove; source USA, target Israel, document date right."),
 27: ([], "Wen and Abe agreed on Wednesday 2007-04-11 to build a strategic relationship: mutual AGREE, all right."),
 28: ([], "Human rights groups (no country given) urged NATO to go after Karadzic and Mladic: REQUEST, document date right."),
 29: (["date"], "The courts banning two of Erbakan's earlier parties is COERCE ban (TUR), but it is a background act of earlier decades; date should be none (unknown), not the document date 1996-07-09."),
 30: ([], "Israeli officials verbally defended their policy (CAMEO 052, SUPPORT), no target party; document date right."),
 31: ([], "Chief rabbi Haleva (TUR) appealed for calm: REQUEST with no addressee, document date right."),
 32: ([], "G7 leaders took aim at China over human rights and Taiwan on Sunday 2021-06-13: ACCUSE disapprove, all right."),
 33: (["source", "target"], "The 1994 genocide (ASSAULT massacre, 1994) is right in type and date, but the sentence names the killers ('the killing they began' = the insurgents, Hutu ex-army and Interahamwe, RWA): source should be the insurgents, not empty; the victims are 'Tutsi and moderate Hutu' (RWA), and 'Hutu' alone is the wrong party."),
 34: ([], "LDK (XKX) quit Thaci's coalition in October 2010: SANCTION withdraw, target Thaci (his coalition) right."),
 35: ([], "60,000 killed in the conflict is a total over a span: no date is right; ASSAULT with no perpetrator named."),
 36: ([], "Abbott's victory-day promises to scrap the carbon and mining taxes (AGREE, no target party), dated by the sentence's Saturday 2013-09-07; accepted."),
 37: ([], "Eswatini government condemned the killing: ACCUSE; the target 'unknown gunmen' comes from an earlier sentence but is clearly the party condemned (the killers), and has no country; document date right."),
 38: ([], "Thai foreign minister due to speak with his Cambodian counterpart 'later in the day': future CONSULT on 2008-10-15, Cambodia (KHM) as the counterpart's state accepted."),
 39: ("SPURIOUS", "'Wine, which is banned in the Islamic Republic' is a standing law on alcohol, not an act between political actors; spurious (the detention itself is the event, coded as e1 from the previous sentence)."),
 40: (["date"], "Barzani (IRQ) accusing Iran of sending troops is ACCUSE, right in type and parties; but the text gives no date for his statement (the Saturday date belongs to the capture of Arbil), so it should take the document date 1996-09-01 (narrow call)."),
 41: ([], "Thaci said he was ready for EU-mediated talks with Belgrade (AGREE to negotiate, SRB); same Sunday-night speech as the previous sentence, 2010-12-12 accepted."),
 42: (["source"], "'He' is C.V. Wigneswaran (LKA, Tamil National Alliance), who called on the government; source should be Wigneswaran, not 'Tamils'; target government (LKA) and document date right."),
 43: ("SPURIOUS", "Silajdzic 'is expected to seek the Bosniak seat on the presidency' is running for office, not a request to any party; spurious."),
 44: ([], "Austin's visit to Manila (CONSULT visit, USA -> PHL government) on 2023-02-02; all right."),
 45: (["source"], "REQUEST for an independent inquiry is right, but the Civil Liberties Organisation is 'a Lagos-based rights group': its country code should be NGA, not empty."),
 46: ([], "Putin threatened last week (2002-W37) to strike Chechen rebels (RUS) sheltering in Georgia: THREATEN; Chechen rebels as target accepted (Georgia would also do)."),
 47: (["type"], "The AIS announced on 1997-09-24 a unilateral ceasefire to start on October 1: a declaration of a future ceasefire is CONCEDE in the PLOVER codebook (RETREAT ceasefire is only its implementation), though CAMEO2PLOVER maps 0871 to RETREAT; type should be CONCEDE. The announcement is asserted."),
 48: (["date"], "The quote restates Nepal's resignation (RETREAT resign, NPL), which the text dates to Wednesday: date should be 2010-06-30, not the document date 2010-07-01 (different sentence from e1/e2, so not a duplicate by the rule)."),
 49: ([], "Hundreds slaughtered last month (1997-08) in Rais and other villages: ASSAULT massacre, no perpetrator named; all right."),
 50: (["target"], "'He' is Abu Anas al-Libi (LBY), indicted by a U.S. court in 2000; target should be al-Libi, not George Little (the Pentagon spokesman of the previous sentence)."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong)
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
