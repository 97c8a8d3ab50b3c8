"""Build pairs-p1.jsonl from hand verdicts. Field string order: event,type,source,target,date,modality
('1' right, '0' wrong); 'S' = spurious (all wrong); 'o1'/'o0' = null coding, omit right / wrong."""
import json, os
F = ["event", "type", "source", "target", "date", "modality"]
V = {
1: ("111101","111101","same","Both miss the target's country (Kiev government = UKR; X empty, Y RUS); both give the document date to the earlier recognition decision."),
2: ("110111","111111","Y","Source: protesters in Hong Kong, so CHN (Y) is right and X's empty code is wrong. Both leave out the target 'police', which is named."),
3: ("S","o1","Y","Protesters chanting on into the evening is a PROTEST. There is no ASSAULT, so X is spurious and Y's null is right."),
4: ("o0","111110","Y","'has not ruled out signing up to the EU' is willingness to join (AGREE), so X's null is wrong. Y gets every field but modality: it should be hypothetical, not negated."),
5: ("101111","111111","Y","Type: 'battled' is ASSAULT, not ACCUSE. Both code the soldiers, who are in Mauritania, as NGA."),
6: ("o0","111101","Y","The UN continuing its trade ban on Cuba is a SANCTION, so X's null is wrong. Y misses the target Cuba ('Communist-led island') and codes asserted for 'would continue'."),
7: ("o1","S","X","'pledged Russia will continue to defend and help' is one pledged act (AID/AGREE), coded at 'help'. SUPPORT at 'defend', asserted, is wrong in type and modality."),
8: ("o1","S","X","'managed to give priority to security' is not an AGREE act."),
9: ("111001","111101","Y","Source country: the residents are local (Luxembourg/Aachen), not RUS; empty is acceptable. Both take Russia as target (it should be the police) and 'last June' as date (that is the clash's date, not the blaming's)."),
10: ("111010","111111","Y","Date: protests ongoing for weeks are current news, so the document date is right and X's unknown is wrong. Both leave out the protesters as source."),
11: ("o1","S","X","'does not want to get dragged into the conflicts' is no COERCE act."),
12: ("111011","110011","X","Source: 'whose leaders' are the Bulgarian/Romanian leaders, and X's BGR is closer than Y's empty code. Both give the Council the country BGR."),
13: ("111100","111111","Y","Modality: 'will continue to protest' is future (Y). X has asserted with the document date."),
14: ("111011","111111","Y","Target: 'called on the interior minister' names the target; X leaves it empty."),
15: ("S","S","same","'addressing' while denying responsibility is no CONCEDE, so both are spurious."),
16: ("o1","S","X","A report that Russians are using social media is no COOPERATE by the Pentagon."),
17: ("111011","111111","Y","Target country: the text puts Kivu 'in Rwanda', so it contradicts COD and the country is not plain; empty (Y) is right. Borderline."),
18: ("111110","111011","same","X has the right target country (RWA, Rwanda in the sentence) but gives the document date to a toll since 1994. Y has the right date (unknown) but an empty country."),
19: ("111011","111001","X","Date: 'has been fighting' is ongoing, so the document date is right. Both code the pro-Russian forces (separatists) as RUS."),
20: ("110011","111011","Y","Source: Lim is Malaysian (MYS), not UN. Both leave out the target (the Malaysian Chinese representative)."),
21: ("110111","110011","X","Target: the common position is with Bulgaria and Romania; Y drops Bulgaria. Both give the Council the country BGR."),
22: ("o1","S","X","'who are suspected of the October 14 attacks' is a passive description with no accuser, not a coded ACCUSE. Its date would also be wrong."),
23: ("111111","111011","X","Target country: the leader in Arsal, Lebanon, is LBN; Y leaves it empty."),
24: ("110111","111111","Y","Source: an association of states has no country; X's USA is wrong."),
25: ("o1","S","X","'struggling with an epidemic' is no ASSAULT."),
26: ("111011","111001","X","Date: a death toll since the cease-fire spans a period, so unknown (X) is right and the document date (Y) is wrong. Both code the Burundi demonstrators as AUS."),
27: ("111110","111111","Y","Date: a toll 'since the genocide' gets no document date; unknown (Y) is right."),
28: ("o1","S","X","'struggled with accusations of bias' is no ASSAULT."),
29: ("111101","o0","X","'the EU would continue to support it (the mission)' is a SUPPORT, so Y's null is wrong. X codes asserted where it should be future and leaves out the mission ('it') as target."),
30: ("S","S","same","'The agreement calls for a grant' states an agreement term, not a REQUEST, so both are spurious. They differ only in a source country, and both are wrong there (Portugal)."),
31: ("101111","111111","Y","Source country: a Republican-controlled State House in Nassau County is USA; X leaves it empty."),
32: ("111011","111000","X","Modality and date: 'would soon begin sending' is future with no date (X). Y has asserted with the document date. Both leave out the target (Saint Lucia, 'the country')."),
33: ("111111","111011","X","Target: 'demanded that the people leave' names the target (X); Y leaves it empty."),
34: ("111110","111111","Y","Date: 'has been negotiating for years' is ongoing, so the document date (Y) is right."),
35: ("110100","110111","Y","Modality and date: 'will continue shelling' is future with no date (Y). Both take UNIAN as source, where 'they' (the paramilitary groups) is meant."),
36: ("o1","S","X","A party announcing snap elections is no AGREE between actors; Y's date would also be wrong (January 4)."),
37: ("101111","o1","Y","Type: joining a peace deal is SUPPORT/AGREE (signing), not CONSULT. No CONSULT exists, so Y's null is right."),
38: ("S","o1","Y","'stepped away ... to seek medical treatment' is no REQUEST."),
39: ("111011","111111","Y","Target country: nothing gives the captives' nationality in Ivory Coast, so empty (Y) is right and NGA (X) is wrong."),
40: ("111111","111011","X","Target country: nothing makes Al-Hashemi Russian; empty (X) is right."),
41: ("101011","101001","X","Date: 'rulings yesterday' gives 2023-06-14 (X). Both code THREATEN for a court upholding the state's right, which is the wrong type."),
42: ("o1","101111","X","'retaliate by imposing sanctions' is a SANCTION, not an ASSAULT, so X's null is right for this type. Y also leaves the North (PRK) without a code."),
43: ("111100","111000","X","Target: 'work with concerned people' names the target (X). Both give the document date and asserted to a purpose clause of an April 28 deployment."),
44: ("111001","111001","same","Signing an agreement is SUPPORT in CAMEO2PLOVER. Both give Rebelo de Sousa the wrong country (None/USA for Portugal) and a date the text does not give the signing."),
45: ("111110","111111","Y","Date: a toll since July 8 spans a period, so unknown (Y) is right and the document date is wrong."),
46: ("111101","110101","X","Source: De Hoop Scheffer (NATO) is not Libyan, so empty (X) is right. Both give no date to the meeting, which is dated 'Monday and Tuesday'."),
47: ("110111","111111","Y","Source: De Hoop Scheffer is not Libyan (LBY is wrong); empty (Y) is right."),
48: ("o0","111110","Y","'pledged Russia will continue to help' is a coded AID, so X's null is wrong. Y's modality should be future, not asserted."),
49: ("101011","100011","X","Source country: the text presents VMRO-DPMNE as an alliance with Montenegro as one member, so empty (X) beats MNE. Borderline. Both get the type wrong (political cover is SUPPORT) and the target wrong (NATO, not Kosovo)."),
50: ("o1","S","X","Receiving an email 'addressed to' someone is no AGREE."),
51: ("o1","S","X","Congo's warning predicts that embassies may act; it threatens no act of Congo's own. Y's target (Congo parliament) is wrong too."),
52: ("111110","111111","Y","Date: 'We've been calling for years' is ongoing, so the document date (Y) is right."),
53: ("111110","111111","Y","Date: a toll since the 1970s gets no document date; unknown (Y) is right."),
54: ("111111","111110","X","Date: 'have been torturing' is ongoing, so the document date (X) is right."),
55: ("110011","110111","Y","Target: 'working with another group of refugees in China' names the target (Y). Both have the wrong source (Xi Jinping for 'he', the Tibetan lawyers' official)."),
56: ("110111","110101","X","Date: 'on Friday' gives 2023-06-09 (X). Both code 'Indians' as the attacker, where nobody is named."),
57: ("110011","110011","same","Both targets are wrong: civilians killed in northern Cameroon are CMR, not empty or USA. Both leave out the suspected U.S. helicopter as source."),
58: ("111111","111110","X","Date: 'has been seeking support' is ongoing, so the document date (X) is right."),
59: ("111011","111111","Y","Target: in 'clashes between police and people protesting' the people are a named party (Y)."),
60: ("S","o1","Y","Refugees continuing to cross is no ASSAULT on Turkey."),
61: ("S","o1","Y","Netanyahu using his own army is no COOPERATE."),
62: ("S","o1","Y","Labour inspections in hotels are no CONSULT visit, and X's UK source is invented."),
63: ("111111","101111","X","Source country: the country of 'the military' is not plain; RWA (Y) is unsupported, so empty (X) is right."),
64: ("111110","111111","Y","Modality: 'are expected to start negotiating this week' is future (Y)."),
65: ("111111","111101","X","Date: the curfews 'imposed for weeks' have no date; Monday is the date of the vow, so unknown (X) is right."),
66: ("111000","111011","Y","Modality and date: the purpose clause 'so that Russia can ... support them' is hypothetical with no date (Y). Both take Ukraine as target, where 'them' is the rebels."),
67: ("111111","111111","same","Both date the killing today, 2023-06-15; only the basis label differs."),
68: ("111111","111110","X","Date: releases 'since then' (2015) span a period, so unknown (X) is right and the document date is wrong."),
69: ("S","o1","Y","'grappling with growing tensions' is no ASSAULT on Russia."),
70: ("111111","111110","X","Date: evacuations 'since Jan' span a period; 'said Monday' dates the statement, not the act, so unknown (X) is right."),
71: ("111111","111110","X","Modality: 'were allegedly sent' is an act inside a claim, so reported (X) is right."),
72: ("110010","110011","Y","Date: 'has been pressing the talks for years' is ongoing, so the document date (Y) is right. Both code Colombia's government where the New Zealand government is meant, and both leave out FARC as target."),
73: ("101011","101111","Y","Target: 'offered assistance to the residents' names the target (Y). Both use AID where an offer is AGREE (CAMEO 033)."),
74: ("111011","111011","same","Target: 'people' is the party, but Y codes USA for people in Curaçao and X leaves the target out. Both are wrong."),
75: ("o1","S","X","A business chamber head's upbeat 'he warned' remark is no THREATEN."),
}
def cod(s):
    if s == "S": return {f: False for f in F} | {"all": False}
    if s.startswith("o"): return {"omit_right": s == "o1"}
    d = {f: c == "1" for f, c in zip(F, s)}; d["all"] = all(d.values()); return d
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "pairs-p1.jsonl")
with open(out, "w") as fh:
    for n in range(1, 76):
        x, y, b, r = V[n]
        fh.write(json.dumps({"n": n, "X": cod(x), "Y": cod(y), "better": b, "reasons": r}) + "\n")
from collections import Counter
c = Counter(v[2] for v in V.values())
allx = sum(1 for v in V.values() if cod(v[0]).get("all")); ally = sum(1 for v in V.values() if cod(v[1]).get("all"))
nullright = sum(1 for v in V.values() for s in v[:2] if s == "o1"); nullwrong = sum(1 for v in V.values() for s in v[:2] if s == "o0")
print(len(V), c, "allX", allx, "allY", ally, "null right", nullright, "null wrong", nullwrong)
