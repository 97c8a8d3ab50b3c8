"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below, then check them.
usage (from docs/judged/round68): python3 events-b-tools/write_verdicts.py"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, or "spurious"), reasons
V = {
 1: ([], "REQUEST by U.S. officials (USA) to Hong Kong (HKG) to detain Snowden; the pluperfect 'had privately urged' is an earlier act with no date in the text, so no date is right."),
 2: (["date"], "ASSAULT on Eritrean soldiers (ERI) right, passive with no agent so empty source right; date should be 1999-02-27, the Saturday on which Ethiopia reported the end of the four-day offensive, not the Sunday document date."),
 3: ([], "ASSAULT by Azerbaijani forces (AZE) on Armenian positions (ARM), mid-September 2022 at month precision; 'Armenia said' is attribution, so asserted."),
 4: ([], "REQUEST (urge restraint) from Guterres (UN) to India and Pakistan, on the day of the report."),
 5: ([], "Holding Mugabe's government responsible is an ACCUSE by Washington (USA); target coded as Mugabe (ZWE/GOV) stands for 'the government of President Robert Mugabe', accepted as the right party and country."),
 6: ("spurious", "Rejecting being labelled secular is a denial of a description (CAMEO 01 statement), not a rejection of a demand or proposal between actors; no PLOVER event."),
 7: (["target"], "MOBILIZE by Russia right, spring 2021 right; target should be Ukraine (UKR), named in the sentence as the country whose border the troops were massed near."),
 8: ([], "Future CONSULT visit by Clinton (USA) to Tokyo/the Japanese government (JPN); 'days before' gives no date, so no date is right."),
 9: ([], "Ongoing ASSAULT by Boko Haram on Biya's (Cameroon, CMR) government; an act still going on takes the document date."),
 10: ([], "REQUEST (demand an investigation) by Argentine opposition lawmakers; no party named as addressee, so empty target right; news of Monday 2015-01-19."),
 11: (["date"], "REJECT by Prabowo (IDN) right with no party named; date should be 2014-07-22, the Tuesday of the commission's declaration ('earlier in the day'), not the Wednesday document date."),
 12: ("spurious", "'He did not say who he blamed' reports that no accusation naming a party was made; there is no ACCUSE against anyone in this sentence (at most negated, with no target)."),
 13: ([], "SANCTION (embargo) by Russia, November 2005 explicit; the sentence names no target party ('the embargo' is the act, not Poland), so empty target is right by the rules although a coder would add Poland (POL)."),
 14: ([], "THREATEN by a Russian commander (RUS) against the Chechen fighters (empty code acceptable for the separatists), 'earlier this month' = 1996-08."),
 15: ([], "Future PROTEST boycott of the 20 November local elections by Renamo (MOZ); no target party, election date as the act's date is right."),
 16: (["date"], "Solomon Islands' recognition of Taipei (SUPPORT, SLB -> TWN) is an act the text dates to 1983; date should be 1983 (the start of recognition), not no date."),
 17: (["target"], "'could not approve' coded as SUPPORT negated is acceptable (like 'refused to withdraw' = RETREAT negated; REJECT asserted would also do); target should be the European Union (EUR), whose negotiating framework, put to the EU ministers named in the sentence, Sofia would not approve."),
 18: ([], "COERCE arrest by Moscow police (RUS) of people near Putin's motorcade on the inauguration day, Monday 2012-05-07."),
 19: ([], "Future CONSULT Merkel (DEU) - Putin (RUS); 'less than a week' gives no date, so no date is right."),
 20: ([], "ACCUSE by the protest organisers (RUS) against the Russian authorities (RUS), reported as this news."),
 21: ([], "COERCE arrest of Anwar Ibrahim (MYS) by Malaysian police, late on Sunday 1998-09-20."),
 22: ([], "Armed forces seizing ground is ASSAULT (wave-30 rule); Angolan troops (AGO), Wednesday 1997-10-15; the clause names only a place, so empty target is accepted (a coder might add Lissouba's government, COG)."),
 23: (["date", "modality"], "Read as Malaysia hosting Queen Elizabeth (GBR) at the Games, CONSULT with right parties; but her attendance is 'due' on Monday: modality should be future and date 1998-09-21 (Monday), not asserted with no date."),
 24: (["date"], "COERCE arrest of 400 people by Russian police right; date should be 2012-05-06, the Sunday of the march and clashes, not the Monday document date."),
 25: (["target", "date"], "ASSAULT (armed forces taking ground) by Mozambican soldiers right; target should be Renamo (MOZ), whose base it was, not the base 'Satunjira' as an organisation; date: the base was overrun before Renamo's Monday statement, so at latest 2013-10-21, not the Tuesday document date."),
 26: (["source", "date"], "ACCUSE right, two judges (SEN) right; source should be Karim Wade's party (PDS, SEN), not Abdoulaye Wade; date: a background act before the 3 February postponement with no date in the text, so no date, not the document date."),
 27: (["target"], "ACCUSE by Basra demonstrators (IRQ) right, ongoing so document date right; target is the Iraqi political parties and its code should be IRQ (plain from the text), not empty."),
 28: (["source", "target"], "Stone-throwing at the embassy as PROTEST riot is acceptable; source should be Sudanese protesters (SDN), not USA; target should be the United States (USA), whose embassy was the aim, not empty."),
 29: ([], "SUPPORT (sign accords) by the UAE (ARE) and Bahrain (BHR) with Israel (ISR), September 2020 explicit."),
 30: ([], "REJECT of the election result by Ousmane (NER), no target party; 'has rejected' is a standing stance, document date right."),
 31: ([], "ACCUSE by Medvedev (RUS) against Yushchenko (UKR), Tuesday 2009-08-11."),
 32: ([], "REQUEST by the United States (USA) to Minsk (BLR government), Monday 2004-10-18."),
 33: ("spurious", "Duterte being flown under arrest to the Netherlands for the ICC is not a CONSULT visit; and the person is Rodrigo, not Sara, Duterte."),
 34: ([], "ASSAULT (attack/hijack) by Somali pirates on Phillips's ship (USA), Wednesday 2009-04-08."),
 35: (["source"], "SUPPORT (welcomed the announcement) right, no party named as target so empty right; source should be Okinawa Governor Masahide Ota (JPN), not USA."),
 36: (["modality"], "CONSULT Arafat (PSE) - Peres (ISR) with no date is right, but the meeting was only hoped for and did not happen: modality should be hypothetical, not asserted."),
 37: (["target"], "SANCTION convict, 2001, empty source (no court named) right; target should be Abdel Basset al-Megrahi (LBY), named in the sentence, not empty."),
 38: (["date", "modality"], "AGREE by EU leaders to review Turkey (TUR) right; the agreement was made (the condition only governs the talks): modality should be asserted; date should be 2002-12-13, the Friday of the summit reported as this news, not no date."),
 39: (["target"], "REQUEST by Annan (UN) right; target should be the two Cypriot sides (Greek Cypriots and Turkish Cypriots, CYP), not Bulgaria and Romania."),
 40: (["modality"], "ACCUSE by Luanda (AGO) against Lissouba (COG) right; the accusation was made (the denial is of its content): modality should be asserted, not negated."),
 41: (["target", "date"], "REJECT (dismissed the evidence) by Chaderton (VEN) right; target should be Colombia (COL), named in the sentence and whose evidence it was; date should be 2010-07-22, the Thursday OAS session, not the Friday document date."),
 42: ([], "REQUEST (urge restraint) by Western governments; India and Pakistan are not named in the sentence, so empty target right."),
 43: (["target", "date"], "COERCE arrest with empty source is right; target should be Anwar Ibrahim (MYS) ('he'), not his wife Wan Azizah; date should be 1998-09-20 (late Sunday), not the document date."),
 44: ([], "REJECT (opposed a military solution) by Mandela (ZAF), no target party named; standing position, document date right."),
 45: ([], "ASSAULT (shot dead) on Ahmed Abdallah (COM) in 1989, shooter not named so empty source right."),
 46: ([], "REQUEST (asylum) by Snowden (USA) to Ecuador's government (ECU), reported as this news."),
 47: (["target"], "ACCUSE by the Russian Foreign Ministry right; target should be the European Union itself ('the EU'), not the EU civilian border mission."),
 48: ([], "REJECT of the EU constitution by French (FRA) and Dutch (NLD) voters in 2005, target the EU."),
 49: (["target"], "SUPPORT by Beijing's liaison office (CHN) right; target is the Hong Kong police, whose code should be HKG (as dateline itself codes Hong Kong), not CHN."),
 50: ([], "ASSAULT total since 1992 has no date (round-20 rule); target people of Algeria (DZA), no single perpetrator."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h11-x39-01", "coder_events": [
   "MOBILIZE: French troops (FRA) -> Comoros / Denard's mercenaries (COM), landed on Grande Comore, 1995-10-04",
   "RETREAT: Bob Denard and his mercenaries (FRA/COM) -> French troops (FRA), surrender, 1995-10-05",
   "ASSAULT: Denard's foreign gunmen (mercenaries) -> Comoros government (COM), seized power in a coup, 1995-09-27 ('eight days ago')"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No events from dateline in the first paragraph. The landing could also be coded as ASSAULT (armed intervention); the coup seizure is ASSAULT under the wave-30 rule."},
 {"doc": "h11-x37-25", "coder_events": [
   "COERCE: Turkish police (TUR) -> Ekrem Imamoglu (TUR), detained, 2025-03-19",
   "ACCUSE: Turkish prosecutors/police (TUR) -> Ekrem Imamoglu (TUR), investigation into corruption and terrorism links, 2025-03-19",
   "ACCUSE: main opposition party CHP (TUR) -> Turkish government (TUR), called the detention a coup, 2025-03-19"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's COERCE arrest is right in all fields (Wednesday 2025-03-19). It missed the investigation and the CHP's accusation."},
 {"doc": "h11-x40-06", "coder_events": [
   "SANCTION/ACCUSE: Chile's Supreme Court (CHL) -> Augusto Pinochet (CHL), stripped of immunity opening the way to trial, 2000-08-08"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Stripping immunity is a judicial act against Pinochet (closest PLOVER: ACCUSE allege, toward trial, or SANCTION); Tuesday = 2000-08-08. The killings under his rule are background and the trial hypothetical."},
 {"doc": "h11-x39-13", "coder_events": [
   "COERCE: Zimbabwe police (ZWE) -> opposition supporters (ZWE), broke up a prayer rally, 2007-03-11",
   "COERCE: Zimbabwe police (ZWE) -> opposition and civic leaders (ZWE), detained dozens, 2007-03-11",
   "ACCUSE: Western governments -> Zimbabwe government (ZWE), sharp condemnation, 2007-03-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's COERCE arrest is right (Sunday 2007-03-11, 'two days after' Tuesday). Breaking up the rally and the Western condemnation were missed."},
 {"doc": "h11-x38-15", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results announced by the commission: no PLOVER event."},
 {"doc": "h11-x40-01", "coder_events": [
   "PROTEST: rioters in Papeete (French Polynesia, FRA) -> France (FRA), riot, set fire to the airport terminal and burned cars, 1995-09-07",
   "MOBILIZE: France (FRA), nuclear weapons test at Mururoa, 1995-09-05"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "dateline coded the riot as ASSAULT with the rioters as source and no target; PLOVER codes a violent riot as PROTEST riot (aimed at France's nuclear test, so France is a right target), so the act is found but with the wrong type. The nuclear test (two days earlier, Tuesday) was missed."},
]
docs = [json.loads(l)["doc"] for l in open("paragraphs-b.jsonl")]
assert [p["doc"] for p in P] == docs
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
rows = [json.loads(l) for l in open("events-b.jsonl")]
assert len(rows) == 50
for r, it in zip(rows, items):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
assert len(open("paragraphs-b-verdicts.jsonl").readlines()) == 6
counts = {f: sum(r["verdict"][f] for r in rows) for f in F + ["all"]}
print(counts)
print({k: sum(p[k] if k != "coder_events" else len(p[k]) for p in P) for k in ["coder_events", "found", "dateline_events", "spurious"]})
