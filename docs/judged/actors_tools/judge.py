import json
NO = "not_actor"
J = {
0: {},
1: {"name": "generic appositive 'parent company' not resolved to EADS (named in the same phrase)"},
2: {NO: "'new tanker' is an aircraft, not an actor"},
3: {"country": "Ford CEO; USA expected, null"},
4: {"country": "\"France's investigative agency BEA\": FRA expected, null", "sector": "state investigative agency: GOV expected, null"},
5: {"country": "Singapore Airlines: SGP expected, null", "sector": "airline: BUS expected, null"},
6: {"country": "the government bailing out Deutsche Bank of Germany: DEU expected, null"},
7: {"sector": "Airbus spokesman: BUS expected, null"},
8: {"country": "US news site: USA expected, null", "sector": "news outlet: JRN expected, null"},
9: {NO: "'Mac' is a product (Mac OS X), not an actor"},
10: {"country": "English High Court judge: GBR expected, null", "sector": "judge (Mr Justice): JUD expected, null"},
11: {NO: "'North America' in a job title ('EADS CEO of North America'), a region, coded as the USA"},
12: {},
13: {NO: "'Nikkei 225 stock index', a stock index, coded as the newspaper (JPN JRN)"},
14: {NO: "\"London's FTSE index\": place modifying an index, coded as United Kingdom government"},
15: {"country": "\"The American computer company Apple\": USA expected, null", "sector": "company: BUS expected, null", "mentions": "'it implies the respective growth' is a clausal 'it', not Apple"},
16: {NO: "'Acquisition' is part of the title 'Assistant Secretary of the Air Force for Acquisition'"},
17: {"mentions": "'the American aerospace industry' merged into Patty Murray"},
18: {"sector": "company: BUS expected, null"},
19: {NO: "'US recession', 'in the United States', 'U.S. markets': location/economy, no act by the state"},
20: {},
21: {"mentions": "'the company' in the EADS statement (= EADS) and the expletive 'it emerged' merged into Boeing"},
22: {"country": "GM: USA expected, null", "sector": "coded MIL (role 'General' from 'General Motors'); BUS expected"},
23: {NO: "'Air Force Communications' is a fragment of Bill Bodie's title"},
24: {NO: "'Active Directory' is software"},
25: {},
26: {"country": "US TV presenter: USA expected, null", "sector": "CNBC presenter: JRN expected, null"},
27: {NO: "'This new settlement' is an agreement, coded as a person (CVL)"},
28: {"kind": "the Beatles are a group, not a person", "country": "British band: GBR expected, null"},
29: {"country": "USA expected, null", "sector": "BUS expected, null", "mentions": "'get them on the iTunes Music Store' (= the Beatles) merged into Apple Computer"},
30: {"country": "USA expected, null", "sector": "BUS expected, null"},
31: {"country": "economist at a US firm quoted by NYT: USA expected, null", "sector": "chief economist at Merk Investments: BUS expected, GOV given"},
32: {"name": "'Apple Computer\\n' with a trailing newline, a duplicate of the doc's Apple Computer actor", "country": "USA expected, null", "sector": "BUS expected, null", "mentions": "span takes the newline after the title"},
33: {},
34: {"mentions": "'them', 'it' (the rescue package) and two 'their' (depositors) merged into White House"},
35: {NO: "'Toulouse, France' (place) and 'French jobs' (adjective)"},
36: {"country": "USA expected, null", "sector": "BUS expected, null"},
37: {"sector": "company: BUS expected, null"},
38: {NO: "'US stock markets', 'US automobile manufacturer': modifiers, not the state"},
39: {NO: "'Quartz' is a software layer"},
40: {"mentions": "\"But it's also important to...\" (expletive it) merged into Maldives"},
41: {NO: "'east of Ukraine': a place"},
42: {NO: "'the frontier with Nigeria': a place"},
43: {NO: "'held hostage' is a predicate; the actor is '13 British residents' (GBR CVL)"},
44: {},
45: {"name": "named 'Kyrgyzstan government' from 'in Bishkek' (the reporter's location); the government meant is Tajikistan's", "country": "Tajik government: TJK expected, KGZ given", "mentions": "'Bishkek' is a place, not a mention of the government"},
46: {},
47: {},
48: {},
49: {},
50: {},
51: {},
52: {"country": "Stoltenberg's coalition government: NOR expected, null"},
53: {"name": "the militia's own \"army\" (al-Hashd al-Shaabi) named 'Iraq army'"},
54: {"mentions": "'The group' x2 and 'it' (= Right Sector) merged into Reuters"},
55: {},
56: {NO: "'Peshawar, Pakistan': place"},
57: {NO: "a website (platform); the speaker is the separatist representatives"},
58: {},
59: {NO: "'president' is a predicate of Gurnett ('took over as president of the RCU'), and not GOV"},
60: {"kind": "'if Gruntas can bring stability to the country' reads as a person (new leader), coded organization", "country": "Lithuania context: LTU expected, null", "mentions": "expletive 'It is not known' merged in"},
61: {},
62: {"country": "Romania's Prime Minister: ROU expected, null"},
63: {"country": "PHL expected, null", "sector": "party: PTY expected, null"},
64: {"country": "protesters in Aden: YEM expected, null"},
65: {NO: "'Bab Tadmor' is a neighbourhood"},
66: {"country": "president of Cote d'Ivoire (named in the same phrase): CIV expected, null"},
67: {"name": "\"Romania's Minister\" truncated; should be Titus Corlatean, Minister of Foreign Affairs (named in the same sentence)"},
68: {"mentions": "\"it will not be done through just trade\" (= cooperation) merged into Kyrgyzstan"},
69: {"country": "Washington team: USA expected, null"},
70: {"mentions": "'the group known as the High Peace Council' x2 (HPC, not the Taliban) merged in"},
71: {NO: "'forces in Japan': place"},
72: {"kind": "plural 'armed groups': group expected, organization given"},
73: {NO: "'a soldier' is a predicate of 'the bomber'; also MIL for a rebel movement's fighter"},
74: {},
75: {"country": "demonstrators in Kiev: UKR expected, null"},
76: {NO: "'Venice' (a place; its only mention is 'their' of rebel groups), coded kind=country"},
77: {"country": "Romania's centre ('its National Centre'): ROU expected, null", "sector": "state health agency: GOV expected, null"},
78: {"sector": "emir of the Islamic State group: REB/insurgent expected, GOV given"},
79: {NO: "'Council in Luxembourg': a place"},
}
FIELDS = ["name", "country", "sector", "kind", "mentions"]
s = json.load(open('/tmp/ja/sample.json'))
rows = []
for i, o in enumerate(s):
    j = J[i]
    v = {"is_actor": "wrong" if NO in j else "right"}
    for f in FIELDS:
        v[f] = "n/a" if NO in j else ("wrong" if f in j else "right")
    v["all"] = "right" if not j else "wrong"
    reasons = {("is_actor" if k == NO else k): r for k, r in j.items()}
    rows.append({"n": i, "corpus": "meantime" if o['doc'].startswith('mt-') else "stories", "doc": o['doc'],
                 "document_date": o['document_date'], "sentence": o['sentence'], "predicted": o['predicted'],
                 "mention_texts": o['mention_texts'], "verdict": v, "reasons": reasons})
with open('docs/judged/actors.jsonl', 'w') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
def tally(sub, label):
    n = len(sub); act = [r for r in sub if r['verdict']['is_actor'] == 'right']
    out = [f"| {label} | is actor | {len(act)}/{n} | {100*len(act)/n:.0f}% |"]
    for f in FIELDS:
        k = sum(r['verdict'][f] == 'right' for r in act)
        out.append(f"| {label} | {f} (of real actors) | {k}/{len(act)} | {100*k/len(act):.0f}% |")
    k = sum(r['verdict']['all'] == 'right' for r in sub)
    out.append(f"| {label} | all fields right (of all {n}) | {k}/{n} | {100*k/n:.0f}% |")
    return out
for lab, sub in (("all", rows), ("MEANTIME", [r for r in rows if r['corpus']=='meantime']), ("stories", [r for r in rows if r['corpus']=='stories'])):
    print("\n".join(tally(sub, lab)))
