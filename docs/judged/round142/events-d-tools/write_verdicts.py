"""Judge d, round 142: write events-d.jsonl and paragraphs-d-verdicts.jsonl from the verdicts below,
check them, and print the per-field counts.

usage (from docs/judged/round142): python3 events-d-tools/write_verdicts.py
Field order in V: event, type, source, target, date, modality (1 = right, 0 = wrong); S = spurious.
"""
import json

S = None  # spurious: false in every field
V = {
    1: ((1, 1, 0, 1, 1, 1), "Source should be the U.N. war crimes tribunal in The Hague (no country code), the party that indicted; 'Serbs' are among the indicted. Target (the ~50 indicted people, 'most of them Serbs') accepted; an undated running total ('so far') rightly has no date."),
    2: ((1, 1, 1, 1, 1, 1), "Right: Kuwaiti lawmakers (KWT) call on Baghdad (Iraqi government, IRQ) to respect its commitments; undated statement reported as this news takes the document date."),
    3: ((1, 1, 1, 1, 0, 1), "Date should be 2013-12-07, the document date (Biden's call, made in Seoul as the release was announced on Saturday); 2013-10-26 is the date Newman was taken off the plane."),
    4: ((1, 0, 1, 1, 1, 0), "'Said he would support talks under U.N. auspices' is a statement of willingness to negotiate: AGREE (CAMEO 036, PLOVER 'expressing willingness to meet'), asserted, not a future SUPPORT. Source Ivanov (MKD), target the U.N. (named mediator) and no date ('during the campaign') accepted."),
    5: ((1, 1, 1, 1, 1, 1), "Right: gunmen (no code) killed two Spanish tourists (ESP) in August 1994, a background act with its own date."),
    6: ((1, 1, 1, 1, 0, 1), "Date should be 2002-04-22, the Monday of Castro's televised news conference at which he made the accusation (the document date is the Tuesday). Target Fox for 'Fox's government' (MEX) accepted."),
    7: ((1, 1, 1, 1, 1, 1), "Right: Hezbollah (LBN) welcomed the mediation effort; the sentence names no target, so empty is right; document date. (reported_by should be the Hezbollah official, not the 'senior Lebanese politician'; not scored.)"),
    8: ((1, 0, 1, 1, 1, 1), "'Presses its invasion of Ukraine' is Russia continuing its military invasion: type should be ASSAULT (Russia RUS -> Ukraine UKR, ongoing, document date), not REQUEST."),
    9: ((1, 1, 1, 0, 0, 0), "Target should be Kirillov (Russian officer, RUS), not 'Russia' (the place); date should be 2024-12-17 (killed on Tuesday morning); modality asserted ('is the most senior officer to be killed' reports a killing that happened), not future."),
    10: ((1, 1, 1, 1, 1, 1), "Right: the EU suspended most aid to Togo in 1993 (SANCTION, withdraw aid), dated 1993 by the text."),
    11: (S, "Spurious: 'Bolivia has long blamed the loss of coastline for its poverty' attributes a cause, it accuses no party; no ACCUSE event (and no target)."),
    12: ((1, 1, 1, 0, 1, 1), "Target code wrong: bin Laden is the 'exiled Saudi' dissident, code SAU (REB), not USA."),
    13: ((1, 1, 1, 0, 0, 1), "Target should be North Korea (PRK), named in the sentence as Pyongyang and the party whose release Biden welcomed; date should be 2013-12-07 (document date), not 2013-10-26."),
    14: ((1, 1, 1, 1, 1, 1), "Right: Gomez (COL) had urged Samper ('him', COL) to step down 'in recent weeks'; no specific date, so unknown is right."),
    15: ((1, 1, 1, 1, 1, 1), "Right: MONUSCO (U.N. mission) called for a credible investigation; addressee not named, empty target right; document date."),
    16: ((1, 1, 1, 1, 1, 1), "Accepted: 'Washington did not support efforts to rehabilitate the Syrian leader' as a negated SUPPORT USA -> Assad (SYR), by the CONVENTIONS' 'refused to withdraw' rule that a negated act is a valid reading (an ACCUSE asserted would also be right); document date."),
    17: ((1, 1, 1, 0, 0, 1), "Target should be the International Court of Justice (U.N. court, no country or UNO), not a Cameroonian court (CMR); date should be about February 1996 (the request followed the early-February fighting), not unknown."),
    18: ((1, 1, 1, 0, 0, 1), "Target should be the Sri Lankan government (LKA), referred to in the same sentence as 'the government' whose decision Bildt criticised; date should be the document date 2009-04-30 (reaction reported as this news), not unknown."),
    19: ((1, 1, 1, 1, 1, 1), "Right: Jordan (JOR) investigating the allegations (ACCUSE investigate); the sentence names no suspect, so empty target is right; ongoing, document date."),
    20: ((1, 1, 1, 1, 1, 1), "Right: Frckoski (MKD) conceded defeat (CONCEDE); the winner is not named in the sentence, so empty target is right; document date."),
    21: ((1, 1, 1, 0, 1, 1), "Target should be the Bosnian Serb forces/positions (Bosnian Serbs, BIH), not the state of Bosnia and Herzegovina; ongoing bombing dated to the report day (Sept 13 dateline) accepted."),
    22: ((1, 1, 1, 1, 1, 1), "Right: Renamo supporters (MOZ) demonstrated earlier this month (2000-11); the sentence names no aim, so the state (MOZ) is a right target."),
    23: ((1, 1, 1, 0, 1, 1), "Target should be empty (the sentence names no target) or the U.S. base at Al Udeid (USA); Trump is the speaker reporting the attack, not its target."),
    24: ((1, 1, 1, 1, 1, 1), "Right: Washington (USA) had urged its Arab allies (no single code) to keep their presence low; earlier undated act, unknown date right."),
    25: ((1, 1, 1, 1, 1, 1), "Right: mutual expulsion, Thailand and Cambodia as sources with each other's diplomats as target; Thursday = 2009-11-12."),
    26: ((1, 1, 1, 0, 1, 1), "Target should be the nine PAD leaders (THA), named in the sentence (Sondhi Limthongkul, Chamlong Srimuang), not empty."),
    27: ((1, 1, 1, 0, 1, 0), "Target should be Iraq (IRQ), named in the sentence as where the troops go; modality should be future: parliament only authorised the deployment, no troops were sent (an AGREE asserted toward the U.S. request would also be right)."),
    28: ((1, 1, 1, 1, 1, 1), "Right: the deputy foreign minister (GTM) resigned, dated to the report day (Aug 27 dateline); no target."),
    29: ((1, 1, 1, 1, 1, 1), "Right: Fini (ITA) called on Ankara (Turkish government, TUR) to find those responsible; undated reaction, document date."),
    30: ((1, 1, 1, 1, 1, 1), "Right: the United States condemned the attack; the attackers are not named in the sentence, so empty target is right; document date."),
    31: ((1, 1, 1, 1, 1, 1), "Right: the Libyan Government of National Accord (LBY) ordered an inquiry (ACCUSE investigate); no target named; document date."),
    32: ((1, 1, 1, 1, 1, 1), "Right: Hezbollah fighters (LBN) seized west Beirut in May 2008 (armed seizure of ground = ASSAULT); the Lebanese government/state as target accepted."),
    33: ((1, 1, 1, 1, 0, 1), "Date should be 2008-03-29, the Saturday on which the summit opened and Moussa spoke (the story reports Saturday's opening session; the document date is the Sunday)."),
    34: ((1, 1, 1, 1, 1, 1), "Right: Nepal's Muslim leaders (NPL) condemned the killings; the killers are not named in the sentence, so empty target is right; document date."),
    35: ((1, 1, 1, 0, 1, 1), "Target should be the Haitian government (HTI), 'the government' urged to focus on the elections, not the French government."),
    36: ((1, 1, 1, 1, 1, 1), "Right: NATO withdrew its personnel from Afghan ministries (AFG) on Saturday 2012-02-25."),
    37: ((1, 1, 1, 1, 1, 1), "Right: the ICJ ordered Nigeria (NGA) and Cameroon (CMR) to refrain from military action, Friday 1996-03-15."),
    38: ((1, 1, 1, 1, 0, 1), "Date should be the document date 2015-09-25: 'already grants' is an arrangement still going on when the story is told. RETREAT (material concession/access) accepted; COOPERATE would also do."),
    39: ((1, 1, 1, 1, 0, 1), "Date should be 2015 (Perez Molina was forced to resign before Morales's 2015 election), not 2017-08-27."),
    40: ((1, 1, 1, 1, 0, 1), "Date should be none/unknown: the diplomats' speculation that Washington would welcome Arias's support gives no time; May 8 is his inauguration, from another sentence."),
    41: ((1, 0, 1, 1, 0, 1), "Type should be AID: the support that puts Syria on the list of state sponsors of terrorism is material, and PLOVER SUPPORT is verbal only; date should be the document date 2001-10-09 (ongoing support), not 1979 (the year the list was created, before Hezbollah existed)."),
    42: ((1, 1, 1, 1, 1, 1), "Right: Egypt freed Azzam Azzam, the Israeli Druze (ISR), earlier this month (2004-12)."),
    43: (S, "Spurious: 'UNITA receives four ministries' states the terms of the power-sharing deal; no visit or meeting (CONSULT) is reported."),
    44: (S, "Spurious: 'called it an individual case' characterises the incident and criticises no one; China's regret is no ACCUSE."),
    45: ((1, 1, 1, 1, 0, 1), "Date should be 2017-11-21: the recall is part of Tuesday's diplomatic row reported as this news (document date), not unknown."),
    46: ((1, 1, 1, 1, 1, 1), "Accepted: standing accusation against the paramilitary militias (COL), no accuser named; ongoing, dated to the report day."),
    47: ((1, 1, 1, 0, 0, 1), "Target code wrong: the dead soldiers are of both armies ('neither side has given a full toll'), so no single code (empty), not NGA; date should be 1996-02 (the early-February fighting), not unknown."),
    48: ((1, 1, 1, 0, 1, 1), "Mutual clash of the Nigerian and Cameroonian armies: the joint source 'the two armies' is accepted, but the target should be the other army (e.g. Cameroon's army, CMR), not empty; 1981 right for the first clash."),
    49: ((1, 1, 1, 0, 1, 1), "Target code wrong: 'the Gulf state' is the United Arab Emirates (ARE), not SDN."),
    50: ((1, 1, 0, 1, 0, 1), "Source should be Attila Mesterhazy (HUN, Socialist party), who made the call, not 'the presidency'; date should be the document date 2012-04-03 (statement reported as this news), not unknown."),
}

P = {
    "h48-x185-21": {
        "coder_events": [
            "AGREE: representatives of 40+ countries and international organisations (no code) -> Ukraine (UKR), pledged to keep up pressure on Russia over Crimea, 2021-08-23",
            "CONSULT: representatives of 40+ countries (no code) -> Ukraine (UKR), first summit of the Crimea Platform hosted by Ukraine in Kyiv, 2021-08-23",
            "ASSAULT: Russia (RUS) -> Ukraine (UKR), annexation (seizure) of Crimea, background (2014-03 per the story; no date in the paragraph)",
        ],
        "found": 1, "dateline_events": 2, "spurious": 0,
        "notes": "dateline's AGREE 'pledged' found. Its 'annexation' event is coded COERCE seize, but the conventions code armed seizure of territory as ASSAULT, so it is a real act with the wrong type (not spurious, not found); it is also given the summit date. The summit meeting (CONSULT) is missed.",
    },
    "h48-x187-03": {
        "coder_events": [
            "COOPERATE: Angolan government (AGO) -> UNITA (AGO, rebels), swore in a unity government giving UNITA ministerial posts, 1997-04-11",
        ],
        "found": 0, "dateline_events": 0, "spurious": 0,
        "notes": "dateline codes nothing in the lead. The power-sharing act could also be typed RETREAT (material concession); either way it is missed.",
    },
    "h48-x187-09": {
        "coder_events": [
            "SUPPORT: Sri Lankan government (LKA) <-> Tamil Tigers (LKA, rebels), signed the tsunami aid-sharing agreement, 2005-06-24",
        ],
        "found": 1, "dateline_events": 1, "spurious": 0,
        "notes": "Signing found with mutual source/target, right date. The coalition partner's exit is only alluded to ('cost her her main coalition partner', partner unnamed), not coded here.",
    },
    "h48-x185-09": {
        "coder_events": [
            "SUPPORT: European Union (no code) <-> Russia (RUS), signed a package of cooperation agreements, 2005-05-10",
            "CONSULT: European Union (no code) -> Russia (RUS), EU-Russia summit in Moscow, 2005-05-10",
        ],
        "found": 1, "dateline_events": 1, "spurious": 0,
        "notes": "Signing found (EU named oddly as 'rotating EU presidency'); the summit meeting itself is not coded.",
    },
    "h48-x186-06": {
        "coder_events": [
            "SUPPORT: U.N. General Assembly (no code) -> Syria (SYR), elected Syria to a Security Council seat (160 votes), 2001-10-08",
            "ACCUSE: United States (USA) -> Syria (SYR), lists Syria as a state sponsor of terrorism, ongoing, 2001-10-09",
        ],
        "found": 0, "dateline_events": 0, "spurious": 0,
        "notes": "No dateline events in the lead. 'Washington chose not to campaign against it' is a non-act and 'courts Arab support' too vague to code.",
    },
    "h48-x188-06": {
        "coder_events": [
            "REJECT: Papuan congress delegates (IDN) -> Indonesia (IDN), declared Irian Jaya sovereign since 1961 and rejected its incorporation into Indonesia, 2000-06-04",
            "ACCUSE: Indonesian government, Jakarta (IDN) -> Papuan congress (IDN), swift rebuke of the declaration, 2000-06-04",
        ],
        "found": 0, "dateline_events": 0, "spurious": 0,
        "notes": "No dateline events in the lead; both acts are missed.",
    },
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    v, reason = V[it["n"]]
    flags = [False] * 6 if v is None else [bool(x) for x in v]
    if not flags[0]:
        flags = [False] * 6
    verdict = dict(zip(FIELDS, flags))
    verdict["all"] = all(flags)
    rec = dict(it)
    rec["verdict"] = verdict
    rec["reasons"] = reason
    out.append(rec)
with open("events-d.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in paras:
        v = P[p["doc"]]
        assert v["dateline_events"] == len(p["events"]), p["doc"]
        f.write(json.dumps({"doc": p["doc"], **v}, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-d.jsonl")]
assert len(back) == 50
for it, r in zip(items, back):
    assert (it["n"], it["doc"], it["trigger"]) == (r["n"], r["doc"], r["trigger"])
    assert {k: r[k] for k in it} == it
    vv = r["verdict"]
    assert vv["all"] == all(vv[k] for k in FIELDS)
    if not vv["event"]:
        assert not any(vv.values())
assert sum(1 for _ in open("paragraphs-d-verdicts.jsonl")) == 6
counts = {k: sum(r["verdict"][k] for r in back) for k in FIELDS + ["all"]}
print("counts of 50:", counts)
pv = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
for k in FIELDS:
    print(k, "wrong:", [r["n"] for r in back if not r["verdict"][k]])
