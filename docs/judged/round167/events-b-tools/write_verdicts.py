"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's verdicts (round 167).
Each verdict lists the fields that are wrong; 'spurious' makes every field false."""
import json

# n -> (wrong fields, reasons)
V = {
 1: ([], "Killing of the two French soldiers on patrol; killer not named in the sentence (empty source right), target French soldiers (FRA); Saturday = 1997-01-04."),
 2: (["source", "target"], "ACCUSE right, but the source is 'His group', i.e. Chebeya's organisation Voice of the Voiceless (COD), not Chebeya himself; target police in Bas-Congo are Congolese police, country should be COD, not empty. Undated background act: null date right."),
 3: ([], "Opponents in (Ukraine's) parliament accuse Lazarenko; undated background accusation with no date is right."),
 4: ([], "Jordan expelled Hamas leaders in 1999; SANCTION expel accepted (PLOVER: expel an entity from a country; CAMEO 174 COERCE deport would also do)."),
 5: ([], "Mejia conceded the election to his rival Fernandez ('his rival' in the sentence); Sunday = 2004-05-16."),
 6: ([], "Annan asks (unnamed) governments to send a force: REQUEST, empty country for 'governments' right; no date, document date right."),
 7: (["target"], "Hatoyama's resignation is RETREAT resign with the right source and June 2010, but the U.S. base is only the topic: target should be empty (no party acted upon), not the United States."),
 8: (["source"], "REQUEST to its followers accepted, but the party calling is Ouattara's Rally of the Republicans (RDR, CIV), not Ouattara himself."),
 9: (["target"], "Maskhadov's promise of 'every possible effort' is AGREE, but it was made to the Russian officials he spoke to, named in the sentence: target should be Russian officials (RUS), not empty."),
 10: ([], "Medvedev arrives in Kiev for a state visit (CONSULT visit, host Ukraine), Monday = 2010-05-17. The same-sentence e2 ('visit') is the duplicate of this act, not this one."),
 11: ([], "Lukashenko had accused the Kremlin; undated background act, null date right."),
 12: (["source"], "Summit (CONSULT multilateral) on Friday 2000-09-01 right, but the source 'presidents' are the 12 South American presidents: country should be empty (multinational), not USA."),
 13: ([], "Several reporters killed in Congo in recent years: ASSAULT with unnamed killers, target reporters (COD); a span with no date, null right."),
 14: ([], "North Korea expelled U.N. inspectors (CAMEO 1662, SANCTION expel); background act with no date given, null right."),
 15: ([], "Israel has long pressed Egypt to stop smuggling: REQUEST, ongoing so document date right."),
 16: (["target"], "Scholars' verbal defence (SUPPORT) is of the wall, Egypt's government project ('it'): target should be the Egyptian government (EGY), not the Muslim Brotherhood, which opposed it."),
 17: ([], "Rajapaksa orders the security forces to act: REQUEST (order) to Sri Lankan security forces; no date in the sentence, document date right by the rules (Thursday 2006-06-15 is the likely day)."),
 18: ([], "Taliban recognised by Pakistan, Saudi Arabia and the UAE: SUPPORT (CAMEO 054) as a standing, ongoing relation with the document date. Borderline as an act (a status rather than news), accepted."),
 19: (["source", "target"], "RETREAT release right with Aug 2009, but the releasing party is North Korea (Kim Jong Il's government, PRK), not the journalists; the released party is the two American journalists (USA), not Bill Clinton, who secured the release."),
 20: ([], "Commission's export ban on British beef: CAMEO 163 embargo maps to COERCE restrict; target UK; Wednesday = 1996-03-27."),
 21: ("spurious", "Spurious: 'the Armenian genocide of 1915' is the topic named in the bill's text, not an act reported by the sentence (whose act is the adoption of the bill). Even as an event, the source would be the Ottoman Empire, not Armenia."),
 22: (["source"], "Joint counter-terrorism operations with Iraqi forces (COOPERATE, future accepted for 'will still be able to'), but the source 'They' is the remaining U.S. forces (USA): empty source is wrong."),
 23: ([], "ETA is blamed for this year's killings: an agentless accusation against ETA (ESP), empty source right, current attribution with the document date. Borderline (a tally clause), accepted."),
 24: (["target"], "Leaders' support (SUPPORT) for a negotiated peace in Colombia: the party backed is Colombia (COL), whose peace process it is; the target should be Colombia, not empty. No date in the sentence, document date right by the rules."),
 25: (["source"], "Sentencing (SANCTION convict) right, target the 33 (QAT) right, Monday = 2000-02-21, but the source is the Qatari criminal court (QAT, judiciary), not 'Qataris' taken from the next sentence."),
 26: (["date"], "Bolanos backing the corruption case (SUPPORT) is a background act before Aleman's 2003 sentence; the date should be null (earlier, undated), not the document date 2005-06-18."),
 27: (["target"], "The government's pledge to look into their demands and stop the offensive is AGREE, but it was made to the militia leaders ('their demands': Asari and Tom, Asari's NDPVF, NGA): target should be Asari / the NDPVF, not empty."),
 28: (["date"], "'Norman's arrest' reports the arrest (COERCE arrest of Norman, SLE; arrester not in the sentence), but the text dates it Monday: the date should be 2003-03-10, not null."),
 29: ([], "Mehlis asked to interview Syrian officials (REQUEST to SYR); a pending request disclosed at the Aug 30 news conference, date accepted. DEU accepted for the German prosecutor (UNO would also do)."),
 30: ([], "Indonesian troops invaded East Timor in December 1975: ASSAULT, target East Timor (TLS), 1975-12."),
 31: ([], "Sharon threatened unilateral steps; no party named as target, empty right; 'last week' = 2003-W51."),
 32: ([], "Carter did not meet Kim Jong Il: negated CONSULT, document date right."),
 33: ([], "Arab leaders closed the Tunis summit on Sunday 2004-05-23: CONSULT multilateral, empty country right."),
 34: ([], "Congo's government accuses Rwanda and Uganda of arming militias; document date right."),
 35: (["source"], "Hypothetical arrest of Tsvangirai right in type, target, null date and modality, but the arrester is the police named in the same sentence ('report back to police'): source should be the Zimbabwean police (ZWE), not empty."),
 36: (["target"], "Enkhbayar's congratulation (SUPPORT) is of 'the new president', Elbegdorj (MNG): target should be Elbegdorj, not empty. Monday 2009-05-25 right."),
 37: (["source"], "Future talks with Peters (CONSULT) right, but the source is Bolger and Clark (NZL), not the Alliance party."),
 38: ([], "Two journalists killed in the clashes of the Algiers march, killer unnamed: ASSAULT accepted (a vehicle 'in the chaos' is not clearly an accident); target two people (DZA), Thursday 2001-06-14."),
 39: (["date"], "Rights groups' accusation of the Kamajors (ACCUSE, SLE) is background, made at earlier unstated times: date should be null, not the document date 2003-03-11."),
 40: ([], "Opposition leaders (MYS) complain of irregularities; no party named as target, empty right; document date right."),
 41: ([], "Police charge Tsvangirai with treason on Monday 2002-02-25: ACCUSE allege, all right."),
 42: ([], "Netanyahu condemns the shooting (ACCUSE); 'the shooting' names an act, not a party, so empty target right; Jan 1 (the dispatch's day) right."),
 43: (["target"], "The Basque nationalist party condemned the attack (ETA's killing of Lluch): target should be empty (or ETA, ESP), not the police."),
 44: ([], "U.N., EU, France, Belgium, U.S. call for an independent investigation (REQUEST); no party named as target, empty right; document date right."),
 45: ([], "Government spokesman urges people (the Congolese public) not to jump to conclusions: REQUEST accepted, COD right, document date right."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 45 and set(V) == {i["n"] for i in items}
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in FIELDS}
        else:
            assert all(w in FIELDS for w in wrong)
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = {
 "h60-x233-11": ([], "An election result; no PLOVER act between political actors."),
 "h60-x236-07": ([
    "CONSULT: South American presidents (none, multinational) -> none, ended their first summit (multilateral), 2000-09-01",
    "AGREE: South American presidents (none) -> none (reciprocal), pledge to link roads, power grids and river ports, 2000-09-01",
    "THREATEN: South American presidents (none) -> governments that break the constitutional order (none), warning they would be shut out of regional cooperation, 2000-09-01",
  ], "Dateline found the summit (CONSULT; its source country USA is wrong) but not the pledge or the warning."),
 "h60-x234-13": ([
    "CONSULT: Jacques Chirac (FRA) -> Algeria (DZA), start of the first full state visit, welcomed in Algiers, 2003-03-02",
  ], "Dateline coded nothing in this paragraph; the visit is missed here (its later 'will travel on Monday to Oran' event is another act)."),
 "h60-x233-19": ([
    "AGREE: Belarus (BLR) -> Gazprom / Russia (RUS), agreed to more than double the gas price and sell half its pipeline network, 2006-12-31",
  ], "Found (AGREE); dateline's target is empty where Gazprom is named."),
 "h60-x236-01": ([
    "ASSAULT: Myanmar government troops (MMR) -> Karen National Union (MMR), captured its Manerplaw headquarters, 1995-01-28 (document date; 'have captured', said on Saturday)",
  ], "Taking ground by armed forces is ASSAULT by the conventions; dateline coded nothing in this paragraph."),
 "h60-x233-08": ([], "An election result; no PLOVER act between political actors."),
}
FOUND = {"h60-x236-07": 1, "h60-x233-19": 1}
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": FOUND.get(p["doc"], 0),
                              "dateline_events": len(p["events"]), "spurious": 0, "notes": notes},
                             ensure_ascii=False) + "\n")
