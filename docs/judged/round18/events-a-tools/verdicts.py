"""Judge a's verdicts for the 60 sampled events (round 18); writes events-a.jsonl and prints the table.
Fields: event, type, source, target, date, modality (1/0) and reason. A non-event is wrong in every field."""
import json
Y, N = 1, 0
V = {
 1: (Y,Y,Y,Y,Y,Y, ""),
 2: (Y,Y,N,Y,N,Y, "source: the speaker Hogan-Howe, not the assailant ('a man', Aylmer-Etienne); date: the previous sentence dates the fight Friday (0330 GMT on Friday), not the document date"),
 3: (Y,Y,Y,N,Y,Y, "target: 'homeless people' named in the clause, left empty (the sentence's main act, the suspension, is a different event)"),
 4: (Y,Y,Y,Y,Y,Y, "target accepted: 'It' = the accord; the Nicaraguan government is a party to it (previous sentences)"),
 5: (Y,Y,Y,Y,N,Y, "date: 'not the first time ... has prosecuted' refers to earlier, undated prosecutions; given the document date"),
 6: (Y,Y,N,N,Y,N, "source: 'the republic' is the rebel Southern Republic faction, not Ukraine; target: Southern Italy is a location, no party fought named; modality: 'willing to continue fighting ... if' is hypothetical"),
 7: (Y,Y,Y,N,Y,Y, "target: 'some of the six policemen' rescued, left empty (rescue taken as emergency AID, borderline)"),
 8: (Y,Y,Y,Y,Y,Y, ""),
 9: (Y,N,Y,Y,Y,Y, "type: defending his call for O'Neill to resign is the demand (REQUEST), not SUPPORT of O'Neill"),
 10: (Y,Y,N,Y,Y,Y, "source: Congo later bought the equipment; the sender to Angola is unnamed"),
 11: (Y,Y,Y,N,Y,Y, "target: 'the two' (Chen's companions) still detained, left empty"),
 12: (Y,Y,Y,Y,Y,Y, ""),
 13: (Y,Y,Y,Y,Y,Y, ""),
 14: (Y,Y,Y,Y,Y,N, "modality: 'No, I won't' step down is a RETREAT negated (or REJECT asserted), not hypothetical"),
 15: (Y,Y,Y,Y,Y,Y, ""),
 16: (Y,Y,N,N,Y,Y, "source: 'tens of thousands of supporters and participants' left empty; target: protest against the Russian annexation -> Russia, Crimea is the place"),
 17: (Y,Y,Y,N,Y,Y, "target: 'the government' (of Bulgaria) named in the quote, left empty"),
 18: (N,N,N,N,N,N, "not an event: a domestic policy proposal (background check programme) with no other actor is not AGREE"),
 19: (Y,Y,Y,Y,Y,Y, ""),
 20: (Y,Y,Y,N,N,Y, "target: the 'people' killed left empty; date: cumulative toll over 2015-2016, no date (not 2015)"),
 21: (Y,Y,Y,Y,Y,Y, ""),
 22: (Y,Y,N,N,Y,Y, "source: 'They' = the attackers (rebels) who fired rockets, not the South Korean soldiers; target: the South Korean forces fired upon, left empty"),
 23: (Y,Y,Y,Y,Y,Y, ""),
 24: (Y,Y,Y,N,Y,Y, "target: the monitors are U.N./European monitors, coded KHM"),
 25: (Y,Y,Y,Y,Y,Y, ""),
 26: (Y,Y,Y,Y,Y,Y, ""),
 27: (N,N,N,N,N,N, "not an event: campaign donations by Guam residents in 2003-2004 are not AID between political actors (and the date would be 2003-2004, not the document date)"),
 28: (Y,Y,Y,N,Y,Y, "target: 'authorities' named in the sentence, left empty"),
 29: (Y,Y,Y,Y,N,Y, "date: a total killed since the violence began July 28 has no date; given the document date"),
 30: (Y,Y,Y,N,Y,Y, "target: the Azeri government is the speaker; the counterpart president is the other party"),
 31: (Y,N,Y,Y,Y,Y, "type: defending the call for O'Neill to resign is not SUPPORT of O'Neill (REQUEST)"),
 32: (Y,N,N,N,N,N, "the act is Austria and Slovenia's reluctance to accept refugees (REJECT, source AUT/SVN), not a Greek AGREE; date: 'In February and March', not the document date; modality: not an asserted acceptance"),
 33: (Y,Y,Y,Y,Y,Y, ""),
 34: (N,N,N,N,N,N, "not an event: first aid given to wounded protesters by unnamed people; the act in the sentence is the shooting"),
 35: (Y,Y,Y,Y,Y,Y, "date '199' read as the 1990s decade, accepted"),
 36: (Y,Y,Y,Y,Y,Y, ""),
 37: (Y,Y,Y,N,N,Y, "target: Rwanda and Uganda backed Kabila's opponents, not Kabila; date: background act from when the conflict began last year, given the document date"),
 38: (Y,Y,Y,Y,Y,Y, ""),
 39: (Y,N,Y,Y,N,Y, "type: the sentence's act is the end of the occupation / the release (RETREAT), not COERCE seize; date: 1954 is the end, not the occupation"),
 40: (Y,Y,N,Y,N,N, "source: 'a group of armed individuals' named, left empty; date: a past instance cited in a report, undated, given the document date; modality: act inside the report's condemnation -> reported"),
 41: (Y,N,Y,Y,Y,Y, "type: ordering the immediate withdrawal of one's own forces is RETREAT (withdraw), not REQUEST"),
 42: (Y,Y,N,Y,Y,Y, "source: 'a French military court' named, left empty"),
 43: (Y,Y,Y,N,Y,N, "target: 'a U.S. government agent' left empty; modality: the killing is inside Manalo's accusation -> reported"),
 44: (Y,Y,Y,Y,Y,Y, ""),
 45: (Y,Y,Y,N,Y,Y, "target: his father (Ray), not Sergeant Dale Shoop"),
 46: (Y,Y,Y,N,Y,Y, "target: 'other member countries of the group' left empty"),
 47: (Y,Y,Y,Y,Y,Y, ""),
 48: (Y,Y,N,N,Y,Y, "source: 'the military unit of the Solomon Islands' left empty; target: Solomon Islands is the deployer, the deployment is in PNG (Port Moresby)"),
 49: (N,N,N,N,N,N, "not an event: 'supporting a system that abuses children' inside the PM's accusation is no act between actors (source 'Grenadines'[MDG] wrong too)"),
 50: (Y,Y,N,Y,Y,Y, "source: the party is the prime minister, coded 'Kashmir'"),
 51: (Y,Y,Y,Y,Y,Y, ""),
 52: (Y,N,Y,Y,Y,Y, "type: defending one's own policies is not SUPPORT of an actor; the act toward others is seeking support for sanctions (REQUEST)"),
 53: (Y,Y,Y,N,Y,Y, "target: 'targets in the city of Bogota'; Colombia is the place, no party named"),
 54: (Y,Y,Y,Y,Y,Y, ""),
 55: (Y,Y,Y,Y,Y,Y, ""),
 56: (N,N,N,N,N,N, "duplicate: the forced surrender is part of the detention already coded from this sentence (e3); police are not the party surrendering"),
 57: (Y,Y,Y,Y,Y,Y, ""),
 58: (Y,Y,Y,Y,Y,Y, ""),
 59: (Y,Y,Y,N,Y,Y, "target: Azerbaijan's state oil and gas company coded without country (name mangled 'run oil and gas company')"),
 60: (Y,Y,Y,Y,N,Y, "date: 'on Friday' = 2023-06-09, not the document date"),
}
keys = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
out = open("events-a.jsonl", "w")
tot = {k: 0 for k in keys + ["all"]}; real = {k: 0 for k in keys + ["all"]}; nreal = 0
for it in items:
    v = V[it["n"]]
    d = {k: bool(v[i]) for i, k in enumerate(keys)}
    if not d["event"]:
        d = {k: False for k in keys}
    d["all"] = all(d[k] for k in keys)
    it["verdict"] = d; it["reasons"] = v[6]
    out.write(json.dumps(it) + "\n")
    for k in d: tot[k] += d[k]
    if d["event"]:
        nreal += 1
        for k in d: real[k] += d[k]
print(f"| field | all {len(items)} | real events ({nreal}) |\n|---|---|---|")
for k in keys + ["all"]:
    print(f"| {k} | {tot[k]}/{len(items)} = {100*tot[k]/len(items):.0f}% | {real[k]}/{nreal} = {100*real[k]/nreal:.0f}% |")
