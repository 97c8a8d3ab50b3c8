"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's hand verdicts below, then check them.
usage (from round151/): python3 events-b-tools/write_verdicts.py"""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n -> (set of wrong fields, or "spurious"; reasons)
V = {
 1: ({"date"}, "ACCUSE by the ICTY against Croatia is right, but 'has already been criticised' is an earlier, undated background act: it should have no date (unknown), not the document date 2002-09-24."),
 2: (set(), "Ramaphosa's 2018 promise to clean up government is an AGREE (CAMEO 034, intent to bring political reform); no addressee named, year 2018 given."),
 3: ({"target"}, "AGREE by EU leaders on Saturday 2001-06-16 is right, but the sentence names the party of the pledged talks: target should be the best-prepared candidate countries (no code)."),
 4: ("spurious", "Not an event: an amputee victim saying 'we wanted him to stand in front of the judges' is a lament after Sankoh's death, not a request by a political actor; the rebels are only the party that cut his hands off and David Crane is not in the sentence."),
 5: (set(), "Clinton's statement that the U.S. wants Iraq to rejoin the family of nations is coded REQUEST USA -> IRQ; the sentence has no date, so the document date stands by the rules (the statement very likely came with the Saturday 1998-10-31 announcement)."),
 6: ({"date"}, "AGREE by Bozize (promise to restore order and hand power to civilians) is right, but 'at the time' is March 2003, from the previous sentence's coup: date should be 2003-03, not the document date."),
 7: (set(), "Jiang's scheduled trip to the Osaka APEC summit hosted by Murayama is a future CONSULT CHN -> JPN; the sentence gives no date, so unknown is right ('later this week' is only in the sentence before)."),
 8: ({"source"}, "The PROTEST is right, an empty target is right for a solidarity protest, and 'this week' is 2005-W21; but 'Solidarity' is the kind of protest, not an organization: source should be the Sahrawi students at Moroccan universities (MAR)."),
 9: ({"date"}, "ASSAULT on the officers with stones, attacker unnamed in the sentence, is right, but the text dates it: the police opened fire on Friday after being attacked, so the date should be 2001-06-15, not unknown."),
 10: (set(), "Rwanda's rejection of the U.N. experts' findings, reported as this news; the sentence names no party as recipient ('the findings'), so an empty target is right by the rules (I would code the U.N. group of experts, UNO)."),
 11: (set(), "Thai military officials rejecting suggestions of summary executions is a REJECT/denial reported as this news; the suggestion's authors are only in the previous sentence, so an empty target is right."),
 12: (set(), "Beijing and Seoul establishing diplomatic relations in 1992 is SUPPORT (initiation of diplomatic ties), mutual CHN/KOR, dated 1992."),
 13: (set(), "Pakistan's deployment of tens of thousands of troops along the border is a MOBILIZE still in force when the story is told, so the document date is right."),
 14: (set(), "A German battleship opening fire on a Polish garrison on 1939-09-01 is ASSAULT DEU -> POL."),
 15: ({"date"}, "ACCUSE of Khodorkovsky (accuser unnamed in the sentence) is right, but 'was accused' refers to the charges brought earlier in the second case, an undated background act: date should be unknown, not the document date 2010-12-27."),
 16: ({"source"}, "REQUEST that divisive rhetoric be avoided is right and an empty target passes (the addressee is not named), but 'had expressed support ... and urged' shares its subject: Modi urged, so source should be Narendra Modi (IND), not Vikram Misri, who only reported it."),
 17: (set(), "Sassou Nguesso fighting his way back to power in the 1997 war is ASSAULT COG; his opponents are not named in the sentence, so an empty target is right."),
 18: ({"target", "date"}, "SUPPORT by Washington is right, but the welcomed move is Bahrain's agreement to establish ties with Israel: target should be Bahrain (BHR); and the welcome came with that move two months before the story: date should be 2020-09, not 2020-11-12."),
 19: ({"source", "target"}, "ASSAULT with firearms in May 2000 is right, but the parties have the wrong country: source should be Sankoh's RUF bodyguards (SLE) and target the demonstrators outside his Freetown home (SLE), not USA."),
 20: (set(), "The cabinet approving the reform package on Sunday 2015-08-09 is SUPPORT (approve policy) by the Iraqi cabinet (IRQ); the plan's owner is not in the sentence, so an empty target is right."),
 21: (set(), "European governments urging Moscow to seek a settlement and admit OSCE observers is REQUEST (several governments, no single code) -> Russia (RUS), current as of the report."),
 22: (set(), "Modi expressing support for a democratic, stable Bangladesh at the Friday 2025-04-04 meeting is SUPPORT IND -> BGD, reported by Misri."),
 23: (set(), "Calderon accusing the ambassador of ignorance in an interview last month is ACCUSE MEX -> USA, dated 2011-02."),
 24: (set(), "Nationalist protesters in Jakarta burning Malaysian flags is PROTEST IDN -> MYS on Wednesday 2005-03-09 (aimed at Malaysia, not the home state)."),
 25: ({"type", "date"}, "Masked protesters smashing windows, burning barricades and clashing with police is a violent riot: type should be PROTEST (riot); and the two days of disorder began on Thursday, so date should be 2001-06-14/15 (Thu-Fri), not the document date 2001-06-16. Parties are right."),
 26: (set(), "Anouzla's arrest in Rabat on 2013-09-17 is COERCE (arrest); the arresting party is not named, so an empty source is right."),
 27: (set(), "Clinton praising Pascual while accepting his resignation is SUPPORT USA -> USA; dating it to the Saturday 2011-03-19 of the resignation is well grounded in the text."),
 28: (set(), "Kumaratunga condemning the mayor's killing is ACCUSE (disapprove); the killers are not named in the sentence, so an empty target is right; undated statement reported as this news."),
 29: ("spurious", "Duplicate: 'the first shots of the war were fired when a German battleship opened fire on a Polish garrison' is one act, already coded from the same sentence as item 14 (trigger 'opened')."),
 30: ({"target"}, "AGREE (Tokyo's offer of economic aid) with no date is right, but the aid is offered to North Korea as part of the normalisation settlement: target should be North Korea (PRK), not South Korea."),
 31: (set(), "Sezer asking Erdogan to form a government on Tuesday 2003-03-11 is coded REQUEST TUR -> TUR."),
 32: ({"source"}, "ASSAULT (massacre) of Polish officers at Katyn in 1940 is right, but the killers are Stalin's secret police: source should be the Soviet secret police (SUN/RUS), not Stalin coded POL."),
 33: ({"source"}, "ASSAULT on Palestinians as a total with no date is right, but the sentence names the attacker ('in Israel's campaign'): source should be Israel (ISR), not empty."),
 34: (set(), "Wen signing agreements during his three-day trip is SUPPORT (sign agreement) CHN; North Korea is not named in the sentence, so an empty target is right; the Tuesday document date falls within the trip."),
 35: (set(), "The U.S. embassy urging all parties to use legal channels is REQUEST USA -> Tanzanian parties (TZA), reported as this news."),
 36: (set(), "The NCRI (Iranian exile opposition, IRN) denouncing the exchange is ACCUSE; the sentence names no party as the target of the denunciation ('the exchange'), so empty is right."),
 37: (set(), "Government officials rejecting the criticism is REJECT COG; the critics are not named in the sentence, and an undated act with basis unknown is right."),
 38: ({"target"}, "REQUEST by the UGTA union for pay rises is right and ongoing, but the sentence names the party pressed, who resisted them: target should be Ouyahia / the Algerian government (DZA)."),
 39: (set(), "Lowassa resigning as prime minister in 2008 is RETREAT (resign) TZA, dated 2008."),
 40: (set(), "The 1999 protests in Laayoune are a PROTEST dated 1999; the sentence names neither the protesters nor an aim, so empty source and target are right; attributed to activists."),
 41: (set(), "Modi calling for an investigation of attacks on minorities in Bangladesh is REQUEST IND -> BGD on 2025-04-04."),
 42: ({"target"}, "SUPPORT by Suleiman is right, but the sentence names whom he hailed: target should be the Lebanese security forces (LBN), not empty."),
 43: (set(), "Several other people detained over the plot is COERCE (arrest), detaining party unnamed, target the detainees (MWI); the Friday date of the main arrest is a fair reading (the text gives no other date)."),
 44: ({"source"}, "REQUEST to donors on Saturday 2006-04-29 is right, but the spokesman is the UDF's: source should be the United Democratic Front (MWI), not Mutharika's rival Democratic Progressive Party."),
 45: (set(), "Sirisena accusing the government of corruption at his Friday news conference is ACCUSE LKA -> LKA on 2014-11-21."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 45 and sorted(V) == list(range(1, 46))
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            assert wrong <= set(F) - {"event"}
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h52-x204-10",
  "coder_events": [
   "AGREE: Indonesia (IDN) <-> Malaysia (MYS), agreed to hold talks on the disputed sea off Borneo, 2005-03-09",
   "PROTEST: nationalist protesters in Jakarta (IDN) -> Malaysia (MYS), burned Malaysian flags, 2005-03-09"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts found with the right type and parties. The protesters' call for a return to the 1960s confrontation is part of the same protest (not coded separately); the navies' 'tense standoff' is a background state."},
 {"doc": "h52-x204-03",
  "coder_events": [
   "PROTEST: students (IDN) -> Indonesian government (IDN), student protests spread across campuses, 1998-03-11"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The swearing-in and the assembly's re-election of Suharto are institutional acts with no PLOVER type; the spreading student protests are missed in this paragraph (dateline codes the later 'staged rallies' sentence)."},
 {"doc": "h52-x204-16",
  "coder_events": [
   "REQUEST: Benedict XVI (VAT) -> Cuban government (CUB), called for greater religious freedom, 2012-03-28",
   "CONSULT: Benedict XVI (VAT) -> Fidel Castro (CUB), meeting at the end of the visit, 2012-03-28",
   "CONSULT (visit): Benedict XVI (VAT) -> Cuba (CUB), three-day visit to the island, 2012-03-26/28"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The call for religious freedom is found (empty target). The meeting with Fidel Castro is coded only from the third paragraph's sentence, not here; the visit itself is not coded."},
 {"doc": "h52-x204-18",
  "coder_events": [
   "CONSULT (visit): Park Geun-hye (KOR) -> Xi Jinping (CHN), attended China's military parade alongside Xi on Tiananmen, 2015-09-03",
   "CONSULT (visit): Vladimir Putin (RUS) -> Xi Jinping (CHN), attended the parade, 2015-09-03",
   "MOBILIZE: China (CHN), biggest military parade in years (show of military power, CAMEO 150), 2015-09-03",
   "REJECT: most Western governments (no code) -> China (CHN), chose to snub the event, 2015-09-03"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline codes nothing in this paragraph. The parade as MOBILIZE and the snub as REJECT are the less certain of the four; Park's attendance with Xi is the clear miss."},
 {"doc": "h52-x204-01",
  "coder_events": [
   "ACCUSE: Kim Young-sam (KOR) and Jiang Zemin (CHN) -> Japanese politicians (JPN), jointly criticised remarks on Japan's past, 1995-11-14",
   "CONSULT (visit): Jiang Zemin (CHN) -> Kim Young-sam / South Korea (KOR), first visit to Seoul by a Chinese head of state and summit, 1995-11-14"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The joint criticism is found (Kim as source; Jiang as the second source is missing). Jiang's visit/summit is not coded in this paragraph."},
 {"doc": "h52-x204-07",
  "coder_events": [
   "CONSULT: Japan (JPN) <-> North Korea (PRK), normalisation talks in Kuala Lumpur ended without agreement, 2002-10-30"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The talks (ended on Wednesday) are missed. 'Kidnapped Japanese' and 'Pyongyang's admission' are background noun phrases, not coded here."},
]
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + "\n")

# checks
rows = [json.loads(l) for l in open("events-b.jsonl")]
assert len(rows) == 45
for it, r in zip(items, rows):
    assert (it["n"], it["doc"], it["trigger"]) == (r["n"], r["doc"], r["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert {k: r[k] for k in it} == it
assert len(open("paragraphs-b-verdicts.jsonl").readlines()) == 6
counts = {f: sum(r["verdict"][f] for r in rows) for f in F + ("all",)}
print("right of 45:", counts)
print("paragraphs: coded", sum(len(q["coder_events"]) for q in P), "found", sum(q["found"] for q in P),
      "dateline", sum(q["dateline_events"] for q in P), "spurious", sum(q["spurious"] for q in P))
