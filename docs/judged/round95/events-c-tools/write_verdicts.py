"""Write events-c.jsonl: each item unchanged plus judge c's verdict and reasons.
V[n] = (fields that are wrong, reasons); 'SPURIOUS' in wrong marks a spurious event."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: (["target"], "Hamas and allied groups declaring their own truce is coded RETREAT ceasefire (CAMEO 0871 -> RETREAT ceasefire in CAMEO2PLOVER; the PLOVER codebook's CONCEDE for declarations would also be defensible), source and Sunday date right; target should be Israel (ISR), the other side of the truce, named in the same sentence ('Israel's guns', 'Israeli troops')."),
 2: (["source"], "Signing the UNASUR treaty is SUPPORT (sign agreement), mutual so empty target is right, Friday 2008-05-23 right; source should be the leaders of 12 South American nations with no single country code, not USA."),
 3: (["source"], "Rodman's arrival in Pyongyang is a visit (CONSULT) to North Korea, Tuesday 2017-06-13 right; source should be Dennis Rodman with country USA: he is a named American, and a code is right empty only for a party that has none."),
 4: ([], "Sweden recognising the State of Palestine on Thursday 2014-10-30: SUPPORT (CAMEO 054) from SWE to PSE, asserted; all right."),
 5: ([], "Abeid calling on his supporters to protest is a REQUEST from Abeid (MRT) to his supporters (MRT); no date in the text, reported as the news, so the document date is right; asserted."),
 6: ([], "Oli ('he') signed a transit agreement with China on a visit in March 2016: SUPPORT sign agreement, NPL -> CHN, date 2016-03, asserted; all right."),
 7: ([], "Hamas seizing control of the Gaza Strip in 2007 is ASSAULT under the conventions (armed takeover of ground); target the Gaza Strip's state (PSE) accepted; date 2007 right; asserted."),
 8: (["target"], "Sanaia shot dead in July (2001-07) is ASSAULT firearms by unnamed attackers (empty source right); target should be Giorgi Sanaia (GEO), the presenter shot, not the new cabinet."),
 9: ([], "Tens of thousands protesting in Egyptian cities on Tuesday 2011-01-25 against corruption and police abuse: PROTEST demo with the state (EGY) a right target under the crowd-protest rule; all right."),
 10: ([], "Killings counted since the coup (a total summed from an earlier time): ASSAULT with no named killer in the sentence (empty source right), victims MMR, no date right; asserted with the rights group as reporter."),
 11: (["date"], "Security forces (COD) killing demonstrators (COD) is ASSAULT, asserted; but this happened during protests 'in recent weeks', a background act of an earlier time, so the date should be empty/unknown (some day in the weeks before 2021-05-01), not the document date. (The 'fired' event e6 of the same sentence is the duplicate, not this one.)"),
 12: (["source", "date"], "Killings under Pinochet's rule are ASSAULT against 3,000 people (CHL); source should be Pinochet's military regime (CHL), named in the sentence ('under Pinochet's rule'); date should be empty (a total over 1973-1990), not the 2006 document date."),
 13: ([], "Belgrade-Pristina talks still going on (report due Dec 10): CONSULT between Serbia (SRB) and Kosovo (XKX), ongoing so the document date is right; asserted."),
 14: (["target"], "Macri conceding defeat is CONCEDE, asserted; no date for the speech in the text so the document date is accepted by the rule (the concession was on election night, Sunday 10-27); target should be Alberto Fernandez (ARG), the winner named in the same sentence."),
 15: (["target"], "Police (PHL) firing tear gas and warning shots is ASSAULT (mode should be crowd-control, not firearms) on Tuesday 2001-05-01, asserted; target should be the crowd of Estrada supporters (PHL), named in the sentence ('the crowd had been pushed back')."),
 16: (["date"], "New Delhi (IND) blaming the massacre on Pakistan-based militants (PAK) is ACCUSE, asserted; but it is a background act of earlier this week, so the date should be empty/unknown (after the massacre, before 2000-03-25), not the dateline day."),
 17: (["date"], "Israel (ISR) fighting Hamas (PSE) is ASSAULT, asserted with Israel as speaker; date should be the document date 2025-09-23 (fighting still going on), not 2023-10-07, the date of the Hamas attack it follows."),
 18: (["SPURIOUS"], "Spurious: 'suspected smugglers are normally intercepted and arrested ... rather than killed' is a generic statement of usual practice, not a killing; the strike's killing is coded elsewhere."),
 19: ([], "Unidentified gunmen firing on Ivanovic shortly after 8 a.m. Tuesday 2018-01-16: ASSAULT firearms, source unnamed group (no country), target Ivanovic (XKX), asserted; all right."),
 20: ([], "Protesters killed in Suez: ASSAULT with no killer named in the sentence (empty source right), target protesters (EGY), no date in the text so the document date is accepted, asserted."),
 21: ([], "Camara (GIN military) seizing power in December 2008 is coded ASSAULT (armed seizure, accepted by analogy to the conventions' seizure rule); the sentence names no party taken from, so empty target is right; date 2008-12 right; asserted."),
 22: ([], "Turkey warning Damascus it would not stay silent: THREATEN TUR -> SYR government, Sunday 2013-05-12, asserted; all right."),
 23: (["type"], "Togo pulling its team out of the African Nations Cup on 2010-01-09 is a withdrawal from an activity, SANCTION (withdraw), not RETREAT (withdrawal of forces from territory); source TGO, empty target, date and modality right."),
 24: ([], "Kibaki not accepting the result: coded AGREE negated, which the conventions treat as equivalent to REJECT asserted ('refused to withdraw'); source KEN right, no party named as target, undated act of unknown time with no date right."),
 25: (["source", "modality"], "The Yugoslav forces' withdrawal from Kosovo is a RETREAT (withdraw), target Kosovo accepted, no date right; source should be Belgrade, the Yugoslav government (YUG/SRB), not 'Belgrade's television'; modality should be hypothetical (the act is the condition in NATO's 'until' clause), not future."),
 26: (["source"], "Washington repeatedly demanding Davis's release is REQUEST (yield), a repeated background act so no date is right, asserted; source should be Washington, the U.S. government (USA), not Raymond Davis; Pakistan is not named in the sentence, so empty target is right."),
 27: ([], "Zambian police arresting people after crowds burned tyres: COERCE arrest, ZMB police -> several people (ZMB); no date given for the arrests, reported as news, document date accepted; asserted."),
 28: (["source"], "Jamaat calling a general strike for Monday: PROTEST strike, future with the strike's date 2015-11-23 right, empty target accepted (government not named); source should be Jamaat-e-Islami with country BGD, not an empty code."),
 29: (["target"], "Attackers opening fire on Friday 2010-01-08: ASSAULT (mode should be firearms, not heavy weapons), unnamed attackers with no country right, asserted; target should be the Togo team (TGO) on the bus, named in the sentence ('The team was travelling')."),
 30: ([], "Western governments accusing Lukashenko (BLR) of rigging elections etc.: ACCUSE, a continuing accusation ('has been accused') so the document date is accepted; asserted."),
 31: ([], "Several Western governments calling for dialogue: REQUEST, no addressee named in the sentence (empty target right), document date for an act reported as news, asserted."),
 32: (["target"], "The lone U.S. veto blocking Boutros-Ghali's second term is REJECT (veto) by the USA in November 1996, asserted; target should be Boutros-Ghali (EGY), named in the same sentence."),
 33: (["target"], "Keiko Fujimori conceding defeat on Friday 2016-06-10 is CONCEDE, asserted; target should be Pedro Pablo Kuczynski (PER), the winner named in the same sentence."),
 34: ([], "The Mexican government denying that it backs paramilitary groups: SUPPORT negated (a denied act), MEX government -> paramilitary groups (MEX), present-tense denial reported as news so the document date is right."),
 35: (["SPURIOUS"], "Spurious: 'It must be ratified by both countries' legislatures before it takes effect' states a procedural requirement; no one has ratified or committed to ratify (the source also has only the Philippine legislature, and the target is wrong)."),
 36: (["SPURIOUS"], "Spurious: a duplicate; the NATO summit is the same meeting as 'leaders gather in Washington on Friday', already coded from this sentence (e3)."),
 37: (["SPURIOUS"], "Spurious: a duplicate; 'the first visit to the kingdom' is Khatami's visit already coded from 'arrived' (e1) in the same sentence (and the 1979 date is the revolution, not the visit)."),
 38: ([], "The outgoing Sao Tome government (STP) conceding defeat after the September vote: CONCEDE, the winner is not named in the sentence (empty target right), background act with no date in the sentence, unknown date right, asserted."),
 39: (["source"], "Two children killed in Tuesday's (2024-01-16) Iranian strikes: ASSAULT on children (PAK), asserted; source should be Iran (IRN), whose attack the sentence names ('the attack', 'Tehran'), not empty."),
 40: ([], "Albright (USA) praising Annan (GHA): SUPPORT, no date for the remark in the text so the document date is right, asserted."),
 41: (["target"], "The Security Council calling the attack a heinous act of terrorism is ACCUSE (condemn) by the UNSC, document date, asserted; target should be empty (the bombers are not named in the sentence), not Syrian residents."),
 42: ([], "Oli (NPL) resigning on Sunday 2016-07-24: RETREAT resign, asserted, no target; all right."),
 43: ([], "Washington (USA) conveying its disappointment to Pretoria (ZAF): ACCUSE disapprove, dated Tuesday 1997-10-21 as the text gives it, asserted with the spokesman as reporter; all right."),
 44: (["target"], "Saakashvili calling the charges politically motivated is ACCUSE (criticism), habitual present so the document date is accepted, asserted; target should be the Georgian authorities (GEO) who brought the charges, named in the sentence ('charges in Georgia')."),
 45: (["source"], "Pinochet's arrest in London in 1998 is COERCE arrest, target Pinochet (CHL), date 1998 right, asserted; source should be the British authorities (GBR) who arrested him in London on the Spanish warrant (Britain is named in the sentence), not empty."),
 46: (["SPURIOUS"], "Spurious: a duplicate; the Arab League summit is the meeting already coded from 'Arab leaders gathered in Baghdad' (e1) in the same sentence."),
 47: ([], "Lacson (PHL) would not surrender to the police: RETREAT negated, which the conventions accept as equivalent to a REJECT ('refused to withdraw'); police from the previous sentence are clearly the party acted upon; the aides' statement date of 2001-05-01 accepted."),
 48: (["modality"], "Saudi Arabia, UAE, Bahrain and Egypt cutting links with Qatar on 2017-06-05: SANCTION, parties and date right; modality should be asserted, since Doha denies the terrorism charges, not the cutting of ties, which is a fact."),
 49: (["source", "target"], "Maskhadov's spokesman condemning attacks on civilians is ACCUSE (condemn), statement reported as news so the document date is right; source should carry the Chechen rebels' country RUS; target should be empty (the unnamed attackers), not civilians, who are the victims and not the ones condemned."),
 50: ([], "Moi promising in his inaugural speech on Monday 1998-01-05 to fight corruption and pursue constitutional reform: AGREE (intent to reform), KEN, asserted; all right."),
}
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        for w in wrong:
            assert w in F + ["SPURIOUS"], w
        if "SPURIOUS" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
counts = {f: 0 for f in F + ["all"]}
for l in open("events-c.jsonl"):
    d = json.loads(l)
    for f in counts:
        counts[f] += d["verdict"][f]
print(counts)
