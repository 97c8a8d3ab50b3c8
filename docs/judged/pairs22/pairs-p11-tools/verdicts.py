"""Judge p11's verdicts for /tmp/r22/items_e.jsonl (n 1-44); writes pairs-p11.jsonl.
Per coding: O = omitted right (null), M = omitted wrong (null),
S = spurious (all false), or a string of 6 flags event,type,source,target,date,modality (1/0)."""
import json, os
F = ["event", "type", "source", "target", "date", "modality"]
V = {
1: ("S", "O", "Y", "X spurious: passive 'contract was cancelled' names no actor; no SANCTION between political actors to code"),
2: ("110011", "M", "X", "X right event/type (troops put on alert = MOBILIZE) but source empty and Honduran troops as target (they are the mobilized actor); Y misses the event"),
3: ("110011", "100011", "X", "type decides: increasing patrols = MOBILIZE (X), not THREATEN (Y); both wrong source/target (Palestine->Israel; the actor is the Israeli army)"),
4: ("S", "O", "Y", "X spurious: 'forced him to carry the bomb' is no MOBILIZE (acts are abduction/killing)"),
5: ("100000", "O", "Y", "X type wrong: commission's call on Luxembourg is a DEMAND/REQUEST, not THREATEN; source/target reversed, date 'earlier this month' lost, modality wrong"),
6: ("S", "O", "Y", "X spurious: 'Livni beat Deri' is an election result, not ASSAULT"),
7: ("S", "O", "Y", "X spurious: an unnamed official disputing a claim is no ACCUSE of a political actor (no target)"),
8: ("O", "100101", "X", "Y type wrong: not allowing Russian officers in is no CONCEDE (verbal promise); at most RETREAT access negated; source/target/modality right"),
9: ("O", "S", "X", "Y wrong: 'time for the international community to act and stand by' is the spokesman's appeal (REQUEST), not SUPPORT asserted by the international community"),
10: ("M", "111111", "Y", "Y right in all fields: demonstrators chanted slogans/blocked centre = PROTEST demo, Akureyri ISL, document date"),
11: ("M", "111111", "Y", "Y right in all fields: police using rubber bullets in clashes = ASSAULT (crowd-control), Tashkent police -> demonstrators UZB"),
12: ("M", "111110", "Y", "Y codes the denied cluster-bomb use with right type/source; modality should be negated (Canada denies it), not reported; X misses it"),
13: ("M", "110110", "Y", "Y type REJECT (block talks) right but modality negated should be hypothetical ('not ruling out'), source country IRN wrong (Central Asian ministry spokesman); X misses"),
14: ("110011", "M", "X", "X type COERCE (roads closed off) right, date/modality right; source Vanuatu wrong ('the government' is Nauru's), target Nauru is a place not a party"),
15: ("111110", "M", "X", "X CONSULT Kerry->Togo right party/date; modality should be future ('planning to visit'); Y misses"),
16: ("111100", "M", "X", "X SUPPORT by Anguilla council re UK agreement plausible; date 2023-05 has no basis in the text (should be document date); Y misses. Borderline event"),
17: ("111111", "M", "X", "X right: plan to visit = AGREE (willingness to meet), Thueng Ngor LAO -> Vietnam, statement on document date"),
18: ("O", "S", "X", "Y spurious: 'came to prominence' is no CONSULT"),
19: ("111011", "M", "X", "X ASSAULT (chemical weapons) right, source per text ('they' = residents), date Monday; target empty wrong (guerrillas named via 'guerrilla base')"),
20: ("M", "110011", "Y", "Y ASSAULT right type/date/modality but source should be Colombian forces (not rebels[USA]) and target villages/rebels COL (not 'artillery'); X misses"),
21: ("M", "111101", "Y", "Y ASSAULT policemen JOR -> residents (clearly the party acted upon per prior sentence) right; date 2023-06-10 (Saturday) is when it was still tense, riot began before; X misses"),
22: ("S", "O", "Y", "X spurious: not releasing details is no COOPERATE (and UK is not in the text)"),
23: ("S", "O", "Y", "X spurious: 'offer ... to end a fighting season' is no implemented ceasefire (RETREAT)"),
24: ("S", "O", "Y", "X spurious: 'Kyiv wants closer ties with the EU' is background stance, no act or statement reported (borderline)"),
25: ("O", "S", "X", "Y spurious: 'prepared to discuss ... end the violence' is a promise (not RETREAT), and the government is Jamaica's, not UK"),
26: ("M", "110011", "Y", "Y ASSAULT right type/date; roles wrong: the Sudanese peacekeeper is the victim (target), source unnamed; X misses"),
27: ("101111", "O", "Y", "type decides: Italy 'suggesting a suspension of UN missions' is a proposal/REQUEST, not THREATEN; X's other fields right but no THREATEN to code"),
28: ("M", "111111", "Y", "Y right in all fields: Bangladesh shut the border with Myanmar = COERCE restrict"),
29: ("M", "111111", "Y", "Y right: security forces carrying out an operation to secure the city = MOBILIZE, AGO, document date"),
30: ("S", "O", "Y", "X spurious: the party demands the government end its blockade (REQUEST); no RETREAT disarm"),
31: ("S", "O", "Y", "X spurious: soldiers 'remain stationed' is a standing state, not MOBILIZE; and they are British, not ERI"),
32: ("M", "111101", "Y", "Y RETREAT Malaysia->Brunei (lifting embargo) right; date should be Monday (said Monday), not document date; X misses"),
33: ("O", "100111", "X", "Y type wrong: an ICC summons is not COERCE arrest (legal action = ACCUSE); source 'Nigeria court' wrong (ICC)"),
34: ("S", "O", "Y", "X spurious: 'we won't withdraw our ambassador' is no REQUEST by the Irish PM; 'Chad ambassador' not in text"),
35: ("111101", "M", "X", "X SUPPORT UAE -> UK right; date should be 2023-06-14 (statement issued yesterday); Y misses"),
36: ("M", "111101", "Y", "Y REQUEST by Sarkozy right; date should be Tuesday (same speech, 2023-06-13), not document date; X misses"),
37: ("O", "S", "X", "Y type wrong: judges recommending measures is no THREATEN; target India wrong"),
38: ("111001", "M", "X", "X ASSAULT PKK militants car bomb right type/source; target soldiers named in sentence missing; date should be Saturday 2023-06-10; Y misses"),
39: ("O", "S", "X", "Y spurious: a marcher saying 'We want peace' is no REQUEST to a political actor"),
40: ("110000", "M", "X", "X ASSAULT right event/type but peacekeepers (victims) as source, no target, total toll given document date, 'were reported' is attribution (asserted); Y misses"),
41: ("M", "111111", "Y", "Y right in all fields: demonstrators pelting police with stones = ASSAULT, SVK per Bratislava"),
42: ("M", "110011", "Y", "Y ACCUSE investigate right type; source should be the Icelandic NGO (ISL) alone, Søndergaard is the target; X misses"),
43: ("S", "O", "Y", "X spurious: party 'swept back into government' is an election result, not ACCUSE"),
44: ("O", "S", "X", "Y spurious: police 'forced to use force' is no COERCE deport, police are not the target"),
}
def cod(c):
    if c == "O": return {"omit_right": True}
    if c == "M": return {"omit_right": False}
    if c == "S": c = "000000"
    d = {f: c[i] == "1" for i, f in enumerate(F)}
    d["all"] = all(d.values()); return d
out = os.path.join(os.path.dirname(__file__), "..", "pairs-p11.jsonl")
with open(out, "w") as fh:
    for n in sorted(V):
        x, y, b, r = V[n]
        fh.write(json.dumps({"n": n, "X": cod(x), "Y": cod(y), "better": b, "reasons": r}, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(v[2] for v in V.values()))
print("X all", sum(1 for v in V.values() if v[0] == "111111"), "Y all", sum(1 for v in V.values() if v[1] == "111111"))
print("X nonnull", sum(1 for v in V.values() if v[0] not in "OM"), "Y nonnull", sum(1 for v in V.values() if v[1] not in "OM"))
print("X spurious", sum(1 for v in V.values() if v[0] == "S"), "Y spurious", sum(1 for v in V.values() if v[1] == "S"))
print("X omit right/wrong", sum(v[0]=="O" for v in V.values()), sum(v[0]=="M" for v in V.values()), "Y", sum(v[1]=="O" for v in V.values()), sum(v[1]=="M" for v in V.values()))
