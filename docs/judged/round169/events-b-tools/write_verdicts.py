"""Judge b, round 169: write events-b.jsonl from the items and the judgements below.
Each judgement: n -> (wrong fields, reasons). 'event' in wrong fields = spurious (all false)."""
import json

J = {
1: ("source", "A real background act (the euro zone safety net agreed in May 2010, AGREE, reciprocal so no target, 2010-05 right), but Radicova did not agree it: source should be the euro zone governments (no country code)."),
2: ("", "Libya ('Tripoli ... it') seeking an end to U.S. sanctions is a REQUEST (yield) to the United States; ongoing at the story's day (Jan 9 dateline), asserted with the diplomats as reporters."),
3: ("", "Gaddafi complaining that the league's summits produce only speeches is ACCUSE toward the Arab League ('its'); repeated, undated act, so no date is right."),
4: ("", "Ukraine ('It') signing the partnership charter with NATO in 1997: SUPPORT, all fields right."),
5: ("", "Medgyessy said he would travel to Athens next week: CONSULT visit to Greece, future, 2003-W16 (week after the Saturday vote) right."),
6: ("type date modality", "'Is expected to free detainees' is an expected release, not an asserted concession: type should be RETREAT (release) with modality future, and the future act has no date in the text (no date, not 2002-11-02)."),
7: ("event", "Spurious: 'The killing of hostages has been rare' is a generic statement, not an act (the 2009 killings are coded elsewhere; the act in this sentence is the 1998 storming of a hideout by troops)."),
8: ("", "Houthi rebels accusing the Yemeni government: ACCUSE, today's news (2009-06-16), all right."),
9: ("", "UNSC negotiating the U.S. draft resolution: CONSULT (negotiate) with the U.S. as the drafting counterpart, ongoing so the document date is right."),
10: ("", "Lusaka ceasefire agreement signed last July (1999-07) by Congo, Angola, Namibia, Zimbabwe, Rwanda and Uganda: SUPPORT (sign), mutual, so the signatories as source and target are right."),
11: ("type target date", "Reiterating the claim to the islands in reply to Japan's protest is not a REQUEST: type should be REJECT (of Japan's protest/claim), target Japan (JPN, named in the sentence), date 2008-12-13, the Saturday of the summit at which the friction took place."),
12: ("source date", "Source should be North Korea's official media (PRK, 'Pyongyang ... whose'), not KOR; 'have in the past denounced' is a background act of unknown time, so no date is right, not the document date."),
13: ("", "Yemen's government blaming the Houthi rebels: ACCUSE, 2009-06-16 (officials said on Tuesday), all right."),
14: ("date", "Zeroual accepting his minister-counsellor's (Betchine's) resignation: AGREE accepted as the nearest type (a coder could instead code the resignation itself), parties right; but the act is this news, reported in Monday's statement, so the date should be 1998-10-19 (or the document date), not none."),
15: ("date modality", "Obama saying Washington would stand with Iraq is a statement of support made now: SUPPORT asserted, dated the day of the statement (2009-10-25, the story's day, or the document date), not future with no date."),
16: ("", "Britain, the Netherlands and other member states insisting on language on continued cooperation: REQUEST, Friday 2004-06-18; no addressee named in the sentence, so an empty target is right."),
17: ("target", "Dozens detained after the Jakarta clash: COERCE arrest, Thursday 1996-06-20 right, no arresting party in the sentence; target should be the dozens detained (Megawati's followers, IDN), not the witnesses."),
18: ("source date", "'They' are the 99 Syrian intellectuals who signed the statement: source should be them (SYR), not empty; the statement was published on Wednesday, so the date should be 2000-09-27."),
19: ("target", "'United States of Africa' is not the United States: target should be empty (the urging is addressed to the summit, named by no party in the sentence); REQUEST, source and date right."),
20: ("", "Human rights groups (no country given) criticising Tunisia's 2003 anti-terrorism laws: ACCUSE, ongoing; the sentence names no party (the laws are an act), so empty target is right by the rule, though I would code Tunisia's government."),
21: ("", "Ukrainian opposition leaders accusing Kuchma: ACCUSE; '2000' grammatically dates the disappearance, but the accusation was also made that year and the sentence is ambiguous, so 2000 is accepted."),
22: ("", "Protest march near the Cebu summit on Saturday (2007-01-13) against the free-trade agenda and killings of activists: PROTEST demo by protesters (PHL); its aims are not the state's acts alone, so empty target is right."),
23: ("target", "BNP criticising the visit and 'accusing the government' of concessions: target should be the Bangladesh government (BGD), named in the sentence; type, source, date right."),
24: ("source target", "'Was hailed as a sign of progress' has no agent: source should be empty, not the Congo government; 'their presence' refers to Bemba and Ruberwa, who should be the target (COD)."),
25: ("source", "'The group' is Jundallah (Iranian Sunni Baluch rebels, IRN), not al Qaeda; ASSAULT on the October 2009 victims, date 2009-10 right."),
26: ("date", "Bashir announcing a general mobilisation: MOBILIZE, source right; the lead gives the day as Monday (Sudan said on Monday ... Bashir called ...), so the date should be 1997-01-13, not the document date."),
27: ("", "Sharmarke condemning the attack: ACCUSE; 'the attack' is an act and the sentence names no party as its author, so empty target is right by the rule (a coder would add al Shabaab); date the story's day."),
28: ("", "Clinton saying the U.S. welcomed a strong and prosperous China: SUPPORT USA -> China, Saturday 2010-10-30, all right."),
29: ("date", "Governor Dariye imposing a curfew on Jos: COERCE curfew, target Nigeria (its residents, NGA) accepted; but the text gives no day for the curfew (Saturday belongs to Obasanjo's order in the previous sentence), so no date is right, not 2001-09-08."),
30: ("event", "Spurious: 'charges' refers back to the same U.S. accusation already coded from 'accused' in this sentence (e3), a duplicate."),
31: ("source target", "Prosecutors accused Kozulin: source should be the prosecutors (BLR), target Kozulin (BLR), not Kozulin accusing Lukashenko; ACCUSE, undated, asserted right."),
32: ("", "The European Commission welcoming the referendum outcome: SUPPORT; 'the outcome' is not a party, so empty target is right; document date right."),
33: ("", "Eritrea accusing Sudan of arming Islamist rebels in 1994: ACCUSE, all right."),
34: ("event", "Spurious: 'Many Indians blame Jinnah' is a general attitude of a population, not an act; if coded, the target would be Pakistan's founder (PAK) and the 1947 date belongs to the partition, not the blaming."),
35: ("target", "The presidents of Georgia and Ukraine calling for a new alliance: REQUEST/call accepted, Friday 2005-08-12 right; Russia is only the onlooker ('seen in Moscow'), so target should be empty (the region's democracies at most)."),
36: ("", "Chavez said he would ask the National Assembly for an enabling law: REQUEST, future, no date, all right."),
37: ("event", "Spurious: setting fire to banks is part of the same riot already coded from 'hurled' in this sentence (e1), a duplicate."),
38: ("source target", "'They' are the al Shabaab gunmen (SOM), not the police; target should be the people in the hotel ('anyone they could find', SOM civilians); ASSAULT, date right."),
39: ("", "Khartoum accused of sheltering the would-be assassins of Mubarak: ACCUSE, no accuser named in the sentence, target Sudan's government, undated; all right."),
40: ("target", "Mbeki and Wade to present the plan to the G8 leaders at Genoa: CONSULT, future, 2001-07 right; target should be the Group of Eight leaders (G8, no country), not Mbeki and Wade themselves."),
41: ("type", "Putin warning against any use of force states no repercussion: it is an objection (ACCUSE disapprove), not a THREATEN; source, empty target, 2007-W42 and modality right."),
42: ("target", "Fatah and Hamas gunmen exchanging fire: ASSAULT firearms, date right; target should be the gunmen of the other side (PSE), not the Palestinian state."),
43: ("target", "Opposition leaders complained of pressure on state employees to vote for the government: target should be Montenegro's government (MNE), named in the sentence; rest right."),
44: ("source", "The spokesman for Houthi rebel leader al-Houthi is a right party, but his country is plain from the text (Yemen's Houthi rebels): source code should be YEM, not none; ACCUSE, empty target (unknown perpetrators) and date right."),
45: ("target", "Zeroual announced he would step down: RETREAT resign, future, undated, right; a resignation has no recipient and the sentence names none, so target should be empty, not Algeria."),
46: ("date", "99 Syrian intellectuals calling on the government to lift the emergency and free prisoners: REQUEST, parties right; the statement was published on Wednesday, so the date should be 2000-09-27, not the document date."),
47: ("", "Western governments welcoming Yeltsin's announcement: SUPPORT; 'the announcement' is an act, so empty target is right by the rule; document date right."),
48: ("", "Kaunda had been charged with misprision of treason: ACCUSE, no accuser in the sentence, background and undated; all right."),
49: ("", "Gunmen opening fire on the judges in Sidon on Tuesday (1999-06-08): ASSAULT firearms; LBN for the gunmen accepted from the place (the text only hints at Palestinian Islamists)."),
50: ("source", "Kozulin arrested on March 25 when riot police broke up his march: the sentence names the riot police (BLR) as the arresting party, so the source should be them, not empty; rest right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open("events-b-items.jsonl"):
    it = json.loads(line)
    wrong, reasons = J[it["n"]]
    wrong = set(wrong.split())
    if "event" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v
    it["reasons"] = reasons
    out.append(it)
assert len(out) == 50 and len(J) == 50
with open("events-b.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
for fld in FIELDS + ["all"]:
    print(fld, sum(it["verdict"][fld] for it in out))
