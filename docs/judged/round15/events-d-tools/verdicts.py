"""Verdicts of judge d (round 15) on sample.jsonl; writes ../events-d.jsonl and prints the counts.
Per item: event,type,source,target,date,modality as y/n string, and the reasons for every 'n'."""
import json
V = {
1: ("ynyyyy", "type: the curfew is lifted - easing a curfew is RETREAT (CAMEO 0813), not COERCE/curfew (imposing)"),
2: ("yyynny", "target: the IS group is named in the sentence, target empty; date: background fighting 'starting in 2014' given the document date"),
3: ("yyyyyy", ""),
4: ("yyynyy", "target: Bosnia and Herzegovina comes from the word 'Bosnian' - not a party (CERD/UN is right)"),
5: ("yyynyy", "target: the 5,000 drug addicted individuals are named in the sentence, target empty"),
6: ("yyynny", "target: the detained is the plaintiff (Tuna), target empty; date: the text gives the detention as July 31, 2011, record has unknown"),
7: ("yyyyyy", "(CONCEDE negated for 'would not give in' accepted as the analog of REJECT; source name garbled 'Diamante Interfaith Council - one' but the party and COD are right)"),
8: ("yynyyy", "source: GERB is Bulgaria's main opposition party, country empty (and sector BUS)"),
9: ("nnnnnn", "not an event: duplicate - 'its withdrawal from the Pacific' is the U.S. troop withdrawal already coded from 'withdrew' (e3) in the same sentence"),
10: ("yyyyyy", ""),
11: ("yyyyyy", ""),
12: ("yyyyyy", ""),
13: ("yyyyyy", ""),
14: ("yyyyyy", "(right as a hypothetical arrest; the sentence's real act, the Senate passing the bill, is not this event)"),
15: ("yyyyyy", ""),
16: ("ynyyyy", "type: the 'meeting to protest against austerity' is the rally of the next sentence - PROTEST, not CONSULT"),
17: ("yyyyyy", ""),
18: ("yyynyy", "target: Yingluck was not convicted; only the two former generals are the target"),
19: ("yyyyyy", ""),
20: ("yyyyny", "date: 'deployed' is a background deployment before the Monday clash, given the document date"),
21: ("yyyyyy", ""),
22: ("yyyyny", "date: T03:00 is the end of the ceasefire window (0100-0300 GMT), not the time of the dismissal"),
23: ("yyyyny", "date: habitual background act ('has frequently deployed them to suppress protests') given the document date"),
24: ("ynnnyy", "type: an ambassador flying into the island is a visit (CONSULT), not MOBILIZE/troops; source: Nicaragua's U.N. ambassador coded UNO, should be NIC; target: the island (Isle of Man, the host) is referred to, target empty"),
25: ("yyyyyy", ""),
26: ("yyyyny", "date: the preceding sentence dates the dispersal/arrests to Saturday (2023-06-10); record has the document date"),
27: ("yyyyyy", ""),
28: ("yyyyyy", ""),
29: ("ynyyyy", "type: demands of protesters in street protests are PROTEST by the PLOVER note on REQUEST, not REQUEST"),
30: ("yyyyyy", ""),
31: ("nnnnnn", "not an event: students accidentally starting a bus fire by misplacing a lighter - no political act, no firearms"),
32: ("ynyyyy", "type: a promise of amnesty and pardon is CONCEDE (future easing of legal restrictions on persons), not material AID"),
33: ("yyyyny", "date: the Seleka agreed the day before the referendum, which was before the document date; record has 2023-06-15"),
34: ("yyynyy", "target: 'blockade of the island' - the island is Grenada, target empty"),
35: ("yyynyy", "target: the march is against Obama, named in the chant of the same sentence (dateline's sentence split cut the quote off); target empty"),
36: ("yyyyny", "date: the extended curfew begins Monday (2023-06-12); record has the document date"),
37: ("nnnnnn", "not an event: a finding that (Chinese) troops were not issued guns and were fed by their own security bureau - no act between political actors; target also coded KOR though the troops are Chinese"),
38: ("yyyyyy", ""),
39: ("yyynyy", "target: Mohammed Abdul-Salam is the speaker of the claim, not a party acted upon (target should be empty)"),
40: ("yyyyyy", ""),
41: ("yyyyyy", "(politicians omitted from the source; Police with empty country right - the text does not name Nigeria)"),
42: ("yynyyy", "source: 'its forces' are the U.S.-led coalition's forces, coded Afghanistan forces"),
43: ("ynnyyy", "type: refusing authorization for WHO medical assistance is REJECT (or RETREAT/access negated), not COOPERATE; source: the island nation's (Mauritius) government refused, coded Red Crescent Societies"),
44: ("yyyyyy", "(recipient of the logistics ambiguous in the text; empty target accepted)"),
45: ("yynyyy", "source: the Prime Minister rejected; 'Bulgaria' is the subject of 'considers', not the rejecter"),
46: ("yyynyy", "target: the Syrian government, the party the offensive is against, is named in the sentence; target empty"),
47: ("yyyyny", "date: the text says the attacks began on April 12; 2023-04-20 is the date of the police team in the previous sentence"),
48: ("yyynyy", "target: the government (the talks partner) is named in the sentence; target empty"),
49: ("yyyyny", "date: 'early Friday' is 2023-06-09 for a document dated Thursday 2023-06-15; record has the document date"),
50: ("nnnnnn", "not an event: 'failure to fully implement a peace agreement' is background, no act; coded AGREE asserted"),
51: ("ynyyyy", "type: security forces surrounding a community and preventing an attack is MOBILIZE/COERCE (police action), not SUPPORT"),
52: ("ynnyyn", "type: Bashir's declaration that Sudan would provide security forces is a promise (AGREE), not MOBILIZE; source: Bashir/Sudan, not 'security forces'; modality: 'declared that Sudan would provide' is future, not hypothetical"),
53: ("nnnnnn", "not an event: soldiers killed after their troops mistakenly flew into a camp - an accident, not an assault"),
54: ("yyynyy", "target: the victim was shot in Los Angeles; country empty where the text makes USA plain"),
55: ("yyyyyy", ""),
56: ("yyynyy", "target: 'the government' (Namibia's) is named in the sentence; target empty"),
57: ("yyynyy", "target: 'Baltic Sea' coded as a country party; the recipient is the country's southern region / Lithuania or the separatists"),
58: ("yyyyyy", ""),
59: ("yyyyyy", "(one party's conditional refusal, hypothetical; Aruba accepted as the state whose leader offered the ceasefire)"),
60: ("nnnnnn", "not an event: a rhetorical quote about how many people criminals with U.S.-bought guns have killed - no specific act"),
}
KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("sample.jsonl")]
assert len(V) == 60
out = []
for it in items:
    flags, reason = V[it["n"]]
    v = {k: f == "y" for k, f in zip(KEYS, flags)}
    if not v["event"]:
        assert flags == "nnnnnn"
    v["all"] = all(v[k] for k in KEYS)
    out.append({**it, "verdict": v, "reasons": reason})
with open("../events-d.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
real = [o for o in out if o["verdict"]["event"]]
print(f"{'field':10} {'all 60':>12} {'real events':>14}")
for k in KEYS + ["all"]:
    a = sum(o["verdict"][k] for o in out); r = sum(o["verdict"][k] for o in real)
    print(f"{k:10} {a:3}/60 {100*a/60:4.0f}% {r:4}/{len(real)} {100*r/len(real):4.0f}%")
