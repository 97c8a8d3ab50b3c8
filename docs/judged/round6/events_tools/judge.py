import json
N = "no_event"
J = {
0: {"target": "Magna is not a target; the disappointment is at GM's cancellation"},
1: {"target": "empty; the aid package is for Ford (Ford Australia)"},
2: {"date": "2004-W47 from narrative; the Pentagon killed the deal before October 2004, date unknown (null)"},
3: {"source": "source is Apple Corps (GBR), not Apple Computer", "target": "empty; target is Apple Computer (USA)"},
4: {"type": "signing an interim agreement is AGREE, not SUPPORT"},
5: {},
6: {N: "'hit an all time low' is a stock index, not an assault"},
7: {N: "a quoted statement of need ('we do not need to buy'); a statement, not an event; source is the news site"},
8: {"type": "signing a purchase deal is AGREE (business), not SUPPORT", "source": "Air India (airline), resolved to the country India"},
9: {"type": "the coded event is the Republican leaders' demand (REQUEST) on the UAW; dateline codes the complement 'agree'", "source": "UAW is the one asked, not the actor", "target": "self-target union->union; target should be UAW with source Republican leaders"},
10: {"target": "'United States' is not the target of a House vote on measures"},
11: {},
12: {"source": "both Apple and Apple Corps will ask the court; only Apple Corps"},
13: {N: "'press release' read as RETREAT/release"},
14: {"target": "empty; they pleaded before Congress"},
15: {N: "GM plan to close dealerships: business decision, no PLOVER interaction"},
16: {"target": "Apple Computer coded GBR; it is a US company"},
17: {"target": "Airbus coded USA; Airbus is European (FRA/EUR)", "date": "criticism happened earlier in the emails, not on the document date (null)"},
18: {},
19: {N: "'helps the environment' read as AID from India"},
20: {N: "an aircraft's range ('can fly from London') read as CONSULT/visit"},
21: {},
22: {},
23: {N: "planes 'flown into Indonesia' read as MOBILIZE/troops"},
24: {},
25: {"source": "empty; Apple Corps filed the suit", "target": "'United States' from 'California'; target is Apple Computer", "date": "suit filed before Sept 2004, not on the document date"},
26: {N: "'would give the right return for taxpayers' read as CONCEDE"},
27: {N: "'hit the crescendo' read as ASSAULT (and a trader coded GOV)"},
28: {"source": "William Clay Ford Jr. instead of Ford the company", "date": "a future negotiation dated to the document date", "modality": "'until Ford negotiates' is future, not asserted"},
29: {N: "asking a rhetorical question is not a REQUEST"},
30: {},
31: {"source": "Cisco with no country (USA)", "target": "Apple Inc. with no country (USA)"},
32: {"source": "empty; the EU imposed the ban (previous context)"},
33: {"target": "'United States' is not the target of rejecting a proposal (Air Force/Boeing deal)"},
34: {N: "offering layoff packages to own workforce: labour/business, no PLOVER event"},
35: {"target": "empty; assistance requested from Airbus and Air France"},
36: {"type": "Boeing's bid protest is a legal complaint (ACCUSE), not a street demonstration", "date": "2008-02-29 is not the protest date (Boeing protested in March 2008)"},
37: {},
38: {"target": "Ford Australia resolved to the country Australia", "modality": "'would be providing' announced today is future, not hypothetical"},
39: {"target": "Boeing is not the target of the order; only the Air Force", "date": "the order was given earlier; not the document date"},
40: {"target": "Associated Press (the reporter) as target; target is the staff/offices raided"},
41: {"source": "the newspaper O Estado de Sao Paulo as source; the police arrested", "date": "the citation gives 05.03.2011; document date used"},
42: {"type": "'wants to put pressure' is an intention (THREATEN/none), not ASSAULT", "modality": "an intention, should be future/hypothetical"},
43: {"target": "Choe Hae Bok coded USA; a Korean victim (PRK/KOR)"},
44: {"source": "empty; the Netherlands granted asylum", "target": "Netherlands as target; the activists are the target"},
45: {},
46: {"type": "a law-enforcement raid/search is COERCE, not ASSAULT", "target": "empty; the Free State Project offices were raided"},
47: {N: "helping organize a union: no PLOVER event; AID is material aid"},
48: {"target": "empty; the affected region is Sri Lanka (context)"},
49: {},
50: {"target": "'United States governments'; the target is governments in Central America and the Caribbean"},
51: {"source": "the party leader who warned is not the one threatening the ban"},
52: {"source": "military coded RWA; the sentence is about South Africa/Botswana/Zambia/DRC", "date": "'Saturday' is given (2023-06-10); document date used"},
53: {"source": "'officials' coded GUY; the officials refusing Guyana's offer are the other side", "target": "empty; the offer came from Guyana"},
54: {},
55: {"type": "inviting someone to lead a party is REQUEST (or CONSULT), not AGREE", "date": "'last week' belongs to Kikwete's retirement, not the invitation"},
56: {},
57: {},
58: {},
59: {},
60: {},
61: {"type": "signing a ceasefire agreement is AGREE, not SUPPORT", "source": "'Croatia' (country) for Croatia's main parties"},
62: {},
63: {"target": "'Kenya' the country as target; the victims are people"},
64: {"type": "signing a joint declaration is AGREE", "target": "NATO is the topic; the target is the other leader"},
65: {},
66: {"date": "the expulsion happened before the restoration; not the document date"},
67: {"date": "the resignation was last week, not Saturday 2023-06-10"},
68: {},
69: {"date": "the summit 'begins on May 12'; date null"},
70: {},
71: {"target": "al Qaeda leader Jauhar coded USA/CVL"},
72: {N: "an accidental fire started by students read as ASSAULT/firearms"},
73: {},
74: {},
75: {},
76: {"source": "'Dominican Republic army'; the threat is by the armed men of El Salvaje"},
77: {},
78: {},
79: {"target": "ethnic Armenian citizens of Azerbaijan coded ARM"},
}
FIELDS = ["type", "source", "target", "date", "modality"]
rows = [json.loads(l) for l in open('/tmp/j7ev/sample.jsonl')]
assert len(rows) == 80 == len(J)
out = open('/work/wt/j7-events/docs/judged/round6/events.jsonl', 'w')
tally = {c: {f: [0, 0] for f in ["event"] + FIELDS + ["all"]} for c in ("meantime", "stories", "total")}
for i, r in enumerate(rows):
    j = J[i]
    v = {}
    if N in j:
        v = {"event": False, **{f: None for f in FIELDS}, "all": False}
        reasons = {"event": j[N]}
    else:
        v = {"event": True, **{f: f not in j for f in FIELDS}}
        v["all"] = all(v[f] for f in FIELDS)
        reasons = dict(j)
    for c in (r["corpus"], "total"):
        for f, ok in v.items():
            if f == "type" and ok is None:
                ok = False
            if ok is None:
                continue
            tally[c][f][1] += 1
            tally[c][f][0] += int(ok)
    out.write(json.dumps({"n": i, "corpus": r["corpus"], "doc": r["doc"], "sentence": r["sentence"], "trigger": r["trigger"],
                          "predicted": r["event"], "verdict": v, "reasons": reasons}, ensure_ascii=False) + "\n")
out.close()
print("| field | MEANTIME | stories | total |\n|---|---|---|---|")
for f in ["event"] + FIELDS + ["all"]:
    cells = []
    for c in ("meantime", "stories", "total"):
        a, b = tally[c][f]
        cells.append(f"{a}/{b} ({100*a/b:.0f}%)")
    print(f"| {f} | " + " | ".join(cells) + " |")
