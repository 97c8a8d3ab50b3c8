"""Write events-a.jsonl from the judge's verdicts below, check it, and print per-field counts.
usage: python3 events-a-tools/write_verdicts.py   (run in docs/judged/round151/)
Verdict codes: a string of six letters for event,type,source,target,date,modality (T/F), or 'SPUR'.
"""
import json

V = {
1: ("TTTTTT", "REQUEST by the UDP (GMB) calling for an independent inquiry, reported as this news, document date right. The call names no addressee, so the empty target is right by the rules (the government named in the first clause would also do)."),
2: ("TTTTFT", "'Will never accept interventions' read as a negated AGREE (intent to allow international involvement) is right by the rules' 'refused to withdraw' analogy (a trained coder would more likely write REJECT asserted), and no party is named, so the empty target is right. Date wrong: the statement was made at her news conference, reported as this news, so it should be the document date 2025-02-20, not unknown."),
3: ("TTTTTT", "South Korea (KOR) rejected Japan's (JPN) claim on Saturday 1996-02-10: all fields right."),
4: ("SPUR", "Spurious: 'only a small share of major drug suspects were ever prosecuted' is a statistic in the 2009 cables, not a prosecution act between actors. At most a coder would code the cables' criticism (ACCUSE: U.S. embassy (USA) -> Mexico, late 2009), and this event, with no arguments and the document date, is not that."),
5: ("TTFTTT", "SUPPORT (welcomed the move) right, and so is the document date. Source country wrong: the 'human rights groups in Lagos' are plainly Nigerian (NGA), not uncoded. 'The move' names an act, not a party, so the empty target is right by the rules (Obasanjo (NGA) would also do)."),
6: ("TTTFTT", "ACCUSE by the Bolivian authorities (BOL) right. Target wrong: 'accusing him' refers to the opposition governor Leopoldo Fernandez (BOL), not Evo Morales."),
7: ("TTTTTT", "ACCUSE (condemned) by the Tripoli government (LBY), undated, so the document date is right. 'The assault' names an act, not a party, so the empty target is right by the rules (Haftar's forces (LBY) would also do)."),
8: ("TFTFFT", "Sending Congress a constitutional amendment is a request to the legislature (REQUEST), not CONSULT. Target should be Mexico's Congress (MEX LEG), not the U.S. Congress. Date: the text dates only the U.S. designation ('Wednesday'), not the proposal, so it should be the document date 2025-02-20."),
9: ("TTTFFT", "Moise accepting the PM's resignation is acceptable as AGREE (many coders would leave it uncoded). 'It' is Lafontant's resignation, so the target is Jack Guy Lafontant (HTI), not parliament. Date should be 2018-07-14: Lafontant said on Saturday that the president had already accepted it."),
10: ("TTTFFT", "Acceptable as SUPPORT (a legislature approving a measure). Target wrong: no party is acted upon (Saleh is named only as head of the party that dominates the chamber), so it should be empty. Date wrong: this approval is the vote the lead dates 'on Wednesday', 2009-02-25, not the document date 2009-02-26."),
11: ("TTTTTT", "'We are not refusing to cooperate': a negated REJECT by Racan (HRV), undated quote, so the document date is right. The tribunal is not named in the sentence, so the empty target is right."),
12: ("TTTFTT", "SANCTION (recalled ambassadors) by Chile and Honduras is right, and 2023 fits the sentence's 'last year' frame. Target wrong: the sentence names Israel, and the ambassadors were recalled from Israel, so the target should be Israel (ISR), not empty."),
13: ("TTTTFT", "SANCTION by Jordan, Kuwait and Libya against Qatar (Doha) is right. Date wrong: these are background acts 'at different times' with no date given, so there should be no date, not the document date."),
14: ("SPUR", "Spurious: an embassy telling its own staff to stay home is an internal security instruction, not an act between political actors (and the staff would in any case be U.S. embassy staff, not HTI)."),
15: ("TTTFTT", "REQUEST (pressed) by Western governments (no code) is right, and 'have pressed' is undated, so no date is right. Target wrong: 'Colombo' is the Sri Lankan government (LKA GOV), not a Sri Lankan university."),
16: ("TTTTTT", "SUPPORT: Pompeo (USA) welcomed Ghani's (AFG) move. Undated, so the document date is right; all fields right."),
17: ("TTTTTT", "ACCUSE: Njie-Saidy (GMB) accused unnamed 'elements' (domestic, so GMB is acceptable). Reported as this news with the document date; all fields right."),
18: ("TTTFFT", "REJECT by Belgrade (Serbia/Yugoslav government) is right. Target should be Montenegro (MNE), 'the republic' whose proposal was rejected, not Serbia. Date: 'has rejected' is a background act of unknown earlier time, so there should be no date, not the document date."),
19: ("TTTFTT", "COERCE arrest by the Palestinian security forces (PSE) is right, and the date (reported on Tuesday 1999-11-30) is right. Target wrong: the sentence names the people arrested, 'several prominent figures who signed a petition' (PSE), so it should not be empty."),
20: ("TTTTTT", "CONSULT: Washington (USA) discussing with Abu Dhabi (ARE), an ongoing act, so the document date is right; all fields right."),
21: ("TTTTFT", "ACCUSE: Morales (BOL) -> conservative governors (BOL) is right. Date wrong: 'has accused' is a background accusation of unknown time. It should have no date (or, if taken as ongoing, the document date 2008-09-16), not the summit's 2008-09-15."),
22: ("TTTTTT", "REQUEST (called for release) by the Palestinian rights commission (PSE). No addressee is named, so the empty target is right; the document date is right; all fields right."),
23: ("TTTFTT", "A future CONSULT visit by Lee (TWN) on 2004-12-27 is right. Target should be Japan (JPN), the host country whose cities (Nagoya, Kanazawa, Kyoto) the sentence names, not empty."),
24: ("TTTTFT", "SANCTION convict of Khodorkovsky (RUS) with no court named (empty source is right). Date wrong: the text gives this tax-evasion conviction as the 2005 sentences (third paragraph), so it should be 2005, not unknown."),
25: ("TTTTFT", "ASSAULT: Germany (DEU) -> Poland (POL) is right. Date wrong: the text dates the German attack to 1 September 1939 (second paragraph), so it should be 1939-09-01 (or 1939), not unknown."),
26: ("TTTTTT", "SANCTION convict (sentenced in January 2023) of Vandecasteele (BEL). The Iranian court is not named, so the empty source is right; all fields right."),
27: ("TTTTFT", "REQUEST: legislators (PSE) urged Arafat (PSE) to dismiss his cabinet, right. Date wrong: the sentence dates it to 1997, so it should be 1997, not unknown."),
28: ("TTTTFT", "CONSULT: Kabila (COD) and Kagame (RWA), mutual, right. Date wrong: 'there' is the AU summit in Addis Ababa 'earlier this month', so it should be 2012-07, not the document date 2012-07-28."),
29: ("TTTTTT", "SUPPORT: the White House (USA) congratulated Nayef (SAU), undated statement, so the document date is right; all fields right."),
30: ("TTTTFT", "COERCE arrest: Libya (LBY) -> two Swiss businessmen (CHE), right. Date wrong: the text dates the detention 'last weekend' (third paragraph), so it should be the weekend of 2008-07-19/20, not the Friday of the report."),
31: ("TTTTTT", "REQUEST: Western diplomats (no code) urged restraint on all sides of the Gambian unrest (GMB acceptable), document date; all fields right."),
32: ("TTTTTT", "SUPPORT: Clinton's statement of support for 'those Iraqis seeking a new government' (IRQ) is itself the verbal support, asserted, with the document date (no date given for the statement); all fields right."),
33: ("TTTTTT", "COERCE arrest of Vandecasteele (BEL) in Tehran in February 2022. No arresting party is named, so the empty source is right; all fields right."),
34: ("TTTTTT", "ASSAULT firearms: Swedish police (SWE) -> rioters (SWE) on Friday 2001-06-15; all fields right."),
35: ("TTTTTT", "SANCTION convict, hypothetical ('if he is convicted'), of Anouzla (MAR), with no court named and no date; all fields right by the rules (a coder might leave a hypothetical conviction uncoded)."),
36: ("TTTTTT", "REQUEST: Amien Rais (IDN) saying openly that Suharto (IDN) should step down, a stance still held, so the document date is acceptable; all fields right."),
37: ("TTTTTT", "Re-mention of 'Tuesday's raid' (already coded from the lead). It is not a same-sentence duplicate, so it counts as an event. No party is named in this sentence, so the empty source and target are right, and the date 2000-01-25 is right."),
38: ("TFTFTT", "Milongo withdrawing from the race in protest at a rigged vote is an electoral boycott, PROTEST (boycott), not RETREAT (0874 is a military retreat). Target should be the Congolese government (COG), which the sentence names as controlling the electoral body. The date, Friday 2002-03-08, is right."),
39: ("TTTFTT", "PROTEST by unnamed protesters (empty source right), dated from 'the next day' (2018-07-07), acceptable. Target wrong: the sentence aims the protests at Moise and his government, so it should be Moise / the Haitian government (HTI), not empty."),
40: ("TTTTTT", "AGREE: May (GBR) promised talks with senior lawmakers (GBR) on the day of the vote, 2019-01-15; all fields right."),
41: ("TFTFTT", "The sentence's act is the Commonwealth group's 10-day ultimatum (REQUEST, or THREATEN ultimatum) to Pakistan on 2007-11-12. 'Lift curbs on the media' is the act demanded of Pakistan, not a concession by the group. So the type should be REQUEST, not CONCEDE, and the target Pakistan (PAK), not the media. The source (CMAG, no code) and the date are right."),
42: ("TTTTFT", "REQUEST: Juncker (EU) urged London (GBR), right. Date wrong: it is reported as this news (a reaction to the vote), so it should be the document date 2019-01-15, not unknown."),
43: ("TTTTTT", "SANCTION (dismissal): Mugabe (ZWE) dismissed Joice Mujuru (ZWE) in 2014; all fields right."),
44: ("TTTTTT", "ASSAULT crowd-control: Miami police (USA) -> protester groups (USA), Thursday 2003-11-20 from the lead; all fields right."),
45: ("TTFTTT", "ACCUSE (indicted) of Charles Taylor (LBR), 'last month' = 2003-06, right. Source country wrong: the U.N.-backed Special Court for Sierra Leone is not American. It should have no code (or SLE), not USA."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 45 and set(V) == {i["n"] for i in items}
out = []
for it in items:
    code, reason = V[it["n"]]
    if code == "SPUR":
        v = {f: False for f in FIELDS}
    else:
        assert len(code) == 6 and code[0] == "T"
        v = {f: c == "T" for f, c in zip(FIELDS, code)}
    v["all"] = all(v[f] for f in FIELDS)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open("events-a.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
# checks
back = [json.loads(l) for l in open("events-a.jsonl")]
assert len(back) == 45
for b, it in zip(back, items):
    assert (b["n"], b["doc"], b["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert {k: b[k] for k in it} == it
    assert b["verdict"]["all"] == all(b["verdict"][f] for f in FIELDS)
    if not b["verdict"]["event"]:
        assert not any(b["verdict"].values())
counts = {f: sum(b["verdict"][f] for b in back) for f in FIELDS + ["all"]}
print(" ".join(f"{k}={v}/45" for k, v in counts.items()))
