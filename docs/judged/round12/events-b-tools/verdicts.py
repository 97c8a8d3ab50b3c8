"""My verdicts (hand-coded) -> ../events-b.jsonl and the precision table.
Each entry: n: (event, type, source, target, date, modality, reason-for-every-no).
'y'/'n'; a spurious event (event n) is n in every field."""
import json
V = {
1: ("yyyyyy", ""),
2: ("yyyyny", "date: 'More recently' background deal (not this news) given the document date. (source 'Boeing Executive' is Boeing with a garbled name; counted right)"),
3: ("yyyyny", "date: the California suit was filed 'simultaneously' with the Sept 2003 suit (previous sentence); document date 2006-03-28 is wrong. Empty source/target right (passive, no party named)"),
4: ("yyyyyy", "AirTanker (no country in text) + EADS-led appositive; signed contract = SUPPORT (CAMEO 057)"),
5: ("yyyyyy", ""),
6: ("yyyyyy", "IMF & World Bank held their meetings: mutual CONSULT; W41 fits the weekend meetings. The G7 meeting in the same sentence is a separate act"),
7: ("yynyyy", "source: employees at French sites should carry FRA; instead employees [none] plus France (the state) as a protester"),
8: ("ynyyyy", "type: 'announces ... package' = government would be providing aid (future) -> AGREE (CAMEO 033 intent to provide aid), not AID. Debatable"),
9: ("yyynyy", "target: the 1989 suit is against Apple Computer, named in the sentence; empty"),
10: ("yyynyy", "target: the proposal was the Air Force-Boeing lease; 'United States' (country) is not the party"),
11: ("yyyyyy", ""),
12: ("yyynyy", "target: loans from the (US) government; coded 'Brazil government' [BRA]"),
13: ("yyyyyy", ""),
14: ("nnnnnn", "not an event: investors' 'worries that the government will nationalize the banks' - speculation, no act or statement by the government"),
15: ("yynyyy", "source: 'the young computer maker' = Apple Computer (USA); kept as a description with no country"),
16: ("yyyyyy", ""),
17: ("yyynyy", "target: the cancelled deal was with Magna (Canadian, named in the sentence); empty"),
18: ("yyynyy", "target: 'the record label' = Apple Corps (GBR) by definite description; empty"),
19: ("nnnnnn", "not an event: Penske's hiring preference for its new Saturn company; also source Penske coded as a country with no code, Lajdziak as MIL"),
20: ("yyyyyy", "trigger is the 'offered yesterday' loan offer -> AGREE, 2008-09-17 right; VTB country not in text"),
21: ("yyynyy", "target: the re-run is asked of the U.S. Air Force (named in the sentence, runs the bidding); empty"),
22: ("yyyyyy", "agreed to a deal: AGREE accepted (SUPPORT/057 equally right)"),
23: ("yyyyyy", ""),
24: ("yyyyyy", "headline; trial this week (W13)"),
25: ("ynnnnn", "the act is the Republican leaders' demand (REQUEST, Republicans -> UAW, asserted, document date); dateline coded the demanded content 'UAW agree' as AGREE UAW->UAW, hypothetical, undated"),
26: ("yyyyyy", ""),
27: ("yyynyy", "target: mutual settlement, Apple Corps is named in the headline; empty"),
28: ("yyyyyy", ""),
29: ("yyyyyy", ""),
30: ("nnnnnn", "not an event: Obama's counterfactual ('loaning GM money ... would have been doing exactly that'), coded as an asserted AID with no target"),
31: ("yynnyy", "source/target: Ramos (Philippine president in the text) coded CPV (Cape Verde)"),
32: ("yyyyyy", "They = Taliban; 'recently' -> undated unknown right"),
33: ("yyyynn", "date: the attacks are reported in a Tuesday statement (06-13), not the document date; modality: act inside a State Dept expression of concern -> reported"),
34: ("yyyyyy", ""),
35: ("yyyyyy", ""),
36: ("nnnnnn", "not an event: 'did not apply for asylum' is the reason for deportation, not a (negated) request between actors; the act here is the deportation threat"),
37: ("yyyyyy", "'has not ruled out cooperation' = REJECT negated, accepted"),
38: ("yyyyyy", "closing border = SANCTION accepted (COERCE restrict also defensible)"),
39: ("yyynyy", "target: crackdown on al Qaeda/IS militants (or rights groups) - both named in the sentence; empty"),
40: ("yynnny", "source: 'Hundreds' (protesters in Washington, USA) named, left empty; target: march is against election violence, not the US government; date: the march was Sunday (next sentence), not the document date"),
41: ("yyynny", "target: 'many people' (charged) named, empty; date: 'are being charged' present - document date, coded Sunday 06-11. (reported_by 'Czech government' is wrong: the quote is Milan Janes')"),
42: ("yyynyy", "target: SCAF rejected the rebel group's offer; 'the rebel group' named in the sentence; empty"),
43: ("yyynyy", "target: 'anti-government protests' in 'the kingdom' -> Saudi government; empty"),
44: ("yyyyyy", "target (Ethiopia) not in the sentence: empty right by rule"),
45: ("yyyyyy", "self-contradictory synthetic text; the text gives June 3, 1982 for the act"),
46: ("yyyyny", "date: Obama-Abe meeting was two days BEFORE the Saturday (06-10) meeting -> 06-08; coded 06-12"),
47: ("ynyyny", "type: supporting a military against rebels is material (AID/COOPERATE military), not verbal SUPPORT; date: 'has twice supported' background acts given the document date"),
48: ("yynnyy", "source: 'Barre' is a mis-parse of 'Barre government' (the person is Hassan Sheikh Mohamud); target: 'the leader' = the Somali president of the previous sentence, coded United States + Obama"),
49: ("yyynny", "target: 'the robbers' named, empty; date: the attack was June 16 per the text, coded Friday 06-09 (the day Anwar was quoted)"),
50: ("yyyyyy", ""),
51: ("yyyyyy", "meetings in Havana, US-Cuba mutual CONSULT (trigger 'reduce' odd)"),
52: ("yyyyyy", ""),
53: ("nnnnnn", "not an event: a sports union closing its own league; no act between political actors"),
54: ("yynyyy", "source: Mbatha coded AIA (Anguilla), which the text never suggests"),
55: ("yynnyy", "source/target inverted: Obiang is the accused (target, GNQ), coded as the accuser with no country; accuser unnamed"),
56: ("yyynny", "target: 'the crowd' (protesters, Kenya) named, empty; date: Saturday's events (06-10), coded the document date"),
57: ("ynynnn", "type: 'expressed their desire to expand relations' = AGREE (intent to cooperate); target: 'Turkey' (from 'local Turkish economy') - the other side is the Lebanese delegation; date: the Sept 21 meeting (previous sentence), undated; modality: AGREE asserted"),
58: ("yyyyyy", ""),
59: ("yyynny", "target: the police shot the two activists (named), coded Montenegro's parliament; date: 2013 protest background given the document date"),
60: ("yyynyy", "target: Norway lifted a ban on Algerian imports -> target Algeria; coded Norway"),
}
F = ["event", "type", "source", "target", "date", "modality"]
rows = []
for l in open("sample.jsonl"):
    d = json.loads(l)
    v, reason = V[d["n"]]
    r = {f: v[i] for i, f in enumerate(F)}
    r["all"] = "y" if v == "yyyyyy" else "n"
    rows.append({"n": d["n"], "corpus": d["corpus"], "doc": d["doc"], "event_id": d["event_id"],
                 "trigger": d["trigger"], "dl_type": d["type"], **r, "reason": reason})
with open("../events-b.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
def tab(sel, name):
    out = [name, str(len(sel))]
    for f in F + ["all"]:
        k = sum(r[f] == "y" for r in sel)
        out.append(f"{k}/{len(sel)} ({100*k/len(sel):.0f}%)")
    print("| " + " | ".join(out) + " |")
print("| set | n | " + " | ".join(F + ["all"]) + " |")
print("|" + "---|" * 9)
mt = [r for r in rows if r["corpus"] == "meantime"]; st = [r for r in rows if r["corpus"] == "stories"]
tab(mt, "MEANTIME"); tab(st, "stories"); tab(rows, "all 60")
real = [r for r in rows if r["event"] == "y"]
tab([r for r in mt if r["event"] == "y"], "MEANTIME real"); tab([r for r in st if r["event"] == "y"], "stories real"); tab(real, "all real")
